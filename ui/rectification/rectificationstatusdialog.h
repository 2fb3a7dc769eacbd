// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changes one item's status through the service: the statuses the machine does not allow from
// the current one are disabled, OK is only enabled once the step has what it needs (a note, an
// attachment), and a refusal is shown in the dialog, which stays open.
#include "domain/rectificationitem.h"

#include <QDialog>
#include <map>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class RectificationService;

class RectificationStatusDialog : public QDialog {
    Q_OBJECT
public:
    RectificationStatusDialog(RectificationService &service, const RectificationItem &item, const QString &actor,
                              QWidget *parent = nullptr);

    bool isTargetEnabled(RectificationStatus status) const;
    void setTarget(RectificationStatus status);
    void setNote(const QString &note);
    void addFiles(const QStringList &paths);
    bool canApply() const;
    QString errorText() const;
    // Applies the change; false (and the reason shown) when the service refused it.
    bool apply();

    void accept() override;

private:
    void chooseFiles();
    void updateState();
    std::optional<RectificationStatus> target() const;

    RectificationService &m_service;
    RectificationItem m_item;
    QString m_actor;
    std::map<RectificationStatus, QRadioButton *> m_targets;
    QButtonGroup *m_group;
    QPlainTextEdit *m_note;
    QListWidget *m_files;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
