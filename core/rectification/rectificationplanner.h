// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns the problems of reviewed cases (deductions and failed veto gates of signed reviews,
// accepted or open findings) into new rectification items. Pure: the service gathers the input.
//
// One item per problem; a finding that suggests the same standard item as a deduction of the
// same case joins that deduction's item. Grouped per agency, the same problem (standard item,
// else diagnosis rule) across the agency's cases becomes one 制度整改 item. Problems whose
// source key is already tracked are skipped, so planning twice adds nothing.
#include "domain/rectificationitem.h"

#include <QSet>
#include <QStringList>
#include <map>

namespace casereview {

namespace RectificationPlanner {
enum class Grouping { PerProblem, PerAgency };

struct Deduction {
    qint64 caseId = 0;
    qint64 reviewId = 0;
    QString itemId;
    QString title;  // the standard item's title
    QStringList legalBasis;
    bool veto = false;  // a failed veto gate
    double deduction = 0;
    QString note;
    std::vector<int> pages;
    QString quote;
};

struct FindingProblem {
    qint64 caseId = 0;
    QString rule;
    QString factKey;
    QString suggestedItem;
    QString message;
    QString legalBasis;
    bool veto = false;
    std::vector<int> pages;
    QString quote;
};

struct Input {
    std::map<qint64, QString> agencies;  // case id → agency
    std::vector<Deduction> deductions;
    std::vector<FindingProblem> findings;
};

struct Plan {
    std::vector<RectificationItem> items;  // id 0, status pending
    int alreadyTracked = 0;                // problems skipped because an item tracks them
};

QString deductionKey(qint64 reviewId, const QString &itemId);
QString findingKey(qint64 caseId, const QString &rule, const QString &factKey);

Plan plan(const Input &input, const QSet<QString> &trackedKeys, Grouping grouping, const QDate &deadline);
} // namespace RectificationPlanner

} // namespace casereview
