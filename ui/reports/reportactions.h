// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Reports menu: print preview and PDF export of the current case's review opinion and of
// the campaign report over the selected (or all) cases, rectification notices per agency,
// and CSV/XLSX exports of the case list, findings and scores. Documents are built and PDFs
// written off the GUI thread (ReportService); the preview (ReportPreviewDialog) shows the PDF an
// export would write, rendered on workers, and prints on a worker.
// Needs no window: the registry for its menu, the Workspace, a dialog parent, and two small
// getters (the case on screen, the cases selected in the list); it talks through message().
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"

#include <QObject>
#include <functional>

class ActionRegistry;
class AppSettings;
class QWidget;
namespace casereview { class Workspace; }

class ReportActions : public QObject {
    Q_OBJECT
public:
    ReportActions(ActionRegistry &actions, casereview::Workspace &workspace, AppSettings &settings, QWidget *dialogParent,
                  std::function<qint64()> currentCase, std::function<QList<qint64>()> selectedCases);

    enum class Output { Preview, Pdf };
    void opinion(Output output);
    void campaign(Output output);
    void notice(Output output);
    void exportTable(const QString &what);
    void setBureau();
    // The cases the campaign report covers: the selected rows when two or more are, else all.
    QList<qint64> campaignCases() const;
    QString buildError(const casereview::ReportBuild &b) const;

signals:
    void pdfWritten(const QString &path);  // after a report PDF was written and recorded
    void message(const QString &text, int timeoutMs);  // for the status bar

private:
    void registerActions(ActionRegistry &r);
    void chooseNotice(Output output, const std::vector<std::pair<QString, int>> &agencies);
    void run(const casereview::ReportBuild &b, Output output, const QString &suggestedName);
    void preview(const casereview::ReportDocument &doc, const QString &suggestedName);
    // `parent`: the dialogs' parent (the preview's when run from it); null: the window.
    void savePdf(const casereview::ReportDocument &doc, const QString &suggestedName, QWidget *parent = nullptr);
    casereview::Workspace &m_workspace;
    AppSettings &m_settings;
    QWidget *m_parent;
    std::function<qint64()> m_currentCase;
    std::function<QList<qint64>()> m_selectedCases;
};
