// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The print preview of a report. Unlike QPrintPreviewDialog, which lays out and paints every
// page on the GUI thread, it shows the PDF an export would write, made and rendered on workers
// (ReportService::preview, previewPages), page by page as they come into view; printing paints
// on the printer on a worker too (ReportService::print) and records the print in the audit log.
// Zoom (Ctrl++ / Ctrl+- / fit width), page position, Print…, Export PDF…, Close.
#include "report/reportdocument.h"
#include "report/reportrenderer.h"
#include "workspace/reportpreview.h"

#include <QDialog>
#include <QFuture>
#include <functional>
#include <memory>

class PreviewPageView;
class QAction;
class QLabel;
class QPrinter;
class QProgressBar;
class QToolBar;
namespace casereview {
class Workspace;
}

class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    // `savePdf` runs the Export PDF action (its file dialog and progress) for this document.
    ReportPreviewDialog(casereview::Workspace &workspace, const casereview::ReportDocument &doc, const casereview::RenderOptions &options,
                        const QString &actor, std::function<void()> savePdf, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    PreviewPageView *view() const { return m_view; }
    // Pages of the rendered document; 0 until it is ready.
    int pageCount() const;
    bool isReady() const { return m_preview.pdf != nullptr; }
    // Asks for the printer (QPrintDialog), then printTo() it.
    void print();
    // Prints on `printer` on a worker with a progress dialog; accepts the dialog when printed.
    // The worker shares `printer`, so closing the dialog never leaves it painting a dead one.
    void printTo(const std::shared_ptr<QPrinter> &printer);

signals:
    void ready(int pages);
    void printed(const QString &target, int pages);

private:
    void start();
    void requestPages(const QList<int> &pages, double dpi);
    void updatePosition(int current);
    void fail(const QString &text);

    casereview::Workspace &m_workspace;
    const casereview::ReportDocument m_doc;
    const casereview::RenderOptions m_options;
    const QString m_actor;
    std::function<void()> m_savePdf;
    casereview::ReportPreview m_preview;
    QFuture<casereview::ReportPreview> m_building;
    QFuture<casereview::PreviewPage> m_rendering;
    QList<int> m_queued; // asked while a render ran; asked again when it ends
    double m_queuedDpi = 0;
    PreviewPageView *m_view;
    QLabel *m_position;
    QLabel *m_state;
    QProgressBar *m_progress;
    QAction *m_progressAction = nullptr;
    QToolBar *m_tools;
};
