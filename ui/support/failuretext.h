// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A use case's Failure said to the user in the interface language, chosen by its kind (never
// by parsing its English message); the subject (a file, a case) is named where it helps.
#include "workspace/failure.h"

#include <QCoreApplication>
#include <QString>

class FailureText {
    Q_DECLARE_TR_FUNCTIONS(FailureText)
public:
    static QString message(const casereview::Failure &failure);
};
