// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The content of a printed report as plain data: a title and a flow of blocks (headings,
// paragraphs, key–value tables, data tables, charts, page crops, signature lines, page breaks).
// Builders make it from store data; ReportRenderer draws it; its fingerprint identifies it.
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>
#include <vector>

namespace casereview {

struct HeadingBlock {
    int level = 1;  // 1 = chapter, 2 = section
    QString text;
};

enum class ParagraphStyle { Body, Strong, Note, Centered, Right };

struct ParagraphBlock {
    QString text;
    ParagraphStyle style = ParagraphStyle::Body;
};

// A bordered grid of label/value pairs, `columns` pairs per line (case headers).
struct KeyValueBlock {
    std::vector<std::pair<QString, QString>> pairs;
    int columns = 2;
};

enum class CellAlign { Left, Center, Right };

struct TableColumn {
    QString title;
    double width = 1;  // relative to the other columns
    CellAlign align = CellAlign::Left;
};

struct TableRow {
    QStringList cells;
    bool emphasis = false;  // bold, shaded: subtotals and totals
};

// Breaks across pages between rows only, repeating the header row on each page.
struct TableBlock {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
};

enum class ChartKind { Bar, Donut, Pareto };

// Bar: one bar per label. Donut: shares of the whole. Pareto: bars sorted high to low with the
// cumulative share (0..1) as a line on a second axis.
struct ChartBlock {
    ChartKind kind = ChartKind::Bar;
    QString title;
    QStringList labels;
    std::vector<double> values;
    std::vector<double> cumulative;  // Pareto only
    QString unit;                    // shown after values, e.g. "件"
};

// A crop of one dossier page; `rect` (PDF points) is outlined as the evidence region.
struct PageCropBlock {
    qint64 caseId = 0;
    int page = 0;  // 1-based
    std::optional<QRectF> rect;
    QString caption;
};

struct SignatureBlock {
    QStringList roles;  // one signature line each, e.g. "评查人", "复核人"
    QString date;       // pre-filled date of the first role's line; empty for a blank "年 月 日"
};

struct PageBreakBlock {};

using ReportBlock = std::variant<HeadingBlock, ParagraphBlock, KeyValueBlock, TableBlock, ChartBlock, PageCropBlock,
                                 SignatureBlock, PageBreakBlock>;

// CampaignResults: the campaign report of a review campaign (评查活动), with its conduct.
enum class ReportKind { ReviewOpinion, CampaignReport, RectificationNotice, RectificationLedger, DrawRecord, CampaignResults };

struct ReportDocument {
    ReportKind kind = ReportKind::ReviewOpinion;
    QString title;
    QString subtitle;
    QString statusMark;  // "草稿" / "未完成" on every page when not final; empty when final
    std::vector<qint64> caseIds;
    std::vector<ReportBlock> blocks;
};

// "review_opinion" | "campaign_report" | "rectification_notice" | "rectification_ledger" |
// "draw_record" | "campaign_results"
QString reportKindKey(ReportKind kind);

} // namespace casereview
