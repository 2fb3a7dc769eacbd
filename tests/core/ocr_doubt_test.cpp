// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/ocrdoubt.h"
#include "qtprinters.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
// One OCR line as Tesseract gives Chinese: a word per character, runs of Latin letters and
// digits as one word; a word's confidence is its lowest character's.
std::vector<OcrWord> line(const QString &text, const std::vector<float> &confidence, int lineNo = 0)
{
    REQUIRE(confidence.size() >= size_t(text.size()));  // a confidence for every character
    std::vector<OcrWord> out;
    auto latin = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i + 1;
        while (latin(text[i]) && j < text.size() && latin(text[j]))
            ++j;
        float conf = 100;
        for (qsizetype k = i; k < j; ++k)
            conf = std::min(conf, confidence[size_t(k)]);
        out.push_back({text.mid(i, j - i), QRectF(10 * i, 20 * lineNo, 10 * (j - i), 12), conf, lineNo});
        i = j;
    }
    return out;
}

std::vector<float> sure(qsizetype n) { return std::vector<float>(size_t(n), 95.0f); }

template <typename... L>
std::vector<OcrWord> page(L... lines)
{
    std::vector<OcrWord> out;
    (out.insert(out.end(), lines.begin(), lines.end()), ...);
    return out;
}
} // namespace

TEST_CASE("a value is doubtful only when the words under it were read with low confidence")
{
    // 罚款人民币5000元 in a sentence whose first word is doubtful but whose amount is not.
    auto conf = sure(QStringLiteral("经查本局决定罚款人民币5000元。").size());
    conf[0] = 20;
    const auto words = page(line(QStringLiteral("经查本局决定罚款人民币5000元。"), conf));
    CHECK_FALSE(OcrDoubt::restsOnDoubt(QStringLiteral("5000元"), words));
    CHECK(OcrDoubt::restsOnDoubt(QStringLiteral("经查"), words));
    // Not on this page at all: cannot be vouched for.
    CHECK(OcrDoubt::restsOnDoubt(QStringLiteral("8000元"), words));
    // A line the clean-up had to repair counts with all its words.
    auto dateConf = sure(10);
    dateConf[9] = 31;  // 有, read for 日
    const auto signature = page(line(QStringLiteral("二OO二四年九月十有"), dateConf));
    CHECK(OcrDoubt::restsOnDoubt(QStringLiteral("二〇二四年九月十日"), signature));
    const auto clean = page(line(QStringLiteral("二〇二四年九月十日"), sure(9)));
    CHECK_FALSE(OcrDoubt::restsOnDoubt(QStringLiteral("二〇二四年九月十日"), clean));
}

TEST_CASE("uncertain fields name the values that rest on doubtful OCR words")
{
    auto caseNoConf = sure(14);
    caseNoConf[3] = 25;  // 昼, read for 罚
    const auto ocrPage = page(line(QStringLiteral("甬环昼字〔2024〕371号"), caseNoConf, 0),
                              line(QStringLiteral("当事人：某某有限公司"), sure(10), 1),
                              line(QStringLiteral("二〇二四年四月十二日"), sure(10), 2),
                              line(QStringLiteral("经查，2024年3月26日你单位"), sure(17), 3));
    DossierFields f;
    f.caseNo = TextField{QStringLiteral("甬环昼字〔2024〕371号"), {2, QStringLiteral("甬环昼字〔2024〕371号")}};
    f.partyName = TextField{QStringLiteral("某某有限公司"), {2, QStringLiteral("当事人：某某有限公司")}};
    f.agency = TextField{QStringLiteral("某某市生态环境局"), {1, QStringLiteral("某某市生态环境局")}};  // native page
    f.dates[QStringLiteral("decision")] = DateField{QDate(2024, 4, 12), {2, QStringLiteral("二〇二四年四月十二日")}};
    // The signature line was unreadable and the date came from a sentence: uncertain.
    f.dates[QStringLiteral("notice")] = DateField{QDate(2024, 3, 26), {2, QStringLiteral("经查，2024年3月26日你单位")}};
    f.officers = {{QStringLiteral("某某"), QString(), 2}, {QStringLiteral("王五"), QString(), 2}};  // the second is not on the page
    const auto uncertain = OcrDoubt::uncertainFields(f, [&](int p) { return p == 2 ? ocrPage : std::vector<OcrWord>(); });
    INFO(QStringList(uncertain.begin(), uncertain.end()).join(QStringLiteral(",")).toStdString());
    CHECK(uncertain == std::set<QString>{QStringLiteral("case_no"), QStringLiteral("dates.notice"), QStringLiteral("officers.1")});
}
