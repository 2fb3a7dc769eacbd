// SPDX-License-Identifier: GPL-3.0-or-later
// Viewer timings on a generated 300-page dossier: time from opening to the first page drawn
// sharp, and page flips served from the cache (offscreen). Not a test; prints figures.
//   cmake --build build --target bench_viewer && QT_QPA_PLATFORM=offscreen build/bench/bench_viewer
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
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
        for (int line = 0; line < 40; ++line)
            p.drawText(60, 80 + line * 17, QStringLiteral("第%1页 第%2行 当事人郑州市某某商贸有限公司于2025年3月1日销售过期食品，执法人员现场检查。")
                                               .arg(i + 1).arg(line + 1));
    }
    p.end();
    return bytes;
}

bool spin(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QByteArray pdf = dossier(300);
    std::printf("generated 300-page dossier: %lld KiB\n", qlonglong(pdf.size() / 1024));

    for (int run = 0; run < 3; ++run) {
        DocumentViewer viewer;
        viewer.resize(1000, 900);
        viewer.show();
        QElapsedTimer t;
        t.start();
        viewer.setDocument(pdf, {});
        spin([&] {
            viewer.view()->viewport()->repaint();
            return viewer.view()->hasSharpImage(0);
        });
        viewer.view()->viewport()->repaint();
        std::printf("run %d: first page sharp after %.1f ms\n", run + 1, t.nsecsElapsed() / 1e6);

        // Warm pages 1..20 into the cache, then time flips between them (repaint is synchronous).
        for (int p = 0; p < 20; ++p) {
            viewer.goToPage(p);
            spin([&] {
                viewer.view()->viewport()->repaint();
                return viewer.view()->hasSharpImage(p);
            });
        }
        std::vector<double> flips;
        QElapsedTimer stall;
        for (int i = 0; i < 60; ++i) {
            const int p = (i * 7) % 20;
            t.restart();
            viewer.goToPage(p);
            viewer.view()->viewport()->repaint();
            flips.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(flips.begin(), flips.end());
        std::printf("run %d: cached page flip median %.2f ms, max %.2f ms\n", run + 1, flips[flips.size() / 2], flips.back());

        // Scroll through uncached pages: the longest time one GUI step took.
        double worst = 0;
        QScrollBar *bar = viewer.view()->verticalScrollBar();
        for (int step = 0; step < 200; ++step) {
            stall.restart();
            bar->setValue(bar->value() + 300);
            viewer.view()->viewport()->repaint();
            QCoreApplication::processEvents();
            worst = std::max(worst, stall.nsecsElapsed() / 1e6);
        }
        std::printf("run %d: scrolling 200 steps, longest GUI step %.2f ms\n", run + 1, worst);
    }
    return 0;
}
