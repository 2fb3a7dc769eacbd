// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrrepository.h"

#include "database.h"
#include "searchrepository.h"

namespace casereview {

std::vector<PendingPage> OcrRepository::pending(const std::vector<qint64> &caseIds)
{
    std::vector<PendingPage> out;
    auto collect = [&](Statement &st) {
        while (st.step())
            out.push_back({st.int64(0), st.int64(1), int(st.int64(2))});
    };
    if (caseIds.empty()) {
        Statement st = m_db.prepare(
            "SELECT case_id, id, page_no FROM pages WHERE source = 'pending' ORDER BY case_id, page_no");
        collect(st);
        return out;
    }
    Statement st = m_db.prepare(
        "SELECT case_id, id, page_no FROM pages WHERE source = 'pending' AND case_id = ? ORDER BY page_no");
    for (qint64 id : caseIds) {
        st.bind(1, id);
        collect(st);
        st.reset();
    }
    return out;
}

int OcrRepository::pendingCount(qint64 caseId)
{
    Statement st = m_db.prepare("SELECT count(*) FROM pages WHERE case_id = ? AND source = 'pending'");
    st.bind(1, caseId);
    st.step();
    return int(st.int64(0));
}

void OcrRepository::save(qint64 pageId, const OcrPage &result)
{
    Transaction tx(m_db);
    m_db.prepare("UPDATE pages SET native_text = coalesce(native_text, text), text = ?, source = 'ocr', "
                 "ocr_confidence = ? WHERE id = ?")
        .bind(1, result.text)
        .bind(2, result.meanConfidence)
        .bind(3, pageId)
        .exec();
    m_db.prepare("DELETE FROM ocr_words WHERE page_id = ?").bind(1, pageId).exec();
    Statement word = m_db.prepare(
        "INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const OcrWord &w : result.words) {
        word.bind(1, pageId).bind(2, seq++).bind(3, w.text).bind(4, w.rect.x()).bind(5, w.rect.y())
            .bind(6, w.rect.width()).bind(7, w.rect.height()).bind(8, double(w.confidence)).bind(9, w.line);
        word.exec();
        word.reset();
    }
    SearchRepository(m_db).replace(pageId, result.text);
    tx.commit();
}

std::vector<PageSourceInfo> OcrRepository::sources(qint64 caseId)
{
    std::vector<PageSourceInfo> out;
    Statement st = m_db.prepare(
        "SELECT p.page_no, p.source, p.ocr_confidence, "
        "(SELECT count(*) FROM ocr_words w WHERE w.page_id = p.id AND w.confidence < ?) "
        "FROM pages p WHERE p.case_id = ? ORDER BY p.page_no");
    st.bind(1, double(OcrPage::kLowConfidence)).bind(2, caseId);
    while (st.step()) {
        PageSourceInfo info{int(st.int64(0)), st.text(1), std::nullopt, int(st.int64(3))};
        if (!st.isNull(2))
            info.confidence = st.real(2);
        out.push_back(info);
    }
    return out;
}

std::vector<OcrWord> OcrRepository::words(qint64 caseId, int page)
{
    std::vector<OcrWord> out;
    Statement st = m_db.prepare(
        "SELECT w.text, w.x, w.y, w.w, w.h, w.confidence, w.line FROM ocr_words w JOIN pages p ON p.id = w.page_id "
        "WHERE p.case_id = ? AND p.page_no = ? ORDER BY w.seq");
    st.bind(1, caseId).bind(2, page);
    while (st.step())
        out.push_back({st.text(0), QRectF(st.real(1), st.real(2), st.real(3), st.real(4)), float(st.real(5)),
                       int(st.int64(6))});
    return out;
}

void OcrRepository::replaceText(qint64 caseId, int page, const QString &text)
{
    Transaction tx(m_db);
    Statement id = m_db.prepare("SELECT id FROM pages WHERE case_id = ? AND page_no = ? AND source = 'ocr'");
    id.bind(1, caseId).bind(2, page);
    if (!id.step())
        return;
    const qint64 pageId = id.int64(0);
    m_db.prepare("UPDATE pages SET text = ? WHERE id = ?").bind(1, text).bind(2, pageId).exec();
    SearchRepository(m_db).replace(pageId, text);
    tx.commit();
}

} // namespace casereview
