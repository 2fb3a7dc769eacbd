// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Reports menu: print preview and PDF export of the current case's review opinion and of
// the campaign report over the selected (or all) cases, rectification notices per agency,
// and CSV/XLSX exports of the case list, findings and scores. Documents are built and PDFs
// written off the GUI thread (ReportService); the preview paints on the printer the dialog hands
// over, from dossier crops read beforehand on a worker.
// Needs no window: the registry for its menu, the Workspace, a dialog parent, and two small
// getters (the case on screen, the cases selected in the list); it talks through message().
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"

#include <QObject>
#include <functional>

class ActionRegistry;
namespace casereview { class PreparedPageImages; }
class AppSettings;
class QPrinter;
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
    // Paints `doc` on `printer` (the preview dialog's) with its crops prepared beforehand
    // (ReportService::prepareCrops; null: placeholders); public for tests. No store, no Poppler.
    void paint(const casereview::ReportDocument &doc, casereview::PreparedPageImages *crops, QPrinter *printer);
    QString buildError(const casereview::ReportBuild &b) const;

signals:
    void pdfWritten(const QString &path);  // after a report PDF was written and recorded
    void message(const QString &text, int timeoutMs);  // for the status bar

private:
    void registerActions(ActionRegistry &r);
    void chooseNotice(Output output, const std::vector<std::pair<QString, int>> &agencies);
    void run(const casereview::ReportBuild &b, Output output, const QString &suggestedName);
    void preview(const casereview::ReportDocument &doc);
    void savePdf(const casereview::ReportDocument &doc, const QString &suggestedName);

    casereview::RenderResult m_lastPaint;  // of the last paint on a printer, for the audit record of a print
    casereview::Workspace &m_workspace;
    AppSettings &m_settings;
    QWidget *m_parent;
    std::function<qint64()> m_currentCase;
    std::function<QList<qint64>()> m_selectedCases;
};
