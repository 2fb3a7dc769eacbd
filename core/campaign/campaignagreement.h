// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Agreement of a campaign's double reviews (双人独立评查), a pure function of the submitted
// reviews of the drawn files: per file the score gap, whether the grades differ and the items
// whose verdict or deduction differs (veto gates first, then in standard order); over the
// campaign and per item, percent agreement and Krippendorff's alpha — nominal on the
// verdicts pass/deduct/na/fail, interval on the points deducted (pass = 0; na and fail carry
// no points and are missing) — over the units (file, item) with at least two answers;
// Cohen's kappa on verdicts for reviewer pairs that share at least `minSharedForKappa` units;
// and each reviewer's drift: the mean over their units of their deduction minus the unit's
// mean deduction (positive: stricter than the group).
#include "domain/reviewanswer.h"
#include "standards/reviewstandard.h"

#include <QSet>
#include <map>
#include <optional>
#include <vector>

namespace casereview {

struct ReviewerScore {
    QString reviewer;
    double total = 0;
    QString grade;
    std::map<QString, Answer> answers;  // by item id
};

struct FileReviews {
    QString key;
    std::optional<qint64> caseId;
    std::vector<ReviewerScore> reviews;  // submitted or signed only
};

struct FileAgreement {
    QString key;
    std::optional<qint64> caseId;
    int reviewers = 0;
    double scoreGap = 0;
    bool gradeMismatch = false;
    QStringList disputedItems;
};

struct PairAgreement {
    QString a, b;  // a < b
    int items = 0;
    std::optional<double> kappa;  // nullopt below the minimum of shared units, or undefined
};

struct ItemAgreement {
    QString item;
    int units = 0;
    std::optional<double> percent;
    std::optional<double> alphaNominal;
};

struct ReviewerDrift {
    QString reviewer;
    int units = 0;
    double meanDeduction = 0;
    double drift = 0;
};

struct AgreementReport {
    int units = 0;
    std::optional<double> percent;
    std::optional<double> alphaNominal;
    std::optional<double> alphaInterval;
    std::vector<PairAgreement> pairs;
    std::vector<FileAgreement> files;
    std::vector<ItemAgreement> items;
    std::vector<ReviewerDrift> reviewers;
};

class CampaignAgreement {
public:
    static AgreementReport compute(const std::vector<FileReviews> &files, const ReviewStandard &standard, int minSharedForKappa = 20);
    // Nominal codes of the verdicts for alpha: pass 0, deduct 1, na 2, fail 3.
    static double verdictCode(Verdict v);
    // Item ids in report order: veto gates in standard order, the other items in standard
    // order, then ids the standard does not know, sorted.
    static QStringList ordered(const QSet<QString> &ids, const ReviewStandard &standard);
};

} // namespace casereview
