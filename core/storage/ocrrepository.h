// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OCR state of pages: which wait for OCR, storing a page's OCR result (text, confidence,
// word boxes, search row) in one transaction, and reading it back for display and evidence.
#include "domain/ocrpage.h"

#include <QString>
#include <optional>
#include <vector>

namespace casereview {

class Database;

struct PendingPage {
    qint64 caseId = 0;
    qint64 pageId = 0;
    int page = 0;  // 1-based
};

struct PageSourceInfo {
    int page = 0;
    QString source;  // native | pending | ocr
    std::optional<double> confidence;
    int lowConfidenceWords = 0;
};

class OcrRepository {
public:
    explicit OcrRepository(Database &db) : m_db(db) {}
    // Pending pages of the given cases (all cases when empty), by case and page.
    std::vector<PendingPage> pending(const std::vector<qint64> &caseIds = {});
    int pendingCount(qint64 caseId);
    void save(qint64 pageId, const OcrPage &result);
    std::vector<PageSourceInfo> sources(qint64 caseId);
    std::vector<OcrWord> words(qint64 caseId, int page);
    // The text of an OCR page rebuilt from its stored words (after a better clean-up).
    void replaceText(qint64 caseId, int page, const QString &text);

private:
    Database &m_db;
};

} // namespace casereview
