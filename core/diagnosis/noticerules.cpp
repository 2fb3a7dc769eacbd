// SPDX-License-Identifier: GPL-3.0-or-later
// Prior notice, statement rights, hearing notice and the hearing-request window (第44、45、63、64条).
#include "casefacts.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>

using namespace CaseFacts;

namespace {
// A prior notice, or a hearing notice that also tells of the statement/defence rights.
std::optional<CaseDocument> noticeDocument(const CaseView &v)
{
    if (auto d = v.first(DocumentType::PriorNotice))
        return d;
    for (const CaseDocument &d : v.ofType(DocumentType::HearingNotice)) {
        const QString t = v.text(d);
        if (t.contains(QStringLiteral("陈述")) && t.contains(QStringLiteral("申辩")))
            return d;
    }
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

bool mentionsHearingRight(QStringView t)
{
    static const QRegularExpression re(QStringLiteral("听证"));
    auto it = re.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView around = t.mid(std::max<qsizetype>(0, m.capturedStart() - 30), 60);
        if (!around.contains(u"不适用") && !around.contains(u"无权"))
            return true;
    }
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
        if (!v.textComplete()) {
            out.push_back(RuleCatalogue::hint("NO_PRIOR_NOTICE", QStringLiteral("卷内未识别到行政处罚事先告知书，部分页面无文字层，请人工核对"),
                                              {decisionEvidence(v)}));
            return;
        }
        out.push_back(RuleCatalogue::finding(
            "NO_PRIOR_NOTICE",
            QStringLiteral("卷内无行政处罚事先告知书，处罚决定%1作出前未见告知拟处罚内容及陈述、申辩权利")
                .arg(decided ? cnDate(decided->date) : QString()),
            {v.pageEvidence(*decision), decisionEvidence(v)}, QStringLiteral("missing")));
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
        out.push_back(f);
    }
}

void statementRights(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto notice = noticeDocument(v);
    if (!notice)
        return;
    if (!v.readable(*notice)) {
        out.push_back(RuleCatalogue::hint("NOTICE_LACKS_STATEMENT_RIGHTS", QStringLiteral("告知书页面无文字层，无法核对陈述、申辩权利告知"),
                                          {v.pageEvidence(*notice)}));
        return;
    }
    const QString t = v.text(*notice);
    static const QRegularExpression rights(QStringLiteral("陈述|申辩|辩解|申诉意见|提出意见"));
    auto it = rights.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!TextScan::negatedBefore(t, m.capturedStart(), 2))
            return;
    }
    out.push_back(RuleCatalogue::finding(
        "NOTICE_LACKS_STATEMENT_RIGHTS",
        QStringLiteral("%1（第%2页）未告知当事人享有陈述、申辩的权利").arg(documentTypeTitle(notice->type)).arg(notice->firstPage),
        {v.pageEvidence(*notice)}, QStringLiteral("notice")));
}

void hearingNotice(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    const auto decision = v.first(DocumentType::Decision);
    if (!decision)
        return;
    const auto f = fine(v);
    const auto heavy = heavyPenalty(v);
    const double threshold = hearingThreshold(v, c.profile);
    const bool required = (f && f->yuan >= threshold) || heavy;
    if (!required)
        return;
    if (v.has(DocumentType::HearingNotice))
        return;
    const bool screening = decisionOnly(v);
    const auto notice = v.first(DocumentType::PriorNotice);
    if (notice && mentionsHearingRight(v.text(*notice)))
        return;
    if (screening && mentionsHearingRight(v.text(*decision)))
        return;
    const QString reason = heavy && !(f && f->yuan >= threshold)
                               ? QStringLiteral("处罚种类「%1」").arg(heavy->snippet)
                               : QStringLiteral("罚款%1元，达到较大数额标准%2元（%3）")
                                     .arg(yuan(f->yuan), yuan(threshold),
                                          isPerson(v) ? QStringLiteral("自然人") : QStringLiteral("法人或其他组织"));
    const Evidence penalty = heavy && !(f && f->yuan >= threshold) ? *heavy : f->evidence;
    if (!screening && !v.textComplete() && !notice) {
        out.push_back(RuleCatalogue::hint("NO_HEARING_NOTICE", reason + QStringLiteral("；未识别到听证告知，部分页面无文字层，请人工核对"), {penalty}));
        return;
    }
    const Evidence where = notice ? v.pageEvidence(*notice) : v.pageEvidence(*decision);
    out.push_back(RuleCatalogue::finding(
        "NO_HEARING_NOTICE",
        reason + (screening ? QStringLiteral("，决定书未载明已告知听证权利") : QStringLiteral("，卷内无听证告知书，告知书亦未告知听证权利")),
        {where, penalty}, QStringLiteral("hearing")));
}

void hearingWindow(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    std::vector<CaseDocument> sources = v.ofType(DocumentType::HearingNotice);
    for (const CaseDocument &d : v.ofType(DocumentType::PriorNotice))
        sources.push_back(d);
    if (sources.empty() && decisionOnly(v))
        sources = v.ofType(DocumentType::Decision);
    static const QRegularExpression hearing(QStringLiteral("听证"));
    static const QRegularExpression clauseEnd(QStringLiteral("[，,；;。]"));
    for (const CaseDocument &doc : sources) {
        const QString t = v.text(doc);
        auto it = hearing.globalMatch(t);
        while (it.hasNext()) {
            const auto m = it.next();
            qsizetype sentenceStart = 0;
            const QStringView sentence = sentenceAt(t, m.capturedStart(), &sentenceStart);
            const qsizetype at = m.capturedStart() - sentenceStart;
            // the clause holding 听证 and the one after it ("如要求听证，应当于…五个工作日内提出")
            qsizetype from = at;
            while (from > 0 && !clauseEnd.match(sentence.mid(from - 1, 1)).hasMatch())
                --from;
            qsizetype to = sentence.size();
            int clauses = 0;
            for (qsizetype i = at; i < sentence.size(); ++i)
                if (clauseEnd.match(sentence.mid(i, 1)).hasMatch() && ++clauses == 2) {
                    to = i;
                    break;
                }
            const QStringView window = sentence.mid(from, to - from);
            if (!window.contains(u"内") || window.contains(u"复议") || window.contains(u"诉讼"))
                continue;
            const auto periods = TextScan::periods(window);
            const TextScan::Period *best = nullptr;
            for (const auto &p : periods) {
                if (p.months || !window.mid(p.start + p.length, 2).contains(u"内"))
                    continue;
                const qsizetype hearingAt = at - from;
                if (!best || std::abs(p.start - hearingAt) < std::abs(best->start - hearingAt))
                    best = &p;
            }
            if (!best)
                continue;
            const int minimum = c.profile.hearingRequestDays;
            const bool tooShort = best->days < minimum;
            if (!tooShort)
                return;
            const QString unit = best->workingDays ? QStringLiteral("个工作日") : QStringLiteral("日");
            const Evidence ev = v.evidence(doc, sentenceStart + from + best->start, best->length);
            out.push_back(RuleCatalogue::finding(
                "HEARING_WINDOW_TOO_SHORT",
                QStringLiteral("%1给予的听证申请期限为%2%3，短于法定的%4%5").arg(documentTypeTitle(doc.type)).arg(best->days).arg(unit)
                    .arg(minimum).arg(c.profile.hearingRequestWorkingDays ? QStringLiteral("个工作日") : QStringLiteral("日")),
                {ev}, QStringLiteral("%1%2").arg(best->days).arg(best->workingDays ? QStringLiteral("wd") : QStringLiteral("d"))));
            return;
        }
    }
}
} // namespace Rules
