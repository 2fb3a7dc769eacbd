// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Reports menu: print preview and PDF export of the current case's review opinion and of
// the campaign report over the selected (or all) cases, rectification notices per agency,
// and CSV/XLSX exports of the case list, findings and scores. Documents are built and PDFs
// written off the GUI thread; the preview paints on the printer the dialog hands over.
#include "report/reportbuilds.h"
#include "report/reportrenderer.h"

#include <QObject>

class AppSettings;
class Database;
class MainWindow;
class QPrinter;

class ReportActions : public QObject {
    Q_OBJECT
public:
    ReportActions(MainWindow &window, Database &db, AppSettings &settings);

    enum class Output { Preview, Pdf };
    void opinion(Output output);
    void campaign(Output output);
    void notice(Output output);
    void exportTable(const QString &what);
    void setBureau();
    // The cases the campaign report covers: the selected rows when two or more are, else all.
    QList<qint64> campaignCases() const;
    // Paints `doc` on `printer` (the preview dialog's); public for tests.
    void paint(const ReportDocument &doc, QPrinter *printer);
    QString buildError(const ReportBuild &b) const;

signals:
    void pdfWritten(const QString &path);  // after a report PDF was written and recorded

private:
    void registerActions();
    void run(const ReportBuild &b, Output output, const QString &suggestedName);
    void preview(const ReportDocument &doc);
    void savePdf(const ReportDocument &doc, const QString &suggestedName);

    RenderResult m_lastPaint;  // of the last paint on a printer, for the audit record of a print
    MainWindow &m_window;
    Database &m_db;
    AppSettings &m_settings;
};
