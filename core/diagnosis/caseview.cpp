// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseview.h"

#include "extraction/documenttyper.h"
#include "extraction/pagecleaner.h"

#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace {
struct Heading {
    const char16_t *pattern;
    DocumentType type;
};

// Order matters: the more specific heading first.
const Heading kHeadings[] = {
    {u"卷内文件目录|案卷封面|行政处罚案卷|卷内备考表", DocumentType::Other},
    {u"延长.{0,4}期限.{0,4}(审批|批准)|延期.{0,4}审批", DocumentType::ExtensionApproval},
    {u"不予立案审批表|立案审批表|立案登记表|立案呈批表", DocumentType::FilingApproval},
    {u"现场检查笔录|现场笔录|勘验笔录|检查笔录", DocumentType::InspectionRecord},
    {u"询问笔录|调查笔录", DocumentType::InquiryRecord},
    {u"证据材料目录|证据清单|证据目录|现场照片|证据材料", DocumentType::EvidenceList},
    {u"调查终结报告|案件调查报告", DocumentType::InvestigationReport},
    {u"法制审核", DocumentType::LegalReview},
    {u"集体讨论", DocumentType::CollectiveDiscussion},
    {u"听证告知书|听证权利告知书", DocumentType::HearingNotice},
    {u"事先告知书|处罚告知书|行政处罚告知", DocumentType::PriorNotice},
    {u"陈述申辩笔录|陈述.{0,2}申辩书|放弃.{0,16}声明|陈述申辩记录", DocumentType::StatementRecord},
    {u"行政处罚决定书|处罚决定书", DocumentType::Decision},
    {u"送达回证|送达回执|送达确认书|送达凭证|送达地址确认书", DocumentType::DeliveryReceipt},
    {u"缴款凭证|缴款书|罚没款收据", DocumentType::PaymentReceipt},
    {u"结案报告|结案审批表|结案呈批表", DocumentType::ClosingReport},
};

std::optional<DocumentType> headingType(const QString &pageText)
{
    int seen = 0;
    for (QStringView line : QStringView(pageText).split(u'\n')) {
        QString l = line.toString();
        l.remove(QRegularExpression(QStringLiteral("\\s")));
        if (l.isEmpty())
            continue;
        if (++seen > 4)
            break;
        if (l.size() > 24)
            continue;
        for (const Heading &h : kHeadings) {
            static thread_local std::map<const char16_t *, QRegularExpression> cache;
            auto it = cache.find(h.pattern);
            if (it == cache.end())
                it = cache.emplace(h.pattern, QRegularExpression(QString::fromUtf16(h.pattern))).first;
            const auto m = it->second.match(l);
            if (m.hasMatch() && l.size() <= m.capturedLength() + 14)
                return h.type;
        }
    }
    return std::nullopt;
}

bool allOther(const std::vector<CaseDocument> &docs)
{
    for (const CaseDocument &d : docs)
        if (d.type != DocumentType::Other)
            return false;
    return true;
}
} // namespace

CaseView::CaseView(const DiagnosisInput &input)
    : m_fields(input.fields), m_uncertainFields(input.uncertainFields), m_doubtfulPages(input.doubtfulPages)
{
    // The pages as the splitter read them: running headers blanked, brackets folded.
    const std::vector<QString> pages = PageCleaner::clean(input.pageTexts);
    m_flat.reserve(pages.size());
    for (const QString &p : pages)
        m_flat.push_back(TextScan::flatten(p));
    m_documents = allOther(input.documents) ? classifyPages(pages) : input.documents;
    // Roles beyond the title: an untitled or unknown document takes what its content does; a
    // notice may be both kinds of notice. A titled decision, record or form stays what it says.
    for (const CaseDocument &d : m_documents) {
        std::vector<DocumentType> roles{d.type};
        auto isNotice = [](DocumentType t) { return t == DocumentType::PriorNotice || t == DocumentType::HearingNotice; };
        if (d.type == DocumentType::Other || isNotice(d.type)) {
            const auto content = DocumentTyper::roles(d.title, text(d));
            if (d.type == DocumentType::Other && !content.empty() && content.front().confidence >= 0.6)
                roles = {content.front().type};
            if (isNotice(roles.front()))
                for (const DocumentTyper::Role &r : content)
                    if (isNotice(r.type) && r.confidence >= 0.6 && std::find(roles.begin(), roles.end(), r.type) == roles.end())
                        roles.push_back(r.type);
        }
        m_roles.push_back(std::move(roles));
    }
    // An unreadable page could hide a missing document unless it continues a known one.
    for (int page = 1; page <= int(m_flat.size()); ++page) {
        if (m_flat[size_t(page - 1)].size() >= 15)
            continue;
        bool known = false;
        for (const CaseDocument &d : m_documents)
            known = known || (d.type != DocumentType::Other && page > d.firstPage && page <= d.lastPage);
        m_unreadablePages += known ? 0 : 1;
    }
}

std::vector<CaseDocument> CaseView::classifyPages(const std::vector<QString> &pages)
{
    std::vector<CaseDocument> docs;
    for (int i = 0; i < int(pages.size()); ++i) {
        const auto type = headingType(pages[size_t(i)]);
        if (type || docs.empty())
            docs.push_back({type.value_or(DocumentType::Other), i + 1, i + 1, {}});
        else
            docs.back().lastPage = i + 1;
    }
    return docs;
}

std::vector<CaseDocument> CaseView::ofType(DocumentType type) const
{
    std::vector<CaseDocument> out;
    for (size_t i = 0; i < m_documents.size(); ++i)
        if (std::find(m_roles[i].begin(), m_roles[i].end(), type) != m_roles[i].end())
            out.push_back(m_documents[i]);
    return out;
}

std::optional<CaseDocument> CaseView::first(DocumentType type) const
{
    for (size_t i = 0; i < m_documents.size(); ++i)
        if (std::find(m_roles[i].begin(), m_roles[i].end(), type) != m_roles[i].end())
            return m_documents[i];
    return std::nullopt;
}

bool CaseView::plays(const CaseDocument &doc, DocumentType type) const
{
    for (size_t i = 0; i < m_documents.size(); ++i)
        if (m_documents[i] == doc)
            return std::find(m_roles[i].begin(), m_roles[i].end(), type) != m_roles[i].end();
    return doc.type == type;
}

std::optional<CaseDocument> CaseView::unplacedMentioning(std::initializer_list<const char16_t *> words) const
{
    for (size_t i = 0; i < m_documents.size(); ++i) {
        if (m_roles[i].size() != 1 || m_roles[i].front() != DocumentType::Other)
            continue;
        // A cover or table of contents names documents; it is none of them.
        static const QRegularExpression listing(QStringLiteral("目录|封面|卷宗|案卷|备考"));
        if (listing.match(m_documents[i].title).hasMatch())
            continue;
        const QString t = text(m_documents[i]);
        if (std::all_of(words.begin(), words.end(), [&](const char16_t *w) { return t.contains(QStringView(w)); }))
            return m_documents[i];
    }
    return std::nullopt;
}

QString CaseView::text(const CaseDocument &doc) const
{
    QString out;
    for (int p = doc.firstPage; p <= doc.lastPage && p <= int(m_flat.size()); ++p)
        out += m_flat[size_t(p - 1)];
    return out;
}

Evidence CaseView::evidence(const CaseDocument &doc, qsizetype start, qsizetype length) const
{
    qsizetype offset = 0;
    for (int p = doc.firstPage; p <= doc.lastPage && p <= int(m_flat.size()); ++p) {
        const QString &page = m_flat[size_t(p - 1)];
        if (start < offset + page.size() || p == doc.lastPage)
            return {p, TextScan::snippet(page, start - offset, length)};
        offset += page.size();
    }
    return {doc.firstPage, {}};
}

Evidence CaseView::pageEvidence(const CaseDocument &doc) const
{
    const QString t = doc.firstPage <= int(m_flat.size()) ? m_flat[size_t(doc.firstPage - 1)] : QString();
    return {doc.firstPage, t.left(40)};
}

bool CaseView::pageReadable(int page) const
{
    return page >= 1 && page <= int(m_flat.size()) && m_flat[size_t(page - 1)].size() >= 15;
}

bool CaseView::readable(const CaseDocument &doc) const
{
    for (int p = doc.firstPage; p <= doc.lastPage && p <= int(m_flat.size()); ++p)
        if (m_flat[size_t(p - 1)].size() < 15)
            return false;
    return true;
}

std::optional<DateFact> CaseView::date(const QString &key) const
{
    auto cached = m_dateCache.find(key);
    if (cached != m_dateCache.end())
        return cached->second;
    std::optional<DateFact> out;
    auto field = m_fields.dates.find(key);
    if (field != m_fields.dates.end() && field->second.value.isValid())
        out = DateFact{field->second.value, field->second.evidence};
    else
        out = ownDate(key);
    m_dateCache[key] = out;
    return out;
}

bool CaseView::uncertain(const DateFact &d) const
{
    // Low confidence alone is common on scans and mostly harmless; what misleads is a date the
    // extractor fell back to from running text because the date's own line (a signature or a
    // label) could not be read: the date there is followed by the sentence going on.
    auto readFromSentence = [](const Evidence &e, QDate value) {
        for (const auto &h : TextScan::dates(e.snippet))
            if (h.date == value) {
                const QStringView next = QStringView(e.snippet).mid(h.start + h.length, 1);
                return next == u"，" || next == u"," || next == u"。" || next == u"；";
            }
        return false;
    };
    // Or one completed from another document's date because its own line is damaged: the line
    // it points to does not give it back.
    auto shown = [](const Evidence &e, QDate value) {
        const auto all = TextScan::dates(e.snippet);
        return std::any_of(all.begin(), all.end(), [&](const auto &h) { return h.date == value; });
    };
    for (const auto &[key, field] : m_fields.dates)
        if (field.value == d.date && field.evidence.page == d.evidence.page && field.evidence.snippet == d.evidence.snippet)
            return m_uncertainFields.count(QStringLiteral("dates.") + key) > 0
                && (readFromSentence(d.evidence, d.date) || !shown(d.evidence, d.date));
    return false;
}

int CaseView::doubtfulPageOf(const CaseDocument &doc) const
{
    for (int p = doc.firstPage; p <= doc.lastPage; ++p)
        if (pageDoubtful(p))
            return p;
    return 0;
}

std::optional<DateFact> CaseView::lastDate(const std::optional<CaseDocument> &doc) const
{
    if (!doc)
        return std::nullopt;
    const QString t = text(*doc);
    const auto hits = TextScan::dates(t);
    if (hits.empty())
        return std::nullopt;
    const auto &h = hits.back();
    return DateFact{h.date, evidence(*doc, h.start, h.length)};
}

std::optional<DateFact> CaseView::labelledDate(const std::optional<CaseDocument> &doc, const QString &labels) const
{
    if (!doc)
        return std::nullopt;
    const QString t = text(*doc);
    const QRegularExpression re(QStringLiteral("(?:%1)[：:\\s]{0,3}").arg(labels));
    for (const auto &h : TextScan::dates(t)) {
        const qsizetype from = std::max<qsizetype>(0, h.start - 12);
        if (re.match(QStringView(t).mid(from, h.start - from)).hasMatch())
            return DateFact{h.date, evidence(*doc, h.start, h.length)};
    }
    return std::nullopt;
}

std::optional<CaseDocument> CaseView::receiptFor(const CaseDocument &served) const
{
    // What a receipt serves, from the document names it gives (送达文书名称 《…》 or the bare
    // title): a decision, a hearing notice or a prior notice, however the agency titles them
    // (告知书 / 告知单 / 权利告知书 …). A receipt naming both notices serves both.
    auto serves = [](const QString &t, DocumentType type) {
        const bool decision = t.contains(QStringLiteral("决定书")) || t.contains(QStringLiteral("处罚决定"));
        const bool hearing = t.contains(QStringLiteral("听证"));
        const bool notice = t.contains(QStringLiteral("告知")) || t.contains(QStringLiteral("事先"));
        switch (type) {
        case DocumentType::Decision: return decision;
        case DocumentType::HearingNotice: return hearing && (notice || t.contains(QStringLiteral("通知")));
        case DocumentType::PriorNotice: return notice && (!decision || t.indexOf(QStringLiteral("告知")) < t.indexOf(QStringLiteral("决定")));
        default: return false;
        }
    };
    const DocumentType kind = served.type == DocumentType::Decision || served.type == DocumentType::HearingNotice
                                  ? served.type
                                  : DocumentType::PriorNotice;
    // A combined notice is served once: its receipt names the one title.
    const bool combined = kind != DocumentType::Decision && plays(served, DocumentType::PriorNotice) &&
                          plays(served, DocumentType::HearingNotice);
    std::optional<CaseDocument> namedBefore, firstAfter;
    for (const CaseDocument &d : m_documents) {
        if (d.type != DocumentType::DeliveryReceipt)
            continue;
        const QString t = text(d);
        const bool names = serves(t, kind) ||
                           (combined && (serves(t, DocumentType::PriorNotice) || serves(t, DocumentType::HearingNotice)));
        if (d.firstPage <= served.lastPage) {
            // Archive order files the receipt before what it serves; it must then name it.
            if (names && !namedBefore)
                namedBefore = d;
            continue;
        }
        if (names)
            return d;
        if (!firstAfter && !serves(t, DocumentType::Decision) && !serves(t, DocumentType::PriorNotice) &&
            !serves(t, DocumentType::HearingNotice))
            firstAfter = d;
    }
    return namedBefore ? namedBefore : firstAfter;
}

std::optional<DateFact> CaseView::narratedDate(const QString &after, const QString &mustContain) const
{
    const QRegularExpression re(after);
    for (DocumentType type : {DocumentType::Decision, DocumentType::PriorNotice, DocumentType::InvestigationReport}) {
        const auto doc = first(type);
        if (!doc)
            continue;
        const QString t = text(*doc);
        for (const auto &h : TextScan::dates(t)) {
            const QStringView rest = QStringView(t).mid(h.start + h.length, 60);
            if (rest.contains(mustContain) && re.match(rest).hasMatch())
                return DateFact{h.date, evidence(*doc, h.start, h.length)};
        }
    }
    return std::nullopt;
}

std::optional<DateFact> CaseView::ownDate(const QString &key) const
{
    static const QString kServedLabels = QStringLiteral("送达时间|送达日期|签收时间|签收日期|收件日期|送达于");
    auto served = [&](DocumentType type) -> std::optional<DateFact> {
        const auto doc = first(type);
        if (!doc)
            return std::nullopt;
        const auto receipt = receiptFor(*doc);
        if (auto d = labelledDate(receipt, kServedLabels))
            return d;
        return lastDate(receipt);
    };
    if (key == u"filed") {
        const auto doc = first(DocumentType::FilingApproval);
        if (auto d = labelledDate(doc, QStringLiteral("立案时间|立案日期")))
            return d;
        if (auto d = lastDate(doc))
            return d;
        return narratedDate(QStringLiteral("^[^。；]{0,30}立案"), QStringLiteral("立案"));
    }
    if (key == u"decision")
        return lastDate(first(DocumentType::Decision));
    if (key == u"notice")
        return lastDate(first(DocumentType::PriorNotice));
    if (key == u"hearing_notice")
        return lastDate(first(DocumentType::HearingNotice));
    if (key == u"delivered")
        return served(DocumentType::Decision);
    if (key == u"notice_delivered") {
        if (auto d = served(DocumentType::PriorNotice))
            return d;
        // "2023年12月2日，本局向当事人送达了《…告知书》" or "…，本局依法告知当事人拟作出…".
        return narratedDate(QStringLiteral("^[^。]{0,24}(?:(?:送达|收到|签收|交付|送交|邮寄)[^。]{0,16}告知|告知了?(?:当事人|你|其|该))"),
                            QStringLiteral("告知"));
    }
    if (key == u"hearing_notice_delivered")
        return served(DocumentType::HearingNotice);
    if (key == u"inspected") {
        const auto doc = first(DocumentType::InspectionRecord);
        if (auto d = labelledDate(doc, QStringLiteral("检查时间|勘验时间")))
            return d;
    }
    return std::nullopt;
}

} // namespace casereview
