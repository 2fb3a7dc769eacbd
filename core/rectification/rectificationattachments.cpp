// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationattachments.h"

#include "import/filesniffer.h"
#include "rectificationerror.h"
#include "storage/auditrepository.h"
#include "storage/rectificationrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace casereview {

namespace {
using Err = RectificationError;
[[noreturn]] void refuse(Err::Kind kind, const QString &message) { throw RectificationError(kind, message); }

const QString kEntity = QStringLiteral("rectification");
} // namespace

QString RectificationAttachments::mimeType(const QByteArray &head, QString *refusal)
{
    const FileSniffer::Kind kind = FileSniffer::detect(head);
    switch (kind) {
    case FileSniffer::Kind::Pdf: return QStringLiteral("application/pdf");
    case FileSniffer::Kind::Png: return QStringLiteral("image/png");
    case FileSniffer::Kind::Jpeg: return QStringLiteral("image/jpeg");
    case FileSniffer::Kind::Gif: return QStringLiteral("image/gif");
    case FileSniffer::Kind::Tiff: return QStringLiteral("image/tiff");
    default: break;
    }
    if (refusal)
        *refusal = QStringLiteral("the file is %1; attach the agency's report or evidence as a PDF or an image "
                                  "(PNG, JPEG, GIF, TIFF)")
                       .arg(FileSniffer::kindName(kind));
    return {};
}

RectificationAttachments::File RectificationAttachments::read(const QString &path)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists())
        refuse(Err::Kind::BadAttachment, QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        refuse(Err::Kind::BadAttachment, QStringLiteral("%1 is not a file").arg(path));
    if (info.size() > kMaxBytes)
        refuse(Err::Kind::BadAttachment,
               QStringLiteral("%1 is %2 MB; attachments are limited to %3 MB")
                   .arg(path)
                   .arg(info.size() / (1024 * 1024))
                   .arg(kMaxBytes / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        refuse(Err::Kind::BadAttachment, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    File file{info.fileName(), {}, f.readAll()};
    QString why;
    file.mimeType = mimeType(file.data.left(1024), &why);
    if (file.mimeType.isEmpty())
        refuse(Err::Kind::BadAttachment, QStringLiteral("%1 was not attached: %2").arg(path, why));
    return file;
}

qint64 RectificationAttachments::store(qint64 itemId, const File &file, const QString &note, const QString &actor)
{
    RectificationRepository repo(m_db);
    const qint64 id = repo.addAttachment(itemId, file.name, file.mimeType, file.data, note, actor);
    const RectificationAttachment a = *repo.attachment(id);
    QJsonObject after{{QStringLiteral("attachment_id"), id},
                      {QStringLiteral("file_name"), a.fileName},
                      {QStringLiteral("mime_type"), a.mimeType},
                      {QStringLiteral("size"), a.size},
                      {QStringLiteral("sha256"), a.sha256}};
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    AuditRepository(m_db).append(actor, kEntity, QString::number(itemId), QStringLiteral("attach"), {}, after);
    return id;
}

void RectificationAttachments::supersede(const RectificationItem &owner, qint64 attachmentId, const QString &reason, const QString &actor,
                                         const std::optional<File> &replacement)
{
    RectificationRepository repo(m_db);
    const std::optional<RectificationAttachment> a = repo.attachment(attachmentId);
    if (!a || a->itemId != owner.id)
        refuse(Err::Kind::NotFound, QStringLiteral("item %1 has no attachment %2").arg(owner.id).arg(attachmentId));
    if (a->superseded)
        refuse(Err::Kind::Superseded,
               QStringLiteral("attachment %1 (%2) was already superseded on %3 by %4")
                   .arg(attachmentId)
                   .arg(a->fileName, a->superseded->at.left(10), a->superseded->by));
    if (owner.status == RectificationStatus::Closed && owner.attachmentCount <= 1 && !replacement)
        refuse(Err::Kind::NeedsAttachment,
               QStringLiteral("item %1 is closed and attachment %2 is its only evidence: attach the "
                              "replacement in the same step (--attach FILE)")
                   .arg(owner.id)
                   .arg(attachmentId));
    std::optional<qint64> replacedBy;
    if (replacement)
        replacedBy = store(owner.id, *replacement, QStringLiteral("replaces attachment %1").arg(attachmentId), actor);
    repo.supersede(attachmentId, reason, actor, replacedBy);
    QJsonObject after{{QStringLiteral("attachment_id"), attachmentId},
                      {QStringLiteral("file_name"), a->fileName},
                      {QStringLiteral("sha256"), a->sha256},
                      {QStringLiteral("reason"), reason}};
    if (replacedBy)
        after.insert(QStringLiteral("replaced_by"), *replacedBy);
    AuditRepository(m_db).append(actor, kEntity, QString::number(owner.id), QStringLiteral("supersede"), {}, after);
}

} // namespace casereview
