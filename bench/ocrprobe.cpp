// SPDX-License-Identifier: GPL-3.0-or-later
// Reads chosen pages of a PDF with the OCR engine and prints each line with its mean word
// confidence and the time per page: for looking at what OCR makes of a scan.
//   build/bench/bench_ocrprobe FILE.pdf PAGE... [--dpi N] [--lang chi_sim+eng]
#include "import/pdfreader.h"
#include "ocr/ocrengine.h"
#include "ocr/openmplimit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace casereview;

int main(int argc, char **argv)
{
    OpenMpLimit::ensureSingleThreaded(argv);
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double dpi = 300;
    if (const qsizetype i = args.indexOf(QStringLiteral("--dpi")); i >= 0 && i + 1 < args.size()) {
        dpi = args.at(i + 1).toDouble();
        args.remove(i, 2);
    }
    QString lang = QStringLiteral("chi_sim+eng");
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_ocrprobe FILE.pdf PAGE... [--dpi N] [--lang chi_sim+eng]\n");
        return 2;
    }
    QFile f(args.takeFirst());
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    const PdfReader reader = PdfReader::open(f.readAll());
    OcrEngine engine(lang);
    if (!reader.isOpen() || !engine.isReady()) {
        std::fprintf(stderr, "cannot open the PDF or load Tesseract\n");
        return 1;
    }
    for (const QString &p : args) {
        QElapsedTimer t;
        t.start();
        const OcrPage page = engine.recognize(reader.renderPage(p.toInt() - 1, dpi, 5000), dpi);
        std::printf("== page %s: %.2f s, mean confidence %.1f\n", qPrintable(p), t.elapsed() / 1000.0, page.meanConfidence);
        int line = -1;
        double sum = 0;
        int n = 0;
        QString text;
        auto flush = [&] {
            if (n)
                std::printf("%5.1f  %s\n", sum / n, qPrintable(text));
            sum = 0, n = 0, text.clear();
        };
        for (const OcrWord &w : page.words) {
            if (w.line != line)
                flush(), line = w.line;
            sum += w.confidence, ++n, text += w.text + QLatin1Char(' ');
        }
        flush();
    }
    return 0;
}
