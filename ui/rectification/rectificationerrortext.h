// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's words for a refused rectification step (the core's message is English).
#include "rectification/rectificationerror.h"

#include <QCoreApplication>

class RectificationErrorText {
    Q_DECLARE_TR_FUNCTIONS(RectificationErrorText)
public:
    // A store failure is said by FailureText (RectificationJobs::whenDone picks which).
    static QString describe(const casereview::RectificationError &error);
};
