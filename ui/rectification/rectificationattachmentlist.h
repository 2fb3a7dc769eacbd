// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An item's attachments on the board: current evidence plainly, superseded ones greyed and
// struck through with who superseded them and why.
#include "domain/rectificationitem.h"

#include <QListWidget>

class RectificationAttachmentList : public QListWidget {
    Q_OBJECT
public:
    enum Role { AttachmentIdRole = Qt::UserRole + 1, SupersededRole };

    explicit RectificationAttachmentList(QWidget *parent = nullptr);
    void setAttachments(const std::vector<casereview::RectificationAttachment> &attachments);
    qint64 currentAttachment() const;  // the selected current (not superseded) attachment, or 0
};
