// SPDX-License-Identifier: GPL-3.0-or-later
// DossierDates: a signature date a seal has damaged is completed from the date the next step
// gives (the decision's account of serving the notice, the receipt for the decision).
#include "extraction/dossierdates.h"
#include "extraction/dossiersplitter.h"

#include <QString>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

// A prior notice signed with `noticeDate`, a decision reciting that the notice was served on
// 2024年10月16日 (or not, when `recital` is empty) and signed with `decisionDate`, and the
// receipt for the decision served on 2024年11月2日.
DossierFields datesOf(const char *noticeDate, const char *recital, const char *decisionDate)
{
    const std::vector<QString> pages = {
        u("武汉市交通运输局\n行政处罚告知书\n武交执罚告〔2024〕498号\n武汉新宏运输有限公司：\n"
          "本局于2024年7月31日对你单位立案调查。经查，2022年12月21日，你单位所属车辆超限。\n"
          "本局拟对你单位罚款人民币18000元。\n武汉市交通运输局\n") + u(noticeDate),
        u("武汉市交通运输局\n行政处罚决定书\n武交执罚〔2024〕509号\n武汉新宏运输有限公司：\n"
          "经查，2022年12月21日，你单位所属车辆超限。\n") + u(recital)
            + u("\n本局决定对你单位罚款人民币18000元。\n武汉市交通运输局\n") + u(decisionDate),
        u("送达回证\n送达文书名称《行政处罚决定书》\n送达时间 2024.11.2 09:40"),
    };
    DossierFields f;
    DossierDates::read(DossierText(pages, DossierSplitter::split(pages)), f);
    return f;
}

QDate dateOf(const DossierFields &f, const char *key)
{
    const auto it = f.dates.find(QString::fromLatin1(key));
    return it == f.dates.end() ? QDate() : it->second.value;
}

const char *const kServed = "2024年10月16日，本局向你单位送达了《行政处罚告知书》，告知拟作出行政处罚的事实、理由及依据。";
} // namespace

TEST_CASE("DossierDates: a damaged notice date is completed from the day the decision says it was served")
{
    struct Case {
        const char *signature;
        const char *recital;
        QDate notice;
        int evidencePage;
    };
    const Case cases[] = {
        // Month read, day not: the serving day.
        {"二mm二四年十月十盖`日", kServed, QDate(2024, 10, 16), 1},
        // Only the day read: kept, in the serving month.
        {"一中年人月十四|", kServed, QDate(2024, 10, 14), 1},
        // A day later than the serving day is from the month before.
        {"一中年人月二十八|", kServed, QDate(2024, 9, 28), 1},
        // A month that cannot precede serving by 60 days or less is dropped.
        {"二〇二四年三月盖日", kServed, QDate(2024, 10, 16), 1},
        // A whole signature date stands, even when it differs from the serving day.
        {"二〇二四年十月十日", kServed, QDate(2024, 10, 10), 1},
        // No account of serving: the old stand-in, the last date of the notice's text.
        {"二mm二四年十月十盖`日", "", QDate(2022, 12, 21), 1},
    };
    for (const Case &c : cases) {
        CAPTURE(c.signature);
        CAPTURE(c.recital);
        const DossierFields f = datesOf(c.signature, c.recital, "二〇二四年十月二十九日");
        CHECK(dateOf(f, "notice") == c.notice);
        CHECK(f.dates.at(QStringLiteral("notice")).evidence.page == c.evidencePage);
        CHECK(dateOf(f, "decision") == QDate(2024, 10, 29));
    }
}

TEST_CASE("DossierDates: a damaged decision date is completed from its receipt")
{
    // Month and day read: the year from the receipt.
    CHECK(dateOf(datesOf("二〇二四年十月十日", kServed, "二mm二四年十月二十九日"), "decision") == QDate(2024, 10, 29));
    // Month only, the month before the receipt's: its last day, the closest the reading allows.
    CHECK(dateOf(datesOf("二〇二四年十月十日", kServed, "人二四年十月节术"), "decision") == QDate(2024, 10, 31));
    // Month only, the receipt's month: the receipt's day.
    CHECK(dateOf(datesOf("二〇二四年十月十日", kServed, "人二四年十一月节术"), "decision") == QDate(2024, 11, 2));
    // Nothing legible but the line's shape: the receipt's date, not one the decision recites.
    CHECK(dateOf(datesOf("二〇二四年十月十日", kServed, "人mm年人月节术"), "decision") == QDate(2024, 11, 2));
    CHECK(dateOf(datesOf("二〇二四年十月十日", kServed, "二〇二四年十月二十九日"), "delivered") == QDate(2024, 11, 2));
}

namespace {
// A notice titled `title`, its body `body`, and its signature block `signature`, then a receipt.
DossierFields noticeDates(const char *title, const char *body, const char *signature)
{
    const std::vector<QString> pages = {
        u("      某市城市管理局\n      ") + u(title) + u("\n某城管罚告〔2024〕12号\n某某物流有限公司：\n") + u(body) + u("\n")
            + u(signature),
        u("     送达回证\n受送达人：某某物流有限公司\n送达时间：2024年3月9日"),
    };
    DossierFields f;
    DossierDates::read(DossierText(pages, DossierSplitter::split(pages)), f);
    return f;
}

const char *const kNoticeBody =
    "2024年1月8日，本局对你公司立案调查。经查，你公司于2023年12月2日至\n2023年12月20日，\n"
    "在某路段违规停放车辆。本局拟对你公司处以罚款人民币二千元。你公司可自收到本告知书之日起三日内提出陈述、申辩。";
const char *const kCombinedBody =
    "经查，你公司违规倾倒建筑垃圾。本局拟对你公司处以罚款人民币十二万元。你公司享有陈述、申辩的权利，"
    "并有权要求举行听证，可在收到本告知书之日起五个工作日内向本局提出。";
} // namespace

TEST_CASE("DossierDates: the notice date is its signature line's, in any printed form")
{
    const char *signatures[] = {
        "某市城市管理局\n二〇二四年三月五日",
        "某市城市管理局\n二零二四年三月五日",
        "某市城市管理局\n2024年03月05日",
        "某市城市管理局\n2024-3-5",
        "某市城市管理局\n2024.03.05",
        "某市城市管理局\n2024 年 3 月 5 日",
        "某市城市管理局\n２０２４年３月５日",
        "某市城市管理局  二〇二四年三月五日",
        "（盖章）\n2024年3月5日",
        "某市城市管理局（印章）2024年3月5日",
        "某市城市管理局\n2024年3月5日\n联系人：甲某 联系电话：0371-1234567",
        // the party's receipt printed under the notice is dated the day it was received
        "某市城市管理局\n二〇二四年三月五日\n- - - - - - - - - - - - -\n回  执\n本单位已收到上述告知书。\n签收人：乙某\n2024年3月8日",
        "某市城市管理局\n2024.3.5\n当事人签收：乙某\n2024.3.8",
    };
    for (const char *s : signatures) {
        CAPTURE(std::string(s));
        const DossierFields f = noticeDates("行政处罚告知书", kNoticeBody, s);
        CHECK(dateOf(f, "notice") == QDate(2024, 3, 5));
        CHECK(dateOf(f, "hearing_notice") == QDate());
    }
}

TEST_CASE("DossierDates: a combined notice dates both notices, unknown titles are read by their text")
{
    for (const char *title : {"行政处罚事先（听证）告知书", "陈述申辩及听证权利告知书", "行政处罚告知单", "权利告知书", "告知书"}) {
        CAPTURE(std::string(title));
        const DossierFields f = noticeDates(title, kCombinedBody, "某市城市管理局\n二〇二四年三月五日");
        CHECK(dateOf(f, "notice") == QDate(2024, 3, 5));
        CHECK(dateOf(f, "hearing_notice") == QDate(2024, 3, 5));
    }
    // A notice of the statement rights only gives no hearing notice date.
    const DossierFields plain = noticeDates("违法行为告知书", kNoticeBody, "某市城市管理局 2024年3月5日");
    CHECK(dateOf(plain, "notice") == QDate(2024, 3, 5));
    CHECK(dateOf(plain, "hearing_notice") == QDate());
}
