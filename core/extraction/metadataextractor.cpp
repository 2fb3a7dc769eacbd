// SPDX-License-Identifier: GPL-3.0-or-later
// Each field is read from the document that carries it: the decision for number, agency, party
// and fine; the forms and notices for their dates; inspection and inquiry records for officers.
#include "metadataextractor.h"

#include "chineseamount.h"
#include "chinesedate.h"
#include "officerextractor.h"
#include "pagelines.h"
#include "partyextractor.h"

#include <QRegularExpression>
#include <map>

namespace MetadataExtractor {
namespace {

class Dossier {
public:
    Dossier(const std::vector<QString> &pages, const std::vector<CaseDocument> &docs) : m_pages(pages), m_docs(docs) {}

    std::vector<const CaseDocument *> all(DocumentType t) const
    {
        std::vector<const CaseDocument *> out;
        for (const CaseDocument &d : m_docs)
            if (d.type == t)
                out.push_back(&d);
        return out;
    }
    const CaseDocument *first(DocumentType t) const
    {
        const auto v = all(t);
        return v.empty() ? nullptr : v.front();
    }
    PageLines lines(const CaseDocument *d) const { return d ? PageLines(m_pages, d->firstPage, d->lastPage) : PageLines(); }
    PageLines everything() const { return PageLines(m_pages, 1, int(m_pages.size())); }
    const std::vector<CaseDocument> &docs() const { return m_docs; }

private:
    const std::vector<QString> &m_pages;
    const std::vector<CaseDocument> &m_docs;
};

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

std::optional<TextField> caseNumber(const Dossier &d)
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

bool isDateOnly(const QString &compact)
{
    const auto all = ChineseDate::findAll(compact);
    return all.size() == 1 && all.front().length >= compact.size() - 1;
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
        if (!isDateOnly(lines[i].compact))
            continue;
        for (size_t j = i; j-- > 0 && j + 4 > i;) {
            const QString name = withoutSealNote(lines[j].compact);
            if (agencyLine().match(name).hasMatch())
                return TextField{name, {lines[j].page, lines[j].text}};
        }
    }
    return std::nullopt;
}

std::optional<DateField> dateAfterLabel(const PageLines &pl, const QRegularExpression &label)
{
    const auto &lines = pl.lines();
    for (size_t i = 0; i < lines.size(); ++i) {
        const auto m = label.match(lines[i].compact);
        if (!m.hasMatch())
            continue;
        for (size_t j = i; j < lines.size() && j <= i + 1; ++j) {
            const QString rest = j == i ? lines[i].compact.mid(m.capturedEnd(0)) : lines[j].compact;
            const auto dates = ChineseDate::findAll(rest);
            if (!dates.empty() && (j > i || dates.front().start <= 20))
                return DateField{dates.front().date, {lines[j].page, lines[j].text}};
        }
    }
    return std::nullopt;
}

// The date the document was signed: the last line that is only a date, else its last date.
std::optional<DateField> signatureDate(const PageLines &pl)
{
    const auto &lines = pl.lines();
    for (size_t i = lines.size(); i-- > 0;)
        if (isDateOnly(lines[i].compact))
            return DateField{*ChineseDate::parse(lines[i].compact), {lines[i].page, lines[i].text}};
    for (size_t i = lines.size(); i-- > 0;) {
        const auto dates = ChineseDate::findAll(lines[i].compact);
        if (!dates.empty())
            return DateField{dates.back().date, {lines[i].page, lines[i].text}};
    }
    return std::nullopt;
}

// The latest date on a form: approval forms are dated last by their final approver.
std::optional<DateField> latestDate(const PageLines &pl)
{
    std::optional<DateField> best;
    for (const PageLine &l : pl.lines())
        for (const auto &m : ChineseDate::findAll(l.compact))
            if (!best || m.date >= best->value)
                best = DateField{m.date, {l.page, l.text}};
    return best;
}

std::optional<DateField> firstDate(const PageLines &pl)
{
    for (const PageLine &l : pl.lines())
        if (const auto d = ChineseDate::parse(l.compact))
            return DateField{*d, {l.page, l.text}};
    return std::nullopt;
}

void setDate(DossierFields &f, const char *key, std::optional<DateField> v)
{
    if (v)
        f.dates[QString::fromLatin1(key)] = *v;
}

void readDates(const Dossier &d, DossierFields &f)
{
    static const QRegularExpression filedLabel(QStringLiteral("立案(?:时间|日期)"));
    static const QRegularExpression inspectedLabel(QStringLiteral("(?:检查|勘验|勘察|笔录)(?:时间|日期)"));
    static const QRegularExpression deliveredLabel(QStringLiteral("(?:送达|签收|收到|收件)(?:时间|日期)"));
    static const QRegularExpression closedLabel(QStringLiteral("结案(?:时间|日期)"));

    if (const auto *doc = d.first(DocumentType::FilingApproval)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, filedLabel);
        setDate(f, "filed", v ? v : latestDate(pl));
    }
    if (const auto *doc = d.first(DocumentType::InspectionRecord)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, inspectedLabel);
        setDate(f, "inspected", v ? v : firstDate(pl));
    }
    if (const auto *doc = d.first(DocumentType::PriorNotice))
        setDate(f, "notice", signatureDate(d.lines(doc)));
    if (const auto *doc = d.first(DocumentType::HearingNotice))
        setDate(f, "hearing_notice", signatureDate(d.lines(doc)));
    const auto decisions = d.all(DocumentType::Decision);
    if (!decisions.empty()) {
        const CaseDocument *dec = decisions.back();
        setDate(f, "decision", signatureDate(d.lines(dec)));
        const CaseDocument *receipt = nullptr;
        for (const CaseDocument &doc : d.docs()) {
            if (doc.type != DocumentType::DeliveryReceipt || doc.firstPage <= dec->lastPage)
                continue;
            if (!receipt)
                receipt = &doc;
            if (d.lines(&doc).flow().contains(u"决定书")) {
                receipt = &doc;
                break;
            }
        }
        if (receipt) {
            const PageLines pl = d.lines(receipt);
            auto v = dateAfterLabel(pl, deliveredLabel);
            setDate(f, "delivered", v ? v : signatureDate(pl));
        }
    }
    if (const auto *doc = d.first(DocumentType::ClosingReport)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, closedLabel);
        setDate(f, "closed", v ? v : latestDate(pl));
    }
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

std::optional<TextField> caseTypeOf(const Dossier &d, const QString &party)
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
    const int maxDiff = n >= 10 ? 2 : 1;
    std::map<QString, int> counts;
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        int diff = 0;
        for (qsizetype k = 0; k < n && diff <= maxDiff; ++k)
            diff += text[i + k] != value[k];
        if (diff <= maxDiff)
            ++counts[text.mid(i, n)];
    }
    const int own = counts.count(value) ? counts[value] : 0;
    QString best = value;
    int bestCount = own;
    for (const auto &[spelling, count] : counts)
        if (count > bestCount)
            best = spelling, bestCount = count;
    return bestCount >= 2 && bestCount > own ? best : value;
}

DossierFields extract(const std::vector<QString> &pageTexts, const std::vector<CaseDocument> &documents,
                      const std::vector<bool> &ocrPages)
{
    const Dossier d(pageTexts, documents);
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
    readDates(d, f);

    for (DocumentType t : {DocumentType::InspectionRecord, DocumentType::InquiryRecord})
        for (const CaseDocument *doc : d.all(t))
            for (Officer &o : OfficerExtractor::fromRecord(d.lines(doc)))
                f.officers.push_back(std::move(o));

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
