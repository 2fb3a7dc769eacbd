// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one adapter over Poppler: opens a PDF from memory, reads page text and word boxes,
// renders pages with a pixel cap. No Poppler type escapes this header. An instance is not
// thread-safe; give each thread its own (opening from memory is cheap).
#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

namespace casereview {

class PdfReader {
public:
    enum class Error {
        None,
        Encrypted,      // a user password is needed
        WrongPassword,  // a password was given but does not open it
        Damaged,        // Poppler could not parse it
        NoPages,
    };

    struct TextBox {
        QString text;
        QRectF rect;  // in points, origin top-left, the page as displayed (its /Rotate applied)
        std::vector<QRectF> chars;  // one box per character of `text`, same coordinates
        bool spaceAfter = false;    // the page has a space between this word and the next
    };

    PdfReader();
    ~PdfReader();
    PdfReader(PdfReader &&) noexcept;
    PdfReader &operator=(PdfReader &&) noexcept;

    // Opens `data` (kept alive by the reader). On failure error() says why.
    static PdfReader open(const QByteArray &data, const QString &password = {});

    Error error() const { return m_error; }
    bool isOpen() const { return m_error == Error::None; }
    int pageCount() const;
    bool hasOwnerRestrictions() const;  // opened, but printing/copying is restricted
    QSizeF pageSizePoints(int index) const;  // unrotated
    int pageRotation(int index) const;       // 0, 90, 180, 270
    QString pageText(int index) const;
    std::vector<TextBox> textBoxes(int index) const;
    // Renders at `dpi`, lowering the resolution so that neither side exceeds `maxSide` pixels.
    QImage renderPage(int index, double dpi, int maxSide = 6000) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Error m_error = Error::None;
};

} // namespace casereview
