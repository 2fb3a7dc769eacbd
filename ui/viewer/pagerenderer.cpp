// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerenderer.h"

#include "import/pdfreader.h"
#include "readerpool.h"

#include <QMetaObject>
#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <atomic>

using namespace casereview;

namespace {
std::atomic<quint64> g_nextDocument{1};

constexpr int kMaxSide = 4096;  // pixels; bounds memory for huge pages
} // namespace

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent), m_pool(new QThreadPool(this)),
      m_readers(std::make_shared<ReaderPool>(std::max(2, QThread::idealThreadCount())))
{
    qRegisterMetaType<std::vector<TextRun>>();
    qRegisterMetaType<std::vector<FindHit>>();
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

PageRenderer::~PageRenderer()
{
    m_generation = 0;
    m_pool->clear();
    m_pool->waitForDone();
    m_readers->clear();
}

void PageRenderer::open(const QByteArray &pdf, std::map<int, std::vector<TextRun>> ocrRuns)
{
    close();
    m_pdf = pdf;
    m_ocrRuns = std::move(ocrRuns);
    m_generation = g_nextDocument++;
    const quint64 gen = m_generation;
    QPointer<PageRenderer> self(this);
    m_pool->start([self, gen, pdf, readers = m_readers] {
        const ReaderPool::Lease lease = readers->borrow(gen, pdf);
        const PdfReader &r = lease.reader();
        std::vector<QSizeF> sizes;
        for (int i = 0; i < r.pageCount(); ++i) {
            QSizeF s = r.pageSizePoints(i);
            const int rot = r.pageRotation(i);
            sizes.push_back(rot == 90 || rot == 270 ? s.transposed() : s);
        }
        QMetaObject::invokeMethod(qApp, [self, gen, sizes] {
            if (!self || self->m_generation != gen)
                return;
            self->m_sizes = sizes;
            if (sizes.empty())
                emit self->openFailed();
            else
                emit self->opened(int(sizes.size()));
        });
    }, 10);
}

void PageRenderer::close()
{
    m_generation = 0;
    m_pool->clear();
    m_sizes.clear();
    m_pending.clear();
    m_pdf.clear();
    m_ocrRuns.clear();
}

QSizeF PageRenderer::pageSize(int page) const
{
    return page >= 0 && page < pageCount() ? m_sizes[size_t(page)] : QSizeF(595, 842);
}

void PageRenderer::requestPage(int page, double dpi, Purpose purpose, bool urgent)
{
    if (!m_generation || page < 0 || page >= pageCount())
        return;
    const QString key = QStringLiteral("%1/%2/%3").arg(page).arg(dpi, 0, 'f', 2).arg(int(purpose));
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    const quint64 gen = m_generation;
    const QByteArray pdf = m_pdf;
    QPointer<PageRenderer> self(this);
    m_pool->start([self, gen, pdf, page, dpi, purpose, key, readers = m_readers] {
        const QImage image = readers->borrow(gen, pdf).reader().renderPage(page, dpi, kMaxSide);
        QMetaObject::invokeMethod(qApp, [self, gen, page, dpi, purpose, key, image] {
            if (!self || self->m_generation != gen)
                return;
            self->m_pending.remove(key);
            emit self->pageRendered(page, dpi, purpose, image);
        });
    }, urgent ? 5 : (purpose == Purpose::View ? 1 : 0));
}

void PageRenderer::requestText(int page)
{
    if (!m_generation || page < 0 || page >= pageCount())
        return;
    const QString key = QStringLiteral("text/%1").arg(page);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    const quint64 gen = m_generation;
    const QByteArray pdf = m_pdf;
    QPointer<PageRenderer> self(this);
    if (const auto ocr = m_ocrRuns.find(page); ocr != m_ocrRuns.end()) {
        const std::vector<TextRun> runs = ocr->second;
        QMetaObject::invokeMethod(this, [self, gen, page, key, runs] {
            if (!self || self->m_generation != gen)
                return;
            self->m_pending.remove(key);
            emit self->textReady(page, runs);
        }, Qt::QueuedConnection);
        return;
    }
    m_pool->start([self, gen, pdf, page, key, readers = m_readers] {
        std::vector<TextRun> runs;
        for (const auto &b : readers->borrow(gen, pdf).reader().textBoxes(page))
            runs.push_back({b.text, b.rect, b.chars, b.spaceAfter});
        QMetaObject::invokeMethod(qApp, [self, gen, page, key, runs] {
            if (!self || self->m_generation != gen)
                return;
            self->m_pending.remove(key);
            emit self->textReady(page, runs);
        });
    }, 4);
}

void PageRenderer::find(const QString &query)
{
    if (!m_generation)
        return;
    const quint64 gen = m_generation;
    const QByteArray pdf = m_pdf;
    const int pages = pageCount();
    QPointer<PageRenderer> self(this);
    m_pool->start([self, gen, pdf, pages, query, ocrRuns = m_ocrRuns, readers = m_readers] {
        std::vector<FindHit> hits;
        const ReaderPool::Lease lease = readers->borrow(gen, pdf);
        const PdfReader &r = lease.reader();
        for (int p = 0; p < pages && self; ++p) {
            std::vector<TextRun> runs;
            if (const auto ocr = ocrRuns.find(p); ocr != ocrRuns.end())
                runs = ocr->second;
            else
                for (const auto &b : r.textBoxes(p))
                    runs.push_back({b.text, b.rect, b.chars, b.spaceAfter});
            for (const QRectF &rect : match(runs, query))
                hits.push_back({p, rect});
        }
        QMetaObject::invokeMethod(qApp, [self, gen, query, hits] {
            if (self && self->m_generation == gen)
                emit self->findFinished(query, hits);
        });
    }, 3);
}

QRectF TextRun::charRect(qsizetype i) const
{
    if (i >= 0 && size_t(i) < chars.size() && !chars[size_t(i)].isEmpty())
        return chars[size_t(i)];
    const double w = rect.width() / double(std::max<qsizetype>(1, text.size()));
    return QRectF(rect.left() + w * double(i), rect.top(), w, rect.height());
}

std::vector<QRectF> PageRenderer::match(const std::vector<TextRun> &runs, const QString &query)
{
    std::vector<QRectF> out;
    QString needle = query;
    needle.remove(QRegularExpression(QStringLiteral("\\s+")));
    if (needle.isEmpty())
        return out;
    // Flat text of the page with, per character, the rectangle it covers inside its run.
    QString flat;
    std::vector<QRectF> charRects;
    for (const TextRun &run : runs) {
        const qsizetype n = run.text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (run.text[i].isSpace())
                continue;
            flat += run.text[i];
            charRects.push_back(run.charRect(i));
        }
    }
    for (qsizetype pos = flat.indexOf(needle, 0, Qt::CaseInsensitive); pos >= 0;
         pos = flat.indexOf(needle, pos + needle.size(), Qt::CaseInsensitive)) {
        QRectF r;
        for (qsizetype i = pos; i < pos + needle.size(); ++i) {
            // A hit spanning two lines becomes two rectangles.
            if (!r.isNull() && std::abs(charRects[size_t(i)].top() - r.top()) > r.height() / 2) {
                out.push_back(r);
                r = {};
            }
            r = r.isNull() ? charRects[size_t(i)] : r.united(charRects[size_t(i)]);
        }
        out.push_back(r);
    }
    return out;
}
