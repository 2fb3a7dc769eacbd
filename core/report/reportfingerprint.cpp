// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ReviewOpinion: return QStringLiteral("review_opinion");
    case ReportKind::CampaignReport: return QStringLiteral("campaign_report");
    case ReportKind::RectificationNotice: return QStringLiteral("rectification_notice");
    case ReportKind::RectificationLedger: return QStringLiteral("rectification_ledger");
    case ReportKind::DrawRecord: return QStringLiteral("draw_record");
    case ReportKind::CampaignResults: return QStringLiteral("campaign_results");
    }
    return {};
}

namespace {
QJsonValue json(const HeadingBlock &b) { return QJsonObject{{"h", b.level}, {"t", b.text}}; }
QJsonValue json(const ParagraphBlock &b) { return QJsonObject{{"p", int(b.style)}, {"t", b.text}}; }
QJsonValue json(const KeyValueBlock &b)
{
    QJsonArray pairs;
    for (const auto &[k, v] : b.pairs)
        pairs.append(QJsonArray{k, v});
    return QJsonObject{{"kv", pairs}, {"c", b.columns}};
}
QJsonValue json(const TableBlock &b)
{
    QJsonArray cols, rows;
    for (const TableColumn &c : b.columns)
        cols.append(QJsonArray{c.title, c.width, int(c.align)});
    for (const TableRow &r : b.rows)
        rows.append(QJsonArray{QJsonArray::fromStringList(r.cells), r.emphasis});
    return QJsonObject{{"table", cols}, {"rows", rows}};
}
QJsonValue json(const ChartBlock &b)
{
    QJsonArray values, cumulative;
    for (double v : b.values)
        values.append(v);
    for (double v : b.cumulative)
        cumulative.append(v);
    return QJsonObject{{"chart", int(b.kind)}, {"t", b.title}, {"l", QJsonArray::fromStringList(b.labels)},
                       {"v", values}, {"c", cumulative}, {"u", b.unit}};
}
QJsonValue json(const PageCropBlock &b)
{
    QJsonObject o{{"crop", b.caseId}, {"page", b.page}, {"t", b.caption}};
    if (b.rect)
        o.insert("r", QJsonArray{b.rect->x(), b.rect->y(), b.rect->width(), b.rect->height()});
    return o;
}
QJsonValue json(const SignatureBlock &b) { return QJsonObject{{"sign", QJsonArray::fromStringList(b.roles)}, {"d", b.date}}; }
QJsonValue json(const PageBreakBlock &) { return QJsonObject{{"break", true}}; }
} // namespace

namespace ReportFingerprint {
QByteArray canonical(const ReportDocument &doc)
{
    QJsonArray ids, blocks;
    for (qint64 id : doc.caseIds)
        ids.append(id);
    for (const ReportBlock &b : doc.blocks)
        blocks.append(std::visit([](const auto &x) { return json(x); }, b));
    const QJsonObject o{{"kind", reportKindKey(doc.kind)}, {"title", doc.title}, {"subtitle", doc.subtitle},
                        {"status", doc.statusMark}, {"cases", ids}, {"blocks", blocks}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString sha256(const ReportDocument &doc)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(doc), QCryptographicHash::Sha256).toHex());
}

QString shortForm(const QString &sha256)
{
    return QStringLiteral("%1-%2-%3").arg(sha256.mid(0, 4), sha256.mid(4, 4), sha256.mid(8, 4));
}
} // namespace ReportFingerprint

} // namespace casereview
