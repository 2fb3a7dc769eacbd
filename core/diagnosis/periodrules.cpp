// SPDX-License-Identifier: GPL-3.0-or-later
// Time limits: the rights period before deciding, the 90-day handling period, service of the
// decision and proof of service (第45、60、61、62、64条).
#include "casefacts.h"
#include "clauses/rightsclause.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>

namespace casereview {

using namespace CaseFacts;

namespace {
struct StatedPeriod {
    TextScan::Period period;
    Evidence evidence;
};

// The period a notice gives for the statement right or the hearing right, as RightsClause reads it.
std::optional<StatedPeriod> statedPeriod(const CaseView &v, const CaseDocument &doc, bool hearing)
{
    const auto reading = RightsClause::read(v.text(doc));
    const RightsClause::Right &right = hearing ? reading.hearing : reading.statement;
    if (!right.granted || !right.period)
        return std::nullopt;
    const PeriodReader::Period &p = *right.period;
    if (p.unit != PeriodReader::Unit::Day && p.unit != PeriodReader::Unit::WorkingDay)
        return std::nullopt;
    TextScan::Period period;
    period.days = p.value;
    period.workingDays = p.unit == PeriodReader::Unit::WorkingDay;
    period.start = p.start;
    period.length = p.length;
    return StatedPeriod{period, v.evidence(doc, p.start, p.length)};
}

// A written waiver, or a statement that was made and re-examined, before the decision.
std::optional<Evidence> waivedOrHeard(const CaseView &v)
{
    static const QRegularExpression waiver(QStringLiteral("放弃[^。]{0,10}(陈述|申辩|听证)|(陈述|申辩)[^。]{0,10}(权利)?[^。]{0,4}放弃"));
    static const QRegularExpression heard(QStringLiteral("复核|(提出|进行)了?[^。]{0,6}(陈述|申辩)(意见)?[^。]{0,20}(采纳|复核)"));
    for (const CaseDocument &d : v.ofType(DocumentType::StatementRecord)) {
        const QString t = v.text(d);
        for (const QRegularExpression *re : {&waiver, &heard}) {
            const auto m = re->match(t);
            if (m.hasMatch() && !TextScan::negatedBefore(t, m.capturedStart(), 2))
                return v.evidence(d, m.capturedStart(), m.capturedLength());
        }
    }
    if (const auto decision = v.first(DocumentType::Decision)) {
        const QString t = v.text(*decision);
        static const QRegularExpression narrated(QStringLiteral(
            "(书面|明确|自愿)[^。]{0,6}放弃[^。]{0,8}(陈述|申辩|听证)|(提出|进行)了[^。]{0,8}(陈述|申辩)[^。]{0,30}(经复核|复核后|经审查)"));
        const auto m = narrated.match(t);
        if (m.hasMatch())
            return v.evidence(*decision, m.capturedStart(), m.capturedLength());
    }
    return std::nullopt;
}

QString unitText(const TextScan::Period &p) { return p.workingDays ? QStringLiteral("个工作日") : QStringLiteral("日"); }
} // namespace

namespace Rules {
void rightsPeriod(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decided = v.date(QStringLiteral("decision"));
    if (!decided)
        return;
    const bool screening = decisionOnly(v);
    std::optional<CaseDocument> notice = v.first(DocumentType::PriorNotice);
    if (!notice && screening)
        notice = v.first(DocumentType::Decision);
    if (!notice)
        return;
    if (waivedOrHeard(v))
        return;
    std::optional<DateFact> served = v.date(QStringLiteral("notice_delivered"));
    if (!served && !screening)
        served = v.date(QStringLiteral("notice"));
    const auto statement = statedPeriod(v, *notice, false);
    // A lone decision that narrates neither when its notice was served nor the period it gave
    // leaves nothing to check; saying so on every screened decision would only bury the rest.
    if (screening && !served && !statement)
        return;
    // Served, no period stated, and decided long after any period notices are seen to give: no
    // period could still have been running, so there is nothing for the reviewer to check. Not a
    // legal period (the law fixes none for 陈述申辩); only the point past which the hint says nothing.
    constexpr int kLongestPeriodSeenWorkingDays = 15;
    if (served && !statement && decided->date > c.calendar.periodEnd(served->date, kLongestPeriodSeenWorkingDays, true))
        return;
    if (!served || !statement) {
        out.push_back(RuleCatalogue::hint("DECIDED_BEFORE_RIGHTS_PERIOD_END",
                                          !served ? QStringLiteral("未找到告知书送达日期，无法核对陈述申辩期限是否届满")
                                                  : QStringLiteral("告知书未载明陈述申辩期限，无法核对期限是否届满"),
                                          {decided->evidence}));
        return;
    }
    struct Candidate {
        QString what;
        DateFact served;
        StatedPeriod period;
    };
    std::vector<Candidate> periods{{QStringLiteral("陈述申辩"), *served, *statement}};
    std::optional<CaseDocument> hearingDoc = v.first(DocumentType::HearingNotice);
    if (hearingDoc) {
        const auto hs = v.date(QStringLiteral("hearing_notice_delivered"));
        const auto hp = statedPeriod(v, *hearingDoc, true);
        if (hs && hp)
            periods.push_back({QStringLiteral("听证申请"), *hs, *hp});
    } else if (const auto hp = statedPeriod(v, *notice, true)) {
        periods.push_back({QStringLiteral("听证申请"), *served, *hp});
    }
    for (const Candidate &p : periods) {
        const QDate end = c.calendar.periodEnd(p.served.date, p.period.period.days, p.period.period.workingDays);
        if (decided->date > end)
            continue;
        Finding f = RuleCatalogue::finding(
            "DECIDED_BEFORE_RIGHTS_PERIOD_END",
            QStringLiteral("告知书于%1送达，%2期限%3%4，至%5届满；决定于%6作出，早于期限届满，且卷内无放弃声明或陈述申辩复核")
                .arg(cnDate(p.served.date), p.what).arg(p.period.period.days).arg(unitText(p.period.period))
                .arg(cnDate(end), cnDate(decided->date)),
            {p.period.evidence, p.served.evidence, decided->evidence},
            QStringLiteral("%1>%2").arg(end.toString(Qt::ISODate), decided->date.toString(Qt::ISODate)));
        if (const int page = uncertainPage(v, {&p.served, &*decided}))
            f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
        out.push_back(f);
        return;
    }
}

void decisionOverdue(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decided = v.date(QStringLiteral("decision"));
    const auto filed = v.date(QStringLiteral("filed"));
    if (!decided)
        return;
    if (!filed) {
        if (!decisionOnly(v))
            out.push_back(RuleCatalogue::hint("DECISION_OVERDUE", QStringLiteral("未找到立案日期，无法核对九十日办案期限"), {decided->evidence}));
        return;
    }
    const int days = int(filed->date.daysTo(decided->date));
    const QDate end = c.calendar.periodEnd(filed->date, c.profile.handlingPeriodDays);
    if (decided->date <= end)
        return;
    static const QRegularExpression extension(QStringLiteral(
        "延长[^。]{0,12}(办案|案件办理|处理|办理)?期限|(办案|办理|案件办理|处理)期限[^。]{0,6}延长|延期[^。]{0,6}(办理|作出|审批)"));
    for (DocumentType type : {DocumentType::ExtensionApproval, DocumentType::Decision}) {
        for (const CaseDocument &d : v.ofType(type)) {
            const QString t = v.text(d);
            const auto m = extension.match(t);
            if (type == DocumentType::ExtensionApproval || (m.hasMatch() && !TextScan::negatedBefore(t, m.capturedStart(), 3))) {
                if (t.contains(QStringLiteral("不同意延")) || t.contains(QStringLiteral("不予批准")))
                    continue;
                // an extension "至2024年5月1日" or "N日" must reach the decision date
                static const QRegularExpression until(QStringLiteral("(?:延长|延期)[^。]{0,16}?至"));
                const auto u = until.match(t);
                const auto dates = TextScan::dates(t);
                QDate extendedTo;
                if (u.hasMatch())
                    for (const auto &d : dates)
                        if (d.start >= u.capturedEnd() && d.start <= u.capturedEnd() + 2)
                            extendedTo = d.date;
                if (!extendedTo.isValid()) {
                    static const QRegularExpression by(QStringLiteral("延长[^。]{0,12}?([\\d一二三四五六七八九十]+)\\s*(?:个)?\\s*(日|天|工作日|个月)"));
                    const auto b = by.match(t);
                    if (b.hasMatch()) {
                        const int n = TextScan::number(b.capturedView(1));
                        extendedTo = b.captured(2) == u"个月" ? end.addMonths(n) : c.calendar.periodEnd(end, n, b.captured(2) == u"工作日");
                    }
                }
                if (extendedTo.isValid() && decided->date > extendedTo) {
                    out.push_back(RuleCatalogue::finding(
                        "DECISION_OVERDUE",
                        QStringLiteral("立案%1，决定%2，历时%3日，超过延期审批批准的期限（至%4）")
                            .arg(cnDate(filed->date), cnDate(decided->date)).arg(days).arg(cnDate(extendedTo)),
                        {filed->evidence, v.evidence(d, m.hasMatch() ? m.capturedStart() : 0, 12), decided->evidence},
                        QStringLiteral("%1>ext").arg(days)));
                }
                return;
            }
        }
    }
    static const QRegularExpression excluded(QStringLiteral("不计入[^。]{0,6}期限"));
    const auto anyDecision = v.first(DocumentType::Decision);
    const bool excludedPeriod = anyDecision && excluded.match(v.text(*anyDecision)).hasMatch();
    const QString message = QStringLiteral("立案%1，决定%2，历时%3日，超过%4日且卷内无延期审批")
                                .arg(cnDate(filed->date), cnDate(decided->date)).arg(days).arg(c.profile.handlingPeriodDays);
    if (excludedPeriod) {
        out.push_back(RuleCatalogue::hint("DECISION_OVERDUE", message + QStringLiteral("；决定书载明部分期间不计入办案期限，请人工核对"),
                                          {filed->evidence, decided->evidence}));
        return;
    }
    Finding f = RuleCatalogue::finding("DECISION_OVERDUE", message, {filed->evidence, decided->evidence},
                                       QStringLiteral("%1>%2").arg(days).arg(c.profile.handlingPeriodDays));
    if (const int page = uncertainPage(v, {&*filed, &*decided}))
        f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
    out.push_back(f);
}

void lateDelivery(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || !v.receiptFor(*decision))
        return;
    const auto decided = v.date(QStringLiteral("decision"));
    const auto delivered = v.date(QStringLiteral("delivered"));
    if (!decided || !delivered) {
        out.push_back(RuleCatalogue::hint("LATE_DELIVERY", QStringLiteral("未找到决定日期或送达日期，无法核对七日送达期限"),
                                          {v.pageEvidence(*v.receiptFor(*decision))}));
        return;
    }
    const QDate end = c.calendar.periodEnd(decided->date, c.profile.serviceDays, c.profile.serviceWorkingDays);
    if (delivered->date <= end)
        return;
    const int days = int(decided->date.daysTo(delivered->date));
    Finding f = RuleCatalogue::finding(
        "LATE_DELIVERY",
        QStringLiteral("决定%1作出，%2送达，历时%3日，超过%4%5送达期限（期限至%6）")
            .arg(cnDate(decided->date), cnDate(delivered->date)).arg(days).arg(c.profile.serviceDays)
            .arg(c.profile.serviceWorkingDays ? QStringLiteral("个工作日") : QStringLiteral("日"), cnDate(end)),
        {decided->evidence, delivered->evidence}, QStringLiteral("%1").arg(days));
    if (const int page = uncertainPage(v, {&*decided, &*delivered}))
        f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
    out.push_back(f);
}

void serviceProof(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision || decisionOnly(v) || v.receiptFor(*decision))
        return;
    const QString t = v.text(*decision);
    if (t.contains(QStringLiteral("当场交付")) || t.contains(QStringLiteral("当场送达")))
        return;
    bool hidden = !v.textComplete();
    for (int page = decision->firstPage + 1; page <= v.pageCount(); ++page)
        hidden = hidden || !v.pageReadable(page);
    if (hidden) {
        out.push_back(RuleCatalogue::hint("NO_SERVICE_PROOF", QStringLiteral("未识别到决定书送达回证，部分页面无文字层，请人工核对"),
                                          {v.pageEvidence(*decision)}));
        return;
    }
    out.push_back(RuleCatalogue::finding("NO_SERVICE_PROOF", QStringLiteral("卷内无行政处罚决定书的送达回证或电子送达确认"),
                                         {v.pageEvidence(*decision)}, QStringLiteral("missing")));
}
} // namespace Rules

} // namespace casereview
