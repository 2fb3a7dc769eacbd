// SPDX-License-Identifier: GPL-3.0-or-later
// Timings of the stored uncertain OCR values (schema 8): upgrading an older store, which works
// them out for every scanned case, and the case list's rows (CaseSummaryLoader) of a store of N
// cases made by repeating the given store's cases. Not a test; prints figures.
//   cmake --build build --target bench_uncertain && build/bench/bench_uncertain OLD_STORE [--cases N]
#include "review/casesummaryloader.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/ocrrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace casereview;

namespace {
double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_uncertain OLD_STORE [--cases N]\n");
        return 2;
    }
    const int wanted = args.indexOf(QStringLiteral("--cases")) > 0 ? args.at(args.indexOf(QStringLiteral("--cases")) + 1).toInt() : 1700;
    QTemporaryDir dir;
    const QString upgraded = dir.filePath(QStringLiteral("upgraded.crstore"));
    if (!QFile::copy(args.at(1), upgraded)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    Database db(upgraded);
    const double upgrade = ms(t);
    CaseRepository from(db);
    const auto source = from.list();
    OcrRepository ocr(db);
    int scanned = 0, marked = 0;
    for (const CaseSummary &c : source) {
        const auto pages = ocr.sources(c.id);
        scanned += std::any_of(pages.begin(), pages.end(), [](const PageSourceInfo &p) { return p.source == QLatin1String("ocr"); });
        marked += !from.get(c.id)->uncertainFields.empty();
    }
    std::printf("open + upgrade to schema %d: %.0f ms for %zu cases, %d scanned (%.1f ms per scanned case), %d with values to check\n",
                db.schemaVersion(), upgrade, source.size(), scanned, scanned ? upgrade / scanned : 0.0, marked);

    // N cases: the store's cases over and over (fields, pages and stored keys; not the OCR words).
    Database big(dir.filePath(QStringLiteral("big.crstore")));
    std::vector<NewCase> templates;
    for (const CaseSummary &s : source) {
        const CaseRecord r = *from.get(s.id);
        NewCase c;
        c.fileName = r.fileName;
        c.sourcePath = r.sourcePath;
        c.original = from.originalFile(s.id).left(2048);
        for (const PageText &p : from.pages(s.id))
            c.pageTexts.push_back(p.text);
        c.analysis = r.analysis;
        c.uncertainFields = r.uncertainFields;
        templates.push_back(std::move(c));
    }
    CaseRepository to(big);
    for (int i = 0; i < wanted; ++i) {
        NewCase c = templates[size_t(i) % templates.size()];
        c.original += QByteArray::number(i);
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
        to.add(c);
    }
    std::vector<double> runs;
    size_t rows = 0, toCheck = 0;
    for (int run = 0; run < 7; ++run) {
        t.restart();
        const auto summaries = CaseSummaryLoader(big).all();
        runs.push_back(ms(t));
        rows = summaries.size();
        toCheck = size_t(std::count_if(summaries.begin(), summaries.end(), [](const CaseSummary &s) { return !s.uncertainFields.empty(); }));
    }
    std::sort(runs.begin(), runs.end());
    std::printf("case list rows (%zu cases, %zu with values to check): median %.1f ms, max %.1f ms over %zu runs\n", rows,
                toCheck, runs[runs.size() / 2], runs.back(), runs.size());
    return 0;
}
