// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs every Poppler call of the open document on worker threads (each task with a reader
// borrowed from a ReaderPool) and reports back by signal: the page geometry, rendered pages,
// word boxes and find hits. Results of a previously open document are dropped.
#include <QByteArray>
#include <map>
#include <memory>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <vector>

class QThreadPool;
class ReaderPool;

struct TextRun {
    QString text;
    QRectF rect;  // points, page coordinates
    std::vector<QRectF> chars = {};  // per character when the PDF gives them (OCR words: none)
    bool spaceAfter = false;

    // The box of character `i`: its own, or an even share of the run's box.
    QRectF charRect(qsizetype i) const;
};

struct FindHit {
    int page = 0;  // 0-based
    QRectF rect;   // points
};

class PageRenderer : public QObject {
    Q_OBJECT
public:
    enum class Purpose { View, Thumbnail };

    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // `ocrRuns`: for scanned pages (0-based), the OCR words to use instead of the empty
    // text layer, so find, selection and evidence work on scans as on text pages.
    void open(const QByteArray &pdf, std::map<int, std::vector<TextRun>> ocrRuns = {});
    void close();
    bool isOpen() const { return !m_sizes.empty(); }
    int pageCount() const { return int(m_sizes.size()); }
    QSizeF pageSize(int page) const;  // points, as displayed

    // Asks for a render; `urgent` ones jump the queue (visible pages before prefetch).
    void requestPage(int page, double dpi, Purpose purpose, bool urgent);
    void requestText(int page);
    void find(const QString &query);

    // Every hit of `query` in a page's runs (whitespace ignored), as rectangles in points.
    static std::vector<QRectF> match(const std::vector<TextRun> &runs, const QString &query);

signals:
    void opened(int pageCount);
    void openFailed();
    void pageRendered(int page, double dpi, PageRenderer::Purpose purpose, const QImage &image);
    void textReady(int page, const std::vector<TextRun> &runs);
    void findFinished(const QString &query, const std::vector<FindHit> &hits);

private:
    QThreadPool *m_pool;
    std::shared_ptr<ReaderPool> m_readers;  // shared with queued tasks
    QByteArray m_pdf;
    std::map<int, std::vector<TextRun>> m_ocrRuns;
    quint64 m_generation = 0;
    std::vector<QSizeF> m_sizes;
    QSet<QString> m_pending;
};

Q_DECLARE_METATYPE(std::vector<TextRun>)
Q_DECLARE_METATYPE(std::vector<FindHit>)
