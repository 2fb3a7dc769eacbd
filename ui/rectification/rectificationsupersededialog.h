// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Supersedes a wrong attachment of a rectification item: which one, why, by whom, and
// optionally the file that replaces it. The old bytes stay in the store.
#include "domain/rectificationitem.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RectificationService;

class RectificationSupersedeDialog : public QDialog {
    Q_OBJECT
public:
    // Offers the item's current attachments, `preselect` first when it is one of them.
    RectificationSupersedeDialog(RectificationService &service, const RectificationItem &item, qint64 preselect,
                                 const QString &actor, QWidget *parent = nullptr);

    int choiceCount() const;
    qint64 chosenAttachment() const;
    void chooseAttachment(qint64 attachmentId);
    void setReason(const QString &reason);
    void setReplacement(const QString &path);
    bool canApply() const;
    QString errorText() const;
    bool apply();
    void accept() override;

private:
    void updateState();

    RectificationService &m_service;
    RectificationItem m_item;
    QString m_actor;
    QComboBox *m_attachment;
    QLineEdit *m_reason;
    QLineEdit *m_replacement;
    QLabel *m_error;
    QPushButton *m_apply;
};
