// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallfixtures.h"

#include "demo/demodossiers.h"
#include "domain/caserecord.h"
#include "review/reviewservice.h"
#include "signedanswers.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/standardservice.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

using namespace casereview;

namespace {
void drawLines(QPainter &p, const QStringList &lines, double x, double y, double step)
{
    for (const QString &line : lines) {
        p.drawText(QPointF(x, y), line);
        y += step;
    }
}

QByteArray smallDossier()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));
    const QStringList pages = DemoDossiers::pages(0);
    for (int i = 0; i < pages.size(); ++i) {
        if (i)
            writer.newPage();
        drawLines(p, pages[i].split(QLatin1Char('\n')), 60, 80, 20);
    }
    p.end();
    return bytes;
}
} // namespace

namespace StallFixtures {
void writeTextPdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));
    for (int i = 0; i < pages.size(); ++i) {
        if (i)
            writer.newPage();
        drawLines(p, pages[i].split(QLatin1Char('\n')), 60, 80, 20);
    }
    p.end();
}

void writeLongDossier(const QString &path, int pages)
{
    QStringList texts = DemoDossiers::pages(0);
    while (texts.size() < pages) {
        QStringList lines{QStringLiteral("询问笔录（续）"), QStringLiteral("第%1页").arg(texts.size() + 1)};
        for (int line = 0; line < 30; ++line)
            lines << QStringLiteral("问：当事人郑州惠民商贸有限公司于2025年1月8日是否销售超过保质期的食品？答：是，共%1件。").arg(line + 1);
        texts << lines.join(QLatin1Char('\n'));
    }
    writeTextPdf(path, texts.mid(0, pages));
}

void writeScannedPdf(const QString &path, const std::vector<QStringList> &pages)
{
    const double dpi = 200;
    QPdfWriter writer(path);
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
            drawLines(p, pages[i], 160, 200, 12 / 72.0 * dpi * 2);
        }
        painter.drawImage(QPointF(0, 0), scan);
    }
    painter.end();
}

void addSignedCases(Database &db, int n)
{
    static const char *const agencies[] = {"郑州市市场监督管理局", "洛阳市生态环境局",       "开封市城市管理局",
                                           "新乡市交通运输局",     "南阳市住房和城乡建设局", "许昌市市场监督管理局"};
    static const char *const types[] = {"销售超过保质期食品案", "未按规定设置大气污染防治设施案", "随意倾倒建筑垃圾案",
                                        "车辆违法超限运输案", "施工图设计文件未经审查擅自施工案"};
    const QByteArray pdf = smallDossier();
    const QStringList texts = DemoDossiers::pages(0);
    StandardService standards(db);
    standards.ensureBuiltins();
    const ReviewStandard standard = standards.get(QStringLiteral("penalty-general"));
    ReviewService reviews(db);
    QRandomGenerator rng(42);
    for (int i = 1; i <= n; ++i) {
        NewCase c;
        c.fileName = QStringLiteral("评查案卷%1.pdf").arg(i);
        c.original = pdf + QByteArray("\n%case ") + QByteArray::number(i) + '\n';
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        for (const QString &t : texts)
            c.pageTexts.push_back(t);
        DossierFields &f = c.analysis.fields;
        f.caseNo = TextField{QStringLiteral("豫罚〔2025〕%1号").arg(i), {1, {}}};
        f.agency = TextField{QString::fromUtf8(agencies[i % 6]), {1, {}}};
        f.caseType = TextField{QString::fromUtf8(types[i % 5]), {1, {}}};
        f.partyName = TextField{QStringLiteral("某某公司%1").arg(i), {1, {}}};
        reviews.save(SignedAnswers::make(CaseRepository(db).add(c), standard, rng, 7));
    }
}
} // namespace StallFixtures
