// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "import/pdfreader.h"

#include <QBuffer>
#include <QDir>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <doctest/doctest.h>

using namespace casereview;

namespace Fixtures {
QByteArray pdf(const QStringList &pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(40, 40, 40, 40), QPageLayout::Point);
        QPainter painter(&writer);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPointSizeF(10.5);
        painter.setFont(font);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            int y = 20;
            for (const QString &line : pages[i].split(QLatin1Char('\n'))) {
                painter.drawText(QPointF(0, y), line);
                y += 16;
            }
        }
    }
    return buffer.data();
}

QStringList dossierPages(const QString &caseNo, const QString &party)
{
    return {
        QStringLiteral("立案审批表\n郑州市市场监督管理局 编号：郑市监立〔2025〕11号\n当事人：%1\n"
                       "统一社会信用代码：91410100MA9G5XKQ3B\n立案时间：2025年3月3日\n案由：涉嫌销售过期食品")
            .arg(party),
        QStringLiteral("现场检查笔录\n检查时间：2025年3月1日\n执法人员：张三 执法证号：41010020001\n"
                       "执法人员：李四 执法证号：41010020002\n当事人%1货架上有过期食品。")
            .arg(party),
        QStringLiteral("行政处罚事先告知书\n%1：\n本局拟对你单位罚款人民币伍仟元整。你单位有陈述、申辩的权利。\n2025年3月20日")
            .arg(party),
        QStringLiteral("郑州市市场监督管理局\n行政处罚决定书\n%1\n当事人：%2\n罚款5000元。\n"
                       "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。\n2025年3月28日")
            .arg(caseNo, party),
        QStringLiteral("送达回证\n送达文书：行政处罚决定书\n送达时间：2025年3月29日"),
    };
}

QByteArray zeroPagePdf()
{
    QByteArray body = "%PDF-1.4\n";
    const qsizetype o1 = body.size();
    body += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    const qsizetype o2 = body.size();
    body += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    const qsizetype xref = body.size();
    body += "xref\n0 3\n0000000000 65535 f \n";
    body += QByteArray::number(o1).rightJustified(10, '0') + " 00000 n \n";
    body += QByteArray::number(o2).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

QByteArray scannedPdf(const std::vector<QStringList> &pages)
{
    const double dpi = 200;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(int(dpi));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        QImage scan(int(8.27 * dpi), int(11.69 * dpi), QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        {
            QPainter p(&scan);
            QFont font(QStringLiteral("WenQuanYi Micro Hei"));
            font.setPixelSize(int(12 / 72.0 * dpi));
            p.setFont(font);
            p.setPen(Qt::black);
            double y = 200;
            for (const QString &line : pages[i]) {
                p.drawText(QPointF(160, y), line);
                y += 12 / 72.0 * dpi * 2;
            }
        }
        painter.drawImage(QPointF(0, 0), scan);
    }
    painter.end();
    return buffer.data();
}

QByteArray hugePagePdf(const QString &text)
{
    // Latin text in Helvetica keeps the file tiny and needs no font embedding.
    return onePagePdf("0 0 20000 20000", 0, "BT /F1 24 Tf 72 19900 Td (" + text.toLatin1() + ") Tj ET");
}

QByteArray onePagePdf(const QByteArray &mediaBox, int rotate, const QByteArray &content)
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox + "] /Rotate " + QByteArray::number(rotate)
            + " /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray body = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << body.size();
        body += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = body.size();
    body += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        body += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

QString pdfText(const QString &path, int *pages)
{
    const PdfReader r = PdfReader::open(readFile(path));
    REQUIRE(r.isOpen());
    *pages = r.pageCount();
    QString all;
    for (int i = 0; i < r.pageCount(); ++i)
        all += r.pageText(i);
    all.remove(u' ');
    all.remove(u'\n');
    return all;
}

QByteArray pngBytes()
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QStringList writeDossiers(const QString &folder, int count, int first)
{
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("case-%1.pdf").arg(i));
        writeFile(path, pdf(dossierPages(QStringLiteral("郑市监罚〔2024〕%1号").arg(first + i))));
        files << path;
    }
    return files;
}

bool spinUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace Fixtures
