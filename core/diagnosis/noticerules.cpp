// SPDX-License-Identifier: GPL-3.0-or-later
// Prior notice, statement rights, hearing notice and the hearing-request window (第44、45、63、64条).
// Documents are found by the role they play (CaseView::ofType), rights by what a notice grants
// (RightsClause), and an absence is a finding only when nothing in the file could hold what is
// missing; otherwise it is a hint naming where to look.
#include "casefacts.h"
#include "partyfines.h"
#include "clauses/periodreader.h"
#include "clauses/rightsclause.h"
#include "rulecatalogue.h"
#include "rules.h"

namespace casereview {

using namespace CaseFacts;

namespace {
std::vector<Evidence> withAll(std::vector<Evidence> first, const std::vector<Evidence> &more)
{
    first.insert(first.end(), more.begin(), more.end());
    return first;
}

// A prior notice, or a hearing notice that also tells of the statement/defence rights.
std::optional<CaseDocument> noticeDocument(const CaseView &v)
{
    if (auto d = v.first(DocumentType::PriorNotice))
        return d;
    for (const CaseDocument &d : v.ofType(DocumentType::HearingNotice))
        if (RightsClause::read(v.text(d)).statement.granted)
            return d;
    return std::nullopt;
}

Evidence decisionEvidence(const CaseView &v)
{
    if (auto d = v.date(QStringLiteral("decision")))
        return d->evidence;
    if (auto doc = v.first(DocumentType::Decision))
        return v.pageEvidence(*doc);
    return {};
}

Finding withReader(Finding f, const char *reader)
{
    f.reader = QLatin1String(reader);
    return f;
}

// Whether the file shows the party was told of a hearing right, or had a hearing: a document
// playing the hearing-notice role, a notice granting it, a hearing's own papers, or the
// decision saying so (a lone decision's only evidence).
bool hearingTold(const CaseView &v, bool screening)
{
    if (v.has(DocumentType::HearingNotice))
        return true;
    for (const CaseDocument &d : v.ofType(DocumentType::PriorNotice))
        if (RightsClause::read(v.text(d)).hearing.granted)
            return true;
    if (hearingHeld(v))
        return true;
    // A hearing's own record shows it was offered; a waiver of rights does not (第63条: a waiver
    // still requires the notice to have been given).
    for (const CaseDocument &d : v.ofType(DocumentType::StatementRecord)) {
        const QString t = v.text(d);
        if (d.title.contains(QStringLiteral("听证")) && !d.title.contains(QStringLiteral("放弃")) &&
            (t.contains(QStringLiteral("主持人")) || t.contains(QStringLiteral("听证员")) || t.contains(QStringLiteral("听证会"))))
            return true;
    }
    if (screening)
        if (const auto decision = v.first(DocumentType::Decision))
            return RightsClause::read(v.text(*decision)).hearing.granted;
    return false;
}
} // namespace

namespace Rules {
void priorNotice(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || decisionOnly(v))
        return;
    const auto notice = noticeDocument(v);
    const auto decided = v.date(QStringLiteral("decision"));
    if (!notice) {
        // Absence needs proof: every page read, and no unplaced document telling of rights.
        if (!v.textComplete()) {
            out.push_back(withReader(RuleCatalogue::hint("NO_PRIOR_NOTICE", QStringLiteral("卷内未识别到行政处罚事先告知书，部分页面无文字层，请人工核对"),
                                                         {decisionEvidence(v)}), "DocumentTyper"));
            return;
        }
        if (const auto maybe = v.unplacedMentioning({u"告知", u"申辩"})) {
            out.push_back(withReader(RuleCatalogue::hint("NO_PRIOR_NOTICE",
                                                         QStringLiteral("卷内未识别到行政处罚事先告知书；第%1页的文书提及告知与申辩，请核对其是否为告知书").arg(maybe->firstPage),
                                                         {v.pageEvidence(*maybe), decisionEvidence(v)}), "DocumentTyper"));
            return;
        }
        out.push_back(withReader(RuleCatalogue::finding(
            "NO_PRIOR_NOTICE",
            QStringLiteral("卷内无行政处罚事先告知书，处罚决定%1作出前未见告知拟处罚内容及陈述、申辩权利")
                .arg(decided ? cnDate(decided->date) : QString()),
            {v.pageEvidence(*decision), decisionEvidence(v)}, QStringLiteral("missing")), "DocumentTyper"));
        return;
    }
    const auto noticed = v.date(QStringLiteral("notice"));
    if (noticed && decided && noticed->date > decided->date) {
        Finding f = RuleCatalogue::finding(
            "NO_PRIOR_NOTICE",
            QStringLiteral("告知书日期%1晚于决定日期%2，决定前未告知").arg(cnDate(noticed->date), cnDate(decided->date)),
            {noticed->evidence, decided->evidence}, QStringLiteral("late:%1").arg(noticed->date.toString(Qt::ISODate)));
        if (const int page = uncertainPage(v, {&*noticed, &*decided}))
            f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
        out.push_back(withReader(f, "dates"));
    }
}

void statementRights(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto notice = noticeDocument(v);
    if (!notice)
        return;
    if (!v.readable(*notice)) {
        out.push_back(withReader(RuleCatalogue::hint("NOTICE_LACKS_STATEMENT_RIGHTS", QStringLiteral("告知书页面无文字层，无法核对陈述、申辩权利告知"),
                                                     {v.pageEvidence(*notice)}), "RightsClause"));
        return;
    }
    // Any prior notice in the file that grants the right answers for the file.
    for (const CaseDocument &d : v.ofType(DocumentType::PriorNotice))
        if (RightsClause::read(v.text(d)).statement.granted)
            return;
    const auto reading = RightsClause::read(v.text(*notice));
    if (reading.statement.granted)
        return;
    Finding f = RuleCatalogue::finding(
        "NOTICE_LACKS_STATEMENT_RIGHTS",
        reading.statement.denied
            ? QStringLiteral("%1（第%2页）称当事人不享有陈述、申辩的权利").arg(documentTypeTitle(notice->type)).arg(notice->firstPage)
            : QStringLiteral("%1（第%2页）未告知当事人享有陈述、申辩的权利").arg(documentTypeTitle(notice->type)).arg(notice->firstPage),
        {v.pageEvidence(*notice)}, QStringLiteral("notice"));
    if (reading.statement.denied)
        f.severity = Severity::Veto;  // the right denied outright: 第62条
    if (const int page = v.doubtfulPageOf(*notice); page && !reading.statement.denied)
        f = RuleCatalogue::unverified(f, page, QStringLiteral("识别置信度低，可能有整行文字未识别出"));
    out.push_back(withReader(f, "RightsClause"));
}

void hearingNotice(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return;
    // Each party by its own fine and kind: the notice is owed if any one's reaches its threshold.
    const bool several = PartyFines::of(v).size() > 1;
    const auto large = PartyFines::reaching(v, PartyFines::hearingLimit, c.profile);
    const auto heavy = heavyPenalty(v);
    if (large.empty() && !heavy)
        return;
    const bool screening = decisionOnly(v);
    if (hearingTold(v, screening))
        return;
    const auto notice = noticeDocument(v);
    QStringList reasons;
    std::vector<Evidence> penalties;
    for (const PartyFine &f : large) {
        const double limit = PartyFines::hearingLimit(f.person, c.profile);
        reasons << (several ? QStringLiteral("%1，达到较大数额标准%2元").arg(PartyFines::describe(f, true), yuan(limit))
                            : QStringLiteral("罚款%1元，达到较大数额标准%2元（%3）")
                                  .arg(yuan(f.fine->yuan), yuan(limit), f.person ? QStringLiteral("自然人") : QStringLiteral("法人或其他组织")));
        penalties.push_back(f.fine->evidence);
    }
    if (large.empty()) {
        reasons << QStringLiteral("处罚种类「%1」").arg(heavy->snippet);
        penalties.push_back(*heavy);
    }
    const QString reason = reasons.join(QStringLiteral("；"));
    if (screening) {
        // A lone decision proves the omission only by its own account of what it told the party.
        const auto told = RightsClause::read(v.text(*decision));
        if (!told.statement.granted) {
            out.push_back(withReader(RuleCatalogue::hint("NO_HEARING_NOTICE", reason + QStringLiteral("；决定书未叙述告知程序，是否告知听证权利需调阅案卷核对"),
                                                         penalties), "RightsClause"));
            return;
        }
        out.push_back(withReader(RuleCatalogue::finding("NO_HEARING_NOTICE",
                                                        reason + QStringLiteral("，决定书叙述的告知内容仅有陈述、申辩权利，未告知听证权利"),
                                                        withAll({v.evidence(*decision, told.statement.at, 2)}, penalties), QStringLiteral("hearing")),
                                 "RightsClause"));
        return;
    }
    if (!v.textComplete() && !notice) {
        out.push_back(withReader(RuleCatalogue::hint("NO_HEARING_NOTICE", reason + QStringLiteral("；未识别到听证告知，部分页面无文字层，请人工核对"), penalties),
                                 "DocumentTyper"));
        return;
    }
    if (const auto maybe = v.unplacedMentioning({u"听证"})) {
        out.push_back(withReader(RuleCatalogue::hint("NO_HEARING_NOTICE",
                                                     reason + QStringLiteral("；第%1页的文书提及听证，请核对是否已告知听证权利").arg(maybe->firstPage),
                                                     withAll({v.pageEvidence(*maybe)}, penalties)), "DocumentTyper"));
        return;
    }
    const Evidence where = notice ? v.pageEvidence(*notice) : v.pageEvidence(*decision);
    Finding finding = RuleCatalogue::finding("NO_HEARING_NOTICE", reason + QStringLiteral("，卷内无听证告知书，告知书亦未告知听证权利"),
                                             withAll({where}, penalties), QStringLiteral("hearing"));
    if (notice)
        if (const int page = v.doubtfulPageOf(*notice))
            finding = RuleCatalogue::unverified(finding, page, QStringLiteral("识别置信度低，可能有整行文字未识别出"));
    out.push_back(withReader(finding, "RightsClause"));
}

void hearingWindow(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    std::vector<CaseDocument> sources = v.ofType(DocumentType::HearingNotice);
    for (const CaseDocument &d : v.ofType(DocumentType::PriorNotice))
        if (std::find(sources.begin(), sources.end(), d) == sources.end())
            sources.push_back(d);
    if (sources.empty() && decisionOnly(v))
        sources = v.ofType(DocumentType::Decision);
    for (const CaseDocument &doc : sources) {
        const QString t = v.text(doc);
        const auto reading = RightsClause::read(t);
        const auto &hearing = reading.hearing;
        if (!hearing.granted || !hearing.period)
            continue;
        const PeriodReader::Period &p = *hearing.period;
        if (p.unit == PeriodReader::Unit::Month || p.unit == PeriodReader::Unit::Year)
            return;
        const int minimum = c.profile.hearingRequestDays;
        if (p.value >= minimum)
            return;
        const QString unit = p.unit == PeriodReader::Unit::WorkingDay ? QStringLiteral("个工作日") : QStringLiteral("日");
        const bool narrated = doc.type == DocumentType::Decision;
        if (narrated && reading.sharedPeriod()) {
            out.push_back(withReader(RuleCatalogue::hint("HEARING_WINDOW_TOO_SHORT",
                                                         QStringLiteral("决定书叙述告知书给予%1%2提出陈述、申辩和听证申请，听证申请期限是否短于%3日需调阅告知书核对")
                                                             .arg(p.value).arg(unit).arg(minimum),
                                                         {v.evidence(doc, p.start, p.length)}), "RightsClause"));
            return;
        }
        out.push_back(withReader(RuleCatalogue::finding(
            "HEARING_WINDOW_TOO_SHORT",
            QStringLiteral("%1给予的听证申请期限为%2%3，短于法定的%4%5").arg(documentTypeTitle(doc.type)).arg(p.value).arg(unit)
                .arg(minimum).arg(c.profile.hearingRequestWorkingDays ? QStringLiteral("个工作日") : QStringLiteral("日")),
            {v.evidence(doc, p.start, p.length)},
            QStringLiteral("%1%2").arg(p.value).arg(p.unit == PeriodReader::Unit::WorkingDay ? QStringLiteral("wd") : QStringLiteral("d"))),
            "RightsClause"));
        return;
    }
}
} // namespace Rules

} // namespace casereview
