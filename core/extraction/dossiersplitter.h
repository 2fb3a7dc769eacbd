// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits a dossier's page texts into its documents by the headings printed at the top of
// pages; a document runs over the following pages until the next heading. A document whose
// heading is missing or names no known kind (告知单, a bare 通知书) is typed by what its text does
// (DocumentTyper).
#include "domain/casedocument.h"

#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casereview {

namespace DossierSplitter {
struct Heading {
    DocumentType type = DocumentType::Other;
    QString title;  // as printed, spaces removed, agency prefix dropped
};

// The document type a printed title names ("行政处罚事先告知书", "现场笔录", "结案审批表" …).
std::optional<DocumentType> classifyTitle(QStringView title);
// The heading among the first lines of a page, if the page starts a document. On an OCR page
// (`ocr`) a heading may also be a standard form title with one character misread.
std::optional<Heading> headingOf(QStringView pageText, bool ocr = false);
// pageTexts[0] is page 1; the result covers every page exactly once, in order. `ocrPages`
// (empty, or one flag per page) says which texts came from OCR.
std::vector<CaseDocument> split(const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages = {});
} // namespace DossierSplitter

} // namespace casereview
