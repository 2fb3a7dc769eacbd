// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Changes one item's status through the service on the Workspace's writer (the files attached
// are read there too, never on the GUI thread): the statuses the machine does not allow from
// the current one are disabled, OK is only enabled once the step has what it needs (a note, an
// attachment), and a refusal is shown in the dialog, which stays open.
#include "domain/rectificationitem.h"
#include "rectificationwritedialog.h"

#include <map>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

class RectificationStatusDialog : public RectificationWriteDialog {
    Q_OBJECT
public:
    RectificationStatusDialog(casereview::Workspace &workspace, const casereview::RectificationItem &item, const QString &actor,
                              QWidget *parent = nullptr);

    bool isTargetEnabled(casereview::RectificationStatus status) const;
    void setTarget(casereview::RectificationStatus status);
    void setNote(const QString &note);
    void addFiles(const QStringList &paths);
    bool canApply() const;
    bool apply() override;

private:
    void chooseFiles();
    void updateState();
    std::optional<casereview::RectificationStatus> target() const;

    casereview::RectificationItem m_item;
    QString m_actor;
    std::map<casereview::RectificationStatus, QRadioButton *> m_targets;
    QButtonGroup *m_group;
    QPlainTextEdit *m_note;
    QListWidget *m_files;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
