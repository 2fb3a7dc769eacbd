// SPDX-License-Identifier: GPL-3.0-or-later
// A run of people names has no separators ("武敏夏子娜"), so each run is split into pieces that
// each read as one officer's name within one edit; only a run that splits one way votes.
#include "officerconsensus.h"

#include "officerextractor.h"
#include "pagelines.h"
#include "spellingvote.h"

#include <QRegularExpression>
#include <algorithm>
#include <climits>
#include <map>
#include <optional>

namespace casereview {

namespace OfficerConsensus {
namespace {

const QRegularExpression &peopleLabel()
{
    // 受送达人 and 被询问人 are the party, not officers.
    static const QRegularExpression re(QStringLiteral(
        "(?<![受被])(?:承办人(?:意见)?|送达人|联系人|执法人员签名|检查人员?签名|询问人(?:员|签名)?|制作人|记录人|拍摄人|办案人员?)"));
    return re;
}

// Words that end a run of names on the same line: the next field.
const QRegularExpression &runEnd()
{
    static const QRegularExpression re(QStringLiteral("日期|时间|地点|拍摄|联系|电话|签名|签字|性别|单位|负责人|意见"));
    return re;
}

void addRun(QStringList &runs, const QString &run)
{
    for (const QString &part : run.split(u'、', Qt::SkipEmptyParts))
        if (part.size() >= 2)
            runs << part;
}

// Levenshtein distance; names are a few characters long.
int distance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row.back();
}

// The officer (index into names) a piece reads as within one edit and the edits, distance 2 when
// none; officer -1 when two are as near, as 何亮燕 to 何亮疗 and 何亮.
std::pair<int, int> nearest(QStringView piece, const QStringList &names)
{
    int best = -1, bestDistance = 2;
    bool tie = false;
    for (qsizetype k = 0; k < names.size(); ++k) {
        if (std::abs(names[k].size() - piece.size()) > 1)
            continue;
        const int d = distance(piece, names[k]);
        if (d < bestDistance)
            best = int(k), bestDistance = d, tie = false;
        else if (d == bestDistance)
            tie = true;
    }
    return {tie ? -1 : best, bestDistance};
}

// Splits the run into officers' names, fewest edits first; adds each piece as a mention of its
// officer when that split is the only one with so few edits.
void vote(const QString &run, const QStringList &names, std::vector<std::map<QString, int>> &mentions)
{
    struct Cell {
        int cost = INT_MAX;
        int ways = 0;
        qsizetype from = -1;
        int officer = -1;
    };
    std::vector<Cell> cells(size_t(run.size()) + 1);
    cells[0] = {0, 1, -1, -1};
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (cells[size_t(i)].ways == 0)
            continue;
        for (qsizetype len = 2; len <= 5 && i + len <= run.size(); ++len) {
            const auto [officer, d] = nearest(QStringView(run).mid(i, len), names);
            if (d > 1)
                continue;
            Cell &to = cells[size_t(i + len)];
            const int cost = cells[size_t(i)].cost + d;
            if (cost < to.cost)
                to = {cost, cells[size_t(i)].ways, i, officer};
            else if (cost == to.cost)
                to.ways = std::min(2, to.ways + cells[size_t(i)].ways);
        }
    }
    if (cells.back().ways != 1)
        return;
    for (qsizetype end = run.size(); end > 0; end = cells[size_t(end)].from) {
        const Cell &c = cells[size_t(end)];
        if (c.officer >= 0)
            ++mentions[size_t(c.officer)][run.mid(c.from, end - c.from)];
    }
}

bool isProvince(QChar c)
{
    return OfficerExtractor::provinceAbbreviations().contains(c);
}

// The province prefix and digit count every certificate but officers[except]'s shares.
std::optional<std::pair<QChar, qsizetype>> sharedCertShape(const std::vector<Officer> &officers, size_t except)
{
    std::optional<std::pair<QChar, qsizetype>> shape;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    for (size_t i = 0; i < officers.size(); ++i) {
        const QString &cert = officers[i].certNo;
        if (i == except || cert.isEmpty() || cert == officers[except].certNo)
            continue;
        if (!isProvince(cert.front()) || !digits.match(QStringView(cert).mid(1)).hasMatch())
            return std::nullopt;
        const std::pair<QChar, qsizetype> own{cert.front(), cert.size() - 1};
        if (shape && *shape != own)
            return std::nullopt;
        shape = own;
    }
    return shape;
}

// 哪01785853 or 01357864 beside 鄂01787362: the prefix was misread, or glued to the name.
void fixCertPrefix(std::vector<Officer> &officers, size_t i)
{
    const QString &cert = officers[i].certNo;
    const auto shape = sharedCertShape(officers, i);
    if (cert.isEmpty() || !shape)
        return;
    static const QRegularExpression unprefixed(QStringLiteral("^([^0-9A-Za-z]?)([0-9]+)$"));
    const auto m = unprefixed.match(cert);
    if (!m.hasMatch() || m.capturedLength(2) != shape->second)
        return;
    if (m.capturedLength(1) && isProvince(m.captured(1).front()))
        return;
    officers[i].certNo = shape->first + m.captured(2);
}

} // namespace

QStringList peopleRuns(const std::vector<QString> &pageTexts)
{
    static const QRegularExpression name(QStringLiteral("^[\\s：:；;|“”\"'，,。.·]*([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}、]+)"));
    static const QRegularExpression handledBy(QStringLiteral("由([\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}、]{2,20}?)承办"));
    QStringList runs;
    for (const QString &page : pageTexts) {
        for (const QString &line : page.split(u'\n')) {
            const QString c = PageLines::compacted(line).remove(u' ');
            const auto h = handledBy.match(c);
            if (h.hasMatch())
                addRun(runs, h.captured(1));
            auto labels = peopleLabel().globalMatch(c);
            while (labels.hasNext()) {
                const auto label = labels.next();
                const auto m = name.match(QStringView(c).mid(label.capturedEnd(0)));
                if (!m.hasMatch())
                    continue;
                QString run = m.captured(1);
                for (const QRegularExpression *end : {&peopleLabel(), &runEnd()}) {
                    const auto e = end->match(run);
                    if (e.hasMatch())
                        run.truncate(e.capturedStart(0));
                }
                addRun(runs, run);
            }
        }
    }
    return runs;
}

void correct(std::vector<Officer> &officers, const std::vector<QString> &pageTexts, const std::vector<bool> &ocrPages)
{
    auto onOcrPage = [&](const Officer &o) {
        return o.page >= 1 && size_t(o.page) <= ocrPages.size() && ocrPages[size_t(o.page - 1)];
    };
    if (std::none_of(officers.begin(), officers.end(), onOcrPage))
        return;

    QStringList names;
    for (const Officer &o : officers)
        if (!o.name.isEmpty() && !names.contains(o.name))
            names << o.name;
    std::vector<std::map<QString, int>> mentions(size_t(names.size()));
    for (const QString &run : peopleRuns(pageTexts))
        vote(run, names, mentions);

    QStringList settled = names;
    for (qsizetype k = 0; k < names.size(); ++k) {
        if (mentions[size_t(k)].count(names[k]))
            continue;
        const QString w = SpellingVote::winner(names[k], mentions[size_t(k)]);
        if (!settled.contains(w))
            settled[k] = w;
    }
    for (size_t i = 0; i < officers.size(); ++i) {
        if (!onOcrPage(officers[i]))
            continue;
        if (const qsizetype k = names.indexOf(officers[i].name); k >= 0)
            officers[i].name = settled[k];
        fixCertPrefix(officers, i);
    }
}
} // namespace OfficerConsensus

} // namespace casereview
