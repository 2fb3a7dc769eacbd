// SPDX-License-Identifier: GPL-3.0-or-later
// Case list load time (CaseSummaryLoader::all) on a generated store of N cases with a mix of
// review states — none, draft, complete but unsigned, signed — and a second reviewer on every
// 7th case. Not a test; prints the median and best of 7 loads and the statement count.
//   cmake --build build --target bench_caselist && build/bench/bench_caselist [--cases N]
#include "review/casesummaryloader.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace casereview;

namespace {
int countStatements(unsigned, void *counter, void *, void *)
{
    ++*static_cast<int *>(counter);
    return 0;
}

void populate(Database &db, int n)
{
    StandardService standards(db);
    standards.ensureBuiltins();
    std::vector<Answer> all;
    for (const StandardSection &sec : standards.get(QStringLiteral("penalty-general")).sections)
        for (const StandardItem &i : sec.items)
            all.push_back({i.id, i.id == QLatin1String("P-B01") ? Verdict::Deduct : Verdict::Pass,
                           i.id == QLatin1String("P-B01") ? 2.0 : 0.0, {}, {}});
    ReviewService reviews(db);
    for (int i = 1; i <= n; ++i) {
        NewCase c;
        c.fileName = QStringLiteral("案卷%1.pdf").arg(i);
        c.original = QByteArray("%PDF-1.4 bench ") + QByteArray::number(i);
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        c.pageTexts = {QStringLiteral("第1页"), QStringLiteral("第2页")};
        c.analysis.fields.caseNo = TextField{QStringLiteral("豫罚〔2025〕%1号").arg(i), {1, {}}};
        const qint64 id = CaseRepository(db).add(c);
        ReviewService::Submission s;
        s.caseId = id;
        s.reviewer = QStringLiteral("评查员");
        s.standardId = QStringLiteral("penalty-general");
        switch (i % 4) {
        case 0: continue;  // not reviewed
        case 1: s.answers = {all.begin(), all.begin() + 3}; break;
        case 2: s.answers = all; s.submit = true; break;
        case 3: s.answers = all; s.sign = true; break;
        }
        reviews.save(s);
        if (i % 7 == 0) {
            ReviewService::Submission other = s;
            other.reviewer = QStringLiteral("复核员");
            other.answers = {all.begin(), all.begin() + 5};
            other.submit = other.sign = false;
            reviews.save(other);
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 1700;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--cases")); at >= 0 && at + 1 < args.size())
        n = args[at + 1].toInt();
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.crstore")));
    QElapsedTimer t;
    t.start();
    populate(db, n);
    std::printf("populated %d cases in %.1f s\n", n, double(t.elapsed()) / 1000);

    std::vector<double> runs;
    int statements = 0;
    size_t rows = 0;
    for (int r = 0; r < 7; ++r) {
        int counter = 0;
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, countStatements, &counter);
        t.restart();
        rows = CaseSummaryLoader(db).all().size();
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
        statements = counter;
    }
    std::sort(runs.begin(), runs.end());
    std::printf("case list rows (%zu cases): median %.1f ms, best %.1f ms, %d statements\n", rows, runs[runs.size() / 2],
                runs.front(), statements);
    return 0;
}
