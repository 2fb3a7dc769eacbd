// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the 整改台账 is made of, as RectificationService loads it from the store: the items, the
// case numbers they name and the day that decides overdue and 三色. The ledger itself (table
// and printable document) is built in core/report (RectificationLedger), which comes later.
#include "domain/rectificationitem.h"

#include <QDate>
#include <QString>
#include <map>
#include <vector>

namespace casereview {

struct RectificationLedgerInput {
    std::vector<RectificationItem> items;
    std::map<qint64, QString> caseNumbers;  // case id → 案号 (the file name when none was read)
    QDate today;
};

} // namespace casereview
