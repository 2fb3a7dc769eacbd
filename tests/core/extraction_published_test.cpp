// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions in the forms agencies publish them (公示): long provincial serials, a province in
// brackets before the number, 公安 and 交通 numbering, the credit-publicity table with its amount in
// 万元, masked personal names, the title and agency on one line, the agency only in the signature,
// a fine beside a total of 罚没款, a seal note under the date. Written for this test from the
// conventions of the genre; every name, code and number is made up.
#include "extraction/metadataextractor.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

struct Published {
    const char *name, *text, *agency, *caseNo, *party;
    double fine;
    const char *date;
};

const Published kDecisions[] = {
    {"provincial serial of twelve digits",
     "上海市浦东新区市场监督管理局\n行政处罚决定书\n沪市监浦处〔2023〕152023001234号\n当事人：上海禾木餐饮管理有限公司\n"
     "主体资格证照名称：营业执照\n统一社会信用代码：91310115MA1HB2XK3Q\n住所：上海市浦东新区张杨路100号\n法定代表人：王某某\n"
     "2023年3月2日，本局执法人员对当事人的经营场所进行检查，发现当事人销售超过保质期的食品。\n"
     "上述事实，有现场笔录、询问调查笔录等证据为证。\n本局认为，当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。\n"
     "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：\n一、没收超过保质期的食品；\n二、罚款人民币伍万元整。\n"
     "当事人应当自收到本决定书之日起十五日内缴纳罚款。\n上海市浦东新区市场监督管理局\n2023年6月12日\n（市场监督管理部门将依法向社会公示本行政处罚决定信息）",
     "上海市浦东新区市场监督管理局", "沪市监浦处〔2023〕152023001234号", "上海禾木餐饮管理有限公司", 50000, "2023-06-12"},
    {"province in brackets before the number, title and agency on one line",
     "苏州市应急管理局行政处罚决定书\n（苏州）应急罚〔2023〕37号\n被处罚单位：苏州恒信金属制品有限公司\n"
     "统一社会信用代码：91320505MA1MXY7K2R\n地址：苏州市高新区珠江路8号\n法定代表人：陈某\n"
     "违法事实及证据：2023年4月6日，本局执法人员检查发现，你单位未如实记录安全生产教育和培训情况。\n"
     "以上事实违反了《中华人民共和国安全生产法》第二十八条第四款的规定，依据《中华人民共和国安全生产法》第九十七条第（四）项的规定，"
     "决定给予罚款人民币贰万元整的行政处罚。\n罚款限于十五日内缴至指定银行。\n苏州市应急管理局\n二〇二三年五月十八日",
     "苏州市应急管理局", "（苏州）应急罚〔2023〕37号", "苏州恒信金属制品有限公司", 20000, "2023-05-18"},
    {"public security numbering and a masked person",
     "南京市公安局玄武分局\n行政处罚决定书\n宁公玄（治）行罚决字〔2023〕01234号\n违法行为人：张某某，男，1988年7月出生，"
     "身份证号码：3201**********1234，现住南京市玄武区北京东路5号。\n现查明2023年7月1日，张某某在玄武区某小区内饲养犬只干扰他人正常生活。\n"
     "以上事实有违法行为人陈述、证人证言等证据证实。\n根据《中华人民共和国治安管理处罚法》第七十五条第一款之规定，"
     "现决定给予张某某罚款二百元的处罚。\n执行方式和期限：被处罚人应自收到本决定书之日起十五日内到指定银行缴纳罚款。\n"
     "南京市公安局玄武分局\n2023年7月5日",
     "南京市公安局玄武分局", "宁公玄（治）行罚决字〔2023〕1234号", "张某某", 200, "2023-07-05"},
    {"credit publicity table with the amount in 万元",
     "行政处罚决定书文号：杭西市监罚处字〔2023〕128号\n处罚类别：罚款\n处罚决定日期：2023/09/21\n处罚内容：罚款1.5万元\n"
     "罚款金额（万元）：1.5\n行政相对人名称：杭州云杉电子商务有限公司\n统一社会信用代码：91330106MA2CDE8X9P\n法定代表人：李某\n"
     "违法行为类型：违反广告法\n违法事实：当事人在其网店发布含有“最佳”用语的广告。\n处罚依据：《中华人民共和国广告法》第五十七条\n"
     "处罚机关：杭州市西湖区市场监督管理局",
     "杭州市西湖区市场监督管理局", "杭西市监罚处字〔2023〕128号", "杭州云杉电子商务有限公司", 15000, "2023-09-21"},
    {"agency only in the signature, fine beside a total of 罚没款",
     "行政处罚决定书\n郑经开环罚〔2023〕9号\n当事人：郑州中原汽车维修服务有限公司\n统一社会信用代码：91410100MA44RQ2J5T\n"
     "经营场所：郑州经济技术开发区第八大街12号\n2023年5月9日，我局执法人员对你单位进行现场检查，发现你单位喷漆房废气未经处理直接排放。\n"
     "你单位的上述行为违反了《中华人民共和国大气污染防治法》第一百零八条第（一）项的规定。依据该条规定，"
     "我局决定对你单位处以罚款人民币叁万元（¥30000.00），没收违法所得人民币2000元，合计罚没款人民币32000元。\n"
     "郑州经济技术开发区环境保护局\n2023年8月1日\n（印章）",
     "郑州经济技术开发区环境保护局", "郑经开环罚〔2023〕9号", "郑州中原汽车维修服务有限公司", 30000, "2023-08-01"},
    {"transport numbering with a padded serial and an individual business",
     "广州市交通运输局\n行政处罚决定书\n穗交执罚〔2023〕第0045678号\n当事人（个体工商户）：广州市白云区顺捷货运部\n经营者：刘某\n"
     "统一社会信用代码：92440111MA5D7Y3K1W\n经查，当事人于2023年2月14日使用未取得道路运输证的车辆从事道路货物运输经营。\n"
     "依据《中华人民共和国道路运输条例》第六十三条的规定，本机关决定对当事人作出罚款人民币伍仟元的行政处罚。\n"
     "广州市交通运输局\n2023年3月30日",
     "广州市交通运输局", "穗交执罚〔2023〕第45678号", "广州市白云区顺捷货运部", 5000, "2023-03-30"},
    {"tax decision: taxpayer label, a fine as a multiple computed to a sum",
     "国家税务总局成都市税务局第一稽查局\n税务行政处罚决定书\n成税一稽罚〔2023〕56号\n纳税人名称：成都锦程建材贸易有限公司\n"
     "纳税人识别号：91510100MA6CQK3F2B\n地址：成都市锦江区东大街99号\n经我局对你单位2021年1月1日至2022年12月31日的纳税情况进行检查，"
     "发现你单位少缴增值税60000元。\n根据《中华人民共和国税收征收管理法》第六十三条第一款的规定，对你单位少缴的增值税处以0.5倍的罚款，"
     "计人民币30000元。\n国家税务总局成都市税务局第一稽查局\n2023年10月9日",
     "国家税务总局成都市税务局第一稽查局", "成税一稽罚〔2023〕56号", "成都锦程建材贸易有限公司", 30000, "2023-10-09"},
    {"health commission: 被处罚单位, a fine in capitals with tens, a publicity date after the signature",
     "杭州市上城区卫生健康局\n行政处罚决定书\n杭上卫医罚〔2023〕第018号\n被处罚单位：杭州仁和口腔门诊部有限公司\n"
     "统一社会信用代码：91330102MA27WQ5L8D\n地址：杭州市上城区解放路66号\n法定代表人：周某\n"
     "经查，你单位于2023年8月3日使用未取得护士执业证书的人员从事护理活动。\n依据《护士条例》第二十八条第（一）项的规定，"
     "本机关决定给予你单位如下行政处罚：警告，罚款人民币壹万贰仟伍佰元整。\n杭州市上城区卫生健康局\n2023年9月14日\n公示日期：2023年9月21日",
     "杭州市上城区卫生健康局", "杭上卫医罚〔2023〕第18号", "杭州仁和口腔门诊部有限公司", 12500, "2023-09-14"},
    {"urban management: a person, the rate per unit and the sum",
     "武汉市江汉区城市管理执法局\n行政处罚决定书\n汉城管罚〔2023〕第1207号\n当事人：王某某\n性别：男\n"
     "身份证号码：4201**********5678\n住址：武汉市江汉区新华路18号\n经查，当事人于2023年6月至2023年8月在新华路18号楼顶违法搭建彩钢板房，"
     "面积共计40平方米。\n依据《武汉市城市综合管理条例》第八十五条的规定，决定对当事人处以每平方米50元的罚款，共计罚款人民币2000元。\n"
     "武汉市江汉区城市管理执法局\n二〇二三年十月十七日",
     "武汉市江汉区城市管理执法局", "汉城管罚〔2023〕第1207号", "王某某", 2000, "2023-10-17"},
};
} // namespace

TEST_CASE("MetadataExtractor reads published decisions in their own forms")
{
    for (const Published &p : kDecisions) {
        CAPTURE(std::string(p.name));
        const DossierFields f = MetadataExtractor::extract({u(p.text)}, {{DocumentType::Decision, 1, 1, u("行政处罚决定书")}});
        CHECK(f.agency.value_or(TextField{}).value.toStdString() == std::string(p.agency));
        CHECK(f.caseNo.value_or(TextField{}).value.toStdString() == std::string(p.caseNo));
        CHECK(f.partyName.value_or(TextField{}).value.toStdString() == std::string(p.party));
        CHECK((f.fineAmount ? f.fineAmount->yuan : -1.0) == doctest::Approx(p.fine));
        const auto d = f.dates.find(QStringLiteral("decision"));
        CHECK((d == f.dates.end() ? QString() : d->second.value.toString(Qt::ISODate)).toStdString() == std::string(p.date));
    }
}
