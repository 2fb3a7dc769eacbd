// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A review standard (评查标准) as data: sections of scored and veto items, grade bands, the
// n/a policy and how evidence/document items map onto the three review dimensions.
#include "domain/dimension.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace casereview {

enum class ItemKind { Procedure, Discretion, Legality, Evidence, Document };
// What an item answered 不适用 earns: its full points, or nothing while the total is rescaled.
enum class NaPolicy { FullPoints, Rescale };

struct StandardItem {
    QString id;
    QString titleZh;
    QString titleEn;
    double points = 0;
    ItemKind kind = ItemKind::Procedure;
    bool veto = false;
    QStringList legalBasis;
    QString deductionGuide;  // 扣分指引, e.g. "无立案审批表扣3分；要素缺失每项扣0.5分"
    QString checkHint;       // what in the dossier shows compliance (may be empty)
    QStringList diagnosisRules;

    bool operator==(const StandardItem &) const = default;
};

struct StandardSection {
    QString id;
    QString titleZh;
    QString titleEn;
    std::vector<StandardItem> items;

    double points() const;
    bool operator==(const StandardSection &) const = default;
};

struct GradeBand {
    QString name;  // 优秀 / 良好 / 合格 / 不合格
    double minScore = 0;

    bool operator==(const GradeBand &) const = default;
};

struct ReviewStandard {
    QString id;    // stable key, e.g. "penalty-general"
    int version = 0;  // assigned by the store; 0 = not stored yet
    QString nameZh;
    QString nameEn;
    QString appliesTo;
    QString note;
    double totalPoints = 100;
    NaPolicy naPolicy = NaPolicy::FullPoints;
    Dimension evidenceDimension = Dimension::Legality;
    Dimension documentDimension = Dimension::Procedure;
    std::vector<GradeBand> grades = defaultGrades();  // highest first
    std::vector<StandardSection> sections;

    static std::vector<GradeBand> defaultGrades();
    Dimension dimensionOf(ItemKind kind) const;
    const StandardItem *findItem(const QString &itemId) const;
    int itemCount() const;
    double itemPoints() const;  // sum of all item points
    // Same content, ignoring the store-assigned version.
    bool sameContent(const ReviewStandard &other) const;
    bool operator==(const ReviewStandard &) const = default;
};

namespace StandardKeys {
QString kind(ItemKind k);
std::optional<ItemKind> kindFrom(const QString &key);
QString dimension(Dimension d);
std::optional<Dimension> dimensionFrom(const QString &key);
QString naPolicy(NaPolicy p);
std::optional<NaPolicy> naPolicyFrom(const QString &key);
} // namespace StandardKeys

} // namespace casereview
