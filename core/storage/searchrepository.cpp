// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "database.h"
#include "searchtext.h"

#include <algorithm>

namespace casereview {

namespace {
// A term as a quoted FTS5 phrase of its characters: query syntax in it is searched literally.
QString charPhrase(const QString &term)
{
    QString spaced = SearchText::characters(term);
    if (spaced.isEmpty())
        return {};
    spaced.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + spaced + QLatin1Char('"');
}
} // namespace

void SearchRepository::add(qint64 pageId, const QString &text)
{
    const QString body = SearchText::normalize(text);
    m_db.prepare("INSERT INTO page_search(rowid, body) VALUES (?, ?)").bind(1, pageId).bind(2, body).exec();
    m_db.prepare("INSERT INTO page_chars(rowid, body) VALUES (?, ?)").bind(1, pageId).bind(2, SearchText::characters(body)).exec();
}

void SearchRepository::replace(qint64 pageId, const QString &text)
{
    // page_chars keeps no text of its own: deleting a row takes the text it was indexed with.
    Statement old = m_db.prepare("SELECT body FROM page_search WHERE rowid = ?");
    old.bind(1, pageId);
    if (old.step())
        m_db.prepare("INSERT INTO page_chars(page_chars, rowid, body) VALUES ('delete', ?, ?)")
            .bind(1, pageId)
            .bind(2, SearchText::characters(old.text(0)))
            .exec();
    const QString body = SearchText::normalize(text);
    m_db.prepare("UPDATE page_search SET body = ? WHERE rowid = ?").bind(1, body).bind(2, pageId).exec();
    m_db.prepare("INSERT INTO page_chars(rowid, body) VALUES (?, ?)").bind(1, pageId).bind(2, SearchText::characters(body)).exec();
}

std::vector<PageCandidate> SearchRepository::bestPages(const QStringList &terms, int count)
{
    QStringList phrases;
    for (const QString &t : terms)
        if (const QString p = charPhrase(t); !p.isEmpty())
            phrases << p;
    if (phrases.isEmpty())
        return {};
    // The index folds letter case, so a page it gives may lack a term as written: such pages
    // are skipped and the next best read, in batches of twice what is asked for.
    const qint64 batch = count > 0 ? std::max(2 * qint64(count), qint64(20)) : -1;
    Statement st = m_db.prepare(
        "SELECT p.case_id, p.page_no, s.body FROM "
        "(SELECT rowid, rank FROM page_chars WHERE page_chars MATCH ?1 ORDER BY rank LIMIT ?2 OFFSET ?3) c "
        "JOIN page_search s ON s.rowid = c.rowid JOIN pages p ON p.id = c.rowid ORDER BY c.rank");
    const QString match = phrases.join(QLatin1String(" AND "));
    std::vector<PageCandidate> out;
    for (qint64 offset = 0;; offset += batch) {
        st.bind(1, match).bind(2, batch).bind(3, offset);
        qint64 read = 0;
        while (st.step()) {
            ++read;
            PageCandidate c{st.int64(0), int(st.int64(1)), st.text(2)};
            bool all = true;
            for (const QString &t : terms)
                all = all && c.body.contains(t);
            if (all)
                out.push_back(std::move(c));
        }
        st.reset();
        if (batch < 0 || read < batch || qint64(out.size()) >= count)
            break;
    }
    if (count > 0 && qint64(out.size()) > count)
        out.resize(size_t(count));
    return out;
}

} // namespace casereview
