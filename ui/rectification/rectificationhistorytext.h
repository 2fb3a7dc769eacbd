// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One line of an item's history, read from its audit-log row: when, who and what changed.
#include "storage/auditrepository.h"

#include <QCoreApplication>

class RectificationHistoryText {
    Q_DECLARE_TR_FUNCTIONS(RectificationHistoryText)
public:
    static QString describe(const casereview::AuditEntry &entry);
};
