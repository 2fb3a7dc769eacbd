// SPDX-License-Identifier: GPL-3.0-or-later
#include "standards/standarderror.h"
#include "standards/standardjson.h"
#include "standards/standardvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include "qtprinters.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
ReviewStandard full()
{
    ReviewStandard s;
    s.id = QStringLiteral("round-trip");
    s.version = 3;
    s.nameZh = QStringLiteral("往返测试标准");
    s.nameEn = QStringLiteral("Round trip");
    s.appliesTo = QStringLiteral("测试");
    s.note = QStringLiteral("权重为产品设计取值");
    s.naPolicy = NaPolicy::Rescale;
    s.evidenceDimension = Dimension::Procedure;
    s.documentDimension = Dimension::Legality;
    s.grades = {{QStringLiteral("优秀"), 90}, {QStringLiteral("良好"), 80}, {QStringLiteral("合格"), 60},
                {QStringLiteral("不合格"), 0}};
    StandardItem veto{QStringLiteral("G-01"), QStringLiteral("主体适格"), QStringLiteral("Standing"), 0, ItemKind::Legality, true,
                      {QStringLiteral("《行政处罚法》第17条")}, QStringLiteral("不符合即案卷得0分"), QString(), {QStringLiteral("R-ORG")}};
    StandardItem a{QStringLiteral("S-01"), QStringLiteral("立案审批"), QString(), 62.5, ItemKind::Procedure, false,
                   {QStringLiteral("《行政处罚法》第54条第2款")}, QStringLiteral("每项扣0.5分"), QStringLiteral("立案审批表"), {}};
    StandardItem b{QStringLiteral("S-02"), QStringLiteral("卷面"), QString(), 37.5, ItemKind::Document, false, {}, {}, {}, {}};
    s.sections = {{QStringLiteral("G"), QStringLiteral("否决项"), QStringLiteral("Gates"), {veto}},
                  {QStringLiteral("S"), QStringLiteral("评分项"), QString(), {a, b}}};
    return s;
}
} // namespace

TEST_CASE("a standard survives a JSON round trip unchanged")
{
    const ReviewStandard s = full();
    CHECK(StandardValidator::problems(s).isEmpty());
    const auto back = StandardJson::parse(StandardJson::toBytes(s));
    REQUIRE(back.size() == 1);
    CHECK(back.front() == s);
    CHECK(StandardJson::canonicalBody(back.front()) == StandardJson::canonicalBody(s));
    const QJsonObject o = StandardJson::toJson(s);
    CHECK(o.value(QStringLiteral("format")).toString() == QStringLiteral("casereview-standard"));
    CHECK(o.value(QStringLiteral("sections")).toArray().at(1).toObject().value(QStringLiteral("points")).toDouble() == 100);
    CHECK(!StandardJson::canonicalBody(s).contains("\"version\""));
}

TEST_CASE("the draft checklist's templates shape is read, with shared grades")
{
    const QByteArray draft = R"({"scoring":{"grades":[{"grade_zh":"优秀","min_score":85},{"grade_zh":"不合格","min_score":0}]},
      "templates":[{"id":"d1","name_zh":"草案","total_points":100,"sections":[
        {"id":"A","title_zh":"否决","points":0,"items":[{"id":"A1","section":"A","title_zh":"主体","points":0,"kind":"legality","veto":true,"legal_basis":["第17条"],"auto_check_hint":null,"deduction_zh":"不符合即案卷得0分"}]},
        {"id":"B","title_zh":"立案","points":100,"items":[{"id":"B1","section":"B","title_zh":"立案","points":100,"kind":"procedure","veto":false}]}]}]})";
    const auto list = StandardJson::parse(draft);
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == QStringLiteral("d1"));
    CHECK(list[0].grades == std::vector<GradeBand>{{QStringLiteral("优秀"), 85}, {QStringLiteral("不合格"), 0}});
    CHECK(list[0].findItem(QStringLiteral("A1"))->veto);
    CHECK(list[0].naPolicy == NaPolicy::FullPoints);
    CHECK(list[0].evidenceDimension == Dimension::Legality);
    CHECK(list[0].documentDimension == Dimension::Procedure);
}

TEST_CASE("invalid standards are refused with messages that name the place")
{
    struct Row {
        const char *json;
        const char *message;
    };
    const char *items = R"("sections":[{"id":"S","title_zh":"节","items":[{"id":"I1","title_zh":"项","points":100,"kind":"procedure"}]}])";
    auto with = [&](const char *extra) { return QStringLiteral("{\"id\":\"x\",\"name_zh\":\"标准\",%1,%2}").arg(QString::fromUtf8(extra), QString::fromUtf8(items)); };
    const std::vector<std::pair<QString, QString>> rows{
        {QStringLiteral("{not json"), QStringLiteral("not valid JSON")},
        {QStringLiteral("{\"name_zh\":\"x\",\"sections\":[]}"), QStringLiteral("standard: id is missing")},
        {with("\"total_points\":90"), QStringLiteral("the items add up to 100 points but total_points is 90")},
        {with("\"na_policy\":\"skip\""), QStringLiteral("na_policy 'skip' is not full_points or rescale")},
        {with("\"dimension_map\":{\"evidence\":\"document\"}"), QStringLiteral("evidence maps to 'document'")},
        {with("\"grades\":[{\"name\":\"合格\",\"min_score\":60},{\"name\":\"优秀\",\"min_score\":90},{\"name\":\"差\",\"min_score\":0}]"),
         QStringLiteral("grades must be listed highest first: '优秀' (90) is not below '合格' (60)")},
        {with("\"grades\":[{\"name\":\"合格\",\"min_score\":60}]"), QStringLiteral("the lowest grade '合格' must start at 0, not 60")},
        {QStringLiteral(R"({"id":"x","name_zh":"n","sections":[{"id":"S","title_zh":"t","items":[{"id":"I1","title_zh":"项","points":"ten","kind":"procedure"}]}]})"),
         QStringLiteral("standard (x).sections[0].items[0] (I1): points must be a number")},
        {QStringLiteral(R"({"id":"x","name_zh":"n","sections":[{"id":"S","title_zh":"t","items":[{"id":"I1","title_zh":"项","points":100,"kind":"magic"}]}]})"),
         QStringLiteral("kind 'magic' is not one of")},
        {QStringLiteral(R"({"id":"x","name_zh":"n","sections":[{"id":"S","title_zh":"t","items":[{"id":"I1","title_zh":"项","points":5,"kind":"legality","veto":true},{"id":"I2","title_zh":"项","points":95,"kind":"legality"}]}]})"),
         QStringLiteral("item 'I1' (section 'S') is a veto gate and must carry 0 points, not 5")},
        {QStringLiteral(R"({"id":"x","name_zh":"n","sections":[{"id":"S","title_zh":"t","points":50,"items":[{"id":"I1","title_zh":"项","points":100,"kind":"legality"}]}]})"),
         QStringLiteral("section 'S' declares 50 points but its items add up to 100")},
        {QStringLiteral(R"({"id":"x","name_zh":"n","sections":[{"id":"S","title_zh":"t","items":[{"id":"I1","title_zh":"项","points":50,"kind":"legality"},{"id":"I1","title_zh":"项","points":50,"kind":"legality"}]}]})"),
         QStringLiteral("item id 'I1' is used twice")},
    };
    for (const auto &[json, message] : rows) {
        CAPTURE(json);
        try {
            StandardJson::parse(json.toUtf8());
            FAIL("accepted");
        } catch (const StandardError &e) {
            CAPTURE(e.message());
            CHECK(e.message().contains(message));
        }
    }
}
