// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreviewdialog.h"
#include "previewpageview.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "support/progresswait.h"
#include "workspace/reportservice.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

using namespace casereview;

ReportPreviewDialog::ReportPreviewDialog(Workspace &workspace, const ReportDocument &doc, const RenderOptions &options,
                                         const QString &actor, std::function<void()> savePdf, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_doc(doc),
      m_options(options),
      m_actor(actor),
      m_savePdf(std::move(savePdf)),
      m_view(new PreviewPageView(this)),
      m_position(new QLabel(this)),
      m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_tools(new QToolBar(this))
{
    setWindowTitle(tr("Print Preview – %1").arg(doc.title));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_tools);
    layout->addWidget(m_view, 1);

    QAction *zoomOut = m_tools->addAction(tr("Zoom Out"), m_view, [this] { m_view->zoomBy(1 / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomIn = m_tools->addAction(tr("Zoom In"), m_view, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *fit = m_tools->addAction(tr("Fit Width"), m_view, &PreviewPageView::fitWidth);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    m_tools->addSeparator();
    m_tools->addWidget(m_position);
    m_tools->addSeparator();
    m_tools->addWidget(m_state);
    m_progressAction = m_tools->addWidget(m_progress); // a toolbar hides its widgets through their actions
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    for (QAction *a : {zoomOut, zoomIn, fit})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdfButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    printButton->setObjectName(QStringLiteral("print"));
    pdfButton->setObjectName(QStringLiteral("exportPdf"));
    printButton->setEnabled(false);
    pdfButton->setEnabled(m_savePdf != nullptr);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(10, 0, 10, 0);
    row->addWidget(buttons);
    layout->addLayout(row);
    connect(printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { m_savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &ReportPreviewDialog::ready, printButton, [printButton] { printButton->setEnabled(true); });

    connect(m_view, &PreviewPageView::pagesNeeded, this, &ReportPreviewDialog::requestPages);
    connect(m_view, &PreviewPageView::currentPageChanged, this, &ReportPreviewDialog::updatePosition);
    resize(1000, 900);
    start();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    // The workers hold their own copies of the document and the PDF: cancelling is enough.
    m_building.cancel();
    m_rendering.cancel();
}

int ReportPreviewDialog::pageCount() const { return m_preview.pdf ? m_view->pageCount() : 0; }

void ReportPreviewDialog::start()
{
    m_state->setText(tr("Laying out the report…"));
    m_building = ReportService(m_workspace).preview(m_doc, m_options);
    QFutureWatcher<ReportPreview> *watcher = onFinished(
        this, m_building,
        [this](const ReportPreview &preview) {
            m_preview = preview;
            m_state->clear();
            m_progressAction->setVisible(false);
            m_view->setDocument(preview.painted.pages, preview.pageSize);
            updatePosition(0);
            emit ready(preview.painted.pages);
        },
        [this](const Failure &f) {
            if (f.kind != Failure::Kind::Cancelled)
                fail(FailureText::message(f));
        });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
}

void ReportPreviewDialog::requestPages(const QList<int> &pages, double dpi)
{
    if (!m_preview.pdf)
        return;
    m_rendering.cancel(); // pages no longer in view, or at another zoom: the worker stops at the next page
    m_rendering = ReportService(m_workspace).previewPages(m_preview, pages, dpi);
    auto *watcher = new QFutureWatcher<PreviewPage>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int i) {
        const PreviewPage page = watcher->resultAt(i);
        m_view->setPage(page.index, page.dpi, page.image);
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(m_rendering);
}

void ReportPreviewDialog::updatePosition(int current)
{
    const int pages = m_view->pageCount();
    m_position->setText(pages > 0 ? tr("Page %1 of %2").arg(current + 1).arg(pages) : QString());
}

void ReportPreviewDialog::fail(const QString &text)
{
    m_progressAction->setVisible(false);
    m_state->setText(tr("The report could not be laid out: %1").arg(text));
}

void ReportPreviewDialog::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true); // the renderer keeps its own margins
    printer->setDocName(m_doc.title);
    QPrintDialog dialog(printer.get(), this);
    dialog.setMinMax(1, std::max(1, pageCount()));
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void ReportPreviewDialog::printTo(const std::shared_ptr<QPrinter> &printer)
{
    const QString target =
        printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : QStringLiteral("printer:") + printer->printerName();
    auto future = ReportService(m_workspace).print(m_doc, printer, m_options, target, m_actor);
    if (!ProgressWait::run(future, tr("Printing %1…").arg(m_doc.title), this, true)) {
        if (future.isFinished() && !future.isCanceled())
            QMessageBox::warning(this, tr("Print"), tr("The report was not printed: %1").arg(ProgressWait::failureText(future)));
        return;
    }
    const RenderResult r = future.result();
    if (!r.ok) {
        QMessageBox::warning(this, tr("Print"), tr("The report was not printed: %1").arg(r.error));
        return;
    }
    emit printed(target, r.pages);
    accept();
}
