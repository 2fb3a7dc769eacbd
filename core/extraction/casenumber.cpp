// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers are found on the documents' flow (line breaks removed), so one wrapped over two lines
// or run into a paragraph reads whole; the words before a number that are not its prefix
// (…决定书, 作出, 送达了 …) are cut off.
#include "casenumber.h"

#include <QRegularExpression>

namespace casereview {

namespace CaseNumber {
namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral(
        "((?:[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]|[（(][\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]{1,4}[）)]){1,24})\\s*"
        "[〔\\[【（(［]\\s*[0-9０-９](?:\\s?[0-9０-９]){3}\\s*[〕\\]】）)］]\\s*第?\\s*[0-9０-９](?:\\s?[0-9０-９]){0,15}\\s*号"));
    return re;
}

// Words that end a sentence's run into the number rather than belong to the issuer's prefix.
// A one-character word is no cut where it begins a place or zone the prefix abbreviates (郑经开:
// 经济技术开发区, 即墨, 于洪, 日照).
const QRegularExpression &notPrefix()
{
    static const QRegularExpression re(QStringLiteral(
        "^.*(?:书|文号|编号|字号|案号|作出|送达|出具|下达|制发|印发|了|的|于(?![洪都田])|即(?!墨)|为|见|经(?![开济])|依据|根据|号|日(?!照))"));
    return re;
}

QString prefixOf(QStringView number)
{
    static const QRegularExpression year(QStringLiteral("[〔\\[【（(［][0-9０-９]{4}"));
    const auto m = year.match(number);
    return m.hasMatch() ? number.left(m.capturedStart(0)).toString() : number.toString();
}

bool noticePrefix(const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("[告立听缴延结询检催]|通知|审批|移送"));
    return re.match(prefix).hasMatch();
}

// The number is another document's as the text cites it: 《…告知书》（…号）, 立案号 …
bool citesOther(const QString &flow, const Match &m)
{
    static const QRegularExpression before(QStringLiteral("告知书|通知书|告知|立案|听证|审批表|笔录|报告"));
    static const QRegularExpression after(QStringLiteral("^[）)》]*(?:告知书|通知书|听证|立案)"));
    const qsizetype from = std::max<qsizetype>(0, m.start - 14);
    return before.match(flow.mid(from, m.start - from)).hasMatch() || after.match(flow.mid(m.start + m.length, 8)).hasMatch();
}

std::optional<TextField> field(const PageLines &pl, const Match &m)
{
    return TextField{normalised(m.printed), {pl.pageAt(m.start), pl.snippet(m.start, m.length)}};
}

} // namespace

std::vector<Match> findAll(QStringView text)
{
    std::vector<Match> out;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString printed = m.captured(0);
        qsizetype start = m.capturedStart(0);
        const auto cut = notPrefix().match(printed.left(m.capturedLength(1)));
        if (cut.hasMatch()) {
            printed = printed.mid(cut.capturedLength(0));
            start += cut.capturedLength(0);
        }
        printed.remove(QRegularExpression(QStringLiteral("\\s+")));
        if (prefixOf(printed).isEmpty())
            continue;
        out.push_back({printed, start, m.capturedEnd(0) - start});
    }
    return out;
}

QString normalised(QStringView printed)
{
    QString s;
    for (QChar c : printed) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        s += c;
    }
    static const QRegularExpression year(QStringLiteral("[〔\\[【（(［]([0-9]{4})[〕\\]】）)］]"));
    const auto m = year.match(s);
    if (m.hasMatch())
        s.replace(m.capturedStart(0), m.capturedLength(0), QStringLiteral("〔%1〕").arg(m.captured(1)));
    static const QRegularExpression serial(QStringLiteral("(〕第?)0+([0-9]+号)$"));
    s.replace(serial, QStringLiteral("\\1\\2"));
    return s;
}

bool isDecisionNo(QStringView number)
{
    const QString prefix = prefixOf(number);
    static const QRegularExpression decision(QStringLiteral("[罚处决]"));
    return decision.match(prefix).hasMatch() && !noticePrefix(prefix);
}

std::optional<TextField> ofDossier(const DossierText &d, const PageLines &decision)
{
    const QString &flow = decision.flow();
    const std::vector<Match> numbers = findAll(flow);
    // Labelled: 决定书文号：…, 文号：…
    static const QRegularExpression label(QStringLiteral("(?:决定书?(?:文号|编号)|文书号|文号)[：:]?$"));
    for (const Match &m : numbers)
        if (label.match(flow.mid(std::max<qsizetype>(0, m.start - 10), std::min<qsizetype>(10, m.start))).hasMatch()
            && !noticePrefix(prefixOf(m.printed)))
            return field(decision, m);
    // Under the title, before the party is named or addressed.
    static const QRegularExpression party(QStringLiteral("当事人|被处罚|行政相对人|[：:]"));
    const auto p = party.match(flow);
    const qsizetype headerEnd = p.hasMatch() ? p.capturedStart(0) : std::min<qsizetype>(flow.size(), 80);
    for (const Match &m : numbers)
        if (m.start < headerEnd && !noticePrefix(prefixOf(m.printed)))
            return field(decision, m);
    for (const Match &m : numbers)
        if (isDecisionNo(m.printed) && !citesOther(flow, m))
            return field(decision, m);
    // Not legible in the decision: the number the other documents give as the decision's
    // (送达回证: 《行政处罚决定书》（…号）).
    const PageLines all = d.everything();
    const std::vector<Match> cited = findAll(all.flow());
    static const QRegularExpression ofDecision(QStringLiteral("决定书[》〉>]?[（(]?$"));
    for (const Match &m : cited)
        if (isDecisionNo(m.printed)
            && ofDecision.match(all.flow().mid(std::max<qsizetype>(0, m.start - 6), std::min<qsizetype>(6, m.start))).hasMatch())
            return field(all, m);
    // A decision that gives no number of its own has none; without a decision among the
    // documents, one that names a penalty decision and no other document.
    if (!d.all(DocumentType::Decision).empty())
        return std::nullopt;
    for (const Match &m : cited)
        if (isDecisionNo(m.printed) && !citesOther(all.flow(), m))
            return field(all, m);
    return std::nullopt;
}
} // namespace CaseNumber

} // namespace casereview
