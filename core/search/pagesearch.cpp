// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesearch.h"

#include "storage/searchtext.h"
#include "storage/searchrepository.h"

#include <QRegularExpression>
#include <cmath>
#include <algorithm>

namespace casereview {

namespace {
constexpr int kContext = 24;  // characters shown each side of the first hit

QString snippetAround(const QString &body, const QString &term, int at)
{
    const int from = std::max(0, at - kContext);
    const int to = std::min<int>(body.size(), at + term.size() + kContext);
    QString s;
    if (from > 0)
        s += QStringLiteral("…");
    s += body.mid(from, at - from);
    s += PageSearch::kHitOpen + body.mid(at, term.size()) + PageSearch::kHitClose;
    s += body.mid(at + term.size(), to - at - term.size());
    if (to < body.size())
        s += QStringLiteral("…");
    return s;
}
} // namespace

namespace PageSearch {
QStringList terms(const QString &query)
{
    QStringList out;
    // Split on whitespace before normalising: normalisation drops spaces between Chinese words.
    for (const QString &part : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString t = SearchText::normalize(part);
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

std::vector<SearchHit> rank(const std::vector<PageCandidate> &candidates, const QStringList &terms, int limit)
{
    struct Scored {
        const PageCandidate *page;
        double score;
        int firstAt;
        QString firstTerm;
    };
    std::vector<Scored> scored;
    scored.reserve(candidates.size());
    for (const PageCandidate &c : candidates) {
        double score = 0;
        int firstAt = -1;
        QString firstTerm;
        for (const QString &t : terms) {
            int count = 0;
            for (int at = c.body.indexOf(t); at >= 0; at = c.body.indexOf(t, at + t.size())) {
                if (count == 0 && (firstAt < 0 || at < firstAt)) {
                    firstAt = at;
                    firstTerm = t;
                }
                ++count;
            }
            if (count == 0) {
                score = -1;  // the index matched but the text does not (cannot happen with a sound index)
                break;
            }
            // Repeated hits help, with diminishing returns; longer terms weigh more.
            score += (1.0 + std::log(double(count))) * t.size();
        }
        if (score <= 0)
            continue;
        // Shorter pages with the same hits are more on-topic.
        score /= 1.0 + std::log(1.0 + c.body.size() / 500.0);
        scored.push_back({&c, score, firstAt, firstTerm});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (limit > 0 && int(scored.size()) > limit)
        scored.resize(size_t(limit));
    // Snippets only for the pages shown.
    std::vector<SearchHit> hits;
    hits.reserve(scored.size());
    for (const Scored &s : scored)
        hits.push_back({s.page->caseId, s.page->page, snippetAround(s.page->body, s.firstTerm, s.firstAt), s.score});
    return hits;
}

std::vector<SearchHit> run(Database &db, const QString &query, int limit)
{
    const QStringList t = terms(query);
    if (t.isEmpty())
        return {};
    SearchRepository repo(db);
    // The index hands over the best pages by bm25 (twice as many as shown, at least 20 when a
    // limit is set); they are ordered here by how densely they hold the terms.
    return rank(repo.bestPages(t, limit > 0 ? std::max(2 * limit, 20) : 0), t, limit);
}
} // namespace PageSearch

} // namespace casereview
