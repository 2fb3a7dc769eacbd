// SPDX-License-Identifier: GPL-3.0-or-later
// A role is what a document does in the procedure (行政处罚法 第44/45条 prior notice of the intended
// penalty and of the rights to state and defend, 第63/64条 notice of the right to a hearing, 第57-61条
// the decision and its service), so the text is read for those acts, not for a template's words:
// the text is compacted (no whitespace, full-width ASCII folded) and each act is a loose pattern
// over a clause. The title, when it names a kind, comes first; what the text does is added to it.
#include "documenttyper.h"

#include "dossiersplitter.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace DocumentTyper {
namespace {

// Whitespace removed, full-width ASCII (digits, colon, brackets, comma) folded to ASCII, 零 to 〇.
QString normalised(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == u'零')
            out.append(QChar(u'〇'));
        else
            out.append(c);
    }
    return out;
}

// Long documents: their opening and their end carry what they do (a 1,000-page bundle is not read whole).
QString bounded(const QString &s)
{
    constexpr qsizetype kHead = 24000, kTail = 8000;
    return s.size() <= kHead + kTail ? s : s.left(kHead) + s.right(kTail);
}

QRegularExpression re(const char16_t *pattern)
{
    return QRegularExpression(QString::fromUtf16(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

// A number of days as printed: 3, 三, 十五, 两, 七个工作日, 5 日.
#define NUM u"[0-9〇一二两三四五六七八九十百]{1,4}"
// Sentence boundary (a clause never spans one).
#define NOSTOP u"[^。;；!！?？]"

struct Text {
    QString t;  // normalised
    bool has(const QRegularExpression &r) const { return r.match(t).hasMatch(); }
    int count(const QRegularExpression &r) const
    {
        int n = 0;
        for (auto it = r.globalMatch(t); it.hasNext(); it.next())
            ++n;
        return n;
    }
    // A match of r whose lead-in (back to the sentence's start, at most 48 characters, quoted
    // titles 《…》 left out) holds none of `veto`.
    bool hasUnqualified(const QRegularExpression &r, const QRegularExpression &veto) const
    {
        static const QRegularExpression stop(QStringLiteral("[。;；!！?？]"));
        static const QRegularExpression quoted(QStringLiteral("《[^《》]*》"));
        for (auto it = r.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            const qsizetype from = std::max(t.lastIndexOf(stop, m.capturedStart(0)) + 1, m.capturedStart(0) - 48);
            QString leadIn = t.mid(from, m.capturedStart(0) - from);
            leadIn.remove(quoted);
            if (!veto.match(leadIn).hasMatch())
                return true;
        }
        return false;
    }
};

// What the text does. Each is one act, worded loosely.
struct Acts {
    bool intends = false;         // tells of a penalty intended, not yet decided (拟…处罚)
    bool statementRights = false; // the right to state and defend (陈述、申辩)
    bool hearingRight = false;    // the right to ask for a hearing
    bool period = false;          // a period to exercise a right (自收到…之日起三日内)
    bool addressed = false;       // speaks to the party (你/贵, or of itself as 本告知书)
    bool decides = false;         // decides (决定如下, 决定给予…), not in a clause that intends or quotes
    bool remedy = false;          // 行政复议 / 行政诉讼
    bool selfDecision = false;    // speaks of itself as 本决定(书)
    bool noPenalty = false;       // decides not to penalise
    bool hearingSchedule = false; // fixes the time and place of a requested hearing (第六十四条第二项)
    bool hearingHeld = false;     // records a hearing held
    bool waiver = false;          // the party's own waiver of its rights
    bool statement = false;       // records the party's statement and defence
    bool correction = false;      // orders the party to correct (责令你…改正)
};

Acts actsOf(const Text &x)
{
    static const QRegularExpression intends =
        re(u"(?:拟|(?:将|准备)(?:依法)?(?:对你|给予你|作出如下|作出以下))" NOSTOP u"{0,40}(?:处罚|罚款|处以|警告|没收|吊销|暂扣|责令停|降低资质|限制)");
    static const QRegularExpression statement = re(u"陈述" NOSTOP u"{0,3}申辩|申辩" NOSTOP u"{0,3}陈述|陈述权|申辩权");
    static const QRegularExpression statementOffered =
        re(u"(?:有权|享有|可以|可在|可于|可自|可向|可|请在|请于|有)" NOSTOP u"{0,40}(?:陈述|申辩)|(?:陈述|申辩)" NOSTOP u"{0,12}(?:权利|权)");
    static const QRegularExpression hearing =
        re(u"(?:有权|享有|可以|可在|可于|可自|可向|有)" NOSTOP u"{0,30}(?:要求|申请|提出)" NOSTOP u"{0,8}听证"
           u"|要求(?:举行)?听证的" NOSTOP u"{0,30}(?:提出|申请|告知|联系)"
           u"|申请听证的|如(?:需|要求|申请)(?:举行)?听证|听证(?:的)?权利|听证权");
    static const QRegularExpression period =
        re(u"(?:收到|送达|签收|接到|之日)" NOSTOP u"{0,16}" NUM u"(?:个)?(?:工作日|自然日|日|天)(?:内|之内|以内)"
           u"|" NUM u"(?:个)?(?:工作日|日|天)(?:内|之内|以内)" NOSTOP u"{0,20}(?:提出|申请|要求|陈述|申辩|听证)");
    // Speaks to the party, or of the party's rights under this very notice (当事人可在收到告知书…).
    static const QRegularExpression addressed =
        re(u"你(?!们?局)|贵(?:单位|公司|方|厂|店|户)|本告知|本通知|此告知|(?:收到|接到)(?:本|此)?(?:告知书|告知单|通知书)"
           u"|当事人(?:依法)?(?:享有|有权|可以|可在|可于|可自|如)" NOSTOP u"{0,30}(?:陈述|申辩|听证)");
    static const QRegularExpression decides = re(
        u"决定(?:如下|对|给予|予以|处以|作出|不予|责令|没收|吊销|暂扣|:)|作出(?:如下|以下)(?:的)?(?:行政)?处罚(?:决定)?"
        u"|给予(?:如下|以下)(?:的)?(?:行政)?处罚|现决定|特此决定|(?:处罚|处理)决定如下");
    // 将/准备 only where they introduce what the agency means to do to the party (本局将依法对你…),
    // not 现将处罚决定如下.
    static const QRegularExpression notDeciding = re(u"拟|建议|讨论|是否|告知|提请|报请|(?:将|准备)(?:依法)?(?:对|给予|作出)");
    static const QRegularExpression remedy = re(u"行政复议|行政诉讼|申请复议|提起诉讼");
    static const QRegularExpression selfDecision = re(u"本(?:行政)?(?:处罚)?决定(?:书)?");
    static const QRegularExpression noPenalty = re(u"不予(?:行政)?处罚|免予(?:行政)?处罚");
    static const QRegularExpression schedule = re(
        u"定于" NOSTOP u"{0,50}(?:举行|召开|进行)" NOSTOP u"{0,8}听证|听证(?:会)?(?:的)?(?:时间|地点)[:为]"
        u"|(?:按时|准时|届时)(?:参加|出席)" NOSTOP u"{0,8}听证");
    static const QRegularExpression heldHearing = re(u"(?:听证)?(?:主持人|记录人|书记员)[:]");
    static const QRegularExpression heldWords = re(u"听证(?:会)?(?:笔录|记录|开始|结束|报告)|举行了听证|质证|听证意见");
    static const QRegularExpression waiver =
        re(u"(?:自愿|主动|决定|现|明确|同意|特此|声明)" NOSTOP u"{0,6}放弃" NOSTOP u"{0,16}(?:陈述|申辩|听证)|(?:陈述|申辩|听证)" NOSTOP u"{0,16}(?:放弃声明|弃权)");
    static const QRegularExpression statementRecord =
        re(u"(?:陈述|申辩)(?:申辩)?人[:(]|(?:陈述|申辩)(?:、|和|及)?(?:申辩)?(?:意见|理由)[:]|复核意见|对(?:我局|本局|告知书)" NOSTOP u"{0,20}(?:陈述|申辩)(?:意见)?");
    static const QRegularExpression correction = re(u"责令(?:你|贵|当事人|其)" NOSTOP u"{0,20}(?:改正|整改|停止)");

    Acts a;
    a.intends = x.has(intends);
    a.statementRights = x.has(statement) && x.has(statementOffered);
    a.hearingRight = x.has(hearing);
    a.period = x.has(period);
    a.addressed = x.has(addressed);
    a.decides = x.hasUnqualified(decides, notDeciding);
    a.remedy = x.has(remedy);
    a.selfDecision = x.has(selfDecision);
    a.noPenalty = a.decides && x.has(noPenalty);
    a.hearingSchedule = x.has(schedule);
    a.hearingHeld = x.t.contains(u"听证") && x.has(heldHearing) && x.has(heldWords);
    a.waiver = x.has(waiver);
    a.statement = x.has(statementRecord);
    a.correction = x.has(correction);
    return a;
}

struct Found {
    std::vector<Role> roles;
    void add(DocumentType t, double confidence, const QString &reason)
    {
        for (Role &r : roles)
            if (r.type == t) {
                if (confidence > r.confidence)
                    r = Role{t, confidence, reason};
                return;
            }
        roles.push_back(Role{t, confidence, reason});
    }
};

QString str(const char16_t *s) { return QString::fromUtf16(s); }

// The procedural acts: notices, decisions, the records of the party's answer.
void procedureRoles(const Acts &a, Found &f)
{
    const bool decision = a.decides && (a.remedy || a.selfDecision || a.addressed);
    if (decision)
        f.add(DocumentType::Decision, a.remedy ? 0.85 : 0.7,
              a.noPenalty ? str(u"text: decides not to penalise (不予处罚)")
                          : a.remedy ? str(u"text: decides, names the remedy") : str(u"text: decides, addressed to the party"));
    if (a.hearingHeld)
        f.add(DocumentType::StatementRecord, 0.8, str(u"text: record of a hearing held"));
    if (a.waiver)
        f.add(DocumentType::StatementRecord, 0.8, str(u"text: the party waives its rights"));
    if (a.statement && !(a.intends && a.period) && !decision)
        f.add(DocumentType::StatementRecord, 0.75, str(u"text: records the party's statement and defence"));
    if (a.hearingSchedule && !a.hearingHeld && !decision)
        f.add(DocumentType::Other, 0.75, str(u"text: fixes time and place of a requested hearing (听证通知)"));
    // A notice tells, it does not decide (a decision quoting its notice stays a decision).
    const bool notice = !a.decides && !a.waiver && !a.hearingHeld && !a.hearingSchedule && a.addressed;
    if (!notice)
        return;
    if (a.intends && a.statementRights)
        f.add(DocumentType::PriorNotice, a.period ? 0.85 : 0.75, str(u"text: intended penalty and statement rights"));
    else if (a.intends && !a.hearingRight && !a.correction && !a.statement)
        f.add(DocumentType::PriorNotice, 0.6, str(u"text: intended penalty told to the party, no rights"));
    if (a.hearingRight && (a.intends || a.period))
        f.add(DocumentType::HearingNotice, a.period ? 0.8 : 0.7, str(u"text: right to request a hearing"));
    if (a.correction && !a.intends)
        f.add(DocumentType::Other, 0.65, str(u"text: orders a correction (责令改正), decides no penalty"));
}

// The case-handling forms, each by the fields or findings that make it what it is.
void formRoles(const Text &x, Found &f)
{
    struct Rule {
        const char16_t *pattern;
        int needed;  // distinct matches of the alternatives
        DocumentType type;
        double confidence;
        const char16_t *reason;
    };
    static const Rule kRules[] = {
        {u"受送达(?:人|单位)|送达(?:文书|方式|地点|人)|(?:收件人|受送达人|签收人)(?:签名|签字|盖章)?|签收|送达回证",
         2, DocumentType::DeliveryReceipt, 0.8, u"text: receipt for a served document"},
        {u"集体讨论|(?:参加|出席|列席|参会)人员|主持人|讨论(?:意见|结论|决定|记录)|记录人", 3, DocumentType::CollectiveDiscussion, 0.8,
         u"text: collective discussion with participants"},
        {u"法制审核|审核(?:意见|结论|人员|机构|事项)|送审", 2, DocumentType::LegalReview, 0.75, u"text: legal review opinion"},
        {u"延长" NOSTOP u"{0,10}期限|延期|(?:批准|审批|同意)" NOSTOP u"{0,6}延长|延长至", 2, DocumentType::ExtensionApproval, 0.75,
         u"text: approval to extend the handling period"},
        {u"(?:同意|建议|予以|准予|申请|拟)结案|结案(?:理由|意见|审批|时间|日期)|执行(?:情况|完毕)", 2, DocumentType::ClosingReport, 0.75,
         u"text: closing the case"},
        {u"(?:同意|建议|予以|准予|拟|申请)立案|立案(?:理由|依据|审批|时间|日期)|案件来源|案源|(?:负责人|领导)(?:审批)?意见", 2,
         DocumentType::FilingApproval, 0.7, u"text: filing with approval"},
        {u"调查终结|(?:处理|处罚)(?:意见|建议)[:]?|违法事实|调查(?:经过|情况)", 2, DocumentType::InvestigationReport, 0.65,
         u"text: investigation findings and proposed handling"},
        {u"(?:检查|勘验|勘察)(?:时间|地点|人员?|情况|对象|内容)[:]|被检查(?:人|单位|对象|场所)|现场(?:检查|勘验|勘察)?情况", 2,
         DocumentType::InspectionRecord, 0.7, u"text: record of an on-site inspection"},
        {u"(?:缴款|交款|付款|收款)(?:人|单位|码|日期)|执收单位|票据(?:号|代码)|(?:大写|小写)[:]|罚没(?:款)?收入", 2,
         DocumentType::PaymentReceipt, 0.7, u"text: receipt for a payment"},
        {u"证明(?:对象|内容|事项|目的)|证据(?:名称|来源|清单|目录)|拍摄(?:时间|地点|人)|(?:照片|图片)(?:说明|[0-9一二三四五六七八九十]+)", 2,
         DocumentType::EvidenceList, 0.6, u"text: list or sheet of evidence"},
    };
    static const std::vector<std::pair<QRegularExpression, const Rule *>> compiled = [] {
        std::vector<std::pair<QRegularExpression, const Rule *>> out;
        for (const Rule &r : kRules)
            out.emplace_back(re(r.pattern), &r);
        return out;
    }();
    for (const auto &[pattern, rule] : compiled) {
        QStringList distinct;
        for (auto it = pattern.globalMatch(x.t); it.hasNext();) {
            const QString m = it.next().captured(0);
            if (!distinct.contains(m))
                distinct.append(m);
        }
        if (distinct.size() >= rule->needed)
            f.add(rule->type, rule->confidence, str(rule->reason));
    }
    // Questions and answers: an inquiry, unless they record the party's statement or a hearing.
    static const QRegularExpression question = re(u"(?<!询)问[:]"), answer = re(u"答[:]");
    static const QRegularExpression inquiryField = re(u"(?:被)?(?:询问|调查)(?:人|对象|时间|地点)");
    if (x.count(question) >= 2 && x.count(answer) >= 2)
        f.add(DocumentType::InquiryRecord, x.has(inquiryField) ? 0.8 : 0.65, str(u"text: questions and answers"));
}

// What a title says. A known kind at 0.9; notices are read for both kinds a title may combine.
void titleRoles(const QString &t, Found &f)
{
    if (t.isEmpty())
        return;
    const bool hearing = t.contains(u"听证");
    const bool tells = t.contains(u"告知");
    static const QRegularExpression priorWords = re(u"事先|处罚|违法|陈述|申辩|意见");
    if (hearing && !tells && (t.endsWith(u"通知书") || t.endsWith(u"通知") || t.endsWith(u"通知单"))) {
        f.add(DocumentType::Other, 0.9, str(u"title: hearing schedule (听证通知书)"));
        return;
    }
    if (hearing && tells && !t.contains(u"笔录") && !t.contains(u"声明")) {
        // 行政处罚事先（听证）告知书, 陈述申辩及听证权利告知书: both notices in one.
        static const QRegularExpression combined = re(u"事先|陈述|申辩|[(（【〔\\[]听证[)）】〕\\]]|听证[、及和与]|[、及和与]听证");
        if (combined.match(t).hasMatch()) {
            f.add(DocumentType::PriorNotice, 0.95, str(u"title: combined prior and hearing notice"));
            f.add(DocumentType::HearingNotice, 0.9, str(u"title: combined prior and hearing notice"));
        } else {
            f.add(DocumentType::HearingNotice, 0.9, str(u"title: hearing notice"));
        }
        return;
    }
    if (tells && !t.contains(u"权利义务") && priorWords.match(t).hasMatch()) {
        f.add(DocumentType::PriorNotice, 0.9, str(u"title: prior notice"));
        return;
    }
    if (t.contains(u"责令") && (t.contains(u"改正") || t.contains(u"整改"))) {
        f.add(DocumentType::Other, 0.9, str(u"title: order to correct (责令改正)"));
        return;
    }
    if (const auto type = DossierSplitter::classifyTitle(t))
        f.add(*type, 0.9, str(u"title"));
}

// What the text may add to a kind the title names: the other notice to a notice (a 事先告知书 that
// also offers the hearing), nothing else (a report quoting the intended penalty stays a report).
bool compatible(DocumentType titled, DocumentType read)
{
    const auto notice = [](DocumentType t) { return t == DocumentType::PriorNotice || t == DocumentType::HearingNotice; };
    return titled == read || (notice(titled) && notice(read));
}
} // namespace

std::vector<Role> roles(QStringView title, QStringView text)
{
    Found titled;
    titleRoles(normalised(title), titled);
    Found f;
    const Text x{bounded(normalised(text))};
    if (!x.t.isEmpty()) {
        const Acts a = actsOf(x);
        procedureRoles(a, f);
        formRoles(x, f);
    }
    for (const Role &r : f.roles)
        if (titled.roles.empty() || compatible(titled.roles.front().type, r.type))
            titled.add(r.type, r.confidence, r.reason);
    // Title roles first (they are at 0.9 or more), then by confidence; the order found breaks ties.
    std::stable_sort(titled.roles.begin(), titled.roles.end(), [](const Role &a, const Role &b) { return a.confidence > b.confidence; });
    return titled.roles;
}

DocumentType primary(QStringView title, QStringView text)
{
    const auto r = roles(title, text);
    return r.empty() ? DocumentType::Other : r.front().type;
}

bool decidesNoPenalty(QStringView title, QStringView text)
{
    const QString t = normalised(title);
    if (t.contains(u"不予") && t.contains(u"处罚") && t.contains(u"决定"))
        return true;
    const Text x{bounded(normalised(text))};
    const Acts a = actsOf(x);
    return a.noPenalty && a.remedy;
}
} // namespace DocumentTyper

} // namespace casereview
