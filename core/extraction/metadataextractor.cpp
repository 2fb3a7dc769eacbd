// SPDX-License-Identifier: GPL-3.0-or-later
// Each field is read from the document that carries it: the decision for number, agency, party
// and fine; the forms and notices for their dates; inspection and inquiry records for officers.
#include "metadataextractor.h"

#include "casenumber.h"
#include "chinesedate.h"
#include "dossierdates.h"
#include "dossiertext.h"
#include "fineextractor.h"
#include "officerconsensus.h"
#include "officerextractor.h"
#include "pagelines.h"
#include "partyextractor.h"

#include <QRegularExpression>
#include <map>

namespace casereview {

namespace MetadataExtractor {
namespace {

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
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
    // Labelled, as the credit-publicity table gives it: 处罚机关：某市某局.
    static const QRegularExpression labelled(QStringLiteral("^(?:处罚机关|决定机关|作出(?:行政)?处罚决定的机关|执法机关|实施机关|处罚单位)(?:名称)?[：:](.+)$"));
    for (const PageLine &l : lines) {
        const auto m = labelled.match(l.compact);
        if (m.hasMatch()) {
            const QString name = withoutSealNote(m.captured(1));
            if (agencyLine().match(name).hasMatch())
                return TextField{name, {l.page, l.text}};
        }
    }
    for (size_t i = 0; i < lines.size() && i < 3; ++i) {
        const QString &c = lines[i].compact;
        if (agencyLine().match(c).hasMatch())
            return TextField{c, {lines[i].page, lines[i].text}};
        static const QRegularExpression withTitle(
            QStringLiteral("^(.{3,40}?(?:局|委员会|人民政府|厅|大队|支队|中心|办公室))[，,]?(?:行政处罚|处罚|不予)"));
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
    // Run into one paragraph: the name signed just before the last date.
    const QString &flow = pl.flow();
    const auto dates = ChineseDate::findAll(flow);
    if (!dates.empty()) {
        static const QRegularExpression signer(QStringLiteral(
            "([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}（）()]{3,40}(?:局|委员会|人民政府|厅|大队|支队|总队|中心|办公室|办事处|管理处|执法队|管理所|监督所|管委会))"
            "(?:[（(](?:印章|盖章|公章|章)[）)])?[，,]?$"));
        const qsizetype at = dates.back().start;
        const QString before = flow.mid(std::max<qsizetype>(0, at - 48), std::min<qsizetype>(48, at));
        const auto m = signer.match(before);
        if (m.hasMatch()) {
            const qsizetype pos = at - before.size() + m.capturedStart(1);
            return TextField{m.captured(1), {pl.pageAt(pos), pl.snippet(pos, m.capturedLength(1))}};
        }
    }
    return std::nullopt;
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

// A summary or form that labels the decision's date (处罚决定日期：2024/03/05) says which of its
// dates is the decision's.
std::optional<DateField> labelledDecisionDate(const PageLines &decision)
{
    static const QRegularExpression label(QStringLiteral("(?:处罚决定日期|决定日期|作出(?:处罚)?决定(?:的)?日期|决定书日期)[：:]?"));
    const QString &flow = decision.flow();
    auto it = label.globalMatch(flow);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto dates = ChineseDate::findAll(QStringView(flow).mid(m.capturedEnd(0), 24));
        if (!dates.empty() && dates.front().start == 0)
            return DateField{dates.front().date, {decision.pageAt(m.capturedStart(0)),
                                                  decision.snippet(m.capturedStart(0), m.capturedLength(0) + dates.front().length)}};
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
    const auto decisions = d.all(DocumentType::Decision);
    const PageLines decision = decisions.empty() ? PageLines() : d.lines(decisions.front());
    f.caseNo = CaseNumber::ofDossier(d, decision);
    for (DocumentType t : {DocumentType::Decision, DocumentType::PriorNotice, DocumentType::HearingNotice}) {
        for (const CaseDocument *doc : d.all(t))
            if ((f.agency = agencyOf(d.lines(doc))))
                break;
        if (f.agency)
            break;
    }

    const PageLines all = d.everything();
    f.parties = PartyExtractor::readAll(decision, all, d.lines(d.first(DocumentType::FilingApproval)));
    if (!f.parties.empty()) {
        f.partyName = f.parties.front().name;
        f.partyType = f.parties.front().type;
        f.partyUscc = f.parties.front().uscc;
    } else {
        f.partyUscc = PartyExtractor::read(decision, all, {}).uscc;
    }
    FineExtractor::assignPenalties(decision.isEmpty() ? all : decision, f.parties);

    if (!decision.isEmpty())
        f.fineAmount = FineExtractor::in(decision);
    // Not legible in the decision (a scan): the closing report restates the decided penalty,
    // the prior notice the proposed one.
    for (DocumentType t : {DocumentType::ClosingReport, DocumentType::PriorNotice})
        for (const CaseDocument *doc : d.all(t))
            if (!f.fineAmount)
                f.fineAmount = FineExtractor::in(d.lines(doc));
    f.caseType = caseTypeOf(d, f.partyName ? f.partyName->value : QString());
    DossierDates::read(d, f);
    if (auto labelled = labelledDecisionDate(decision))
        f.dates[QStringLiteral("decision")] = *labelled;

    for (DocumentType t : {DocumentType::InspectionRecord, DocumentType::InquiryRecord})
        for (const CaseDocument *doc : d.all(t)) {
            std::vector<Officer> listed = OfficerExtractor::fromRecord(d.lines(doc));
            OfficerConsensus::correct(listed, pageTexts, ocrPages);
            f.officers.insert(f.officers.end(), listed.begin(), listed.end());
        }

    // Names and numbers read on an OCR page: the dossier's most repeated spelling wins.
    QString text;
    auto onOcrPage = [&](const std::optional<TextField> &field) {
        const int p = field ? field->evidence.page : 0;
        return p >= 1 && size_t(p) <= ocrPages.size() && ocrPages[size_t(p - 1)];
    };
    for (std::optional<TextField> *field : {&f.caseNo, &f.agency, &f.partyName}) {
        if (!onOcrPage(*field))
            continue;
        if (text.isEmpty())
            for (const QString &t : pageTexts)
                text += withoutSpaces(t);
        QString v = (*field)->value;
        // Marks before a name are specks, also in the mentions the vote weighs.
        while (!v.isEmpty() && !v.front().isLetterOrNumber())
            v.remove(0, 1);
        (*field)->value = consensus(v, text);
    }
    if (f.caseNo)
        f.caseNo->value = CaseNumber::normalised(f.caseNo->value);
    if (f.partyName && !f.parties.empty())
        f.parties.front().name.value = f.partyName->value;
    return f;
}
} // namespace MetadataExtractor

} // namespace casereview
