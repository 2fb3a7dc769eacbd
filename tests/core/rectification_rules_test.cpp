// SPDX-License-Identifier: GPL-3.0-or-later
// Rectification overdue and 三色 at the deadline edges, the planner and the ledger. Pure.
// (The status machine and status words: rectification_workflow_test.cpp.)
#include "rectification/rectificationplanner.h"
#include "rectification/rectificationrules.h"
#include "report/rectificationledger.h"

#include "qtprinters.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
using S = RectificationStatus;

RectificationItem itemAt(S status, const QDate &deadline, bool veto = false, bool lastFailed = false)
{
    RectificationItem i;
    i.id = 1;
    i.caseId = 1;
    i.status = status;
    i.deadline = deadline;
    i.veto = veto;
    i.lastRecheckFailed = lastFailed;
    return i;
}
} // namespace

TEST_CASE("rectification overdue and 三色 at the deadline edges")
{
    const QDate deadline(2025, 3, 31);
    struct Row {
        S status;
        QDate today;
        bool veto, lastFailed;
        bool overdue;
        int daysLeft;
        TrafficLight light;
    };
    const std::vector<Row> rows{
        {S::Pending, deadline.addDays(-1), false, false, false, 1, TrafficLight::Yellow},
        {S::Pending, deadline, false, false, false, 0, TrafficLight::Yellow},  // due today is not overdue
        {S::Pending, deadline.addDays(1), false, false, true, -1, TrafficLight::Red},
        {S::InProgress, deadline, false, false, false, 0, TrafficLight::Yellow},
        {S::InProgress, deadline.addDays(1), false, false, true, -1, TrafficLight::Red},
        {S::Failed, deadline.addDays(-10), false, true, false, 10, TrafficLight::Red},  // failed re-check is red
        {S::Failed, deadline.addDays(1), false, true, true, -1, TrafficLight::Red},
        {S::Reported, deadline.addDays(5), false, false, false, -5, TrafficLight::Yellow},  // waiting for the supervisor
        {S::Reported, deadline.addDays(-5), false, true, false, 5, TrafficLight::Red},      // reported again after a fail
        {S::Pending, deadline.addDays(-20), true, false, false, 20, TrafficLight::Red},      // veto-level
        {S::Closed, deadline.addDays(30), true, false, false, -30, TrafficLight::Green},     // closed wins
        {S::Closed, deadline.addDays(-30), false, false, false, 30, TrafficLight::Green},
    };
    for (const Row &r : rows) {
        CAPTURE(RectificationKeys::status(r.status));
        CAPTURE(r.today.toString(Qt::ISODate).toStdString());
        const RectificationItem item = itemAt(r.status, deadline, r.veto, r.lastFailed);
        CHECK(RectificationRules::isOverdue(item, r.today) == r.overdue);
        CHECK(RectificationRules::daysLeft(item, r.today) == r.daysLeft);
        CHECK(RectificationRules::light(item, r.today) == r.light);
    }
    // Coming due: the 7-day window includes the deadline day and day 7, not day 8 or past the deadline.
    const RectificationItem open = itemAt(S::Pending, deadline);
    CHECK(RectificationRules::comingDue(open, deadline));
    CHECK(RectificationRules::comingDue(open, deadline.addDays(-7)));
    CHECK_FALSE(RectificationRules::comingDue(open, deadline.addDays(-8)));
    CHECK_FALSE(RectificationRules::comingDue(open, deadline.addDays(1)));
    CHECK_FALSE(RectificationRules::comingDue(itemAt(S::Reported, deadline), deadline));
}

TEST_CASE("rectification 三色 per case and per agency and newly overdue items")
{
    const QDate today(2025, 6, 1);
    std::vector<RectificationItem> items;
    auto add = [&](qint64 caseId, const char *agency, S status, int daysLeft, bool veto = false) {
        RectificationItem i = itemAt(status, today.addDays(daysLeft), veto);
        i.id = qint64(items.size() + 1);
        i.caseId = caseId;
        i.agency = QString::fromUtf8(agency);
        items.push_back(i);
    };
    add(1, "甲局", S::Closed, -3);
    add(1, "甲局", S::InProgress, 5);
    add(2, "甲局", S::Closed, 2);
    add(3, "乙局", S::Pending, -1);
    add(4, "丙局", S::Pending, 10, true);
    // A grouped item spanning case 5 and case 2 counts for both.
    add(5, "甲局", S::Pending, 3);
    RectificationSource alsoCase2;
    alsoCase2.key = QStringLiteral("k");
    alsoCase2.caseId = 2;
    items.back().sources.push_back(alsoCase2);

    const auto cases = RectificationRules::perCase(items, today);
    CHECK(cases.value(1).light == TrafficLight::Yellow);
    CHECK(cases.value(1).green == 1);
    CHECK(cases.value(1).yellow == 1);
    CHECK(cases.value(2).light == TrafficLight::Yellow);
    CHECK(cases.value(2).total() == 2);
    CHECK(cases.value(3).light == TrafficLight::Red);
    CHECK(cases.value(3).overdue == 1);
    CHECK(cases.value(4).light == TrafficLight::Red);
    CHECK_FALSE(cases.contains(6));

    const auto agencies = RectificationRules::perAgency(items, today);
    CHECK(agencies.value(QStringLiteral("甲局")).light == TrafficLight::Yellow);
    CHECK(agencies.value(QStringLiteral("甲局")).open == 2);
    CHECK(agencies.value(QStringLiteral("乙局")).light == TrafficLight::Red);
    CHECK(RectificationRules::summarize({}, today).light == TrafficLight::Green);

    // Board order: overdue, then by days left; reported before closed, closed last.
    std::vector<RectificationItem> sorted = items;
    std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) { return RectificationRules::moreUrgent(a, b, today); });
    std::vector<qint64> order;
    for (const auto &i : sorted)
        order.push_back(i.id);
    CHECK(order == std::vector<qint64>{4, 6, 2, 5, 1, 3});

    // Since yesterday only item 4 (deadline yesterday) became overdue; since a week ago, still only it.
    auto ids = [](const std::vector<RectificationItem> &v) {
        std::vector<qint64> out;
        for (const auto &i : v)
            out.push_back(i.id);
        return out;
    };
    CHECK(ids(RectificationRules::newlyOverdue(items, today.addDays(-1), today)) == std::vector<qint64>{4});
    CHECK(ids(RectificationRules::newlyOverdue(items, today, today)).empty());
    CHECK(ids(RectificationRules::newlyOverdue(items, today.addDays(2), today.addDays(6))) == std::vector<qint64>{2, 6});
    CHECK(ids(RectificationRules::newlyOverdue(items, QDate(), today)) == std::vector<qint64>{4});
}

TEST_CASE("rectification planner: one item per problem and no duplicates on a second run")
{
    using namespace RectificationPlanner;
    Input in;
    in.agencies = {{1, QStringLiteral("甲局")}, {2, QStringLiteral("甲局")}, {3, QString()}};
    in.deductions = {
        {1, 10, QStringLiteral("P-B01"), QStringLiteral("立案审批手续完备"), {QStringLiteral("行政处罚法第54条")}, false, 2,
         QStringLiteral("无负责人签字"), {1, 2}, QStringLiteral("立案审批表")},
        {1, 10, QStringLiteral("P-A03"), QStringLiteral("被处罚主体认定准确"), {QStringLiteral("第4条"), QStringLiteral("第40条")}, true, 0, {}, {3}, {}},
        {2, 11, QStringLiteral("P-B01"), QStringLiteral("立案审批手续完备"), {QStringLiteral("行政处罚法第54条")}, false, 1, {}, {4}, {}},
    };
    in.findings = {
        {1, QStringLiteral("FILING_APPROVAL"), QStringLiteral("k1"), QStringLiteral("P-B01"), QStringLiteral("立案审批表缺负责人意见"), QStringLiteral("第54条"), false, {2, 5}, {}},
        {3, QStringLiteral("LATE_DELIVERY"), QStringLiteral("k2"), QStringLiteral("P-G04"), QStringLiteral("送达超期"), QStringLiteral("第61条"), false, {7}, {}},
    };
    const QDate deadline(2025, 7, 1);
    const Plan per = plan(in, {}, Grouping::PerProblem, deadline);
    REQUIRE(per.items.size() == 4);
    // The finding that suggests P-B01 joins case 1's P-B01 deduction.
    const RectificationItem &b01 = per.items[0];
    CHECK(b01.problem == QStringLiteral("立案审批手续完备：无负责人签字"));
    CHECK(b01.sources.size() == 2);
    CHECK(b01.pages() == std::vector<int>{1, 2, 5});
    CHECK(b01.agency == QStringLiteral("甲局"));
    CHECK(b01.deadline == deadline);
    CHECK(b01.kind == RectificationKind::Systemic);
    CHECK(b01.status == S::Pending);
    CHECK(per.items[1].veto);
    CHECK(per.items[1].kind == RectificationKind::CaseCorrection);
    CHECK(per.items[1].legalBasis == QStringLiteral("第4条；第40条"));
    CHECK(per.items[2].caseId == 2);
    CHECK(per.items[3].problem == QStringLiteral("送达超期"));
    CHECK(per.items[3].agency.isEmpty());

    QSet<QString> tracked;
    for (const auto &i : per.items)
        for (const auto &s : i.sources)
            tracked.insert(s.key);
    CHECK(tracked.size() == 5);
    const Plan again = plan(in, tracked, Grouping::PerProblem, deadline);
    CHECK(again.items.empty());
    CHECK(again.alreadyTracked == 5);

    // Grouped per agency: P-B01 of 甲局's two cases becomes one systemic item.
    const Plan grouped = plan(in, {}, Grouping::PerAgency, deadline);
    REQUIRE(grouped.items.size() == 3);
    CHECK(grouped.items[0].problem == QStringLiteral("立案审批手续完备（2件案卷）"));
    CHECK(grouped.items[0].caseIds() == std::vector<qint64>{1, 2});
    CHECK(grouped.items[0].kind == RectificationKind::Systemic);
    CHECK(grouped.items[0].sources.size() == 3);
}

TEST_CASE("rectification ledger: table rows and the printable summary judged on today")
{
    const QDate today(2025, 6, 1);
    RectificationLedger::Input in;
    in.today = today;
    in.caseNumbers = {{1, QStringLiteral("豫罚〔2025〕1号")}, {2, QStringLiteral("豫罚〔2025〕2号")}};
    RectificationItem late = itemAt(S::InProgress, today.addDays(-2));
    late.id = 7;
    late.agency = QStringLiteral("甲局");
    late.problem = QStringLiteral("立案审批表无负责人签字");
    late.legalBasis = QStringLiteral("第54条");
    late.sources.push_back({});
    late.sources.back().caseId = 1;
    late.sources.back().pages = {3, 1};
    RectificationItem done = itemAt(S::Closed, today.addDays(-30));
    done.id = 8;
    done.caseId = 2;
    done.agency = QStringLiteral("乙局");
    done.problem = QStringLiteral("送达超期");
    in.items = {done, late};

    const ExportTable t = RectificationLedger::table(in);
    REQUIRE(t.columns.size() == 19);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1][0].toLongLong() == 7);
    CHECK(t.rows[1][1].toString() == QStringLiteral("红"));
    CHECK(t.rows[1][2].toString() == QStringLiteral("整改中"));
    CHECK(t.rows[1][6].toString() == QStringLiteral("豫罚〔2025〕1号"));
    CHECK(t.rows[1][9].toString() == QStringLiteral("1、3"));
    CHECK(t.rows[1][13].toInt() == -2);
    CHECK(t.rows[1][14].toString() == QStringLiteral("是"));
    CHECK(t.rows[0][1].toString() == QStringLiteral("绿"));
    CHECK(t.rows[0][13].isNull());  // closed: no days left to count
    CHECK(t.rows[0][14].toString() == QStringLiteral("否"));

    const ReportDocument doc = RectificationLedger::document(in);
    CHECK(doc.kind == ReportKind::RectificationLedger);
    CHECK(doc.caseIds == std::vector<qint64>{1, 2});
    REQUIRE(doc.blocks.size() == 5);
    CHECK(std::get<ParagraphBlock>(doc.blocks[0]).text.startsWith(QStringLiteral("整改事项共2项：红色1项、黄色0项、绿色1项；未销号1项，其中逾期1项。")));
    const auto &agencies = std::get<TableBlock>(doc.blocks[2]);
    REQUIRE(agencies.rows.size() == 3);
    CHECK(agencies.rows[0].cells == QStringList{QStringLiteral("甲局"), QStringLiteral("红"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")});
    CHECK(agencies.rows[2].emphasis);
    const auto &detail = std::get<TableBlock>(doc.blocks[4]);
    REQUIRE(detail.rows.size() == 2);
    CHECK(detail.rows[0].cells[0] == QStringLiteral("7"));  // most urgent first
    CHECK(detail.rows[0].cells[5] == QStringLiteral("2025-05-30（逾期2天）"));
    CHECK(detail.rows[0].cells[4] == QStringLiteral("立案审批表无负责人签字（第54条）"));
}

TEST_CASE("rectification withdrawn items are listed last and count nowhere")
{
    const QDate today(2025, 6, 1);
    RectificationItem late = itemAt(S::InProgress, today.addDays(-2));
    late.agency = QStringLiteral("甲局");
    RectificationItem gone = itemAt(S::Withdrawn, today.addDays(-20), true);  // overdue deadline and veto: still no colour
    gone.id = 2;
    gone.agency = QStringLiteral("乙局");
    gone.caseId = 5;
    gone.withdrawal = RectificationWithdrawal{S::Failed, QStringLiteral("案卷选错"), QStringLiteral("2025-05-30T08:00:00.000Z"),
                                              QStringLiteral("王科长")};
    CHECK_FALSE(RectificationRules::isOverdue(gone, today));
    CHECK_FALSE(RectificationRules::isOpen(S::Withdrawn));
    CHECK_FALSE(RectificationRules::agencyOwes(S::Withdrawn));
    CHECK_FALSE(RectificationRules::comingDue(gone, today));
    CHECK(RectificationRules::moreUrgent(late, gone, today));
    CHECK_FALSE(RectificationRules::moreUrgent(gone, late, today));

    const auto all = RectificationRules::summarize({late, gone}, today);
    CHECK(all.total() == 1);
    CHECK(all.red == 1);
    CHECK(all.open == 1);
    CHECK(all.overdue == 1);
    const auto cases = RectificationRules::perCase({late, gone}, today);
    CHECK(cases.contains(1));
    CHECK_FALSE(cases.contains(5));  // a case whose only item was withdrawn has no rectification colour
    CHECK_FALSE(RectificationRules::perAgency({late, gone}, today).contains(QStringLiteral("乙局")));
    CHECK(RectificationRules::newlyOverdue({late, gone}, {}, today).size() == 1);

    RectificationLedger::Input in;
    in.today = today;
    in.items = {gone, late};
    const ExportTable t = RectificationLedger::table(in);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][1].toString() == QStringLiteral("—"));
    CHECK(t.rows[0][2].toString() == QStringLiteral("已撤销"));
    CHECK(t.rows[0][14].toString() == QStringLiteral("否"));
    CHECK(t.rows[0][18].toString() == QStringLiteral("案卷选错"));
    CHECK(t.rows[1][18].toString().isEmpty());
    const ReportDocument doc = RectificationLedger::document(in);
    CHECK(doc.subtitle.contains(QStringLiteral("共1项（另列已撤销1项，不计入统计）")));
    CHECK(std::get<ParagraphBlock>(doc.blocks[0]).text.startsWith(QStringLiteral("整改事项共1项：红色1项、黄色0项、绿色0项；未销号1项，其中逾期1项。")));
    const auto &agencies = std::get<TableBlock>(doc.blocks[2]);
    CHECK(agencies.rows.size() == 2);  // 甲局 and the total: 乙局 had only the withdrawn item
    const auto &detail = std::get<TableBlock>(doc.blocks[4]);
    REQUIRE(detail.rows.size() == 2);
    CHECK(detail.rows[1].cells[0] == QStringLiteral("2"));  // withdrawn last
    CHECK(detail.rows[1].cells[1] == QStringLiteral("—"));
    CHECK(detail.rows[1].cells[4].contains(QStringLiteral("【已撤销：案卷选错，王科长，2025-05-30】")));
    CHECK(detail.rows[1].cells[6] == QStringLiteral("已撤销"));
}
