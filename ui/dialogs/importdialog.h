// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs an import through the Workspace (stored, then diagnosed, off the GUI thread) and shows
// its progress from the future; Cancel asks the run to stop after the files in hand, and the
// partial report is shown. At the end it lists every file with its result and, for the bad
// ones, why; password-protected files can be imported again with a password. Never modal.
#include "import/importtypes.h"
#include "workspace/failure.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
namespace casereview { class Workspace; }

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(casereview::Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void start(const QStringList &paths, const QString &password = {});
    // Imports the password-protected files of the last run again with `password`.
    void retryWithPassword(const QString &password);
    QStringList lockedFiles() const { return m_locked; }
    QPushButton *passwordButton() const { return m_passwordButton; }
    bool isRunning() const { return m_running; }
    const casereview::ImportReport &report() const { return m_report; }
    QTreeWidget *resultList() const { return m_results; }

signals:
    void importFinished(const casereview::ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void onProgress(int done, int total, const QString &lastFile);
    void showReport(const casereview::ImportReport &report);
    void showFailure(const casereview::Failure &failure);
    void endRun();
    void addResult(const casereview::ImportOutcome &o);

    casereview::Workspace &m_workspace;
    QLabel *m_summary;
    QLabel *m_current;
    QProgressBar *m_bar;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_passwordButton;
    QStringList m_locked;  // files that need a (different) password
    std::shared_ptr<std::atomic<bool>> m_cancel;
    casereview::ImportReport m_report;
    bool m_running = false;
};
