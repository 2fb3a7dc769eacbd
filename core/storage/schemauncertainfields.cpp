// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 8. Cases without OCR pages have nothing uncertain. The scanned cases of an older
// store are worked out here, from the stored field rows and OCR words, so the case list is
// complete at once. The judgement is a FROZEN copy of OcrDoubt::uncertainFields as it was when
// this step was released (with its own copies of the OCR clean-up and the date and amount
// finders, schemav8*.cpp), reading the rows with this step's own SQL: the step calls nothing
// outside its files but Database/Statement, so an old store upgrades the same way whatever the
// live OCR and extraction code becomes. Never edit; a change of the stored keys is a new step.
#include "schemauncertainfields.h"

#include "database.h"
#include "schemav8numbers.h"
#include "schemav8ocrcleanup.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <vector>

namespace casereview {

namespace {
// ---- frozen at schema 8: OcrDoubt -------------------------------------------------------
constexpr float kLowConfidence = 60.0f;  // OcrPage::kLowConfidence at schema 8

struct Word {
    QString text;
    float confidence = 0;
    int line = 0;
};

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
    std::vector<const Word *> words;
    QString raw;      // word texts joined, without spaces
    QString cleaned;  // the line as the page text has it, without spaces
};

std::vector<Line> linesOf(const std::vector<Word> &words)
{
    std::map<int, Line> byLine;
    for (const Word &w : words) {
        Line &l = byLine[w.line];
        l.words.push_back(&w);
        l.raw += compact(w.text);
    }
    std::vector<Line> out;
    for (auto &[n, l] : byLine) {
        QStringList texts;
        for (const Word *w : l.words)
            texts << w->text;
        l.cleaned = compact(SchemaV8OcrCleanup::clean(texts.join(QLatin1Char(' '))));
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

bool linesGive(const QString &text, const std::vector<Word> &words)
{
    const QString value = compact(text);
    for (const Line &l : linesOf(words))
        if (l.cleaned.contains(value))
            return true;
    return false;
}

bool low(const Word &w) { return w.confidence < kLowConfidence; }

QString dateIn(const QString &snippet, QDate value)
{
    for (const auto &m : SchemaV8Numbers::dates(snippet))
        if (m.date == value)
            return snippet.mid(m.start, m.length);
    return snippet;
}

QString amountIn(const QString &snippet, double yuan)
{
    for (const auto &m : SchemaV8Numbers::amounts(snippet))
        if (std::abs(m.yuan - yuan) < 0.005)
            return snippet.mid(m.start, m.length);
    return snippet;
}

bool restsOnDoubt(const QString &text, const std::vector<Word> &words)
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
        const qsizetype need = std::min<qsizetype>({6, value.size(), l.cleaned.size()});
        if (!inside && !value.contains(l.cleaned) && commonRun(l.cleaned, value) < need)
            continue;
        found = true;
        if (l.cleaned.size() != l.raw.size() || !inside) {
            for (const Word *w : l.words)
                if (low(*w) && (l.cleaned.size() != l.raw.size()
                                || value.contains(compact(SchemaV8OcrCleanup::clean(w->text)))))
                    return true;
            continue;
        }
        qsizetype pos = 0;
        for (const Word *w : l.words) {
            const qsizetype len = compact(w->text).size();
            if (pos < at + value.size() && pos + len > at && low(*w))
                return true;
            pos += len;
        }
    }
    return !found;
}

struct FieldRow {
    QString value;
    int page = 0;
    QString snippet;
};
struct OfficerRow {
    QString name, certNo;
    int page = 0;
};

// OcrDoubt::uncertainFields over one case's `fields` rows (by key) and officers (by seq).
std::set<QString> uncertainKeys(const std::map<QString, FieldRow> &fields, const std::vector<OfficerRow> &officers,
                                const std::function<std::vector<Word>(int)> &wordsOf)
{
    std::set<QString> out;
    std::map<int, std::vector<Word>> cache;
    auto wordsOn = [&](int page) -> const std::vector<Word> & {
        auto it = cache.find(page);
        if (it == cache.end())
            it = cache.emplace(page, page > 0 ? wordsOf(page) : std::vector<Word>()).first;
        return it->second;
    };
    auto doubtful = [&](int page, const QString &text, const QString &snippet = QString()) {
        const std::vector<Word> &words = wordsOn(page);
        if (words.empty() || text.isEmpty())
            return false;
        if (!snippet.isEmpty() && snippet != text && !linesGive(text, words))
            return restsOnDoubt(snippet, words);
        return restsOnDoubt(text, words);
    };
    // A value printed as is (a number, a name) is looked up itself; the party type by its snippet.
    for (const char *key : {"case_no", "agency", "party_name", "party_type", "party_uscc", "case_type"}) {
        const auto it = fields.find(QString::fromLatin1(key));
        if (it == fields.end())
            continue;
        const FieldRow &f = it->second;
        const QString text = qstrcmp(key, "party_type") == 0 ? f.snippet : f.value;
        if (doubtful(f.page, text, f.snippet))
            out.insert(it->first);
    }
    if (const auto it = fields.find(QStringLiteral("fine_amount_yuan")); it != fields.end()
        && doubtful(it->second.page, amountIn(it->second.snippet, it->second.value.toDouble())))
        out.insert(it->first);
    const QString datePrefix = QStringLiteral("date.");
    for (const auto &[rowKey, f] : fields) {
        if (!rowKey.startsWith(datePrefix))
            continue;
        const QString key = rowKey.mid(datePrefix.size());
        const QString spelt = dateIn(f.snippet, QDate::fromString(f.value, Qt::ISODate));
        // A signature date stands alone on its line; one from a sentence means it could not be read.
        const bool signature = key == QLatin1String("notice") || key == QLatin1String("hearing_notice")
            || key == QLatin1String("decision");
        const bool fallback = signature && compact(f.snippet).size() > compact(spelt).size() + 2;
        if ((fallback && !wordsOn(f.page).empty()) || doubtful(f.page, spelt))
            out.insert(QStringLiteral("dates.") + key);
    }
    for (size_t i = 0; i < officers.size(); ++i)
        if (doubtful(officers[i].page, officers[i].name) || doubtful(officers[i].page, officers[i].certNo))
            out.insert(QStringLiteral("officers.%1").arg(i));
    return out;
}
// ---- end of frozen code -------------------------------------------------------------------
} // namespace

namespace SchemaUncertainFields {
void apply(Database &db)
{
    db.exec("ALTER TABLE cases ADD COLUMN uncertain_fields TEXT NOT NULL DEFAULT ''");
    Statement scanned = db.prepare("SELECT DISTINCT case_id FROM pages WHERE source = 'ocr' ORDER BY case_id");
    Statement fields = db.prepare("SELECT key, value, page, snippet FROM fields WHERE case_id = ?");
    Statement officers = db.prepare("SELECT name, cert_no, page FROM officers WHERE case_id = ? ORDER BY seq");
    Statement words = db.prepare(
        "SELECT w.text, w.confidence, w.line FROM ocr_words w JOIN pages p ON p.id = w.page_id "
        "WHERE p.case_id = ? AND p.page_no = ? ORDER BY w.seq");
    Statement write = db.prepare("UPDATE cases SET uncertain_fields = ? WHERE id = ?");
    while (scanned.step()) {
        const qint64 caseId = scanned.int64(0);
        std::map<QString, FieldRow> f;
        fields.bind(1, caseId);
        while (fields.step())
            f[fields.text(0)] = {fields.text(1), int(fields.int64(2)), fields.text(3)};
        fields.reset();
        std::vector<OfficerRow> o;
        officers.bind(1, caseId);
        while (officers.step())
            o.push_back({officers.text(0), officers.text(1), int(officers.int64(2))});
        officers.reset();
        const std::set<QString> keys = uncertainKeys(f, o, [&](int page) {
            std::vector<Word> out;
            words.bind(1, caseId).bind(2, page);
            while (words.step())
                out.push_back({words.text(0), float(words.real(1)), int(words.int64(2))});
            words.reset();
            return out;
        });
        if (!keys.empty())
            write.bind(1, QStringList(keys.begin(), keys.end()).join(QLatin1Char('\n'))).bind(2, caseId).exec();
        write.reset();
    }
}
} // namespace SchemaUncertainFields

} // namespace casereview
