// SPDX-License-Identifier: GPL-3.0-or-later
// Lawful facts from a seed: the suite's own small table of provisions (each with the range the
// decision quotes), names built from parts, a timeline that keeps every statutory period with a
// margin, so that a lawful Spec is lawful whatever the holiday calendar says.
#include "variationspec.h"

#include <QRegularExpression>
#include <random>

namespace {
struct Provision {
    VariationSpec::Kind kind;
    const char16_t *agency;       // after the city: 市场监督管理局
    const char16_t *prefix;       // case-number abbreviation after the city's short name
    const char16_t *law;
    const char16_t *violated;
    const char16_t *penalty;
    const char16_t *conduct;      // what the party did, for the facts section
    const char16_t *trade;        // the company name's trade word
    double min, max, step;
    bool health;
};

const Provision kProvisions[] = {
    {VariationSpec::Kind::CompanyMinor, u"消防救援支队", u"消行罚", u"中华人民共和国消防法", u"第二十八条", u"第六十条第一款第（三）项",
     u"在经营场所内占用、堵塞疏散通道", u"商贸", 5000, 50000, 1000, false},
    {VariationSpec::Kind::CompanyMinor, u"生态环境局", u"环罚", u"中华人民共和国大气污染防治法", u"第四十八条第一款", u"第一百零八条第（一）项",
     u"喷涂作业未在密闭空间进行，未按规定安装、使用污染防治设施", u"家具制造", 20000, 200000, 1000, false},
    {VariationSpec::Kind::CompanyMinor, u"应急管理局", u"应急罚", u"中华人民共和国安全生产法", u"第二十八条第一款", u"第九十七条第（三）项",
     u"未如实记录安全生产教育和培训情况", u"建材", 0, 100000, 1000, false},
    {VariationSpec::Kind::CompanyMajor, u"市场监督管理局", u"市监罚", u"中华人民共和国食品安全法", u"第三十四条第（十）项", u"第一百二十四条第一款第（五）项",
     u"经营标注虚假生产日期、超过保质期的食品", u"食品", 50000, 100000, 5000, true},
    {VariationSpec::Kind::CompanyMajor, u"市场监督管理局", u"市监罚", u"中华人民共和国广告法", u"第二十八条第二款第（二）项", u"第五十五条第一款",
     u"发布含有虚假商品性能内容的广告", u"广告传媒", 200000, 1000000, 10000, false},
    {VariationSpec::Kind::PersonMinor, u"生态环境局", u"环罚", u"中华人民共和国大气污染防治法", u"第七十七条", u"第一百一十九条第一款",
     u"在人口集中地区露天焚烧垃圾", nullptr, 500, 2000, 100, false},
    {VariationSpec::Kind::PersonMinor, u"城市管理局", u"城管罚", u"城市市容和环境卫生管理条例", u"第十四条", u"第三十四条",
     u"在街道两侧擅自堆放物料影响市容", nullptr, 0, 100, 10, false},
    {VariationSpec::Kind::PersonMajor, u"交通运输局", u"交罚", u"中华人民共和国道路运输条例", u"第十条", u"第六十三条",
     u"未取得道路运输经营许可，擅自从事道路客运经营", nullptr, 10000, 100000, 1000, false},
    {VariationSpec::Kind::PersonMajor, u"市场监督管理局", u"市监罚", u"中华人民共和国食品安全法", u"第三十五条第一款", u"第一百二十二条第一款",
     u"未取得食品经营许可从事食品经营活动", nullptr, 50000, 100000, 5000, true},
};

struct City {
    const char16_t *name, *shortName, *district, *code;
};
const City kCities[] = {
    {u"洛阳", u"洛", u"涧西区", u"410305"}, {u"郑州", u"郑", u"金水区", u"410105"}, {u"开封", u"汴", u"鼓楼区", u"410204"},
    {u"新乡", u"新", u"红旗区", u"410702"}, {u"南阳", u"宛", u"卧龙区", u"411303"}, {u"许昌", u"许", u"魏都区", u"411002"},
    {u"周口", u"周", u"川汇区", u"411602"}, {u"信阳", u"信", u"浉河区", u"411502"}, {u"安阳", u"安", u"文峰区", u"410502"},
    {u"焦作", u"焦", u"解放区", u"410802"},
};
const char16_t *const kBrands[] = {u"恒瑞", u"鼎盛", u"嘉禾", u"锦程", u"华茂", u"汇通", u"宏达", u"瑞丰", u"金穗", u"福临", u"德润", u"盛源", u"青禾", u"远帆"};
const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴", u"郭", u"马"};
const char16_t *const kGiven[] = {u"建国", u"海燕", u"志强", u"秀英", u"晓东", u"丽娟", u"国庆", u"文博", u"春梅", u"振华", u"雪松", u"玉兰"};
const char16_t *const kRoads[] = {u"建设路", u"中州路", u"人民路", u"解放大道", u"文化路", u"长江路", u"黄河路", u"光明街"};
const QString kUsccChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

template <typename T, size_t N>
const T &pick(std::mt19937 &rng, const T (&a)[N])
{
    return a[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}
int between(std::mt19937 &rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
QString s(const char16_t *p) { return QString::fromUtf16(p); }

QString idNumber(std::mt19937 &rng, const QString &region)
{
    const QDate born = QDate(1960, 1, 1).addDays(between(rng, 0, 14000));
    QString id = region + born.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(between(rng, 100, 999));
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * w[i];
    return id + QStringLiteral("10X98765432").at(sum % 11);
}
} // namespace

QChar VariationSpec::usccCheck(const QString &first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kUsccChars.indexOf(first17.at(i))) * weights[i];
    return kUsccChars.at((31 - sum % 31) % 31);
}

QString VariationSpec::makeUscc(quint32 seed)
{
    std::mt19937 rng(seed);
    QString code = QStringLiteral("91") + s(pick(rng, kCities).code);
    while (code.size() < 17)
        code += kUsccChars.at(between(rng, 0, 30));
    return code + usccCheck(code);
}

QString VariationSpec::caseNo() const
{
    return QStringLiteral("%1〔%2〕%3号").arg(caseNoPrefix).arg(caseYear).arg(caseSerial);
}

std::map<QString, QString> VariationSpec::expectedFields(bool separateHearingNotice) const
{
    std::map<QString, QString> f;
    f[QStringLiteral("case_no")] = caseNo();
    f[QStringLiteral("agency")] = agency;
    f[QStringLiteral("party_name")] = party;
    f[QStringLiteral("fine_amount_yuan")] = QString::number(fine, 'f', 2);
    auto put = [&](const char *key, QDate d) {
        if (d.isValid())
            f[QStringLiteral("dates.") + QLatin1String(key)] = d.toString(Qt::ISODate);
    };
    put("inspected", inspected);
    if (hasFiling)
        put("filed", filed);
    if (hasNotice)
        put("notice", notice);
    if (hasHearingNotice && separateHearingNotice)
        put("hearing_notice", notice);
    put("decision", decision);
    if (hasDecisionReceipt)
        put("delivered", delivered);
    put("closed", closed);
    return f;
}

VariationSpec VariationSpec::lawful(quint32 seed, Kind kind)
{
    std::mt19937 rng(seed * 2654435761u + quint32(kind));
    std::vector<const Provision *> fits;
    for (const Provision &p : kProvisions)
        if (p.kind == kind)
            fits.push_back(&p);
    const Provision &p = *fits[size_t(between(rng, 0, int(fits.size()) - 1))];
    const City &c = pick(rng, kCities);

    VariationSpec v;
    v.kind = kind;
    v.company = kind == Kind::CompanyMinor || kind == Kind::CompanyMajor;
    v.city = s(c.name) + u'市';
    v.district = s(c.district);
    v.agency = v.city + s(p.agency);
    v.agencyShort = QStringLiteral("本局");
    if (QString(s(p.agency)).endsWith(u"支队"))
        v.agencyShort = QStringLiteral("本支队");
    v.caseNoPrefix = s(c.shortName) + s(p.prefix);
    v.reviewBody = v.city + QStringLiteral("人民政府");
    v.court = v.city + v.district + QStringLiteral("人民法院");
    v.caseSerial = between(rng, 3, 386);
    v.law = s(p.law);
    v.violatedArticle = s(p.violated);
    v.penaltyArticle = s(p.penalty);
    v.conduct = s(p.conduct);
    v.rangeMin = p.min;
    v.rangeMax = p.max;
    const double lo = std::max(p.min, kind == Kind::CompanyMajor ? 50000.0 : kind == Kind::PersonMajor ? 5000.0 : p.step);
    const double hi = kind == Kind::CompanyMinor ? std::min(p.max, 45000.0) : kind == Kind::PersonMinor ? std::min(p.max, 4500.0) : p.max;
    v.fine = lo + p.step * between(rng, 0, int((hi - lo) / p.step));

    const QString brand = s(pick(rng, kBrands));
    v.representative = s(pick(rng, kSurnames)) + s(pick(rng, kGiven));
    v.address = v.city + v.district + s(pick(rng, kRoads)) + QString::number(between(rng, 1, 280)) + u'号';
    if (v.company) {
        v.party = s(c.name) + brand + s(p.trade) + (between(rng, 0, 1) ? QStringLiteral("有限公司") : QStringLiteral("有限责任公司"));
        v.uscc = makeUscc(seed ^ 0x5bd1e995u);
    } else {
        v.party = v.representative;
        v.idNo = idNumber(rng, s(c.code));
    }
    QStringList names, certs;
    while (names.size() < 2) {
        const QString n = s(pick(rng, kSurnames)) + s(pick(rng, kGiven));
        if (!names.contains(n) && n != v.representative)
            names << n;
    }
    const bool provincial = between(rng, 0, 1);
    for (int i = 0; i < 2; ++i)
        certs << (provincial ? QStringLiteral("豫%1").arg(between(rng, 10000000, 99999999))
                             : QStringLiteral("4103%1").arg(between(rng, 1000000, 9999999)));
    v.officers = names;
    v.certs = certs;

    // timeline, every period with a margin
    v.inspected = QDate(2023, 2, 1).addDays(between(rng, 0, 600));
    v.actEnd = v.inspected.addDays(-between(rng, 0, 40));
    v.actStart = v.actEnd.addDays(-between(rng, 10, 150));
    v.filed = v.inspected.addDays(between(rng, 0, 2));
    v.caseYear = v.filed.year();
    v.inquiry = v.filed.addDays(between(rng, 1, 5));
    v.report = v.inquiry.addDays(between(rng, 8, 20));
    v.legalReview = v.report.addDays(between(rng, 1, 3));
    v.discussion = v.legalReview.addDays(between(rng, 1, 2));
    v.notice = v.discussion.addDays(between(rng, 1, 2));
    v.noticeServed = v.notice.addDays(between(rng, 0, 2));
    v.decision = v.noticeServed.addDays(between(rng, 20, 30));
    v.delivered = v.decision.addDays(between(rng, 0, 4));
    v.closed = v.delivered.addDays(between(rng, 15, 40));
    v.statementDays = between(rng, 0, 1) ? 5 : 3;
    v.hasLegalReview = v.hasDiscussion = v.major();
    v.hasHearingNotice = v.hearingRequired();
    return v;
}
