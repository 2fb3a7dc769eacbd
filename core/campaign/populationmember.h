// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One file of a campaign's population (抽查范围): a stored case or a row of an agency's case
// catalogue (办案目录) that may not have its PDF yet. `key` identifies it in the draw: the
// case number (案号), or "case:ID" for a stored case without one. The columns are the ones
// the catalogue CSV names and the strata may use.
#include <QString>
#include <QStringList>
#include <optional>

namespace casereview {

struct PopulationMember {
    QString key;
    std::optional<qint64> caseId;      // the stored case, when there is one (linked by case number)
    std::optional<int> catalogueRow;   // 1-based data row of the catalogue it came from
    QString agency;                    // 机关
    QString caseNo;                    // 案号
    QString caseType;                  // 案件类型
    QString decisionDate;              // 决定日期, YYYY-MM-DD or empty
    QString amount;                    // 罚款 in yuan as written canonically ("2000", "2500.5"), or empty
    QStringList flags;                 // 标记, sorted, without duplicates

    // The value of a stratum column (agency, case_type, decision_date, decision_year, amount,
    // flags) or nullopt for an unknown column name; Chinese column names are accepted too.
    std::optional<QString> column(const QString &name) const;
    // The column name in canonical (English) form, or empty when unknown.
    static QString canonicalColumn(const QString &name);
    bool operator==(const PopulationMember &) const = default;
};

} // namespace casereview
