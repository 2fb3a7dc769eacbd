// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput: files/s and pages/s of the import use case (ImportService: read, store and
// diagnose every case) on a folder, beside pdftotext run serially over the same files, and the
// peak memory of the import.
#include "import/filecollector.h"
#include "storage/database.h"
#include "workspace/diagnosisservice.h"
#include "workspace/importservice.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace casereview;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() < 2) {
        out << "usage: bench_import FOLDER_OR_FILES... [--jobs N]\n";
        return 2;
    }
    QStringList inputs = app.arguments().mid(1);
    ImportOptions options;
    if (const int j = inputs.indexOf(QStringLiteral("--jobs")); j >= 0 && j + 1 < inputs.size()) {
        options.threads = inputs[j + 1].toInt();
        inputs.remove(j, 2);
    }
    const QStringList files = FileCollector::collect(inputs).files;

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.crstore")));
    QElapsedTimer timer;
    timer.start();
    double storedSeconds = 0;  // when the last file was stored; the diagnosis of them all follows
    const ImportRun run = ImportService(db, DiagnosisService{}).run(inputs, options, [&](const ImportProgress &p) {
        if (p.done == p.total)
            storedSeconds = timer.nsecsElapsed() / 1e9;
    });
    const ImportReport &report = run.report;
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    size_t findings = 0;
    for (const CaseDiagnosis &d : run.diagnoses)
        findings += d.findings.size();
    int pages = 0;
    for (const auto &o : report.outcomes)
        pages += o.pages;
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    timer.restart();
    for (const QString &f : files) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(QStringLiteral("pdftotext"), {f, QStringLiteral("-")});
        p.waitForFinished(-1);
    }
    const double pdftotextSeconds = timer.nsecsElapsed() / 1e9;

    out << "files: " << files.size() << " (" << report.count(ImportOutcome::Status::Imported) << " imported, "
        << report.count(ImportOutcome::Status::Duplicate) << " duplicates, "
        << report.count(ImportOutcome::Status::Failed) << " failed), pages: " << pages << "\n";
    out << "import (" << options.threads << " threads, into a new store): " << QString::number(importSeconds, 'f', 2)
        << " s = " << QString::number(files.size() / importSeconds, 'f', 1) << " files/s, "
        << QString::number(pages / importSeconds, 'f', 1) << " pages/s\n";
    out << "  of which diagnosing the " << run.diagnoses.size() << " cases stored (" << findings << " findings): "
        << QString::number(importSeconds - storedSeconds, 'f', 2) << " s\n";
    out << "pdftotext serially:  " << QString::number(pdftotextSeconds, 'f', 2) << " s = "
        << QString::number(files.size() / pdftotextSeconds, 'f', 1) << " files/s\n";
    out << "ratio (pdftotext time / import time): " << QString::number(pdftotextSeconds / importSeconds, 'f', 2) << "\n";
    out << "peak memory (max RSS): " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
