// SPDX-License-Identifier: GPL-3.0-or-later
// Family-dependent phrases of the generated dossiers (see variationwording.h).
#include "variationwording.h"

#include "variationformat.h"

using namespace casereview;

QString VariationWording::date(QDate d) const { return VariationFormat::date(d, f[Dim::Dates]); }
QString VariationWording::days(int n, bool working) const { return VariationFormat::days(n, f[Dim::Numerals], working); }
QString VariationWording::months(int n) const { return VariationFormat::months(n, f[Dim::Numerals]); }
QString VariationWording::amount(double yuan) const { return VariationFormat::amount(yuan, f[Dim::Amounts]); }
QString VariationWording::range() const { return VariationFormat::range(s.rangeMin, s.rangeMax, f[Dim::Range]); }

QString VariationWording::penalty() const
{
    return QStringLiteral("罚款") + amount(s.fine) + (s.revocation.isEmpty() ? QString() : QStringLiteral("，并") + s.revocation);
}

QString VariationWording::titleText(DocumentType type) const
{
    const int t = f[Dim::Titles];
    switch (type) {
    case DocumentType::PriorNotice:
        if (combinedNotice())
            return QStringLiteral("行政处罚事先（听证）告知书");
        return QStringList{QStringLiteral("行政处罚事先告知书"), QStringLiteral("行政处罚告知书"), QStringLiteral("行政处罚事先告知单"),
                           QStringLiteral("行政处罚权利告知书"), QStringLiteral("违法行为告知书"), QStringLiteral("行政处罚事先告知书"),
                           QStringLiteral("行政处罚事先告知通知书")}[t];
    case DocumentType::HearingNotice:
        return QStringList{QStringLiteral("行政处罚听证告知书"), QStringLiteral("听证告知书"), QStringLiteral("听证告知单"),
                           QStringLiteral("听证权利告知书"), QStringLiteral("听证权利告知书"), QStringLiteral("听证告知书"),
                           QStringLiteral("行政处罚听证权利告知通知书")}[t];
    case DocumentType::Decision:
        return t == 4 ? QStringLiteral("处罚决定书") : QStringLiteral("行政处罚决定书");
    case DocumentType::DeliveryReceipt:
        return t == 3 ? QStringLiteral("送达回执") : QStringLiteral("送达回证");
    default:
        return documentTypeTitle(type);
    }
}

QStringList VariationWording::title(DocumentType type) const
{
    const int t = f[Dim::Titles];
    QString text = titleText(type);
    const bool formal = type == DocumentType::PriorNotice || type == DocumentType::HearingNotice || type == DocumentType::Decision;
    if (t == 5) {
        QString spaced;
        for (QChar c : text)
            spaced += (spaced.isEmpty() ? QString() : QStringLiteral(" ")) + c;
        return {formal ? s.agency : QString(), spaced};
    }
    if (formal && t == 1)
        return {s.agency, text};
    if (type == DocumentType::Decision && t == 3)
        return {s.agency + text};
    return {text};
}

QString VariationWording::number(const QString &kind) const
{
    QString prefix = s.caseNoPrefix;
    if (kind != u"罚")
        prefix.replace(u'罚', kind);
    const int b = f[Dim::Brackets];
    static const QString open = QStringLiteral("〔[（【〔〔﹝("), close = QStringLiteral("〕]）】〕〕﹞)");
    QString serial = QString::number(s.caseSerial);
    if (b == 4)
        serial = serial.rightJustified(4, u'0');
    if (b == 5)
        serial = u'第' + serial;
    return prefix + open.at(b) + QString::number(s.caseYear) + close.at(b) + serial + u'号';
}

QStringList VariationWording::partyLines() const
{
    switch (f[Dim::PartyLabel]) {
    case 1:
        return {QStringLiteral("被处罚人：") + s.party};
    case 2:
        return {(s.company ? QStringLiteral("当事人名称：") : QStringLiteral("当事人姓名：")) + s.party};
    case 3:
        return {(s.company ? QStringLiteral("单位名称：") : QStringLiteral("姓名：")) + s.party};
    case 4:
        return {QStringLiteral("当事人："), s.party};
    case 5:
        return {s.company ? QStringLiteral("当事人（单位）：") : QStringLiteral("当事人（个人）："), s.party};
    case 7:
        return {QStringLiteral("当事人名称（姓名）：") + s.party};
    case 8:
        return {QStringLiteral("行政相对人：") + s.party};
    default:
        return {QStringLiteral("当事人：") + s.party};
    }
}

QString VariationWording::remedy() const
{
    const bool review = s.reconsiderationDays > 0, suit = s.litigationMonths > 0;
    const QString r = s.reconsiderationInMonths ? months(s.reconsiderationDays) : days(s.reconsiderationDays);
    const QString l = s.litigationInDays ? days(s.litigationMonths) : months(s.litigationMonths);
    const QString &body = s.reviewBody, &court = s.court;
    QString a, b;
    switch (f[Dim::Remedy]) {
    case 1:
        a = QStringLiteral("可以自接到本决定书之日起%1内向%2申请复议").arg(r, body);
        b = QStringLiteral("自接到本决定书之日起%1内直接向%2起诉").arg(l, court);
        return QStringLiteral("如不服本决定，") + (review && suit ? a + QStringLiteral("；或者") + b : review ? a : QStringLiteral("可以") + b) + u'。';
    case 2:
        a = QStringLiteral("可以自知道或者应当知道该行政行为之日起%1内，依法向%2申请行政复议").arg(r, body);
        b = QStringLiteral("自知道或者应当知道该行政行为之日起%1内，依法向%2提起行政诉讼").arg(l, court);
        return QStringLiteral("当事人对本决定不服的，") + (review && suit ? a + QStringLiteral("；也可以") + b : review ? a : QStringLiteral("可以") + b) + u'。';
    case 3:
        a = QStringLiteral("当事人不服本决定的，可以依法申请行政复议，复议机关为%1，申请期限为自收到本决定书之日起%2。").arg(body, r);
        b = QStringLiteral("当事人也可以依法提起行政诉讼，起诉期限为自收到本决定书之日起%1，管辖法院为%2。").arg(l, court);
        return (review ? a : QString()) + (suit ? b : QString());
    case 4:
        a = QStringLiteral("在收到本决定书之日起%1内申请行政复议（复议机关：%2）").arg(r, body);
        b = QStringLiteral("在%1内向%2提起行政诉讼").arg(l, court);
        return QStringLiteral("如不服本决定，可") + (review && suit ? a + QStringLiteral("，或") + b : review ? a : b) + u'。';
    case 5:
        a = QStringLiteral("申请行政复议的期限为%1").arg(r);
        b = QStringLiteral("提起行政诉讼的期限为%1").arg(l);
        return QStringLiteral("当事人如对本处罚决定不服，可以") +
               (review && suit ? QStringLiteral("向%1申请行政复议，或者向%2提起行政诉讼。").arg(body, court)
                : review       ? QStringLiteral("向%1申请行政复议。").arg(body)
                               : QStringLiteral("向%1提起行政诉讼。").arg(court)) +
               (review && suit ? a + u'，' + b : review ? a : b) + QStringLiteral("，均自收到本决定书之日起计算。");
    case 6:
        a = QStringLiteral("可于本决定书送达之日起%1内向%2申请行政复议").arg(r, body);
        b = QStringLiteral("于本决定书送达之日起%1内向%2提起诉讼").arg(l, court);
        return QStringLiteral("如对本决定不服，") + (review && suit ? a + QStringLiteral("，或者") + b : review ? a : QStringLiteral("可") + b) + u'。';
    case 7:
        a = QStringLiteral("在收到本决定书之日起%1内向%2申请行政复议").arg(r, body);
        b = QStringLiteral("自收到本决定书之日起%1内向%2提起行政诉讼").arg(l, court);
        return QStringLiteral("当事人不服本决定的，可以") + (review && suit ? b + QStringLiteral("，也可以") + a : review ? a : b) + u'。';
    default:
        a = QStringLiteral("可以在收到本决定书之日起%1内向%2申请行政复议").arg(r, body);
        b = QStringLiteral("在%1内向%2提起行政诉讼").arg(l, court);
        return QStringLiteral("当事人如不服本处罚决定，") + (review && suit ? a + QStringLiteral("，也可以") + b : review ? a : QStringLiteral("可以") + b) + u'。';
    }
}
