// SPDX-License-Identifier: GPL-3.0-or-later
// A value's text is looked up in the page's OCR lines, each cleaned as the page was. Where the
// clean-up left a line's length alone, characters map one to one onto the words, and only the
// words under the value count; a line whose length the clean-up changed was repaired, and
// all its words count.
#include "ocrdoubt.h"

#include "ocrcleanup.h"
#include "extraction/chineseamount.h"
#include "extraction/chinesedate.h"

#include <map>

namespace casereview {

namespace {
QString compact(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

struct Line {
    std::vector<const OcrWord *> words;
    QString raw;      // word texts joined, without spaces
    QString cleaned;  // the line as the page text has it, without spaces
};

std::vector<Line> linesOf(const std::vector<OcrWord> &words)
{
    std::map<int, Line> byLine;
    for (const OcrWord &w : words) {
        Line &l = byLine[w.line];
        l.words.push_back(&w);
        l.raw += compact(w.text);
    }
    std::vector<Line> out;
    for (auto &[n, l] : byLine) {
        QStringList texts;
        for (const OcrWord *w : l.words)
            texts << w->text;
        l.cleaned = compact(OcrCleanup::clean(texts.join(QLatin1Char(' '))));
        out.push_back(std::move(l));
    }
    return out;
}

// Longest run of `a` that also occurs in `b` (short strings: lines and snippets).
qsizetype commonRun(const QString &a, const QString &b)
{
    std::vector<qsizetype> prev(size_t(b.size()) + 1, 0), cur(size_t(b.size()) + 1, 0);
    qsizetype best = 0;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[size_t(j)] = a[i - 1] == b[j - 1] ? prev[size_t(j - 1)] + 1 : 0;
            best = std::max(best, cur[size_t(j)]);
        }
        std::swap(prev, cur);
    }
    return best;
}

bool linesGive(const QString &text, const std::vector<OcrWord> &words)
{
    const QString value = compact(text);
    for (const Line &l : linesOf(words))
        if (l.cleaned.contains(value))
            return true;
    return false;
}

bool low(const OcrWord &w) { return w.confidence < OcrPage::kLowConfidence; }

// The part of a snippet that spells the value: the date or amount itself, not its whole line.
QString dateIn(const QString &snippet, QDate value)
{
    for (const auto &m : ChineseDate::findAll(snippet))
        if (m.date == value)
            return snippet.mid(m.start, m.length);
    return snippet;
}

QString amountIn(const QString &snippet, double yuan)
{
    for (const auto &m : ChineseAmount::findAll(snippet))
        if (std::abs(m.yuan - yuan) < 0.005)
            return snippet.mid(m.start, m.length);
    return snippet;
}
} // namespace

namespace OcrDoubt {
bool restsOnDoubt(const QString &text, const std::vector<OcrWord> &words)
{
    const QString value = compact(text);
    if (value.isEmpty() || words.empty())
        return false;
    bool found = false;
    for (const Line &l : linesOf(words)) {
        if (l.cleaned.isEmpty())
            continue;
        const qsizetype at = l.cleaned.indexOf(value);
        const bool inside = at >= 0;
        // The value runs over from this line to the next (a sentence), or holds the whole line.
        const qsizetype need = std::min<qsizetype>({6, value.size(), l.cleaned.size()});
        if (!inside && !value.contains(l.cleaned) && commonRun(l.cleaned, value) < need)
            continue;
        found = true;
        if (l.cleaned.size() != l.raw.size() || !inside) {
            // Repaired, or only partly under the value: judge by the whole line when repaired,
            // else by the words whose text is part of the value.
            for (const OcrWord *w : l.words)
                if (low(*w) && (l.cleaned.size() != l.raw.size() || value.contains(compact(OcrCleanup::clean(w->text)))))
                    return true;
            continue;
        }
        qsizetype pos = 0;
        for (const OcrWord *w : l.words) {
            const qsizetype len = compact(w->text).size();
            if (pos < at + value.size() && pos + len > at && low(*w))
                return true;
            pos += len;
        }
    }
    // A value on an OCR page that none of its lines gives back cannot be vouched for.
    return !found;
}

std::set<QString> uncertainFields(const DossierFields &f, const WordsOf &wordsOf)
{
    std::set<QString> out;
    std::map<int, std::vector<OcrWord>> cache;
    auto wordsOn = [&](int page) -> const std::vector<OcrWord> & {
        auto it = cache.find(page);
        if (it == cache.end())
            it = cache.emplace(page, page > 0 ? wordsOf(page) : std::vector<OcrWord>()).first;
        return it->second;
    };
    // `text` is looked up first; when no line gives it back (a value normalised by the
    // extractor), the snippet it was read from.
    auto doubtful = [&](int page, const QString &text, const QString &snippet = QString()) {
        const std::vector<OcrWord> &words = wordsOn(page);
        if (words.empty() || text.isEmpty())
            return false;
        if (!snippet.isEmpty() && snippet != text && !linesGive(text, words))
            return restsOnDoubt(snippet, words);
        return restsOnDoubt(text, words);
    };
    // A value printed as is (a number, a name) is looked up itself; a date or an amount by the
    // text it was read from.
    auto check = [&](const char *key, const auto &field, bool literal) {
        if (!field)
            return;
        QString text = field->evidence.snippet;
        if constexpr (requires { field->value.isEmpty(); })
            if (literal)
                text = field->value;
        if (doubtful(field->evidence.page, text, field->evidence.snippet))
            out.insert(QString::fromLatin1(key));
    };
    check("case_no", f.caseNo, true);
    check("agency", f.agency, true);
    check("party_name", f.partyName, true);
    check("party_type", f.partyType, false);
    check("party_uscc", f.partyUscc, true);
    if (f.fineAmount && doubtful(f.fineAmount->evidence.page, amountIn(f.fineAmount->evidence.snippet, f.fineAmount->yuan)))
        out.insert(QStringLiteral("fine_amount_yuan"));
    check("case_type", f.caseType, true);
    for (const auto &[key, date] : f.dates) {
        const QString spelt = dateIn(date.evidence.snippet, date.value);
        // A document's signature date stands alone on its line; one taken from a sentence
        // means the signature line could not be read.
        const bool signature = key == QLatin1String("notice") || key == QLatin1String("hearing_notice")
            || key == QLatin1String("decision");
        const bool fallback = signature && compact(date.evidence.snippet).size() > compact(spelt).size() + 2;
        if ((fallback && !wordsOn(date.evidence.page).empty()) || doubtful(date.evidence.page, spelt))
            out.insert(QStringLiteral("dates.") + key);
    }
    for (size_t i = 0; i < f.officers.size(); ++i) {
        const Officer &o = f.officers[i];
        if (doubtful(o.page, o.name) || doubtful(o.page, o.certNo))
            out.insert(QStringLiteral("officers.%1").arg(i));
    }
    return out;
}
} // namespace OcrDoubt

} // namespace casereview
