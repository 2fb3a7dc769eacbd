// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small reader of a PDF's raw objects (issue #17): after Poppler refuses a file or finds no
// pages, it looks at the trailer, the encryption dictionary and the page tree in the bytes to say
// what is really wrong — a password, damaged encryption data or a certificate; a page tree that is
// missing, broken or truly empty. Poppler stays the reader; this only chooses the words. It finds
// objects by their "N G obj" text, so objects inside compressed object streams are not seen
// (then it answers Unknown).
#include <QByteArray>

namespace casereview {

class PdfStructure {
public:
    enum class Security { None, Password, Damaged, Certificate, Unknown };
    enum class PageTree { Unknown, Missing, Broken, Empty };

    explicit PdfStructure(const QByteArray &bytes) : m_bytes(bytes) {}
    Security security() const;
    PageTree pageTree() const;

private:
    QByteArray trailerValue(const char *key) const;  // the text after /key in the last trailer
    QByteArray object(int number) const;              // the body of "number G obj", empty if none
    QByteArray resolve(const QByteArray &value) const;  // an "N G R" reference's body, else value
    const QByteArray &m_bytes;
};

} // namespace casereview
