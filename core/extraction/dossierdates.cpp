// SPDX-License-Identifier: GPL-3.0-or-later
// A signature date a seal has damaged is completed from the date another document gives for
// the next step: the decision recites when each notice was served, the receipt when the
// decision was. What can still be read of the damaged line is kept where it fits.
#include "dossierdates.h"

#include "chinesedate.h"
#include "documenttyper.h"

#include <QRegularExpression>
#include <algorithm>
#include <initializer_list>

namespace casereview {

namespace DossierDates {
namespace {

std::optional<DateField> dateAfterLabel(const PageLines &pl, const QRegularExpression &label)
{
    const auto &lines = pl.lines();
    for (size_t i = 0; i < lines.size(); ++i) {
        const auto m = label.match(lines[i].compact);
        if (!m.hasMatch())
            continue;
        for (size_t j = i; j < lines.size() && j <= i + 1; ++j) {
            const QString rest = j == i ? lines[i].compact.mid(m.capturedEnd(0)) : lines[j].compact;
            const auto dates = ChineseDate::findAll(rest);
            if (!dates.empty() && (j > i || dates.front().start <= 20))
                return DateField{dates.front().date, {lines[j].page, lines[j].text}};
        }
    }
    return std::nullopt;
}

// A signature (落款) date line: a date alone, or after the agency's name or a seal mark on the
// same line ("某市城市管理局 二〇二四年三月五日", "（盖章）2024.3.5").
bool isSignatureLine(const QString &compact)
{
    if (ChineseDate::isDateLine(compact))
        return true;
    static const QRegularExpression signer(QStringLiteral(
        "^(?:[\\x{4E00}-\\x{9FFF}（）()]{2,40}(?:局|委员会|委|政府|厅|办公室|办|大队|支队|中队|中心|所|站|院|队)|日期[:：]|落款[:：]?)?"
        "[（(]?(?:盖章|印章|公章|签章|章)?[）)]?$"));
    static const QRegularExpression seal(QStringLiteral("^[（(]?(?:盖章|印章|公章|签章)?[）)]?$"));
    const auto all = ChineseDate::findAll(compact);
    if (all.size() != 1)
        return false;
    const auto &m = all.front();
    return signer.match(QStringView(compact).left(m.start)).hasMatch()
        && seal.match(QStringView(compact).mid(m.start + m.length)).hasMatch();
}

// Where the party's acknowledgement printed under an issued document starts (回执, 签收人：,
// 受送达人签名), or the end: its date is the day of receipt, not of issue.
size_t acknowledgementStart(const std::vector<PageLine> &lines)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:回执|送达回执|.{0,6}(?:签收|签名|签字|收件人|受送达人|接收人)(?:人|日期|时间)?[:：（(]|.{0,6}签收$)"));
    for (size_t i = 1; i < lines.size(); ++i)
        if (label.match(lines[i].compact).hasMatch())
            return i;
    return lines.size();
}

// The date the document was signed: its last signature date line, else its last date. For an
// issued document (`issued`: a notice, a decision) the acknowledgement under it is left out
// while a signature line stands above it.
std::optional<DateField> signatureDate(const PageLines &pl, bool issued = false)
{
    const auto &lines = pl.lines();
    const size_t end = issued ? acknowledgementStart(lines) : lines.size();
    for (size_t i = end; i-- > 0;)
        if (isSignatureLine(lines[i].compact))
            return DateField{*ChineseDate::parse(lines[i].compact), {lines[i].page, lines[i].text}};
    for (size_t i = lines.size(); i-- > end;)
        if (isSignatureLine(lines[i].compact))
            return DateField{*ChineseDate::parse(lines[i].compact), {lines[i].page, lines[i].text}};
    for (size_t i = lines.size(); i-- > 0;) {
        const auto dates = ChineseDate::findAll(lines[i].compact);
        if (!dates.empty())
            return DateField{dates.back().date, {lines[i].page, lines[i].text}};
    }
    return std::nullopt;
}

// The latest date on a form: approval forms are dated last by their final approver.
std::optional<DateField> latestDate(const PageLines &pl)
{
    std::optional<DateField> best;
    for (const PageLine &l : pl.lines())
        for (const auto &m : ChineseDate::findAll(l.compact))
            if (!best || m.date >= best->value)
                best = DateField{m.date, {l.page, l.text}};
    return best;
}

std::optional<DateField> firstDate(const PageLines &pl)
{
    for (const PageLine &l : pl.lines())
        if (const auto d = ChineseDate::parse(l.compact))
            return DateField{*d, {l.page, l.text}};
    return std::nullopt;
}

void setDate(DossierFields &f, const char *key, std::optional<DateField> v)
{
    if (v)
        f.dates[QString::fromLatin1(key)] = *v;
}

// The date the decision says a notice was served: "2024年10月16日，本局向你单位送达了
// 《行政处罚事先告知书》". `hearing` picks the 听证告知书 instead of the prior notice.
std::optional<QDate> servedDate(const PageLines &decision, bool hearing)
{
    const QString &flow = decision.flow();
    for (const auto &m : ChineseDate::findAll(flow)) {
        const QString after = flow.mid(m.start + m.length, 48);
        const qsizetype served = after.indexOf(u"送达");
        if (served < 0 || served > 16)
            continue;
        const qsizetype title = after.indexOf(u"告知书", served);
        if (title < 0)
            continue;
        const QString between = after.mid(served, title - served);
        if (between.contains(u"听证") == hearing && !between.contains(u'。'))
            return m.date;
    }
    return std::nullopt;
}

// The first document that plays `role`: one typed so, else a notice or untyped document whose
// text plays it as well (a 行政处罚事先（听证）告知书 is typed PriorNotice and is the hearing notice too).
const CaseDocument *playing(const DossierText &d, DocumentType role)
{
    if (const CaseDocument *doc = d.first(role))
        return doc;
    for (const CaseDocument &doc : d.docs()) {
        if (doc.type != DocumentType::PriorNotice && doc.type != DocumentType::HearingNotice && doc.type != DocumentType::Other)
            continue;
        const auto roles = DocumentTyper::roles(doc.title, d.lines(&doc).flow());
        if (std::any_of(roles.begin(), roles.end(), [role](const DocumentTyper::Role &r) { return r.type == role; }))
            return &doc;
    }
    return nullptr;
}

struct Damaged {
    ChineseDate::Parts parts;
    Evidence evidence;
};

// The document's signature date line when it is damaged: a date-shaped line among the last
// few with no whole date at or after it.
std::optional<Damaged> damagedSignature(const PageLines &pl)
{
    const auto &lines = pl.lines();
    for (size_t i = lines.size(); i-- > 0 && i + 6 >= lines.size();) {
        if (!ChineseDate::findAll(lines[i].compact).empty())
            return std::nullopt;
        if (const auto parts = ChineseDate::damagedLine(lines[i].compact))
            return Damaged{*parts, {lines[i].page, lines[i].text}};
    }
    return std::nullopt;
}

// The damaged date completed from `next`, the date of the step that follows it (a notice is
// not signed after it was served): the parts read are kept, fewest dropped first, as long as
// the date falls within the 60 days up to `next`; failing that, `next` itself. An unread day
// is the latest the rest allows: `next` in its own month, else the month's last day.
QDate completed(const ChineseDate::Parts &p, QDate next)
{
    struct Keep {
        bool year, month, day;
    };
    for (const Keep k : {Keep{true, true, true}, Keep{false, true, true}, Keep{false, false, true}, Keep{false, true, false}}) {
        const bool year = k.year && p.year, month = k.month && p.month, day = k.day && p.day;
        QDate first(year ? p.year : next.year(), month ? p.month : next.month(), 1);
        // Only the day read and it is later in the month than `next`: the month before.
        if (day && !month && !year && p.day > next.day())
            first = first.addMonths(-1);
        if (!first.isValid())
            continue;
        const QDate date = day ? QDate(first.year(), first.month(), p.day)
            : first.year() == next.year() && first.month() == next.month() ? next
                                                                           : first.addMonths(1).addDays(-1);
        if (date.isValid() && date <= next && date.daysTo(next) <= 60)
            return date;
    }
    return next;
}

// The signature date, or for a damaged one its completion from `next` when `next` is known.
std::optional<DateField> signedOn(const PageLines &pl, std::optional<QDate> next)
{
    const auto &lines = pl.lines();
    for (size_t i = lines.size(); i-- > 0;)
        if (isSignatureLine(lines[i].compact))
            return signatureDate(pl, true);
    if (next)
        if (const auto damaged = damagedSignature(pl))
            return DateField{completed(damaged->parts, *next), damaged->evidence};
    return signatureDate(pl, true);
}

} // namespace

void read(const DossierText &d, DossierFields &f)
{
    static const QRegularExpression filedLabel(QStringLiteral("立案(?:时间|日期)"));
    static const QRegularExpression inspectedLabel(QStringLiteral("(?:检查|勘验|勘察|笔录)(?:时间|日期)"));
    static const QRegularExpression deliveredLabel(QStringLiteral("(?:送达|签收|收到|收件)(?:时间|日期)"));
    static const QRegularExpression closedLabel(QStringLiteral("结案(?:时间|日期)"));

    if (const auto *doc = d.first(DocumentType::FilingApproval)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, filedLabel);
        setDate(f, "filed", v ? v : latestDate(pl));
    }
    if (const auto *doc = d.first(DocumentType::InspectionRecord)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, inspectedLabel);
        setDate(f, "inspected", v ? v : firstDate(pl));
    }
    const auto decisions = d.all(DocumentType::Decision);
    const PageLines decision = decisions.empty() ? PageLines() : d.lines(decisions.back());
    // A combined 事先（听证）告知书 plays both roles and dates both notices.
    const CaseDocument *notice = playing(d, DocumentType::PriorNotice);
    const CaseDocument *hearing = playing(d, DocumentType::HearingNotice);
    const bool combined = notice && notice == hearing;
    if (notice)
        setDate(f, "notice", signedOn(d.lines(notice), servedDate(decision, combined)));
    if (hearing)
        setDate(f, "hearing_notice", signedOn(d.lines(hearing), servedDate(decision, true)));
    if (const auto *doc = d.first(DocumentType::ClosingReport)) {
        const PageLines pl = d.lines(doc);
        auto v = dateAfterLabel(pl, closedLabel);
        setDate(f, "closed", v ? v : latestDate(pl));
    }
    if (decisions.empty())
        return;
    const CaseDocument *dec = decisions.back();
    // The decision's receipt is the one that names it, wherever the archive put it (newest-first
    // archives file it before the decision); of several, the first after the decision. Failing
    // that, the first receipt after the decision.
    const CaseDocument *receipt = nullptr, *firstAfter = nullptr;
    for (const CaseDocument &doc : d.docs()) {
        if (doc.type != DocumentType::DeliveryReceipt)
            continue;
        const bool after = doc.firstPage > dec->lastPage;
        if (after && !firstAfter)
            firstAfter = &doc;
        if (!d.lines(&doc).flow().contains(u"决定书"))
            continue;
        if (!receipt || (after && receipt->firstPage <= dec->lastPage))
            receipt = &doc;
    }
    if (!receipt)
        receipt = firstAfter;
    std::optional<DateField> delivered;
    if (receipt) {
        const PageLines pl = d.lines(receipt);
        delivered = dateAfterLabel(pl, deliveredLabel);
        setDate(f, "delivered", delivered ? delivered : signatureDate(pl));
    }
    // A decision is served within days of it (行政处罚法 第六十一条: seven), so the receipt bounds
    // a damaged decision date more closely than any date its narrative recites.
    setDate(f, "decision", signedOn(decision, delivered ? std::optional(delivered->value) : std::nullopt));
}
} // namespace DossierDates

} // namespace casereview
