// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

namespace casereview {

namespace {
// Poppler reports recoverable problems (rebuilt xref, bad password) on stderr; the reader
// turns them into its own errors and warnings, so they are not printed.
void ignorePopplerMessage(const QString &, const QVariant &) {}

void installQuietErrorHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); });
}
} // namespace

struct PdfReader::Impl {
    QByteArray data;
    std::unique_ptr<Poppler::Document> doc;

    std::unique_ptr<Poppler::Page> page(int index) const
    {
        if (!doc || index < 0 || index >= doc->numPages())
            return nullptr;
        return doc->page(index);
    }
};

PdfReader::PdfReader() : d(std::make_unique<Impl>()) {}
PdfReader::~PdfReader() = default;
PdfReader::PdfReader(PdfReader &&) noexcept = default;
PdfReader &PdfReader::operator=(PdfReader &&) noexcept = default;

PdfReader PdfReader::open(const QByteArray &data, const QString &password)
{
    installQuietErrorHandler();
    PdfReader r;
    r.d->data = data;
    const QByteArray pw = password.toUtf8();
    r.d->doc = Poppler::Document::loadFromData(r.d->data, pw, pw);
    if (!r.d->doc) {
        r.m_error = Error::Damaged;
        return r;
    }
    if (r.d->doc->isLocked()) {
        r.m_error = password.isEmpty() ? Error::Encrypted : Error::WrongPassword;
        r.d->doc.reset();
        return r;
    }
    if (r.d->doc->numPages() <= 0) {
        r.m_error = Error::NoPages;
        r.d->doc.reset();
        return r;
    }
    r.d->doc->setRenderHint(Poppler::Document::Antialiasing);
    r.d->doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return r;
}

int PdfReader::pageCount() const { return d->doc ? d->doc->numPages() : 0; }

bool PdfReader::hasOwnerRestrictions() const
{
    if (!d->doc || !d->doc->isEncrypted())
        return false;
    return !d->doc->okToCopy() || !d->doc->okToPrint();
}

namespace {
int rotationOf(const Poppler::Page &p)
{
    switch (p.orientation()) {
    case Poppler::Page::Landscape: return 90;
    case Poppler::Page::UpsideDown: return 180;
    case Poppler::Page::Seascape: return 270;
    case Poppler::Page::Portrait: return 0;
    }
    return 0;
}
} // namespace

QSizeF PdfReader::pageSizePoints(int index) const
{
    const auto p = d->page(index);
    if (!p)
        return {};
    // pageSizeF() reports the rotated size; give the unrotated one.
    const QSizeF s = p->pageSizeF();
    const int rot = rotationOf(*p);
    return (rot == 90 || rot == 270) ? s.transposed() : s;
}

int PdfReader::pageRotation(int index) const
{
    const auto p = d->page(index);
    return p ? rotationOf(*p) : 0;
}

QString PdfReader::pageText(int index) const
{
    const auto p = d->page(index);
    if (!p)
        return {};
    // With a null rectangle Poppler clips the text to the crop box in unrotated coordinates
    // while laying it out rotated, so a /Rotate 90 page lost what lies beyond its short side.
    // Ask for the page as displayed instead.
    return p->text(QRectF(QPointF(0, 0), p->pageSizeF()));
}

std::vector<PdfReader::TextBox> PdfReader::textBoxes(int index) const
{
    std::vector<TextBox> out;
    const auto p = d->page(index);
    if (!p)
        return out;
    for (const auto &box : p->textList()) {
        TextBox b{box->text(), box->boundingBox(), {}, box->hasSpaceAfter()};
        b.chars.reserve(size_t(b.text.size()));
        for (int i = 0; i < b.text.size(); ++i)
            b.chars.push_back(box->charBoundingBox(i));
        out.push_back(std::move(b));
    }
    return out;
}

QImage PdfReader::renderPage(int index, double dpi, int maxSide) const
{
    const auto p = d->page(index);
    if (!p)
        return {};
    const QSizeF pt = p->pageSizeF();  // as displayed (rotation applied)
    const double longest = std::max(pt.width(), pt.height());
    if (longest <= 0)
        return {};
    // Cap the resolution so a 20,000 pt page does not ask for gigabytes.
    const double effective = std::min(dpi, maxSide * 72.0 / longest);
    return p->renderToImage(effective, effective);
}

} // namespace casereview
