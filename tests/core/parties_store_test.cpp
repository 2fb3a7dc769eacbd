// SPDX-License-Identifier: GPL-3.0-or-later
// The parties of a decision are stored as field rows (party.N.name …) beside the old party_*
// keys: they come back equal, in order, with their evidence, and the case list counts them.
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/fieldrows.h"

#include <QCryptographicHash>
#include <doctest/doctest.h>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

NewCase twoParties()
{
    NewCase c;
    c.fileName = u("决定书.pdf");
    c.original = QByteArray("%PDF-1.4 two parties", 20);
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {u("行政处罚决定书")};
    DossierFields &f = c.analysis.fields;
    PartyRecord a;
    a.name = TextField{u("青川县明禾农机销售有限公司"), {1, u("当事人一：青川县明禾农机销售有限公司")}};
    a.type = PartyTypeField{PartyType::Organisation, {1, u("统一社会信用代码：91510822MA62XY4K1X")}};
    a.uscc = UsccField{u("91510822MA62XY4K1X"), false, {1, u("统一社会信用代码：91510822MA62XY4K1X")}};
    a.penalty = TextField{u("罚款人民币叁万元整"), {1, u("一、对青川县明禾农机销售有限公司罚款人民币叁万元整；")}};
    a.fine = AmountField{30000, {1, u("罚款人民币叁万元整")}};
    PartyRecord b;
    b.name = TextField{u("罗小梅"), {1, u("当事人二：罗小梅")}};
    b.type = PartyTypeField{PartyType::Person, {1, u("性别：女")}};
    b.fine = AmountField{5000.5, {1, u("罚款人民币5000.50元")}};
    f.parties = {a, b};
    f.partyName = a.name;
    f.partyType = a.type;
    f.partyUscc = a.uscc;
    return c;
}
} // namespace

TEST_CASE("Parties round-trip through the store as field rows and the case list counts them")
{
    Database db(QStringLiteral(":memory:"));
    CaseRepository repo(db);
    const NewCase c = twoParties();
    const qint64 id = repo.add(c);
    const auto rec = repo.get(id);
    REQUIRE(rec);
    CHECK(rec->analysis.fields.parties == c.analysis.fields.parties);
    CHECK(rec->analysis.fields == c.analysis.fields);
    REQUIRE(repo.list().size() == 1);
    CHECK(repo.list()[0].partyCount == 2);
    CHECK(repo.list()[0].partyName == u("青川县明禾农机销售有限公司"));
}

TEST_CASE("FieldRows: party rows in any order fill their party, malformed party keys are skipped")
{
    DossierFields f;
    FieldRows::read(f, u("party.2.fine_amount_yuan"), u("5000.00"), std::nullopt, {1, u("罚款5000元")});
    FieldRows::read(f, u("party.1.name"), u("甲公司"), std::nullopt, {1, u("当事人一：甲公司")});
    FieldRows::read(f, u("party.2.name"), u("乙"), std::nullopt, {1, u("当事人二：乙")});
    FieldRows::read(f, u("party.2.type"), u("person"), std::nullopt, {1, u("性别：男")});
    FieldRows::read(f, u("party.x.name"), u("丙"), std::nullopt, {});
    FieldRows::read(f, u("party.0.name"), u("丁"), std::nullopt, {});
    FieldRows::read(f, u("party.3"), u("戊"), std::nullopt, {});
    REQUIRE(f.parties.size() == 2);
    CHECK(f.parties[0].name.value == u("甲公司"));
    CHECK(!f.parties[0].fine);
    CHECK(f.parties[1].name.value == u("乙"));
    REQUIRE(f.parties[1].type);
    CHECK(f.parties[1].type->value == PartyType::Person);
    REQUIRE(f.parties[1].fine);
    CHECK(f.parties[1].fine->yuan == 5000);
}
