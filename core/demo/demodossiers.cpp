// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodossiers.h"

#include <QDate>
#include <QDir>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>
#include <array>

namespace casereview {

namespace {
struct Spec {
    const char *agency;
    const char *prefix;  // case number prefix, e.g. 郑市监罚
    const char *party;
    const char *uscc;
    const char *caseType;
    const char *violated;
    const char *penaltyArticle;
    int fine;
    const char *fineUpper;
    int filedOffset;      // days after 2025-01-01
    int decisionAfter;    // days from filing to decision
    bool hearingNotice;
    bool twoOfficers;
};

constexpr std::array<Spec, 6> kSpecs{{
    {"郑州市市场监督管理局", "郑市监罚", "郑州惠民商贸有限公司", "91410100MA9G5XKQ32", "销售超过保质期食品案",
     "《中华人民共和国食品安全法》第三十四条第（十）项", "《中华人民共和国食品安全法》第一百二十四条第一款", 50000,
     "伍万元整", 10, 40, true, true},
    {"洛阳市生态环境局", "洛环罚", "洛阳宏达机械制造有限公司", "91410300MA44Q8RT2T", "未按规定设置大气污染防治设施案",
     "《中华人民共和国大气污染防治法》第四十八条", "《中华人民共和国大气污染防治法》第一百零八条", 120000,
     "壹拾贰万元整", 30, 118, true, true},
    {"开封市城市管理局", "汴城管罚", "开封顺达建筑工程有限公司", "91410200MA46LM7W1J", "随意倾倒建筑垃圾案",
     "《城市建筑垃圾管理规定》第十五条", "《城市建筑垃圾管理规定》第二十六条", 8000, "捌仟元整", 50, 35, false, true},
    {"新乡市交通运输局", "新交罚", "新乡通畅物流有限公司", "91410700MA40R3YB5H", "车辆违法超限运输案",
     "《公路安全保护条例》第三十三条", "《公路安全保护条例》第六十四条", 80000, "捌万元整", 70, 60, false, true},
    {"南阳市住房和城乡建设局", "宛住建罚", "南阳锦程房地产开发有限公司", "91411300MA3X9PK01R",
     "施工图设计文件未经审查擅自施工案", "《建设工程质量管理条例》第十一条第二款", "《建设工程质量管理条例》第五十六条第（四）项",
     215000, "贰拾壹万伍仟元整", 90, 50, true, false},
    {"许昌市市场监督管理局", "许市监罚", "许昌好运来超市", "92411000MA9KD2F37Q", "销售不符合安全标准的食品案",
     "《中华人民共和国食品安全法》第三十四条", "《中华人民共和国食品安全法》第一百二十四条", 3000, "叁仟元整", 110, 30,
     false, false},
}};

QString d(const QDate &date) { return date.toString(QStringLiteral("yyyy年M月d日")); }
QString u(const char *s) { return QString::fromUtf8(s); }

void drawPage(QPainter &p, const QRectF &area, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QFont title = p.font();
    title.setPointSizeF(16);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(11);
    double y = area.top();
    for (int i = 0; i < lines.size(); ++i) {
        const bool heading = i == 0 || (i == 1 && lines[0].endsWith(QStringLiteral("局")));
        p.setFont(heading ? title : body);
        QTextOption option(heading ? Qt::AlignHCenter : Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        const QRectF box(area.left(), y, area.width(), area.bottom() - y);
        const QRectF used = p.boundingRect(box, lines[i], option);
        p.drawText(box, lines[i], option);
        y += used.height() + (heading ? 10 : 4);
    }
}
} // namespace

namespace DemoDossiers {
QStringList pages(int index)
{
    const Spec &s = kSpecs[size_t(index) % kSpecs.size()];
    const int no = 100 + index * 37;
    const QDate inspected = QDate(2025, 1, 1).addDays(s.filedOffset - 3);
    const QDate filed = QDate(2025, 1, 1).addDays(s.filedOffset);
    const QDate notice = filed.addDays(s.decisionAfter - 12);
    const QDate decision = filed.addDays(s.decisionAfter);
    const QDate delivered = decision.addDays(2);
    const QString caseNo = QStringLiteral("%1〔2025〕%2号").arg(u(s.prefix)).arg(no);
    const QString officers = s.twoOfficers ? QStringLiteral("执法人员：王建国 执法证号：41010021001\n执法人员：李明华 执法证号：41010021002")
                                           : QStringLiteral("执法人员：王建国 执法证号：41010021001");
    QStringList out;
    out << QStringLiteral("立案审批表\n%1 编号：%2立〔2025〕%3号\n当事人：%4\n统一社会信用代码：%5\n案由：涉嫌%6\n立案时间：%7\n"
                          "承办人意见：建议立案调查。\n负责人意见：同意立案。 %7")
               .arg(u(s.agency), u(s.prefix).left(u(s.prefix).size() - 1)).arg(no).arg(u(s.party), u(s.uscc), u(s.caseType), d(filed));
    out << QStringLiteral("现场检查笔录\n检查时间：%1\n被检查人：%2\n%3\n执法人员出示了执法证件，告知了当事人申请回避的权利。\n"
                          "现场检查情况：发现当事人涉嫌%4。\n被检查人签名：（签名） %1")
               .arg(d(inspected), u(s.party), officers, u(s.caseType));
    out << QStringLiteral("案件调查终结报告\n当事人：%1\n违法事实：经查，当事人存在%2的违法行为，违反了%3的规定。\n"
                          "处理意见：依据%4的规定，建议罚款人民币%5。\n承办人：王建国 李明华 %6")
               .arg(u(s.party), u(s.caseType), u(s.violated), u(s.penaltyArticle), u(s.fineUpper), d(notice.addDays(-3)));
    out << QStringLiteral("%1\n行政处罚告知书\n%2告〔2025〕%3号\n%4：\n本机关拟对你单位作出罚款人民币%5的行政处罚。"
                          "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。%6\n%1\n%7")
               .arg(u(s.agency), u(s.prefix)).arg(no).arg(u(s.party), u(s.fineUpper),
                    s.hearingNotice ? QStringLiteral("根据第六十三条、第六十四条的规定，你单位有权要求听证，应当在收到本告知书之日起五日内提出。")
                                    : QString(),
                    d(notice));
    out << QStringLiteral("%1\n行政处罚决定书\n%2\n当事人：%3\n统一社会信用代码：%4\n经查，当事人存在%5的违法行为，违反了%6的规定。"
                          "依据%7的规定，本机关决定：罚款人民币%8。\n当事人应当自收到本决定书之日起十五日内缴纳罚款。"
                          "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n%1\n%9")
               .arg(u(s.agency), caseNo, u(s.party), u(s.uscc), u(s.caseType), u(s.violated), u(s.penaltyArticle),
                    u(s.fineUpper), d(decision));
    out << QStringLiteral("送达回证\n送达文书：行政处罚决定书（%1）\n受送达人：%2\n送达时间：%3\n送达方式：直接送达\n受送达人签名：（签名）")
               .arg(caseNo, u(s.party), d(delivered));
    out << QStringLiteral("结案报告\n案件名称：%1%2\n处罚决定已执行完毕，建议结案。\n结案时间：%3")
               .arg(u(s.party), u(s.caseType), d(delivered.addDays(20)));
    return out;
}

QStringList write(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList written;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("示例案卷%1.pdf").arg(i + 1, 2, 10, QLatin1Char('0')));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("示例行政处罚案卷 %1").arg(i + 1));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei")));
        const QRectF area(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
        const QStringList texts = pages(i);
        for (int k = 0; k < texts.size(); ++k) {
            if (k > 0)
                writer.newPage();
            drawPage(painter, area, texts[k]);
        }
        painter.end();
        written << path;
    }
    return written;
}
} // namespace DemoDossiers

} // namespace casereview
