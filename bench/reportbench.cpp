// SPDX-License-Identifier: GPL-3.0-or-later
// Report timings on a generated store: the review opinion of one case (load, build, render with
// page crops, audit record) and the campaign report over N signed cases (load, statistics,
// build, render). Not a test; prints figures. Goals: < 1 s per case, < 10 s for 500 cases.
//   cmake --build build --target bench_reports && QT_QPA_PLATFORM=offscreen build/bench/bench_reports [--cases N] [--out FILE.pdf]
#include "domain/caserecord.h"
#include "report/reportbuilds.h"
#include "report/reportissuer.h"
#include "review/reviewservice.h"
#include "signedanswers.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/standardservice.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace casereview;

namespace {
QByteArray dossier(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));
    for (int i = 0; i < pages; ++i) {
        if (i)
            writer.newPage();
        for (int line = 0; line < 30; ++line)
            p.drawText(60, 80 + line * 20, QStringLiteral("第%1页 第%2行 当事人某某商贸有限公司于2025年3月1日销售过期食品，执法人员现场检查。").arg(i + 1).arg(line + 1));
    }
    p.end();
    return bytes;
}

const char *const kAgencies[] = {"郑州市市场监督管理局", "洛阳市生态环境局", "开封市城市管理局", "新乡市交通运输局", "许昌市市场监督管理局",
                                 "南阳市住房和城乡建设局", "安阳市应急管理局", "焦作市自然资源局"};
const char *const kTypes[] = {"销售过期食品案", "未批先建案", "超限运输案", "大气污染案", "无证经营案"};

void populate(Database &db, int n)
{
    const QByteArray pdf = dossier(8);
    StandardService standards(db);
    standards.ensureBuiltins();
    const ReviewStandard standard = standards.get(QStringLiteral("penalty-general"));
    ReviewService reviews(db);
    QRandomGenerator rng(42);
    for (int i = 1; i <= n; ++i) {
        NewCase c;
        c.fileName = QStringLiteral("案卷%1.pdf").arg(i);
        c.original = pdf + QByteArray("\n%case ") + QByteArray::number(i) + '\n';
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        for (int p = 0; p < 8; ++p)
            c.pageTexts.push_back(QStringLiteral("第%1页").arg(p + 1));
        DossierFields &f = c.analysis.fields;
        f.caseNo = TextField{QStringLiteral("豫罚〔2025〕%1号").arg(i), {1, {}}};
        f.agency = TextField{QString::fromUtf8(kAgencies[i % 8]), {1, {}}};
        f.caseType = TextField{QString::fromUtf8(kTypes[i % 5]), {1, {}}};
        f.partyName = TextField{QStringLiteral("某某公司%1").arg(i), {1, {}}};
        reviews.save(SignedAnswers::make(CaseRepository(db).add(c), standard, rng, 8));
    }
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int n = 500;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--cases")); i > 0 && i + 1 < args.size())
        n = args[i + 1].toInt();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));  // keep the campaign PDF there to look at
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.crstore")));
    QElapsedTimer t;
    t.start();
    populate(db, n);
    std::printf("store: %d signed cases generated in %.1f s\n", n, t.elapsed() / 1000.0);

    ReportBuilds builds(db);
    std::vector<double> perCase;
    int pages = 0;
    for (int i = 1; i <= std::min(n, 20); ++i) {
        t.restart();
        const ReportBuild b = builds.opinion(i);
        const RenderResult r = ReportIssuer(db).issuePdf(*b.doc, dir.filePath(QStringLiteral("opinion%1.pdf").arg(i)), {}, QStringLiteral("bench"));
        perCase.push_back(t.nsecsElapsed() / 1e9);
        pages += r.pages;
    }
    std::sort(perCase.begin(), perCase.end());
    double sum = 0;
    for (double v : perCase)
        sum += v;
    std::printf("review opinion (load + build + render with page crops + audit): mean %.3f s, median %.3f s, max %.3f s over %zu cases (%.1f pages each)\n",
                sum / perCase.size(), perCase[perCase.size() / 2], perCase.back(), perCase.size(), double(pages) / perCase.size());

    t.restart();
    const ReportBuild campaign = builds.campaign({}, {});
    const double buildSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    const RenderResult r = ReportIssuer(db).issuePdf(
        *campaign.doc, outAt > 0 && outAt + 1 < args.size() ? args[outAt + 1] : dir.filePath(QStringLiteral("campaign.pdf")), {},
        QStringLiteral("bench"));
    const double renderSeconds = t.nsecsElapsed() / 1e9;
    std::printf("campaign report over %d cases: load + statistics + build %.2f s, render %.2f s (%d pages), total %.2f s\n", n,
                buildSeconds, renderSeconds, r.pages, buildSeconds + renderSeconds);
    return r.ok ? 0 : 1;
}
