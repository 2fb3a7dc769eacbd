// SPDX-License-Identifier: GPL-3.0-or-later
// The documents of a generated penalty dossier (see variationdocuments.h).
#include "variationdocuments.h"

#include "variationformat.h"

using namespace casereview;

namespace {
QStringList withTitle(const QStringList &title, const QStringList &body)
{
    QStringList out;
    for (const QString &t : title)
        if (!t.isEmpty())
            out << t;
    return out + body;
}
} // namespace

QString VariationDocuments::facts() const
{
    if (s.actOngoing)
        return QStringLiteral("当事人自%1起%2，该行为持续至%3检查时仍在进行").arg(w.date(s.actStart), s.conduct, s.agencyShort);
    return QStringLiteral("当事人于%1至%2期间%3").arg(w.date(s.actStart), w.date(s.actEnd), s.conduct);
}

QString VariationDocuments::partyId() const
{
    return s.company ? QStringLiteral("统一社会信用代码：") + s.uscc : QStringLiteral("身份证号码：") + s.idNo;
}

QStringList VariationDocuments::officerLines() const
{
    const QStringList &o = s.officers, &c = s.certs;
    auto cert = [&](int i) { return i < c.size() ? c[i] : QString(); };
    QStringList out;
    switch (w.f[Dim::Officers]) {
    case 1:
        for (int i = 0; i < o.size(); ++i)
            out << QStringLiteral("执法人员 %1 执法证号 %2").arg(o[i], cert(i)).trimmed();
        return out;
    case 2: {
        QStringList certs;
        for (int i = 0; i < o.size(); ++i)
            if (!cert(i).isEmpty())
                certs << cert(i);
        return {QStringLiteral("检查人员：") + o.join(u'、'), QStringLiteral("执法证号：") + certs.join(u'、')};
    }
    case 3:
        for (int i = 0; i < o.size(); ++i) {
            out << QStringLiteral("执法人员：") + o[i];
            if (!cert(i).isEmpty())
                out << QStringLiteral("执法证件号码：") + cert(i);
        }
        return out;
    default: {
        QStringList parts;
        for (int i = 0; i < o.size(); ++i)
            parts << (cert(i).isEmpty() ? o[i] : QStringLiteral("%1（执法证号：%2）").arg(o[i], cert(i)));
        return {QStringLiteral("执法人员：") + parts.join(u'、')};
    }
    }
}

VariationDoc VariationDocuments::filing() const
{
    QStringList b{QStringLiteral("案件来源：监督检查"), QStringLiteral("当事人：") + s.party, partyId(),
                  QStringLiteral("地址：") + s.address, QStringLiteral("案由：涉嫌") + s.conduct,
                  QStringLiteral("简要案情：%1，执法人员在检查中发现当事人涉嫌%2，符合立案条件，建议立案调查。").arg(w.date(s.inspected), s.conduct),
                  QStringLiteral("承办人意见：建议立案。%1").arg(s.officers.join(u'、')),
                  QStringLiteral("负责人审批意见：同意立案。"), w.date(s.filed)};
    return {DocumentType::FilingApproval, withTitle(w.title(DocumentType::FilingApproval), b), {}};
}

VariationDoc VariationDocuments::inspection() const
{
    QStringList b{QStringLiteral("检查时间：%1 9时10分至10时20分").arg(w.date(s.inspected)), QStringLiteral("检查地点：") + s.address,
                  QStringLiteral("被检查人：") + s.party,
                  s.company ? QStringLiteral("统一社会信用代码：") + (s.usccElsewhere.isEmpty() ? s.uscc : s.usccElsewhere) : partyId(),
                  (s.company ? QStringLiteral("法定代表人：") : QStringLiteral("经营者：")) + s.representative};
    b << officerLines();
    b << QStringLiteral("记录人：") + s.officers.value(s.officers.size() - 1)
      << QStringLiteral("执法人员向被检查人出示了执法证件，说明了检查的依据和内容，告知其有申请回避的权利。")
      << QStringLiteral("检查情况：经现场检查，发现%1。执法人员对现场进行了拍照取证。").arg(s.conduct)
      << QStringLiteral("被检查人意见：情况属实。") << QStringLiteral("被检查人签名：%1").arg(s.representative)
      << QStringLiteral("执法人员签名：") + s.officers.join(u'、');
    return {DocumentType::InspectionRecord, withTitle(w.title(DocumentType::InspectionRecord), b), {}};
}

VariationDoc VariationDocuments::inquiry() const
{
    QStringList b{QStringLiteral("询问时间：%1 14时30分至15时40分").arg(w.date(s.inquiry)), QStringLiteral("询问地点：%1办公室").arg(s.agency),
                  QStringLiteral("询问人：%1  记录人：%2").arg(s.officers.join(u'、'), s.officers.last()),
                  QStringLiteral("执法证号：") + s.certs.join(u'、'),
                  QStringLiteral("被询问人：%1  身份：%2").arg(s.representative, s.company ? QStringLiteral("法定代表人") : QStringLiteral("当事人")),
                  QStringLiteral("问：我们是%1的执法人员，这是我们的执法证件。现就有关情况向你询问，你应如实回答，对与本案无关的问题有拒绝回答的权利，听明白了吗？").arg(s.agency),
                  QStringLiteral("答：明白。"), QStringLiteral("问：请讲一下具体情况。"),
                  QStringLiteral("答：%1，我们认识到错误，愿意整改。").arg(facts()), QStringLiteral("被询问人签名：%1").arg(s.representative)};
    return {DocumentType::InquiryRecord, withTitle(w.title(DocumentType::InquiryRecord), b), {}};
}

VariationDoc VariationDocuments::report() const
{
    QStringList b{QStringLiteral("案由：%1涉嫌%2案").arg(s.party, s.conduct), QStringLiteral("当事人：") + s.party,
                  QStringLiteral("调查经过：%1立案后，承办人员进行了现场检查、询问当事人，收集了相关证据。").arg(w.date(s.filed)),
                  QStringLiteral("违法事实：") + facts() + u'。',
                  QStringLiteral("处理意见：依据《%1》%2的规定，建议对当事人%3。").arg(s.law, s.penaltyArticle, w.penalty()),
                  QStringLiteral("承办人：") + s.officers.join(u'、'), w.date(s.report)};
    if (!s.formerName.isEmpty())
        b.insert(2, QStringLiteral("名称变更情况：当事人原名称为%1，已办理名称变更登记。").arg(s.formerName));
    return {DocumentType::InvestigationReport, withTitle(w.title(DocumentType::InvestigationReport), b), {}};
}

VariationDoc VariationDocuments::legalReview() const
{
    QStringList b{QStringLiteral("案件名称：%1涉嫌%2案").arg(s.party, s.conduct),
                  QStringLiteral("审核意见：本案事实清楚，证据确凿，适用依据正确，程序合法，拟处罚内容适当，同意承办机构意见。"),
                  QStringLiteral("法制审核人员：孙立新"), w.date(s.legalReview)};
    return {DocumentType::LegalReview, withTitle(w.title(DocumentType::LegalReview), b), {}};
}

VariationDoc VariationDocuments::discussion() const
{
    QStringList b{QStringLiteral("讨论时间：%1").arg(w.date(s.discussion)), QStringLiteral("主持人：何振东"),
                  QStringLiteral("出席人员：何振东、邵明、韩丽、孙立新"), QStringLiteral("讨论案件：%1涉嫌%2案").arg(s.party, s.conduct),
                  QStringLiteral("讨论结论：经集体讨论，一致同意对当事人%1。").arg(w.penalty()), QStringLiteral("记录人：韩丽")};
    return {DocumentType::CollectiveDiscussion, withTitle(w.title(DocumentType::CollectiveDiscussion), b), {}};
}

VariationDoc VariationDocuments::extension() const
{
    QStringList b{QStringLiteral("案件名称：%1涉嫌%2案").arg(s.party, s.conduct),
                  QStringLiteral("申请理由：案情复杂，需补充调查，不能在立案之日起九十日内作出处理决定。"),
                  QStringLiteral("延长期限：延长至%1").arg(w.date(s.extendedTo)), QStringLiteral("负责人意见：同意。"),
                  w.date(s.filed.addDays(80))};
    return {DocumentType::ExtensionApproval, withTitle({QStringLiteral("延长办案期限审批表")}, b), {}};
}

VariationDoc VariationDocuments::notice() const
{
    const QString y = w.you();
    QStringList b{w.number(QStringLiteral("告")), (s.partyElsewhere.isEmpty() ? s.party : s.partyElsewhere) + u'：',
                  QStringLiteral("%1于%2对%3进行检查，发现%3涉嫌%4。经调查，%5，违反了《%6》%7的规定。依据《%6》%8的规定，%1拟对%3作出%9的行政处罚。")
                      .arg(s.agencyShort, w.date(s.inspected), y, s.conduct, facts(), s.law, s.violatedArticle, s.penaltyArticle, w.penalty())};
    if (s.statementRights)
        b << QStringLiteral("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，%1享有陈述、申辩的权利。如有陈述、申辩意见，请于收到本告知书之日起%2内向%3提出，逾期未提出的，视为放弃上述权利。")
                 .arg(y, w.days(s.statementDays, s.statementWorking), s.agencyShort);
    if (w.hearingInNotice())
        b << QStringLiteral("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，%1有权要求举行听证。如要求听证，应当在收到本告知书之日起%2内提出。")
                 .arg(y, w.days(s.hearingDays, s.hearingWorking));
    b << QStringLiteral("联系人：") + s.officers.first() << s.agency << w.date(s.notice);
    return {DocumentType::PriorNotice, withTitle(w.title(DocumentType::PriorNotice), b), {}};
}

VariationDoc VariationDocuments::hearingNotice() const
{
    QStringList b{w.number(QStringLiteral("听告")), s.party + u'：',
                  QStringLiteral("%1拟对%2作出%3的行政处罚。根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，%2有权要求举行听证。如要求听证，请在收到本告知书之日起%4内向%1提出书面申请；逾期不提出的，视为放弃听证权利。")
                      .arg(s.agencyShort, w.you(), w.penalty(), w.days(s.hearingDays, s.hearingWorking)),
                  s.agency, w.date(s.notice)};
    return {DocumentType::HearingNotice, withTitle(w.title(DocumentType::HearingNotice), b), {}};
}

VariationDoc VariationDocuments::waiver() const
{
    QStringList b{QStringLiteral("%1已收到%2送达的《%3》，对拟作出的行政处罚无异议，自愿放弃陈述、申辩%4的权利。")
                      .arg(s.company ? QStringLiteral("本单位") : QStringLiteral("本人"), s.agency, w.titleText(DocumentType::PriorNotice),
                           s.hasHearingNotice ? QStringLiteral("和听证") : QString()),
                  QStringLiteral("声明人：") + s.representative, w.date(s.waived)};
    return {DocumentType::StatementRecord, withTitle({QStringLiteral("放弃陈述申辩权利声明")}, b), {}};
}

VariationDoc VariationDocuments::statementRecord() const
{
    QStringList b{QStringLiteral("时间：") + w.date(s.statementHeard), QStringLiteral("陈述申辩人：") + s.representative,
                  QStringLiteral("陈述申辩内容：当事人称其已经整改，请求不予处罚。"),
                  QStringLiteral("复核意见：经复核，当事人提出的理由与查明的事实不符，不予采纳，维持拟作出的处罚。"),
                  QStringLiteral("复核人：") + s.officers.join(u'、'), w.date(s.statementHeard)};
    return {DocumentType::StatementRecord, withTitle({QStringLiteral("陈述申辩笔录")}, b), {}};
}

VariationDoc VariationDocuments::receipt(DocumentType served, QDate on) const
{
    const int t = w.f[Dim::Titles];
    const QString label = t == 2 || t == 3 ? QStringLiteral("签收日期：") : t >= 4 ? QStringLiteral("收件日期：") : QStringLiteral("送达时间：");
    const QString doc = w.titleText(served);
    QStringList b{QStringLiteral("送达文书：《%1》%2").arg(doc, w.number(served == DocumentType::Decision ? QStringLiteral("罚")
                                                                      : served == DocumentType::HearingNotice ? QStringLiteral("听告")
                                                                                                               : QStringLiteral("告"))),
                  QStringLiteral("受送达人：") + (served == DocumentType::PriorNotice && !s.partyElsewhere.isEmpty() ? s.partyElsewhere : s.party),
                  QStringLiteral("送达地点：") + s.address, QStringLiteral("送达方式：直接送达"),
                  QStringLiteral("送达人：") + s.officers.join(u'、'), QStringLiteral("受送达人签名：") + s.representative, label + w.date(on)};
    return {DocumentType::DeliveryReceipt, withTitle(w.title(DocumentType::DeliveryReceipt), b), doc};
}

VariationDoc VariationDocuments::closing() const
{
    QStringList b{QStringLiteral("案件名称：%1涉嫌%2案").arg(s.party, s.conduct),
                  QStringLiteral("处理结果：%1作出%2的行政处罚，当事人已于%3缴清罚款。").arg(w.date(s.decision), w.penalty(), w.date(s.closed.addDays(-5))),
                  QStringLiteral("承办人：") + s.officers.join(u'、'), QStringLiteral("结案日期：") + w.date(s.closed)};
    return {DocumentType::ClosingReport, withTitle(w.title(DocumentType::ClosingReport), b), {}};
}

std::vector<VariationDoc> VariationDocuments::all() const
{
    std::vector<VariationDoc> d;
    if (s.hasFiling)
        d.push_back(filing());
    d.push_back(inspection());
    d.push_back(inquiry());
    d.push_back(report());
    if (s.extendedTo.isValid())
        d.push_back(extension());
    if (s.hasLegalReview)
        d.push_back(legalReview());
    if (s.hasDiscussion)
        d.push_back(discussion());
    if (s.hasNotice) {
        d.push_back(notice());
        d.push_back(receipt(DocumentType::PriorNotice, s.noticeServed));
    }
    if (w.separateHearingNotice()) {
        d.push_back(hearingNotice());
        d.push_back(receipt(DocumentType::HearingNotice, s.noticeServed));
    }
    if (s.waived.isValid())
        d.push_back(waiver());
    if (s.statementHeard.isValid())
        d.push_back(statementRecord());
    d.push_back(decision(false));
    if (s.hasDecisionReceipt)
        d.push_back(receipt(DocumentType::Decision, s.delivered));
    d.push_back(closing());
    return d;
}

VariationDoc VariationDocuments::loneDecision() const { return decision(true); }

VariationDoc VariationDocuments::decision(bool lone) const
{
    const QString a = s.agencyShort;
    const bool hearing = s.hasHearingNotice;
    QStringList b{w.number(QStringLiteral("罚"))};
    const QString address = s.addressInDecision ? (s.company ? QStringLiteral("住所：") : QStringLiteral("住址：")) + s.address : QString();
    if (w.f[Dim::PartyLabel] == 6) {
        // the party in one sentence; a person with sex and date of birth from the ID number
        QStringList parts{QStringLiteral("当事人：") + s.party};
        if (!s.company)
            parts << (s.idNo.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"))
                  << w.date(QDate::fromString(s.idNo.mid(6, 8), QStringLiteral("yyyyMMdd"))) + QStringLiteral("出生");
        parts << partyId();
        if (s.company)
            parts << QStringLiteral("法定代表人：") + s.representative;
        if (!address.isEmpty())
            parts << address;
        b << parts.join(u'，') + u'。';
    } else {
        b << w.partyLines() << partyId();
        if (s.company)
            b << QStringLiteral("法定代表人：") + s.representative;
        if (!address.isEmpty())
            b << address;
    }
    b << QStringLiteral("%1于%2对当事人进行检查，发现当事人涉嫌%3，于%4立案调查。").arg(a, w.date(s.inspected), s.conduct, w.date(s.filed))
      << QStringLiteral("经查，") + facts() + u'。'
      << QStringLiteral("以上事实有现场检查笔录、询问笔录、现场照片及当事人身份证明材料等证据为证。")
      << QStringLiteral("当事人的上述行为违反了《%1》%2的规定。《%1》%3规定，%4。").arg(s.law, s.violatedArticle, s.penaltyArticle, w.range());
    const QString rights = hearing ? QStringLiteral("陈述、申辩和要求听证的权利") : QStringLiteral("陈述、申辩的权利");
    const QString silent = hearing ? QStringLiteral("当事人在规定期限内未提出陈述、申辩，也未要求听证。") : QStringLiteral("当事人在规定期限内未提出陈述、申辩意见。");
    if (s.hasNotice) {
        const QString told = s.statementRights ? QStringLiteral("以及依法享有的") + rights : QString();
        const int form = lone ? w.f[Dim::Notice] : 0;
        if (form == 1)
            b << QStringLiteral("%1，%2依法告知当事人拟作出的行政处罚内容%3。").arg(w.date(s.noticeServed), a,
                     s.statementRights ? QStringLiteral("及其享有的陈述、申辩权利，当事人可在收到告知书之日起%1内提出陈述、申辩")
                                             .arg(w.days(s.statementDays, s.statementWorking))
                                       : QString()) +
                     (hearing ? QStringLiteral("同时告知当事人有要求听证的权利，听证申请期限为收到告知书之日起%1内。").arg(w.days(s.hearingDays, s.hearingWorking))
                              : QString());
        else if (form == 2)
            b << QStringLiteral("本案已履行事先告知程序，告知文书于%1送达当事人，告知了拟处罚的事实、理由、依据%2。")
                     .arg(w.date(s.noticeServed), s.statementRights ? QStringLiteral("和") + rights : QString());
        else
            b << QStringLiteral("%1于%2向当事人送达了《%3》，告知当事人拟作出行政处罚的事实、理由、依据%4。")
                     .arg(a, w.date(s.noticeServed), w.titleText(DocumentType::PriorNotice), told);
        if (s.statementHeard.isValid())
            b << QStringLiteral("当事人于%1提出了陈述、申辩意见，经复核，%2认为其理由不能成立，不予采纳。").arg(w.date(s.statementHeard), a);
        else if (s.waived.isValid())
            b << QStringLiteral("当事人于%1书面声明放弃陈述、申辩%2权利。").arg(w.date(s.waived), hearing ? QStringLiteral("和听证") : QString());
        else if (s.statementRights)
            b << (form == 1 ? QStringLiteral("当事人逾期未行使上述权利。") : silent);
    }
    if (s.healthHarm)
        b << QStringLiteral("经查，当事人的违法行为造成%1名消费者身体健康损害的后果。").arg(VariationFormat::chineseNumber(3));
    if (s.extendedTo.isValid())
        b << QStringLiteral("因案情复杂，经%1负责人批准，本案办案期限延长至%2。").arg(a, w.date(s.extendedTo));
    if (s.mitigation)
        b << QStringLiteral("鉴于当事人主动消除违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，依法予以减轻处罚。");
    if (s.hasDiscussion)
        b << QStringLiteral("本案经%1负责人集体讨论决定。").arg(a);
    b << QStringLiteral("依据上述规定，%1决定对当事人作出如下行政处罚：%2。").arg(a, w.penalty());
    if (s.performanceInDecision)
        b << QStringLiteral("当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。");
    b << w.remedy();
    if (s.deliveredOnSpot)
        b << QStringLiteral("本决定书于作出当日当场交付当事人。");
    b << s.agency << w.date(s.decision);
    return {DocumentType::Decision, withTitle(w.title(DocumentType::Decision), b), {}};
}
