// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierreader.h"

#include "extraction/dossieranalyzer.h"
#include "filesniffer.h"
#include "textlayerquality.h"
#include "pdfreader.h"
#include "pdfstructure.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace casereview {

namespace {
void fail(ImportOutcome &o, ImportError e, const QString &message, ImportDetail detail = ImportDetail::None)
{
    o.status = ImportOutcome::Status::Failed;
    o.error = e;
    o.message = message;
    o.detail = detail;
}

void note(NewCase &c, ImportOutcome &o, ImportNote n, const QString &text)
{
    c.warnings << text;
    o.notes.push_back(n);
}

bool isBlank(const QString &text)
{
    for (QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

bool isPdfSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Whether `tail` holds the start of a PDF section: "N G obj", "xref", "trailer <<" or
// "startxref", each as a word of its own (a footer's "object" or "trailers" is none).
bool beginsSection(QByteArrayView tail)
{
    auto wordAt = [&](qsizetype i, qsizetype len) {
        const bool startOk = i == 0 || isPdfSpace(tail[i - 1]) || tail[i - 1] == '>';
        const bool endOk = i + len == tail.size() || isPdfSpace(tail[i + len]) || tail[i + len] == '<';
        return startOk && endOk;
    };
    for (qsizetype i = tail.indexOf("obj"); i >= 0; i = tail.indexOf("obj", i + 1)) {
        if (!wordAt(i, 3))
            continue;
        qsizetype j = i - 1;
        int numbers = 0;
        while (numbers < 2 && j >= 0 && isPdfSpace(tail[j])) {
            while (j >= 0 && isPdfSpace(tail[j]))
                --j;
            const qsizetype end = j;
            while (j >= 0 && isDigit(tail[j]))
                --j;
            if (j == end)
                break;
            ++numbers;
        }
        if (numbers == 2)
            return true;
    }
    for (const char *word : {"xref", "trailer", "startxref"}) {
        const qsizetype len = qsizetype(qstrlen(word));
        for (qsizetype i = tail.indexOf(word); i >= 0; i = tail.indexOf(word, i + 1))
            if (wordAt(i, len) && (qstrcmp(word, "trailer") != 0 || tail.sliced(i + len).trimmed().startsWith("<<")))
                return true;
    }
    return false;
}

// Whether `bytes` end with a complete "startxref N" (trailing white space allowed).
bool endsWithStartxref(QByteArrayView bytes)
{
    const QByteArrayView end = bytes.last(std::min<qsizetype>(bytes.size(), 64)).trimmed();
    qsizetype i = end.size();
    while (i > 0 && isDigit(end[i - 1]))
        --i;
    if (i == end.size())
        return false;
    return end.first(i).trimmed().endsWith("startxref");
}

// A file cut short has no end-of-file marker after its last section; Poppler then rebuilds what
// it can. The last %%EOF is searched in the whole file, not in a tail of fixed size: bytes after
// it (a scanner's or mail gateway's padding, kilobytes of zeros, a footer) are harmless, unless
// they begin a section of their own — an object, a cross-reference table, a trailer — that never
// reached its marker: an incremental update cut short. A section that did reach its
// `startxref N` and lost only the five bytes of the marker is complete.
bool looksTruncated(const QByteArray &bytes)
{
    const qsizetype eof = bytes.lastIndexOf("%%EOF");
    const QByteArrayView after = eof < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).sliced(eof + 5);
    if (eof >= 0 && !beginsSection(after))
        return false;
    return !endsWithStartxref(after);
}

// Words for a file Poppler refused: the raw structure tells a password from damaged encryption
// data or a certificate, and a missing page tree from a broken or an empty one (issue #17).
void refuse(ImportOutcome &o, PdfReader::Error error, const QByteArray &bytes)
{
    const PdfStructure structure(bytes);
    using S = PdfStructure::Security;
    using T = PdfStructure::PageTree;
    const S security = error == PdfReader::Error::None ? S::None : structure.security();
    if (security == S::Certificate) {
        fail(o, ImportError::Encrypted,
             QStringLiteral("encrypted for a certificate (public-key security), not with a password: open it in the "
                            "program it was made for and save an unencrypted copy"),
             ImportDetail::CertificateSecurity);
        return;
    }
    if (security == S::Damaged && error != PdfReader::Error::NoPages) {
        fail(o, ImportError::Damaged,
             QStringLiteral("damaged PDF: its encryption data is damaged; a password will not help; ask the sender "
                            "for an intact copy"),
             ImportDetail::EncryptionDamaged);
        return;
    }
    const T tree = error == PdfReader::Error::NoPages || error == PdfReader::Error::Damaged ? structure.pageTree()
                                                                                            : T::Unknown;
    if (tree == T::Missing) {
        fail(o, ImportError::NoPages, QStringLiteral("the PDF has no pages: its page tree is missing (the file is damaged)"),
             ImportDetail::PageTreeMissing);
        return;
    }
    if (error == PdfReader::Error::NoPages && tree == T::Broken) {
        fail(o, ImportError::NoPages,
             QStringLiteral("the PDF has no readable pages: its page tree is broken (a loop, a bad page count or "
                            "entries that are no pages)"),
             ImportDetail::PageTreeBroken);
        return;
    }
    switch (error) {
    case PdfReader::Error::None: return;
    case PdfReader::Error::Encrypted:
        fail(o, ImportError::Encrypted, QStringLiteral("encrypted, password needed: the PDF is protected by a user password (import it with --password)"));
        return;
    case PdfReader::Error::WrongPassword:
        fail(o, ImportError::WrongPassword, QStringLiteral("encrypted: the password given does not open this PDF"));
        return;
    case PdfReader::Error::NoPages:
        if (tree == T::Empty)
            fail(o, ImportError::NoPages, QStringLiteral("the PDF has no pages (its page tree is empty)"),
                 ImportDetail::PageTreeEmpty);
        else
            fail(o, ImportError::NoPages, QStringLiteral("the PDF has no pages"));
        return;
    case PdfReader::Error::Damaged:
        if (looksTruncated(bytes))
            fail(o, ImportError::Damaged,
                 QStringLiteral("damaged PDF: the file is cut short (no end-of-file marker) and cannot be read"),
                 ImportDetail::CutShort);
        else
            fail(o, ImportError::Damaged, QStringLiteral("damaged PDF: its structure cannot be read"));
        return;
    }
}
} // namespace

namespace DossierReader {
QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> readBytes(const QString &path, const ImportOptions &options, ImportOutcome &outcome)
{
    outcome.file = path;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(outcome, ImportError::NotFound, QStringLiteral("file not found"));
        return std::nullopt;
    }
    if (info.isDir()) {
        fail(outcome, ImportError::Unreadable, QStringLiteral("is a folder, not a file"), ImportDetail::IsFolder);
        return std::nullopt;
    }
    if (info.size() > options.maxFileBytes) {
        outcome.amount = info.size() >> 20;
        outcome.limit = options.maxFileBytes >> 20;
        fail(outcome, ImportError::TooLarge,
             QStringLiteral("file is %1 MB, above the %2 MB limit").arg(info.size() >> 20).arg(options.maxFileBytes >> 20));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(outcome, ImportError::Unreadable, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (bytes.size() != info.size()) {
        fail(outcome, ImportError::Unreadable, QStringLiteral("the file could not be read completely"),
             ImportDetail::ReadIncomplete);
        return std::nullopt;
    }
    outcome.sha256 = sha256Hex(bytes);
    return bytes;
}

ReadDossier parse(const QString &path, const QByteArray &bytes, const QString &sha256, const ImportOptions &options,
                  const std::atomic<bool> *cancel)
{
    ReadDossier r;
    ImportOutcome &o = r.outcome;
    o.file = path;
    o.sha256 = sha256;

    const FileSniffer::Kind kind = FileSniffer::detect(bytes.left(4096));
    if (kind == FileSniffer::Kind::Empty) {
        fail(o, ImportError::Empty, QStringLiteral("the file is empty (0 bytes)"));
        return r;
    }
    if (kind != FileSniffer::Kind::Pdf) {
        o.fileKind = kind;
        fail(o, ImportError::NotPdf,
             QStringLiteral("not a PDF: the file is %1 with a .%2 name").arg(FileSniffer::kindName(kind), QFileInfo(path).suffix()));
        return r;
    }

    const QDeadlineTimer deadline(std::chrono::seconds(options.perFileSeconds));
    PdfReader pdf = PdfReader::open(bytes, options.password);
    if (pdf.error() != PdfReader::Error::None) {
        refuse(o, pdf.error(), bytes);
        return r;
    }

    const int pages = pdf.pageCount();
    if (pages > options.maxPages) {
        o.amount = pages;
        o.limit = options.maxPages;
        fail(o, ImportError::TooManyPages,
             QStringLiteral("the PDF has %1 pages, above the limit of %2").arg(pages).arg(options.maxPages));
        return r;
    }

    NewCase c;
    c.fileName = QFileInfo(path).fileName();
    c.sourcePath = path;
    c.sha256 = sha256;
    c.original = bytes;
    c.pageTexts.reserve(size_t(pages));
    int blankPages = 0;
    for (int i = 0; i < pages; ++i) {
        if (deadline.hasExpired()) {
            o.amount = options.perFileSeconds;
            o.limit = i + 1;
            fail(o, ImportError::Timeout,
                 QStringLiteral("reading stopped after %1 s at page %2 of %3").arg(options.perFileSeconds).arg(i + 1).arg(pages));
            return r;
        }
        if (cancel && cancel->load()) {
            fail(o, ImportError::Cancelled, QStringLiteral("cancelled"));
            return r;
        }
        QString text = TextLayerQuality::normalized(pdf.pageText(i));
        if (isBlank(text))
            ++blankPages;
        if (TextLayerQuality::needsOcr(text))
            c.pagesNeedingOcr.push_back(i + 1);
        c.pageTexts.push_back(std::move(text));
    }

    const bool truncated = looksTruncated(bytes);
    if (truncated && blankPages == pages) {
        fail(o, ImportError::Damaged,
             QStringLiteral("damaged PDF: the file is cut short (no end-of-file marker) and no page content could be recovered"),
             ImportDetail::CutShortNoContent);
        return r;
    }
    using N = ImportNote::Kind;
    if (truncated)
        note(c, o, {N::CutShortRecovered, pages, 0},
             QStringLiteral("damaged file: it is cut short (no end-of-file marker); %1 page(s) were recovered and the rest of the dossier may be missing").arg(pages));
    if (const qsizetype junk = FileSniffer::pdfHeaderOffset(bytes.left(1024)); junk > 0)
        note(c, o, {N::JunkBeforeHeader, junk, 0}, QStringLiteral("the file has %1 bytes of junk before the PDF header").arg(junk));
    if (blankPages == pages)
        note(c, o, {N::NoText, 0, 0},
             QStringLiteral("no text found on any page: the dossier is probably scanned; its pages are queued for OCR"));
    else if (!c.pagesNeedingOcr.empty())
        note(c, o, {N::PagesNeedOcr, qint64(c.pagesNeedingOcr.size()), pages},
             QStringLiteral("%1 of %2 pages have no usable text layer (scanned pages); they are queued for OCR")
                 .arg(c.pagesNeedingOcr.size()).arg(pages));
    if (pdf.hasOwnerRestrictions())
        note(c, o, {N::OwnerRestrictions, 0, 0}, QStringLiteral("the PDF carries an owner password restricting printing or copying"));

    c.analysis = DossierAnalyzer::analyze(c.pageTexts);
    o.status = ImportOutcome::Status::Imported;
    o.pages = pages;
    o.warnings = c.warnings;
    r.data = std::move(c);
    return r;
}
} // namespace DossierReader

} // namespace casereview
