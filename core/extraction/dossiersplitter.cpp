// SPDX-License-Identifier: GPL-3.0-or-later
// Where a dossier's documents start: a page whose first lines print a title (TitleClassifier) or a
// document number; the dossier's own table of contents fills in documents whose pages carry no text.
#include "dossiersplitter.h"

#include "documenttyper.h"
#include "pagelines.h"
#include "titleclassifier.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace DossierSplitter {
namespace {

// A line that is only a document number (某罚告〔2024〕12号, 第0035号 under a title): a page that
// opens with one starts a document, whatever its title says or if it prints none.
bool isDocNumberLine(const QString &compactLine)
{
    static const QRegularExpression re(QStringLiteral(
        "^[^，。：:；;、]{0,24}(?:[〔\\[【（(][0-9]{4}[〕\\]】）)]|[0-9]{4}年?)[第]?[0-9]{1,16}号$"));
    return compactLine.size() <= 36 && re.match(compactLine).hasMatch();
}

// The document number line among a page's first three lines, or empty.
QString docNumberOf(QStringView pageText)
{
    int seen = 0;
    for (QStringView line : pageText.split(u'\n')) {
        const QString c = TitleClassifier::compact(line);
        if (c.isEmpty() || PageLines::isPageMarker(PageLines::compacted(line)))
            continue;
        if (isDocNumberLine(c))
            return c;
        if (++seen >= 3)
            break;
    }
    return QString();
}

} // namespace

std::optional<DocumentType> classifyTitle(QStringView title)
{
    const auto c = TitleClassifier::classify(TitleClassifier::compact(title));
    if (!c)
        return std::nullopt;
    return c->type;
}

std::optional<Heading> headingOf(QStringView pageText, bool ocr)
{
    std::vector<std::pair<QStringView, QString>> top;  // the first lines, as printed and compacted
    for (QStringView line : pageText.split(u'\n')) {
        const QString c = TitleClassifier::compact(line);
        if (c.isEmpty() || PageLines::isPageMarker(PageLines::compacted(line)))
            continue;
        top.emplace_back(line, c);
        if (top.size() > 5)
            break;
    }
    int seen = 0;
    for (const auto &[line, c] : top) {
        if (++seen > 5)
            break;
        if (ocr) {
            // Specks and stray quotes read before or after a heading: ”行政处罚告知书
            const QString bare = TitleClassifier::withoutSpecks(c);
            if (bare != c && !bare.isEmpty())
                if (const auto found = TitleClassifier::classify(bare))
                    return Heading{found->type, found->title};
        }
        if (const auto found = TitleClassifier::classify(c))
            return Heading{found->type, found->title};
        if (ocr && seen <= 3)
            if (const auto found = TitleClassifier::misread(TitleClassifier::withoutSpecks(c)))
                return Heading{found->type, found->title};
        qsizetype indent = 0;
        while (indent < line.size() && line[indent].isSpace())
            ++indent;
        if (seen <= 2 && (indent >= 4 || c.size() <= 12) && TitleClassifier::isGeneric(c))
            return Heading{DocumentType::Other, c};
        // A title wrapped over two short lines (行政处罚事先 / 告知书), neither a title alone (but for
        // the bare kind word the wrap leaves: 告知书).
        static const QRegularExpression punct(QStringLiteral("[：:，,。；;、《》“”\\d]"));
        if (seen <= 3 && size_t(seen) < top.size() && c.size() <= 10 && top[size_t(seen)].second.size() <= 8 && !c.contains(punct) &&
            !top[size_t(seen)].second.contains(punct) && !TitleClassifier::classify(top[size_t(seen)].second) &&
            (top[size_t(seen)].second.size() <= 4 || !TitleClassifier::isGeneric(top[size_t(seen)].second))) {
            const QString joined = c + top[size_t(seen)].second;
            if (const auto found = TitleClassifier::classify(joined); found && found->type != DocumentType::Other)
                return Heading{found->type, found->title};
            if (TitleClassifier::isGeneric(joined))
                return Heading{DocumentType::Other, joined};
        }
        if (c.contains(u'。') || c.contains(u'，'))
            break;
    }
    // Text drawn out of reading order: a line that is exactly a form's title, anywhere on a page
    // that does not open in the middle of a sentence.
    // A document number among the first lines starts a document, titled or not: its text types it.
    const std::optional<Heading> untitled =
        docNumberOf(pageText).isEmpty() ? std::nullopt : std::optional(Heading{DocumentType::Other, QString()});
    static const QRegularExpression sentence(QStringLiteral("[，。；,;]"));
    if (!top.empty() && top.front().second.contains(sentence))
        return untitled;
    for (QStringView line : pageText.split(u'\n')) {
        const QString c = TitleClassifier::compact(line);
        if (c.size() < 4 || c.size() > 20)
            continue;
        const auto found = TitleClassifier::classify(c);
        if (found && found->type != DocumentType::Other && found->type != DocumentType::EvidenceList && found->title == c)
            return Heading{found->type, found->title};
    }
    return untitled;
}

namespace {
struct TocEntry {
    DocumentType type;
    QString title;
    int page;  // as printed in the table of contents
};

// Rows of a 卷内文件目录: "10 行政处罚决定书 … 2024-05-31 12-13".
std::vector<TocEntry> tocEntries(const std::vector<QString> &pageTexts, const CaseDocument &toc)
{
    static const QRegularExpression row(QStringLiteral(
        "^\\s*\\d{1,3}\\s+(\\S+)(?:\\s.*)?\\s(\\d{1,4})(?:\\s*[-－—~～至]\\s*\\d{1,4})?\\s*$"));
    std::vector<TocEntry> out;
    for (int p = toc.firstPage; p <= toc.lastPage && p <= int(pageTexts.size()); ++p)
        for (QStringView line : QStringView(pageTexts[size_t(p - 1)]).split(u'\n')) {
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            if (const auto type = classifyTitle(m.captured(1)))
                out.push_back({*type, TitleClassifier::compact(m.captured(1)), m.captured(2).toInt()});
        }
    return out;
}

// Pages without text that the dossier's own table of contents says start a document.
void splitTextlessPages(const std::vector<QString> &pageTexts, std::vector<CaseDocument> &docs)
{
    const auto toc = std::find_if(docs.begin(), docs.end(), [](const CaseDocument &d) {
        return d.type == DocumentType::Other && d.title.contains(u"目录");
    });
    if (toc == docs.end())
        return;
    const std::vector<TocEntry> entries = tocEntries(pageTexts, *toc);
    const int pages = int(pageTexts.size());
    int bestOffset = 0, bestAgree = -1, bestChecked = 0;
    for (int offset = -4; offset <= 4; ++offset) {
        int agree = 0, checked = 0;
        for (const TocEntry &e : entries) {
            const int p = e.page + offset;
            const auto d = std::find_if(docs.begin(), docs.end(), [p](const CaseDocument &x) { return x.firstPage == p; });
            if (p < 1 || p > pages || pageTexts[size_t(p - 1)].trimmed().isEmpty())
                continue;
            ++checked;
            agree += d != docs.end() && d->type == e.type;
        }
        if (agree > bestAgree) {
            bestAgree = agree;
            bestChecked = checked;
            bestOffset = offset;
        }
    }
    if (bestAgree < 3 || bestAgree * 10 < bestChecked * 8)
        return;
    for (const TocEntry &e : entries) {
        const int p = e.page + bestOffset;
        if (p < 1 || p > pages || !pageTexts[size_t(p - 1)].trimmed().isEmpty())
            continue;
        for (size_t i = 0; i < docs.size(); ++i) {
            CaseDocument &d = docs[i];
            if (d.firstPage < p && p <= d.lastPage) {
                CaseDocument tail{e.type, p, d.lastPage, e.title};
                d.lastPage = p - 1;
                docs.insert(docs.begin() + qsizetype(i) + 1, tail);
                break;
            }
        }
    }
}

// A document whose title is missing, unknown or only a generic form name (告知单, 通知书 …) takes
// the role its text plays; one whose title names a kind, Other ones like 卷内文件目录 included, keeps it.
void typeByContent(const std::vector<QString> &pageTexts, std::vector<CaseDocument> &docs)
{
    for (CaseDocument &d : docs) {
        if (d.type != DocumentType::Other || (!d.title.isEmpty() && classifyTitle(d.title)))
            continue;
        QString text;
        for (int p = d.firstPage; p <= d.lastPage && p <= int(pageTexts.size()); ++p)
            text += pageTexts[size_t(p - 1)] + u'\n';
        d.type = DocumentTyper::primary(d.title, text);
    }
}
} // namespace

std::vector<CaseDocument> split(const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages)
{
    std::vector<CaseDocument> docs;
    QString number;  // the current document's number line, for pages that repeat it as a running header
    for (int i = 0; i < int(pageTexts.size()); ++i) {
        const int page = i + 1;
        const bool ocr = size_t(i) < ocrPages.size() && ocrPages[size_t(i)];
        auto heading = headingOf(pageTexts[size_t(i)], ocr);
        const QString pageNumber = docNumberOf(pageTexts[size_t(i)]);
        if (heading && heading->title.isEmpty() && !docs.empty() && pageNumber == number)
            heading.reset();  // headed only by the number of the document it continues
        if (heading || docs.empty())
            number = pageNumber;
        if (heading || docs.empty()) {
            CaseDocument d;
            d.type = heading ? heading->type : DocumentType::Other;
            d.title = heading ? heading->title : QString();
            d.firstPage = d.lastPage = page;
            docs.push_back(d);
        } else {
            docs.back().lastPage = page;
        }
    }
    splitTextlessPages(pageTexts, docs);
    typeByContent(pageTexts, docs);
    return docs;
}
} // namespace DossierSplitter

} // namespace casereview
