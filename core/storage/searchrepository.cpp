// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include "database.h"

namespace {
QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

std::vector<PageCandidate> SearchRepository::pagesContainingAll(const QStringList &terms)
{
    QStringList phrases;
    QStringList shortTerms;
    for (const QString &t : terms) {
        if (t.size() >= 3)
            phrases << ftsPhrase(t);
        else
            shortTerms << t;
    }
    QString sql = QStringLiteral("SELECT p.case_id, p.page_no, s.body FROM page_search s JOIN pages p ON p.id = s.rowid WHERE 1");
    if (!phrases.isEmpty())
        sql += QStringLiteral(" AND page_search MATCH ?");
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral(" AND instr(s.body, ?) > 0");
    sql += QStringLiteral(" ORDER BY p.case_id, p.page_no");

    Statement st = m_db.prepare(sql.toUtf8().constData());
    int index = 1;
    if (!phrases.isEmpty())
        st.bind(index++, phrases.join(QLatin1String(" AND ")));
    for (const QString &t : shortTerms)
        st.bind(index++, t);
    std::vector<PageCandidate> out;
    while (st.step())
        out.push_back({st.int64(0), int(st.int64(1)), st.text(2)});
    return out;
}
