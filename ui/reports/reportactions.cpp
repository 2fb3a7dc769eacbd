// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"
#include "actionregistry.h"
#include "appsettings.h"
#include "export/tableexporter.h"
#include "noticedialog.h"
#include "reportpreviewdialog.h"
#include "support/failuretext.h"
#include "support/futurecallback.h"
#include "support/progresswait.h"
#include "workspace/reportservice.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>

using namespace casereview;

ReportActions::ReportActions(ActionRegistry &actions, Workspace &workspace, AppSettings &settings, QWidget *dialogParent,
                             std::function<qint64()> currentCase, std::function<QList<qint64>()> selectedCases)
    : QObject(dialogParent), m_workspace(workspace), m_settings(settings), m_parent(dialogParent),
      m_currentCase(std::move(currentCase)), m_selectedCases(std::move(selectedCases))
{
    registerActions(actions);
}

void ReportActions::registerActions(ActionRegistry &r)
{
    using M = ActionRegistry::Menu;
    auto add = [&](const char *id, const QString &text, auto slot) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        r.add(QString::fromLatin1(id), M::Reports, a);
        return a;
    };
    add("report.opinion.preview", tr("Review &Opinion – Print Preview…"), [this] { opinion(Output::Preview); })
        ->setShortcut(QKeySequence::Print);
    add("report.opinion.pdf", tr("Review Opinion – Export &PDF…"), [this] { opinion(Output::Pdf); });
    r.addSeparator(M::Reports);
    add("report.campaign.preview", tr("&Campaign Report – Print Preview…"), [this] { campaign(Output::Preview); });
    add("report.campaign.pdf", tr("Campaign Report – Export PDF…"), [this] { campaign(Output::Pdf); });
    add("report.notice.preview", tr("Rectification &Notice – Print Preview…"), [this] { notice(Output::Preview); });
    add("report.notice.pdf", tr("Rectification Notice – Export PDF…"), [this] { notice(Output::Pdf); });
    r.addSeparator(M::Reports);
    add("report.export.cases", tr("Export Case &List (CSV/XLSX)…"), [this] { exportTable(QStringLiteral("cases")); });
    add("report.export.findings", tr("Export &Findings (CSV/XLSX)…"), [this] { exportTable(QStringLiteral("findings")); });
    add("report.export.scores", tr("Export &Scores (CSV/XLSX)…"), [this] { exportTable(QStringLiteral("scores")); });
    r.addSeparator(M::Reports);
    add("report.bureau", tr("&Bureau Name on Reports…"), [this] { setBureau(); });
}

QString ReportActions::buildError(const ReportBuild &b) const
{
    switch (b.error) {
    case ReportBuild::Error::None: return {};
    case ReportBuild::Error::NoCase: return tr("Case %1 is not in the store.").arg(b.detail);
    case ReportBuild::Error::NoCases: return b.detail.isEmpty() ? tr("The store has no cases.") : b.detail;
    case ReportBuild::Error::NoReview: return tr("This case has no review yet.");
    case ReportBuild::Error::AmbiguousReviewer:
        return tr("This case has reviews by %1 and none by you; open the report from the CLI with --reviewer.").arg(b.known.join(QStringLiteral(", ")));
    case ReportBuild::Error::NoStandard: return tr("The review's standard %1 cannot be read.").arg(b.detail);
    case ReportBuild::Error::UnknownAgency: return tr("No cases of the agency %1.").arg(b.detail);
    case ReportBuild::Error::NoProblems:
        return tr("%1 has nothing to rectify: no open rectification items, no deductions in signed reviews and no accepted findings.")
            .arg(b.detail);
    case ReportBuild::Error::Blind:
        return tr("This case is under blind review: %1 of %2 assigned reviewers have submitted. Until all have, only your own "
                  "review of it can be printed.")
            .arg(b.blind ? b.blind->submitted.size() : 0)
            .arg(b.blind ? b.blind->assigned.size() : 0);
    }
    return {};
}

void ReportActions::opinion(Output output)
{
    const qint64 id = (m_currentCase ? m_currentCase() : 0);
    if (id <= 0) {
        QMessageBox::information(m_parent, tr("Review Opinion"), tr("Open a case first."));
        return;
    }
    ReportService::Request r;
    r.caseIds = {id};
    r.reviewer = m_settings.reviewer();
    r.viewer = m_settings.reviewer();
    auto future = ReportService(m_workspace).build(r);
    if (ProgressWait::run(future, tr("Preparing the review opinion…"), m_parent, false))
        run(future.result(), output, tr("Review opinion %1.pdf").arg(id));
}

QList<qint64> ReportActions::campaignCases() const
{
    QList<qint64> ids = m_selectedCases ? m_selectedCases() : QList<qint64>{};
    std::sort(ids.begin(), ids.end());
    return ids.size() >= 2 ? ids : QList<qint64>{};
}

void ReportActions::campaign(Output output)
{
    ReportService::Request r;
    r.kind = ReportService::Request::Kind::Campaign;
    r.caseIds = campaignCases();
    r.bureau = m_settings.reportBureau();
    auto future = ReportService(m_workspace).build(r);
    if (ProgressWait::run(future, tr("Computing the campaign statistics…"), m_parent, false))
        run(future.result(), output, tr("Campaign report.pdf"));
}

void ReportActions::notice(Output output)
{
    onFinished(this, ReportService(m_workspace).noticeAgencies(),
               [this, output](const std::vector<std::pair<QString, int>> &agencies) { chooseNotice(output, agencies); },
               [this](const Failure &f) { QMessageBox::warning(m_parent, tr("Rectification Notice"), FailureText::message(f)); });
}

void ReportActions::chooseNotice(Output output, const std::vector<std::pair<QString, int>> &agencies)
{
    if (agencies.empty()) {
        QMessageBox::information(m_parent, tr("Rectification Notice"),
                                 tr("No agency has problems to rectify yet: sign reviews with deductions or accept findings first."));
        return;
    }
    NoticeDialog dialog(agencies, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportService::Request r;
    r.kind = ReportService::Request::Kind::Notice;
    r.agency = dialog.agency();
    r.deadline = dialog.deadline();
    r.bureau = m_settings.reportBureau();
    auto future = ReportService(m_workspace).build(r);
    if (ProgressWait::run(future, tr("Preparing the notice…"), m_parent, false))
        run(future.result(), output, tr("Rectification notice %1.pdf").arg(r.agency));
}

void ReportActions::run(const ReportBuild &b, Output output, const QString &suggestedName)
{
    if (!b.doc) {
        QMessageBox::warning(m_parent, tr("Report"), buildError(b));
        return;
    }
    if (output == Output::Preview)
        preview(*b.doc, suggestedName);
    else
        savePdf(*b.doc, suggestedName);
}

void ReportActions::preview(const ReportDocument &doc, const QString &suggestedName)
{
    RenderOptions options;
    options.bureau = m_settings.reportBureau();
    // The Export PDF button runs the menu's export, its dialogs over the preview.
    ReportPreviewDialog dialog(
        m_workspace, doc, options, m_settings.reviewer(), [&] { savePdf(doc, suggestedName, &dialog); }, m_parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    connect(&dialog, &ReportPreviewDialog::printed, this,
            [this](const QString &target, int pages) { emit message(tr("Printed %n page(s) to %1", nullptr, pages).arg(target), 8000); });
    dialog.exec();
}

void ReportActions::savePdf(const ReportDocument &doc, const QString &suggestedName, QWidget *parent)
{
    parent = parent ? parent : m_parent;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF"), suggestedName, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    RenderOptions options;
    options.bureau = m_settings.reportBureau();
    auto future = ReportService(m_workspace).writePdf(doc, path, options, m_settings.reviewer());
    if (!ProgressWait::run(future, tr("Writing %1…").arg(QFileInfo(path).fileName()), parent, true)) {
        if (future.isFinished() && !future.isCanceled())
            QMessageBox::warning(parent, tr("Export PDF"), tr("The PDF could not be written: %1").arg(ProgressWait::failureText(future)));
        return;
    }
    const RenderResult w = future.result();
    if (!w.ok) {
        QMessageBox::warning(parent, tr("Export PDF"), tr("The PDF could not be written: %1").arg(w.error));
        return;
    }
    emit message(tr("Wrote %1 (%n page(s))", nullptr, w.pages).arg(QFileInfo(path).fileName()), 8000);
    emit pdfWritten(path);
}

void ReportActions::exportTable(const QString &what)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Table"), what,
                                                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
                     (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) && filter.contains(QStringLiteral("csv")));
    if (!path.endsWith(csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    auto future = ReportService(m_workspace).exportTable(what, csv ? ExportFormat::Csv : ExportFormat::Xlsx, path);
    if (!ProgressWait::run(future, tr("Exporting…"), m_parent, false)) {
        if (future.isFinished() && !future.isCanceled())
            QMessageBox::warning(m_parent, tr("Export Table"), tr("The export failed: %1").arg(ProgressWait::failureText(future)));
        return;
    }
    const ExportResult r = future.result();
    if (!r.ok())
        QMessageBox::warning(m_parent, tr("Export Table"),
                             r.error == ExportError::Unwritable ? tr("Cannot write to %1.").arg(path) : tr("The export failed: %1").arg(r.detail));
    else
        emit message(tr("Exported to %1").arg(QFileInfo(path).fileName()), 8000);
}

void ReportActions::setBureau()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Bureau Name"), tr("Printed in the header of every report page:"),
                                               QLineEdit::Normal, m_settings.reportBureau(), &ok);
    if (ok)
        m_settings.setReportBureau(name.trimmed());
}
