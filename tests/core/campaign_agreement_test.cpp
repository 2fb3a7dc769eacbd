// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement statistics against the textbook examples (Krippendorff 2011's 4 coders × 12
// units with missing values; Cohen's kappa 2×2 tables) and a campaign of two double-reviewed
// files whose every figure is worked out by hand in the comments.
#include "campaign/agreementstats.h"
#include "campaign/campaignagreement.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
using Units = std::vector<std::vector<double>>;

// Krippendorff (2011), p. 3: coders A–D, units 1–12, missing values left out.
const Units kKrippendorff{{1, 1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
                          {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {5, 5, 5}, {1, 1}, {3}};

std::vector<std::pair<QString, QString>> table(int yy, int yn, int ny, int nn)
{
    std::vector<std::pair<QString, QString>> r;
    auto add = [&](int n, const char *a, const char *b) {
        for (int i = 0; i < n; ++i)
            r.emplace_back(QString::fromLatin1(a), QString::fromLatin1(b));
    };
    add(yy, "yes", "yes");
    add(yn, "yes", "no");
    add(ny, "no", "yes");
    add(nn, "no", "no");
    return r;
}

StandardItem item(const char *id, double points, bool veto = false)
{
    StandardItem i;
    i.id = QString::fromLatin1(id);
    i.points = points;
    i.veto = veto;
    return i;
}

Answer answer(const char *id, Verdict v, double deduction = 0) { return {QString::fromLatin1(id), v, deduction, {}, {}}; }

ReviewerScore reviewer(const QString &name, double total, const char *grade, std::vector<Answer> answers)
{
    ReviewerScore r{name, total, QString::fromUtf8(grade), {}};
    for (Answer &a : answers)
        r.answers[a.itemId] = a;
    return r;
}
} // namespace

TEST_CASE("agreement: Krippendorff's alpha on the 2011 example, nominal 0.743 and interval 0.849")
{
    CHECK(AgreementStats::krippendorffAlpha(kKrippendorff, AgreementStats::Metric::Nominal).value() == doctest::Approx(0.743).epsilon(0.001));
    CHECK(AgreementStats::krippendorffAlpha(kKrippendorff, AgreementStats::Metric::Interval).value() == doctest::Approx(0.849).epsilon(0.001));
    CHECK(AgreementStats::pairableUnits(kKrippendorff) == 11);  // unit 12 has one value
}

TEST_CASE("agreement: alpha on hand-computed tables and where it is undefined")
{
    struct Row {
        const char *name;
        Units units;
        AgreementStats::Metric metric;
        std::optional<double> alpha;
    };
    const std::vector<Row> rows{
        // n = 6; D_o = 2/6; D_e = (36 − 18)/30 = 0.6; α = 1 − (1/3)/0.6 = 4/9.
        {"binary, one disagreement of three", {{0, 0}, {1, 1}, {0, 1}}, AgreementStats::Metric::Nominal, 4.0 / 9},
        {"the same as interval", {{0, 0}, {1, 1}, {0, 1}}, AgreementStats::Metric::Interval, 4.0 / 9},
        // D_o = 2·(2 + 18)/… see campaign test; here: {0,2},{2,2}: n = 4, D_o = (8/1)/4 = 2, D_e = (2·4·12 − 2·36)/12 = 2 → 0.
        {"interval, as much within as between", {{0, 2}, {2, 2}}, AgreementStats::Metric::Interval, 0.0},
        {"perfect agreement", {{1, 1}, {2, 2}, {3, 3, 3}}, AgreementStats::Metric::Nominal, 1.0},
        {"no variation at all: undefined", {{1, 1}, {1, 1}}, AgreementStats::Metric::Nominal, std::nullopt},
        {"nothing pairable", {{1}, {2}}, AgreementStats::Metric::Nominal, std::nullopt},
    };
    for (const Row &r : rows) {
        CAPTURE(r.name);
        const auto a = AgreementStats::krippendorffAlpha(r.units, r.metric);
        REQUIRE(a.has_value() == r.alpha.has_value());
        if (a)
            CHECK(*a == doctest::Approx(*r.alpha));
    }
}

TEST_CASE("agreement: Cohen's kappa on textbook 2×2 tables")
{
    struct Row {
        int yy, yn, ny, nn;
        double kappa;
    };
    // p_o 0.7, p_e 0.5 → 0.4; p_o 0.6, p_e 0.54 → 0.1304; p_o 0.6, p_e 0.46 → 0.2593.
    for (const Row &r : {Row{20, 5, 10, 15, 0.4}, Row{45, 15, 25, 15, 0.1304}, Row{25, 35, 5, 35, 0.2593}}) {
        CAPTURE(r.yy);
        CHECK(AgreementStats::cohensKappa(table(r.yy, r.yn, r.ny, r.nn)).value() == doctest::Approx(r.kappa).epsilon(0.001));
    }
    CHECK_FALSE(AgreementStats::cohensKappa(table(10, 0, 0, 0)));  // p_e = 1
    CHECK(AgreementStats::cohensKappa(table(10, 0, 0, 10)).value() == doctest::Approx(1.0));
    CHECK(AgreementStats::percentAgreement({{1, 1}, {1, 2}, {3}, {2, 2, 2}}).value() == doctest::Approx(2.0 / 3));
}

TEST_CASE("agreement: a campaign of two double-reviewed files, worked by hand")
{
    ReviewStandard s;
    s.id = QStringLiteral("t");
    s.sections = {{QStringLiteral("B"), {}, {}, {item("P2", 10), item("P1", 10)}}, {QStringLiteral("A"), {}, {}, {item("V1", 0, true)}}};
    const QString jia = QStringLiteral("甲"), yi = QStringLiteral("乙");
    const std::vector<FileReviews> files{
        {QStringLiteral("F1"), 1,
         {reviewer(jia, 98, "优秀", {answer("V1", Verdict::Pass), answer("P1", Verdict::Deduct, 2), answer("P2", Verdict::Pass)}),
          reviewer(yi, 99, "优秀", {answer("V1", Verdict::Pass), answer("P1", Verdict::Deduct, 1), answer("P2", Verdict::Pass)})}},
        {QStringLiteral("F2"), 2,
         {reviewer(jia, 0, "不合格", {answer("V1", Verdict::Fail), answer("P1", Verdict::Pass), answer("P2", Verdict::Pass)}),
          reviewer(yi, 97, "优秀", {answer("V1", Verdict::Pass), answer("P1", Verdict::Pass), answer("P2", Verdict::Deduct, 3)})}},
    };
    AgreementReport r = CampaignAgreement::compute(files, s, 5);
    REQUIRE(r.files.size() == 2);
    CHECK(r.files[0].scoreGap == doctest::Approx(1));
    CHECK_FALSE(r.files[0].gradeMismatch);
    CHECK(r.files[0].disputedItems == QStringList{"P1"});
    CHECK(r.files[1].scoreGap == doctest::Approx(97));
    CHECK(r.files[1].gradeMismatch);
    CHECK(r.files[1].disputedItems == QStringList{"V1", "P2"});  // the veto gate first
    CHECK(r.units == 6);
    CHECK(r.percent.value() == doctest::Approx(4.0 / 6));
    // Verdict codes, n = 12 (0 ×8, 1 ×3, 3 ×1): D_o = 4/12, D_e = (144 − 74)/132 → α = 0.371429.
    CHECK(r.alphaNominal.value() == doctest::Approx(0.371429).epsilon(1e-5));
    // Points (fail is missing), n = 10, Σx = 6, Σx² = 14: D_o = (2 + 18)/10 = 2, D_e = 208/90 → α = 0.134615.
    CHECK(r.alphaInterval.value() == doctest::Approx(0.134615).epsilon(1e-5));
    REQUIRE(r.pairs.size() == 1);
    CHECK(r.pairs[0].a == yi);
    CHECK(r.pairs[0].items == 6);
    // p_o = 4/6; 乙 pass 4 deduct 2, 甲 pass 4 deduct 1 fail 1: p_e = 16/36 + 2/36 = 0.5 → κ = 1/3.
    CHECK(r.pairs[0].kappa.value() == doctest::Approx(1.0 / 3));
    CHECK_FALSE(CampaignAgreement::compute(files, s, 20).pairs[0].kappa);  // 6 shared units < 20
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].item == QLatin1String("V1"));
    CHECK(r.items[0].percent.value() == doctest::Approx(0.5));
    CHECK(r.items[0].alphaNominal.value() == doctest::Approx(0.0));  // D_o = 0.5 = D_e
    REQUIRE(r.reviewers.size() == 2);
    // 乙 deducts 0, 1, 0, 0, 3 over five units whose means are 0, 1.5, 0, 0, 1.5: drift +0.2.
    CHECK(r.reviewers[0].reviewer == yi);
    CHECK(r.reviewers[0].units == 5);
    CHECK(r.reviewers[0].meanDeduction == doctest::Approx(0.8));
    CHECK(r.reviewers[0].drift == doctest::Approx(0.2));
    CHECK(r.reviewers[1].drift == doctest::Approx(-0.2));
}
