// SPDX-License-Identifier: GPL-3.0-or-later
// The limitation period (第36条): two years from the act, or from its end when it continued;
// five years where life, health or financial security was harmed.
#include "casefacts.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>

namespace casereview {

using namespace CaseFacts;

namespace {
struct ViolationEnd {
    QDate date;
    Evidence evidence;
    bool ongoing = false;
    bool openEnd = false;  // a range "A至…" whose end is there but could not be read as a date
};

// The end of the violation as the facts section narrates it: the later date of a range
// ("于A至B期间", "A开工，至B"), "至今" for an act still going on when found.
std::optional<ViolationEnd> violationEnd(const CaseView &v, const CaseDocument &doc, QDate discovered)
{
    const QString t = v.text(doc);
    static const QRegularExpression facts(QStringLiteral("经查|违法事实|查明|经调查"));
    const auto f = facts.match(t);
    const qsizetype from = f.hasMatch() ? f.capturedStart() : 0;
    static const QRegularExpression basis(QStringLiteral("(上述|以上)(事实|行为)|违反了"));
    const auto b = basis.match(t, from);
    const qsizetype to = b.hasMatch() ? b.capturedStart() : t.size();
    const QStringView section = QStringView(t).mid(from, to - from);
    const auto hits = TextScan::dates(section);
    std::optional<ViolationEnd> best;
    for (size_t i = 0; i < hits.size(); ++i) {
        const auto &h = hits[i];
        const QStringView after = section.mid(h.start + h.length, 12);
        static const QRegularExpression ongoing(QStringLiteral("^[^。，]{0,6}(至今|持续至(检查|案发|调查)|仍在)"));
        if (ongoing.match(after).hasMatch())
            return ViolationEnd{discovered, v.evidence(doc, from + h.start, h.length + 6), true};
        // A continuing act told in the date's sentence or the next: "自2021年3月1日起…。该行为
        // 持续至本局检查时仍在进行" — counted from its end (第36条第2款), which is the discovery.
        {
            static const QRegularExpression continuing(QStringLiteral(
                "至今|持续至(今|本局|检查|案发|调查|被查|立案|执法人员)|仍在(进行|继续|经营|销售|生产|施工|使用|排放)|"
                "一直(持续|延续|处于)|尚未(停止|停业|拆除|改正)|未停止|持续(存在|进行|至)"));
            qsizetype sentenceStart = 0;
            const QStringView sentence = sentenceAt(section, h.start, &sentenceStart);
            const qsizetype nextFrom = sentenceStart + sentence.size() + 1;
            const QStringView next = nextFrom < section.size() ? sentenceAt(section, nextFrom) : QStringView();
            const bool startOnly = section.mid(h.start + h.length, 2).startsWith(u"起") || section.mid(h.start + h.length, 3).contains(u"开始");
            if (continuing.match(sentence).hasMatch() || (startOnly && continuing.match(next).hasMatch()))
                return ViolationEnd{discovered, v.evidence(doc, from + h.start, h.length), true};
        }
        if (i + 1 < hits.size()) {
            const auto &n = hits[i + 1];
            const QStringView between = section.mid(h.start + h.length, n.start - h.start - h.length);
            if (between.size() <= 10 && (between.contains(u"至") || between.contains(u"到") || between.contains(u"—") ||
                                         between.contains(u"~") || between.contains(u"－"))) {
                if (!best || n.date > best->date)
                    best = ViolationEnd{n.date, v.evidence(doc, from + h.start, n.start + n.length - h.start)};
                ++i;
                continue;
            }
        }
        if (discovered.isValid() && h.date < discovered.addDays(-1)) {
            const QStringView near = section.mid(h.start, 40);
            if (near.contains(u"检查") || near.contains(u"立案") || near.contains(u"发现"))
                continue;
            static const QRegularExpression unreadEnd(QStringLiteral("^\\s{0,2}(至|到|—|－|~)\\s{0,2}\\d{4}\\s{0,2}年"));
            if (!best || h.date > best->date)
                best = ViolationEnd{h.date, v.evidence(doc, from + h.start, h.length), false,
                                    unreadEnd.match(section.mid(h.start + h.length, 12)).hasMatch()};
        }
    }
    return best;
}
} // namespace

namespace Rules {
void limitation(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    auto discovered = v.date(QStringLiteral("filed"));
    const auto inspected = v.date(QStringLiteral("inspected"));
    if (inspected && (!discovered || inspected->date < discovered->date))
        discovered = inspected;
    if (!discovered)
        return;
    std::optional<ViolationEnd> end;
    std::optional<CaseDocument> source;
    for (DocumentType type : {DocumentType::Decision, DocumentType::PriorNotice, DocumentType::InvestigationReport}) {
        source = v.first(type);
        if (source && (end = violationEnd(v, *source, discovered->date)))
            break;
    }
    if (!end || end->ongoing)
        return;
    const QString all = source ? v.text(*source) : QString();
    static const QRegularExpression harm(QStringLiteral("(生命|健康|金融安全)[^。]{0,20}(危害|损害|后果)"));
    const bool extended = harm.match(all).hasMatch();
    const int years = extended ? c.profile.limitationYearsExtended : c.profile.limitationYears;
    const QDate expiry = end->date.addYears(years);
    if (discovered->date <= expiry)
        return;
    Finding f = RuleCatalogue::finding(
        "LIMITATION_EXPIRED",
        QStringLiteral("违法行为于%1终了，%2才发现/立案，已超过%3年追责时效（至%4）")
            .arg(cnDate(end->date), cnDate(discovered->date)).arg(years).arg(cnDate(expiry)),
        {end->evidence, discovered->evidence}, end->date.toString(Qt::ISODate));
    if (end->openEnd && v.pageDoubtful(end->evidence.page))
        f = RuleCatalogue::unverified(f, end->evidence.page, QStringLiteral("违法行为期间的终了日期未能识别"));
    else if (const int page = uncertainPage(v, {&*discovered}))
        f = RuleCatalogue::unverified(f, page, QStringLiteral("所依据的日期识别存疑（落款或标注处未能识别，取自正文叙述）"));
    out.push_back(f);
}
} // namespace Rules

} // namespace casereview
