// SPDX-License-Identifier: GPL-3.0-or-later
// Re-applies the OCR clean-up and the analysis to every case of a store from the stored OCR
// words, without reading any page again: for trying extraction changes on scans cheaply.
//   build/bench/bench_reclean STORE
#include "ocr/ocrrunner.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <cstdio>

using namespace casereview;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_reclean STORE\n");
        return 2;
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    int pages = 0, cases = 0;
    for (const CaseSummary &c : CaseRepository(db).list()) {
        pages += OcrRunner(db).reclean(c.id);
        ++cases;
    }
    std::printf("%d cases, %d OCR pages cleaned again\n", cases, pages);
    return 0;
}
