// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Supersedes a wrong attachment of a rectification item: which one, why, by whom, and
// optionally the file that replaces it. The old bytes stay in the store. The attachments are
// read and the change written on the Workspace's pool and writer.
#include "domain/rectificationitem.h"
#include "rectificationwritedialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class RectificationSupersedeDialog : public RectificationWriteDialog {
    Q_OBJECT
public:
    // Offers the item's current attachments, `preselect` first when it is one of them, once
    // they are read (isLoaded()).
    RectificationSupersedeDialog(casereview::Workspace &workspace, const casereview::RectificationItem &item, qint64 preselect,
                                 const QString &actor, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    int choiceCount() const;
    qint64 chosenAttachment() const;
    void chooseAttachment(qint64 attachmentId);
    void setReason(const QString &reason);
    void setReplacement(const QString &path);
    bool canApply() const;
    bool apply() override;

private:
    void updateState();
    void load(qint64 preselect);

    casereview::RectificationItem m_item;
    QString m_actor;
    QComboBox *m_attachment;
    QLineEdit *m_reason;
    QLineEdit *m_replacement;
    QPushButton *m_apply;
    bool m_loaded = false;
};
