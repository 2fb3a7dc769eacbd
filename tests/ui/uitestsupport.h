// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers of the UI tests: a temporary store with imported dossiers, waiting on the
// event loop, and screenshots saved next to the test binary.
#include "workspace/diagnosisservice.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "rectification/rectificationservice.h"
#include "review/reviewservice.h"
#include "storage/standardservice.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QString>
#include <QTemporaryDir>
#include <functional>

class QWidget;

namespace UiTest {
// Spins the event loop until `done` holds or `ms` pass; returns whether it held.
bool waitFor(const std::function<bool()> &done, int ms = 15000);
// Types `text` (any script, unlike QTest::keyClicks) as key events with text.
void typeText(QWidget *widget, const QString &text);
// Writes the widget's image to <test binary dir>/screenshots/<name>.png and returns the path.
QString screenshot(QWidget *widget, const QString &name);

// A temporary folder with a store path and a settings file (not the real ::Workspace).
struct TempStore {
    QTemporaryDir dir;
    QString store() const { return dir.filePath(QStringLiteral("cases.crstore")); }
    QString settings() const { return dir.filePath(QStringLiteral("settings.ini")); }
    // Writes `count` dossier PDFs (and, when `withBad`, a PNG named .pdf) into dir/in.
    QStringList writeDossiers(int count, bool withBad = false);
    // Imports the given files straight through the core importer.
    void importDirect(const QStringList &files);
};

// The Workspace, the services and the window, wired as app/gui/main.cpp does. The
// constructor returns once the case list has been read.
struct Session {
    explicit Session(const TempStore &store);
    // Announces that the store changed behind the window's back (a fixture wrote to it) and
    // waits until the case list has read it again; returns whether it did in time.
    bool reloadCases();

    casereview::Workspace workspace;
    casereview::Database db;  // for fixtures that write the store behind the window's back
    casereview::ReviewService reviews;
    casereview::StandardService standards;
    AppSettings settings;
    MainWindow window;
    int listLoads = 0;  // times the case list was read whole
};
} // namespace UiTest
