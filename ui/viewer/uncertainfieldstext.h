// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reviewer's wording for extracted values that rest on doubtful OCR words (OcrDoubt keys
// such as case_no or dates.decision), shown when a scanned case is opened and in the case list.
#include <QCoreApplication>
#include <QString>
#include <set>

class UncertainFieldsText {
    Q_DECLARE_TR_FUNCTIONS(UncertainFieldsText)
public:
    static QString fieldName(const QString &key);
    // The fields' names, each once, joined as the UI language lists them.
    static QString names(const std::set<QString> &keys);
    // Empty when nothing is uncertain.
    static QString describe(const std::set<QString> &keys);
};
