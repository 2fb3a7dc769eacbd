// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraction/chineseamount.h"
#include "extraction/chinesedate.h"
#include "extraction/dossiersplitter.h"
#include "ocr/ocrcleanup.h"
#include "ocr/ocrengine.h"
#include "import/textlayerquality.h"
#include "qtprinters.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("OCR clean-up removes spaces inside Chinese and repairs look-alikes in numbers")
{
    struct Row {
        const char *in;
        const char *out;
    };
    const Row rows[] = {
        {"行 政 处 罚 决 定 书", "行政处罚决定书"},
        {"签收日期2023年8月 18日", "签收日期2023年8月18日"},
        {"罚款 人民币 50000 元", "罚款人民币50000元"},
        {"２０２５年３月５日", "2025年3月5日"},
        {"2O25年3月5日", "2025年3月5日"},
        {"罚款5OOO元", "罚款5000元"},
        {"2025一03一05", "2025-03-05"},
        {"2025。3。5", "2025.3.5"},
        {"50，000元", "50,000元"},
        {"l2号 and 1l2", "l2号and 112"},
        {"二〇二五年三月五日", "二〇二五年三月五日"},
        {"第一条 第二款", "第一条第二款"},
        {"Article 12 of GB 32100", "Article 12 of GB 32100"},
        {"绵涪综执罚决字[2023]】第350号", "绵涪综执罚决字〔2023〕第350号"},
        {"豫市监罚【2025]123号", "豫市监罚〔2025〕123号"},
        {"吴市监罚（2024）469号", "吴市监罚（2024）469号"},
        {"株环罚[2024]21号", "株环罚[2024]21号"},
        {"时间(2023)年", "时间(2023)年"},
        // Dates: look-alikes of 年/月/日 only inside a date, and a year whose 2 a seal ring hid.
        {"2023牟8月14日", "2023年8月14日"},
        {"2023午8月14日", "2023年8月14日"},
        {"2023年8目14日", "2023年8月14日"},
        {"2023年8月14曰", "2023年8月14日"},
        {"咀023年8月14晶", "2023年8月14日"},
        {"NS023年8月2日.7", "N2023年8月2日.7"},
        {"2021年5月8月至2021年10月3日", "2021年5月8日至2021年10月3日"},
        {"局\n2024年8月27\n第2页", "局\n2024年8月27日\n第2页"},
        {"于2024年8月2\n7日", "于2024年8月2\n7日"},
        {"午饭牟利 8月 目录", "午饭牟利8月目录"},
        {"第023年8月", "第023年8月"},
        // Signature dates in Chinese numerals under a seal: numerals through their look-alikes.
        {"局\n二OO二四年九月十有/", "局\n二〇二四年九月十日"},
        {"二W二四年八月二十关咀", "二〇二四年八月二十六日"},
        {"、OO二三年八月十八吧", "二〇二三年八月十八日"},
        {"二站)二三年三月三十-日", "二〇二三年三月三十一日"},
        {"二CC二四年十月二十'必日", "二〇二四年十月二十九日"},
        {"人二四年五月节术", "人二四年五月节术"},
        {"所〇二五年三月六展", "二〇二五年三月六日"},
        {"二O O二四年九月十有", "二〇二四年九月十日"},
        {"~AO二四年八月十二败", "二〇二四年八月十二日"},
        {"N鳌23年4月18司)/", "2023年4月18日"},
        {"-咀2023年8月14日…", "2023年8月14日"},
        {"2023年8月14日", "2023年8月14日"},
        {"二〇二三年八月十八日", "二〇二三年八月十八日"},
        {"日期：2023年8月14日", "日期：2023年8月14日"},
        {"2023年8月", "2023年8月"},
        {"NVSe023年5月5鲜效/", "2023年5月5日"},
        {"2023年5月5日至今", "2023年5月5日至今"},
        {"送达日期：2023年8月14曰", "送达日期：2023年8月14日"},
        {"2025人年3月28日", "2025年3月28日"},
        {"当事人: 某某公司, 地址;某路", "当事人：某某公司，地址；某路"},
        {"检查时间: 13:40, note: a,b", "检查时间：13:40, note: a,b"},
        {"之日起六十目内向", "之日起六十日内向"},
        {"之月起六士日内向", "之月起六十日内向"},
        {"十五曰起", "十五日起"},
        {"项目内容 名士风度 题目", "项目内容名士风度题目"},
        // Capitals: 仟/佰 read as other 亻 characters, only between numerals.
        {"罚款人民币壹万肆什元整", "罚款人民币壹万肆仟元整"},
        {"罚款人民币贰任伍伯元整", "罚款人民币贰仟伍佰元整"},
        {"什么任务伯父", "什么任务伯父"},
        {"于二〇二四年九月十日送达", "于二〇二四年九月十日送达"},
        {"本局于二O二四年九月十日对你单位立案调查", "本局于二O二四年九月十日对你单位立案调查"},
    };
    for (const Row &r : rows) {
        CAPTURE(r.in);
        const QString got = OcrCleanup::clean(QString::fromUtf8(r.in));
        INFO("got: " << got.toStdString());
        CHECK(got == QString::fromUtf8(r.out));
    }
}

TEST_CASE("pages without a usable text layer are sent to OCR")
{
    CHECK(TextLayerQuality::needsOcr(QString()));
    CHECK(TextLayerQuality::needsOcr(QStringLiteral("  \n 3 \n")));
    CHECK(TextLayerQuality::needsOcr(QStringLiteral("\u0001\u0002\u0003\u00e9\u00ff\u00fe\u00a4\u00b6\u00a7\u00b5\u00d0\u00de\u00f0\u00c6\u00e6")));
    CHECK_FALSE(TextLayerQuality::needsOcr(QStringLiteral("行政处罚决定书\n当事人：郑州某某商贸有限公司")));
    CHECK_FALSE(TextLayerQuality::needsOcr(QStringLiteral("Administrative penalty decision No. 12, fine 5000 yuan")));
}

TEST_CASE("a rendered page goes through Tesseract and extraction finds the date and amount")
{
    // A page image of print at 五号 size, rendered at 300 dpi like a scan.
    const double dpi = 300;
    QImage page(int(8.27 * dpi), int(3 * dpi), QImage::Format_Grayscale8);
    page.fill(Qt::white);
    {
        QPainter p(&page);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPixelSize(int(10.5 / 72.0 * dpi));
        p.setFont(font);
        p.setPen(Qt::black);
        const double line = 10.5 / 72.0 * dpi * 1.8;
        p.drawText(QPointF(150, 150), QStringLiteral("行政处罚决定书"));
        p.drawText(QPointF(150, 150 + line), QStringLiteral("本机关决定对当事人罚款人民币伍万元整。"));
        p.drawText(QPointF(150, 150 + 2 * line), QStringLiteral("二〇二五年三月二十八日"));
        p.drawText(QPointF(150, 150 + 3 * line), QStringLiteral("送达日期：2025年3月29日"));
    }
    OcrEngine engine;
    REQUIRE_MESSAGE(engine.isReady(), engine.errorString().toStdString());
    const OcrPage result = engine.recognize(page, dpi);
    INFO("OCR text: " << result.text.toStdString());
    CHECK(result.text.contains(QStringLiteral("行政处罚决定书")));
    CHECK(result.meanConfidence > 60);
    CHECK_FALSE(result.words.empty());
    // Word boxes come back in points: the first line sits about 150 px / 300 dpi * 72 = 36 pt down.
    CHECK(result.words.front().rect.top() < 60);
    CHECK(result.words.front().rect.left() == doctest::Approx(36).epsilon(0.3));

    const auto amounts = ChineseAmount::findAll(result.text);
    REQUIRE_FALSE(amounts.empty());
    CHECK(amounts.front().yuan == 50000.0);
    std::vector<QDate> dates;
    for (const auto &m : ChineseDate::findAll(result.text))
        dates.push_back(m.date);
    CHECK(std::find(dates.begin(), dates.end(), QDate(2025, 3, 29)) != dates.end());
    // The signature date in Chinese numerals too.
    CHECK(std::find(dates.begin(), dates.end(), QDate(2025, 3, 28)) != dates.end());
}

TEST_CASE("on OCR pages a form title with one misread lost or split character still starts its document")
{
    struct Row {
        const char *page;
        bool ocr;
        std::optional<DocumentType> type;
    };
    const Row rows[] = {
        {"某某市交通运输局\n行政处昼告知书\n某交罚告〔2024〕12号", true, DocumentType::PriorNotice},
        {"结索审批表\n案件名称：某某案", true, DocumentType::ClosingReport},
        {"下长办案期限审批表", true, DocumentType::ExtensionApproval},
        {"行政处玉案卷", true, DocumentType::Other},
        {"某某市交通运输局\n行政处罚告知刷\n某交罚告〔2025〕857号", true, DocumentType::PriorNotice},
        {"某某市交通运输局\n”行政处罚告知书\n某交罚告〔2025〕857号", true, DocumentType::PriorNotice},
        {"非税收入一般缴款书〈收据联)", true, DocumentType::PaymentReceipt},
        {"罚没款缴款赁证\n缴款人：某某", true, DocumentType::PaymentReceipt},
        {"卷内文件目\n序号文件名称", true, DocumentType::Other},
        {"行政处决定书\n某某", true, DocumentType::Decision},
        {"现场照片证据)\n照片1", true, DocumentType::EvidenceList},
        {"现场照片《证据)\n照片1", true, DocumentType::EvidenceList},
        {"。调查终结]机告\n一、当事人基本情况", true, DocumentType::InvestigationReport},
        // Only on OCR pages, never in the kind word at the end, never two characters off.
        {"行政处昼告知书\n正文", false, DocumentType::Other},
        {"行政处罚通知书", true, DocumentType::Other},
        {"行政处昼告知玉\n正文。", true, std::nullopt},
        {"行政昼昼告知书", true, DocumentType::Other},
        {"调查终结]机告\n一、当事人基本情况", false, std::nullopt},
    };
    for (const Row &r : rows) {
        CAPTURE(r.page);
        const auto h = DossierSplitter::headingOf(QString::fromUtf8(r.page), r.ocr);
        if (!r.type) {
            CHECK_FALSE(h.has_value());
            continue;
        }
        REQUIRE(h.has_value());
        CHECK(h->type == *r.type);
    }
}
