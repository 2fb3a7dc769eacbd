// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationattachmentlist.h"

#include <QDateTime>
#include <QLocale>

using namespace casereview;

RectificationAttachmentList::RectificationAttachmentList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("rectificationAttachments"));
}

void RectificationAttachmentList::setAttachments(const std::vector<RectificationAttachment> &attachments)
{
    clear();
    for (const RectificationAttachment &a : attachments) {
        const QString when = QDateTime::fromString(a.addedAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        auto *row = new QListWidgetItem(tr("%1 (%2, %3, %4)").arg(a.fileName, QLocale().formattedDataSize(a.size), when, a.addedBy), this);
        row->setData(AttachmentIdRole, a.id);
        row->setData(SupersededRole, a.superseded.has_value());
        row->setToolTip(tr("SHA-256 %1").arg(a.sha256));
        if (!a.superseded)
            continue;
        QFont f = font();
        f.setStrikeOut(true);
        row->setFont(f);
        row->setForeground(QColor(0x90, 0x90, 0x90));
        const QString at = QDateTime::fromString(a.superseded->at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        row->setToolTip(tr("Superseded %1 by %2: %3\nNot part of the current evidence; kept in the store (SHA-256 %4).")
                            .arg(at, a.superseded->by, a.superseded->reason, a.sha256));
    }
}

qint64 RectificationAttachmentList::currentAttachment() const
{
    const QListWidgetItem *row = currentItem();
    return row && !row->data(SupersededRole).toBool() ? row->data(AttachmentIdRole).toLongLong() : 0;
}
