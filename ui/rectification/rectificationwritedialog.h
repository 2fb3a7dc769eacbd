// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the rectification dialogs that write share: OK sends the write to the Workspace's writer
// and the dialog stays open, its OK disabled, until the store answered; it closes (Accepted)
// once the change is stored, or shows the refusal or the store's failure in the user's words
// and stays open, so nothing typed is lost.
#include "rectificationjobs.h"

#include <QDialog>

class QLabel;

class RectificationWriteDialog : public QDialog {
    Q_OBJECT
public:
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // Sends the write; false when there is nothing to send (the dialog's input is incomplete)
    // or a write is still on its way. The outcome comes later: accepted, or errorText().
    virtual bool apply() = 0;
    void accept() override;

signals:
    void busyChanged(bool busy);

protected:
    RectificationWriteDialog(casereview::Workspace &workspace, QWidget *parent);
    // The label for the error, made here and placed by the dialog's layout.
    QLabel *errorLabel() const { return m_error; }
    const RectificationJobs &jobs() const { return m_jobs; }
    // Waits for the write's future: closes the dialog on success, shows why not on failure.
    template <class T>
    bool submit(QFuture<T> future)
    {
        setBusy(true);
        RectificationJobs::whenDone(
            this, std::move(future),
            [this](const auto &...) {
                setBusy(false);
                QDialog::accept();
            },
            [this](const QString &why) {
                setBusy(false);
                showError(why);
            });
        return true;
    }

private:
    void setBusy(bool busy);
    void showError(const QString &text);

    RectificationJobs m_jobs;
    QLabel *m_error;
    bool m_busy = false;
};
