// SPDX-License-Identifier: GPL-3.0-or-later
// Each field is read from the document that carries it: the decision for number, agency, party
// and fine; the forms and notices for their dates; inspection and inquiry records for officers.
#include "metadataextractor.h"

#include "chineseamount.h"
#include "chinesedate.h"
#include "dossierdates.h"
#include "dossiertext.h"
#include "officerconsensus.h"
#include "officerextractor.h"
#include "pagelines.h"
#include "partyextractor.h"

#include <QRegularExpression>
#include <map>

namespace MetadataExtractor {
namespace {

const QRegularExpression &docNoPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "((?:[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]|[（(][\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]{1,4}[）)]){1,24})\\s*[〔\\[【（(［]\\s*[0-9０-９]{4}\\s*[〕\\]】）)］]\\s*第?\\s*[0-9０-９]+\\s*号"));
    return re;
}

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

std::optional<TextField> docNoIn(const PageLines &pl, int maxLines, bool (*accept)(const QString &))
{
    int n = 0;
    for (const PageLine &l : pl.lines()) {
        if (maxLines > 0 && ++n > maxLines)
            break;
        auto it = docNoPattern().globalMatch(l.text);
        while (it.hasNext()) {
            const auto m = it.next();
            QString value = withoutSpaces(m.captured(0));
            static const QRegularExpression label(QStringLiteral("^.*(?:文号|编号|字号|案号)"));
            value.remove(label);
            if (!accept || accept(value))
                return TextField{value, {l.page, l.text}};
        }
    }
    return std::nullopt;
}

bool looksLikeDecisionNo(const QString &no)
{
    const QString prefix = no.left(no.indexOf(QRegularExpression(QStringLiteral("[〔\\[【（(［][0-9]{4}"))));
    return prefix.contains(u'罚') && !prefix.contains(QRegularExpression(QStringLiteral("[告立听缴延结]")));
}

std::optional<TextField> caseNumber(const DossierText &d)
{
    for (const CaseDocument *dec : d.all(DocumentType::Decision))
        if (auto f = docNoIn(d.lines(dec), 10, nullptr))
            return f;
    for (const CaseDocument *dec : d.all(DocumentType::Decision))
        if (auto f = docNoIn(d.lines(dec), 0, looksLikeDecisionNo))
            return f;
    return docNoIn(d.everything(), 0, looksLikeDecisionNo);
}

const QRegularExpression &agencyLine()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}（）()]{3,40}(?:局|委员会|委|人民政府|政府|厅|大队|支队|总队|中心|办公室|办事处|管理处|执法队|管理所|监督所|分局|管委会)$"));
    return re;
}

QString withoutSealNote(const QString &compact)
{
    static const QRegularExpression seal(QStringLiteral("[（(](?:印章|盖章|公章|章)[）)]$"));
    QString s = compact;
    s.remove(seal);
    return s;
}

std::optional<TextField> agencyOf(const PageLines &pl)
{
    const auto &lines = pl.lines();
    for (size_t i = 0; i < lines.size() && i < 3; ++i) {
        const QString &c = lines[i].compact;
        if (agencyLine().match(c).hasMatch())
            return TextField{c, {lines[i].page, lines[i].text}};
        static const QRegularExpression withTitle(
            QStringLiteral("^(.{3,40}?(?:局|委员会|人民政府|厅|大队|支队|中心|办公室))(?:行政处罚|处罚|不予)"));
        const auto m = withTitle.match(c);
        if (m.hasMatch())
            return TextField{m.captured(1), {lines[i].page, lines[i].text}};
    }
    for (size_t i = lines.size(); i-- > 0;) {
        if (!ChineseDate::isDateLine(lines[i].compact))
            continue;
        for (size_t j = i; j-- > 0 && j + 4 > i;) {
            const QString name = withoutSealNote(lines[j].compact);
            if (agencyLine().match(name).hasMatch())
                return TextField{name, {lines[j].page, lines[j].text}};
        }
    }
    return std::nullopt;
}

std::vector<std::pair<qsizetype, qsizetype>> quoteSpans(const QString &flow)
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    static const QRegularExpression quote(QStringLiteral("“[^”]*”"));
    auto it = quote.globalMatch(flow);
    while (it.hasNext()) {
        const auto m = it.next();
        out.emplace_back(m.capturedStart(0), m.capturedEnd(0));
    }
    return out;
}

std::optional<AmountField> fineIn(const PageLines &pl)
{
    const QString &flow = pl.flow();
    const auto quotes = quoteSpans(flow);
    auto quoted = [&](qsizetype p) {
        return std::any_of(quotes.begin(), quotes.end(), [p](const auto &q) { return p >= q.first && p < q.second; });
    };
    struct Candidate {
        qsizetype pos;
        ChineseAmount::Match m;
    };
    std::vector<Candidate> candidates;
    const auto amounts = ChineseAmount::findAll(flow);
    static const QRegularExpression gap(QStringLiteral("^[：:]?(?:人民币|金额|数额|为|计|共计|合计|（大写）|大写)*[：:]?$"));
    static const QRegularExpression bound(QStringLiteral("^(?:以上|以下|以内|至|到|－|-|~|～)"));
    static const QRegularExpression before(QStringLiteral("(?:处|处以|并处|给予)$"));
    for (const auto &a : amounts) {
        if (quoted(a.start))
            continue;
        const QString after = flow.mid(a.start + a.length, 3);
        if (bound.match(after).hasMatch())
            continue;
        const qsizetype fine = flow.lastIndexOf(u"罚款", a.start);
        const bool fineBefore = fine >= 0 && a.start - (fine + 2) <= 8
            && gap.match(flow.mid(fine + 2, a.start - fine - 2)).hasMatch();
        static const QRegularExpression fineWord(QStringLiteral("^的?罚款"));
        const bool fineAfter = fineWord.match(flow.mid(a.start + a.length, 3)).hasMatch()
            && before.match(flow.left(a.start)).hasMatch();
        if (fineBefore || fineAfter)
            candidates.push_back({fineBefore ? fine : a.start, a});
    }
    if (candidates.empty())
        return std::nullopt;
    static const QRegularExpression decided(QStringLiteral("决定(?:对|给予|作出|如下|处以)|作出如下|处罚如下|作出以下"));
    qsizetype anchor = -1;
    auto it = decided.globalMatch(flow);
    while (it.hasNext())
        anchor = it.next().capturedStart(0);
    const Candidate *pick = &candidates.back();
    for (const Candidate &c : candidates)
        if (c.pos >= anchor) {
            pick = &c;
            break;
        }
    return AmountField{pick->m.yuan, {pl.pageAt(pick->m.start), pl.snippet(pick->pos, pick->m.start + pick->m.length - pick->pos)}};
}

QString normaliseCaseType(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("^涉嫌")));
    s.replace(QRegularExpression(QStringLiteral("一案$")), QStringLiteral("案"));
    if (!s.endsWith(u'案'))
        s += u'案';
    return s;
}

std::optional<TextField> caseTypeOf(const DossierText &d, const QString &party)
{
    const PageLines all = d.everything();
    static const QRegularExpression named(QStringLiteral("^(?:案件名称|案由|案件名|案件)[：:]?(.{2,60}案)$"));
    if (!party.isEmpty()) {
        const QRegularExpression namedFlow(QStringLiteral("(?:案件名称|案由)[：:]?") + QRegularExpression::escape(party)
                                           + QStringLiteral("([^，,。；;：:（）()“”《》]{2,60}?案)"));
        const auto m = namedFlow.match(all.flow());
        if (m.hasMatch())
            return TextField{normaliseCaseType(m.captured(1)),
                             {all.pageAt(m.capturedStart(0)), all.snippet(m.capturedStart(0), m.capturedLength(0))}};
    }
    for (const PageLine &l : all.lines()) {
        const auto m = named.match(l.compact);
        if (!m.hasMatch())
            continue;
        QString v = m.captured(1);
        if (!party.isEmpty() && v.startsWith(party))
            v = v.mid(party.size());
        else if (!party.isEmpty())
            continue;
        if (v.size() >= 3)
            return TextField{normaliseCaseType(v), {l.page, l.text}};
    }
    if (!party.isEmpty()) {
        const QString &flow = all.flow();
        const QRegularExpression after(QRegularExpression::escape(party) + QStringLiteral("([^，,。；;：:（）()“”《》\\s]{2,40}?案)"));
        const auto m = after.match(flow);
        if (m.hasMatch())
            return TextField{normaliseCaseType(m.captured(1)), {all.pageAt(m.capturedStart(1)), all.snippet(m.capturedStart(0), m.capturedLength(0))}};
    }
    if (const auto *doc = d.first(DocumentType::FilingApproval)) {
        static const QRegularExpression cause(QStringLiteral("^案由[：:]?([^：:]{2,60})$"));
        const PageLines filing = d.lines(doc);
        for (const PageLine &l : filing.lines()) {
            const auto m = cause.match(l.compact);
            if (m.hasMatch())
                return TextField{normaliseCaseType(m.captured(1)), {l.page, l.text}};
        }
    }
    static const QRegularExpression constitutes(
        QStringLiteral("构成([^，,。；;：:“”《》]{2,40}?)的?(?:违法)?行为|涉嫌([^，,。；;：:“”《》]{2,40}?)[。，,；;]"));
    const auto decisions = d.all(DocumentType::Decision);
    const PageLines decision = decisions.empty() ? PageLines() : d.lines(decisions.front());
    for (const PageLines *pl : {&decision, &all}) {
        const auto m = constitutes.match(pl->flow());
        if (m.hasMatch()) {
            const int g = m.capturedLength(1) ? 1 : 2;
            return TextField{normaliseCaseType(m.captured(g)),
                             {pl->pageAt(m.capturedStart(g)), pl->snippet(m.capturedStart(0), m.capturedLength(0))}};
        }
    }
    return std::nullopt;
}

} // namespace

QString consensus(const QString &value, const QString &text)
{
    const qsizetype n = value.size();
    if (n < 4 || text.size() < n)
        return value;
    const int maxDiff = n >= 12 ? 3 : n >= 10 ? 2 : 1;
    // OCR mixes up the bracket forms around a document number's year; they count as one.
    static const QString opening = QStringLiteral("〔【[［(（"), closing = QStringLiteral("〕】]］)）");
    auto same = [](QChar a, QChar b) {
        return a == b || (opening.contains(a) && opening.contains(b)) || (closing.contains(a) && closing.contains(b));
    };
    std::vector<std::map<QChar, int>> votes{size_t(n)};
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        int diff = 0;
        for (qsizetype k = 0; k < n && diff <= maxDiff; ++k)
            diff += !same(text[i + k], value[k]);
        if (diff > maxDiff)
            continue;
        for (qsizetype k = 0; k < n; ++k)
            ++votes[size_t(k)][text[i + k]];
    }
    QString out = value;
    for (qsizetype k = 0; k < n; ++k) {
        const auto &v = votes[size_t(k)];
        const auto own = v.find(value[k]);
        int best = own == v.end() ? 0 : own->second;
        for (const auto &[c, count] : v)
            if (count >= 2 && count > best && !same(c, value[k]))
                out[k] = c, best = count;
    }
    return out;
}

DossierFields extract(const std::vector<QString> &pageTexts, const std::vector<CaseDocument> &documents,
                      const std::vector<bool> &ocrPages)
{
    const DossierText d(pageTexts, documents);
    DossierFields f;
    f.caseNo = caseNumber(d);

    const auto decisions = d.all(DocumentType::Decision);
    const PageLines decision = decisions.empty() ? PageLines() : d.lines(decisions.front());
    for (DocumentType t : {DocumentType::Decision, DocumentType::PriorNotice, DocumentType::HearingNotice}) {
        for (const CaseDocument *doc : d.all(t))
            if ((f.agency = agencyOf(d.lines(doc))))
                break;
        if (f.agency)
            break;
    }

    const PartyExtractor::Party party = PartyExtractor::read(decision, d.everything(),
                                                            d.lines(d.first(DocumentType::FilingApproval)));
    f.partyName = party.name;
    f.partyType = party.type;
    f.partyUscc = party.uscc;

    if (!decision.isEmpty())
        f.fineAmount = fineIn(decision);
    // Not legible in the decision (a scan): the closing report restates the decided penalty,
    // the prior notice the proposed one.
    for (DocumentType t : {DocumentType::ClosingReport, DocumentType::PriorNotice})
        for (const CaseDocument *doc : d.all(t))
            if (!f.fineAmount)
                f.fineAmount = fineIn(d.lines(doc));
    f.caseType = caseTypeOf(d, f.partyName ? f.partyName->value : QString());
    DossierDates::read(d, f);

    for (DocumentType t : {DocumentType::InspectionRecord, DocumentType::InquiryRecord})
        for (const CaseDocument *doc : d.all(t)) {
            std::vector<Officer> listed = OfficerExtractor::fromRecord(d.lines(doc));
            OfficerConsensus::correct(listed, pageTexts, ocrPages);
            f.officers.insert(f.officers.end(), listed.begin(), listed.end());
        }

    // Names and numbers read on an OCR page: the dossier's most repeated spelling wins.
    QString all;
    auto onOcrPage = [&](const std::optional<TextField> &field) {
        const int p = field ? field->evidence.page : 0;
        return p >= 1 && size_t(p) <= ocrPages.size() && ocrPages[size_t(p - 1)];
    };
    for (std::optional<TextField> *field : {&f.caseNo, &f.agency, &f.partyName}) {
        if (!onOcrPage(*field))
            continue;
        if (all.isEmpty())
            for (const QString &t : pageTexts)
                all += withoutSpaces(t);
        QString v = (*field)->value;
        // Marks before a name are specks, also in the mentions the vote weighs.
        while (!v.isEmpty() && !v.front().isLetterOrNumber())
            v.remove(0, 1);
        (*field)->value = consensus(v, all);
    }
    return f;
}
} // namespace MetadataExtractor
