// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesniffer.h"

#include <QStringDecoder>

namespace casereview {

namespace FileSniffer {
qsizetype pdfHeaderOffset(const QByteArray &head)
{
    const qsizetype at = head.left(1024).indexOf("%PDF-");
    return at;
}

Kind detect(const QByteArray &head)
{
    if (head.isEmpty())
        return Kind::Empty;
    if (pdfHeaderOffset(head) >= 0)
        return Kind::Pdf;
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return Kind::Png;
    if (head.startsWith("\xff\xd8\xff"))
        return Kind::Jpeg;
    if (head.startsWith("II*\0") || head.startsWith("MM\0*"))
        return Kind::Tiff;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Kind::Gif;
    if (head.startsWith("PK\x03\x04"))
        return Kind::Zip;
    const QByteArray lower = head.left(512).trimmed().toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html"))
        return Kind::Html;
    if (!head.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        // Cut at a character boundary is not guaranteed; ignore a broken last sequence.
        (void)QString(utf8(head.left(head.size() - 4 > 0 ? head.size() - 4 : head.size())));
        if (!utf8.hasError())
            return Kind::Text;
    }
    return Kind::Unknown;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty: return QStringLiteral("an empty file");
    case Kind::Pdf: return QStringLiteral("PDF");
    case Kind::Png: return QStringLiteral("a PNG image");
    case Kind::Jpeg: return QStringLiteral("a JPEG image");
    case Kind::Tiff: return QStringLiteral("a TIFF image");
    case Kind::Gif: return QStringLiteral("a GIF image");
    case Kind::Zip: return QStringLiteral("a ZIP archive or Office document");
    case Kind::Html: return QStringLiteral("an HTML page");
    case Kind::Text: return QStringLiteral("plain text");
    case Kind::Unknown: return QStringLiteral("unknown binary data");
    }
    return {};
}
} // namespace FileSniffer

} // namespace casereview
