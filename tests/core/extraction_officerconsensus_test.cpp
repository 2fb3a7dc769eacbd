// SPDX-License-Identifier: GPL-3.0-or-later
// OfficerConsensus and SpellingVote: officers read on OCR pages checked against the people the
// dossier names elsewhere (handlers, signatures, servers, contacts).
#include "extraction/dossiersplitter.h"
#include "extraction/metadataextractor.h"
#include "extraction/officerconsensus.h"
#include "extraction/spellingvote.h"

#include <QString>
#include <doctest/doctest.h>
#include <string>

using namespace casereview;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

// A filing form, the record listing the officers (page 2), an evidence list and a receipt.
std::vector<QString> dossier(const char *listing, const char *handlers, const char *signers, const char *server)
{
    return {u("立案审批表\n建议立案，由%1承办。\n承办人意见 承办人：%2\n").arg(u(handlers).replace(u' ', u'、'), u(handlers)),
            u("现场检查笔录\n%1\n执法人员签名：%2 2024.7.31").arg(u(listing), u(signers)),
            u("证据材料目录\n制作人：%1日期：2024.10.7").arg(u(handlers).section(u' ', 0, 0)),
            u("送达回证\n送达方式 直接送达 送达人|%1\n联系人：%2 联系电话：0914-6413872").arg(u(server), u(handlers).section(u' ', 0, 0))};
}
} // namespace

TEST_CASE("SpellingVote: the most repeated other spelling wins when it is clear")
{
    struct Row {
        const char *own;
        std::map<QString, int> mentions;
        const char *expected;
    };
    const Row rows[] = {
        {"严字", {{u("严宇"), 2}}, "严宇"},
        {"严字", {{u("严宇"), 1}}, "严字"},                            // one mention is not enough
        {"严字", {{u("严宇"), 3}, {u("严字"), 3}}, "严字"},            // nor as many as the reading
        {"严字", {{u("严宇"), 3}, {u("严牢"), 3}}, "严字"},            // nor a tie between two others
        {"严字", {{u("严宇"), 4}, {u("严牢"), 3}, {u("严字"), 1}}, "严宇"},
        {"严字", {}, "严字"},
    };
    for (const Row &r : rows) {
        INFO(std::string(r.own));
        CHECK(SpellingVote::winner(u(r.own), r.mentions).toStdString() == std::string(r.expected));
    }
}

TEST_CASE("OfficerConsensus: people runs are the names after people labels")
{
    const std::vector<QString> pages = {
        u("建议立案，由武敏、夏子娜承办。\n承办人意见“|承办人：武敏 夏子娜\n承办机构负责人|同意立案调查。"),
        u("询问人：严宇雷国轩记录人：雷国轩\n被询问人：田芳怡 性别：女\n受送达人 南昌市鸿兴便利店\n"
          "拍摄人：能新峰拍摄地点：深圳市\n执法人员：武敏、夏子娜 执法证号：鄂01785853、鄂01787362"),
    };
    const QStringList expected = {u("武敏"), u("夏子娜"), u("武敏夏子娜"), u("严宇雷国轩"), u("雷国轩"), u("能新峰")};
    CHECK(OfficerConsensus::peopleRuns(pages).join(u'|').toStdString() == expected.join(u'|').toStdString());
}

TEST_CASE("OfficerConsensus: officers read on an OCR page against the dossier's people")
{
    struct Row {
        const char *what;
        const char *listing;                    // the record's officer listing on page 2
        const char *handlers, *signers, *server;  // the same officers named elsewhere
        bool ocr;                               // page 2 read by OCR
        std::vector<Officer> expected;
    };
    const Row rows[] = {
        {"an inserted character", "执法人员：武人敏、夏子娜 执法证号：鄂01785853、鄂01787362", "武敏 夏子娜", "武敏夏子娜",
         "武敏夏子娜", true, {{u("武敏"), u("鄂01785853"), 2}, {u("夏子娜"), u("鄂01787362"), 2}}},
        {"a misread character and a prefix that is no province",
         "执法人员：严字、夏子娜 执法证号：哪01785853、鄂01787362", "严宇 夏子娜", "严宇夏子娜", "严牢夏子娜", true,
         {{u("严宇"), u("鄂01785853"), 2}, {u("夏子娜"), u("鄂01787362"), 2}}},
        {"a prefix read as a character glued to the name",
         "执法人员执法证号\n严宇 赣01340827\n雷国轩埃01357864", "严宇 雷国轩", "严宇雷国轩", "严宇电国轩", true,
         {{u("严宇"), u("赣01340827"), 2}, {u("雷国轩"), u("赣01357864"), 2}}},
        {"a reading the dossier attests stands though outvoted",
         "执法人员：徐雯敏、熊晨慧 执法证号：43017072454、43017543642", "徐零敏 能晨慧", "徐雯敏熊晨慧", "徐零敏能晨慧",
         true, {{u("徐雯敏"), u("43017072454"), 2}, {u("熊晨慧"), u("43017543642"), 2}}},
        {"certificates that share no province leave a bad prefix alone",
         "执法人员：武敏、夏子娜、王强 执法证号：哪01785853、鄂01787362、湘01787363", "武敏 夏子娜", "武敏夏子娜",
         "武敏夏子娜", true, {{u("武敏"), u("哪01785853"), 2}, {u("夏子娜"), u("鄂01787362"), 2}, {u("王强"), u("湘01787363"), 2}}},
        {"a text layer is taken as printed", "执法人员：武人敏、夏子娜 执法证号：哪01785853、鄂01787362", "武敏 夏子娜",
         "武敏夏子娜", "武敏夏子娜", false, {{u("武人敏"), u("哪01785853"), 2}, {u("夏子娜"), u("鄂01787362"), 2}}},
    };
    for (const Row &r : rows) {
        INFO(std::string(r.what));
        const std::vector<QString> pages = dossier(r.listing, r.handlers, r.signers, r.server);
        const std::vector<bool> ocr = {true, r.ocr, true, true};
        const DossierFields f = MetadataExtractor::extract(pages, DossierSplitter::split(pages, ocr), ocr);
        CHECK(f.officers == r.expected);
    }
}

TEST_CASE("OfficerConsensus: a name takes a spelling only on clear evidence")
{
    struct Row {
        const char *what;
        const char *text;
        const char *expected;
    };
    const Row rows[] = {
        {"two mentions", "承办人：武敏夏子娜\n送达人：武敏夏子娜", "武敏"},
        {"one mention", "承办人：武敏夏子娜\n送达人：夏子娜", "武人敏"},
        {"a tie", "承办人：武敏夏子娜\n送达人：武敏夏子娜\n联系人：武人\n制作人：武人", "武人敏"},
        {"the reading mentioned too", "承办人：武敏夏子娜\n送达人：武敏夏子娜\n联系人：武人敏", "武人敏"},
        {"runs that are not the officers", "承办人：武敏王强\n送达人：武敏王强", "武人敏"},
    };
    for (const Row &r : rows) {
        INFO(std::string(r.what));
        std::vector<Officer> officers = {{u("武人敏"), u("鄂01785853"), 1}, {u("夏子娜"), u("鄂01787362"), 1}};
        OfficerConsensus::correct(officers, {u(r.text)}, {true});
        CHECK(officers[0].name.toStdString() == std::string(r.expected));
    }
}

TEST_CASE("OfficerConsensus: a two-character name is only matched in people runs")
{
    // 武教 is read on the record; 武敏 fills the body text but is named by no people label.
    const std::vector<Officer> read = {{u("武教"), u("鄂01785853"), 1}, {u("夏子娜"), u("鄂01787362"), 1}};
    const std::vector<QString> body = {u("执法人员：武教、夏子娜\n武敏路武敏街武敏小区武敏站")};
    std::vector<Officer> officers = read;
    OfficerConsensus::correct(officers, body, {true});
    CHECK(officers == read);

    // A run that splits two ways as cheaply votes for no one: 何亮燕 is one edit from both
    // 何亮疗 and 何亮, and 何亮 + 燕董梅轩 costs as much as 何亮燕 + 董梅轩.
    const std::vector<Officer> three = {{u("何亮疗"), u("陕01557231"), 1}, {u("董梅轩"), u("陕01577250"), 1}, {u("何亮"), QString(), 1}};
    officers = three;
    OfficerConsensus::correct(officers, {u("承办人：何亮燕董梅轩\n送达人：何亮燕董梅轩")}, {true});
    CHECK(officers == three);
}
