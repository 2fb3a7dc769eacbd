// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tells what a file really is from its first bytes, so that a PNG or a text file named
// .pdf gets a precise error instead of "damaged PDF".
#include <QByteArray>
#include <QString>

namespace casereview {

namespace FileSniffer {
enum class Kind { Empty, Pdf, Png, Jpeg, Tiff, Gif, Zip, Html, Text, Unknown };

Kind detect(const QByteArray &head);
// Offset of "%PDF-" within the first 1024 bytes, or -1. Readers accept leading junk up to there.
qsizetype pdfHeaderOffset(const QByteArray &head);
QString kindName(Kind kind);  // "a PNG image", "plain text", … (reads after "the file is")
} // namespace FileSniffer

} // namespace casereview
