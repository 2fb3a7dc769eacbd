// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evidence files of rectification items: what a file may be (a PDF or an image, sniffed by
// its bytes, never by its name), reading it whole and checked before any transaction opens, and
// storing or superseding it with its audit row inside the caller's transaction. Split from
// RectificationService so that the service reads as the status machine and this class as the
// one place that decides what an attachment is. Throws RectificationError (BadAttachment,
// NotFound, Superseded, NeedsAttachment) or StorageError.
#include "domain/rectificationitem.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace casereview {

class Database;

class RectificationAttachments {
public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // A file read from disk and accepted, not yet stored.
    struct File {
        QString name;
        QString mimeType;
        QByteArray data;
    };

    // The stored MIME type of a file with these first bytes, or empty with a refusal naming what
    // the file is ("the file is plain text …").
    static QString mimeType(const QByteArray &head, QString *refusal = nullptr);
    // Reads and checks a file (exists, a file, within kMaxBytes, a PDF or image).
    static File read(const QString &path);

    explicit RectificationAttachments(Database &db) : m_db(db) { }

    // Stores the file on the item with an "attach" audit row; returns the attachment's id.
    qint64 store(qint64 itemId, const File &file, const QString &note, const QString &actor);
    // Takes an attachment of `owner` out of the current evidence (its bytes stay stored), storing
    // `replacement` first and linking it; a closed item never loses its only evidence.
    void supersede(const RectificationItem &owner, qint64 attachmentId, const QString &reason, const QString &actor,
                   const std::optional<File> &replacement);

private:
    Database &m_db;
};

} // namespace casereview
