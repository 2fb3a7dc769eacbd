// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user's words for a refused rectification step (the core's message is English).
#include "rectification/rectificationerror.h"

#include <QCoreApplication>
#include <functional>

class QLabel;
class StorageError;

class RectificationErrorText {
    Q_DECLARE_TR_FUNCTIONS(RectificationErrorText)
public:
    static QString describe(const RectificationError &error);
    static QString describe(const StorageError &error);
    // Runs a service write for a dialog: when the service refuses it or the store fails, the
    // reason goes into `error`, which is shown, and the result is false.
    static bool tryWrite(const std::function<void()> &write, QLabel *error);
};
