// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a document's printed title into its type: the rules for what a title names (行政处罚事先
// 告知书, 现场笔录, 结案审批表 …), with the issuing agency's name before it and a note or document
// number after it; any other form title (责令改正通知书) as a form of its own; and, for OCR text,
// a standard title with one character misread, lost or read as two. DossierSplitter uses it to
// find where documents start; it knows nothing of pages.
#include "domain/casedocument.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace casereview {

namespace TitleClassifier {
struct Title {
    DocumentType type = DocumentType::Other;
    QString title; // the full title as printed, the agency's name dropped
};

// The line without its spaces.
QString compact(QStringView line);
// The title a compacted line is, if it is one.
std::optional<Title> classify(const QString &compactLine);
// A standard form title misread by OCR by one character.
std::optional<Title> misread(const QString &compactLine);
// Some form's title (…通知书, …审批表, a bare 告知书), also after the agency's name.
bool isGeneric(const QString &compactLine);
// Specks and stray punctuation OCR reads before or after a heading, removed.
QString withoutSpecks(QString s);
} // namespace TitleClassifier

} // namespace casereview
