// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs an import (ImportService: stored, then diagnosed) on a worker thread with its own store
// connection and shows its progress;
// at the end it lists every file with its result and, for the bad ones, why; password-protected
// files can be imported again with a password. Never modal.
#include "workspace/diagnosisservice.h"
#include "import/importtypes.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString &storePath, const DiagnosisService &diagnosis, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void start(const QStringList &paths, const QString &password = {});
    // Imports the password-protected files of the last run again with `password`.
    void retryWithPassword(const QString &password);
    QStringList lockedFiles() const { return m_locked; }
    QPushButton *passwordButton() const { return m_passwordButton; }
    bool isRunning() const { return m_running; }
    const ImportReport &report() const { return m_report; }
    QTreeWidget *resultList() const { return m_results; }

signals:
    void importFinished(const ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void onProgress(const ImportProgress &p);
    void onFinished(const ImportReport &report, bool storeFailed);
    void addResult(const ImportOutcome &o);

    QString m_storePath;
    DiagnosisService m_diagnosis;
    QLabel *m_summary;
    QLabel *m_current;
    QProgressBar *m_bar;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_passwordButton;
    QStringList m_locked;  // files that need a (different) password
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ImportReport m_report;
    bool m_running = false;
};
