// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a review campaign (评查活动) was run, as its report prints it: the campaign, the recorded
// random draw (双随机), the reviewers and their cross review (交叉评查), where the files stand,
// how well the reviewers agreed, and each file's reconciliation (合议) and joint signature
// (联合署名). Plain values: the campaign folder fills them from its records
// (CampaignReportLoader), so the report's pure builder needs none of the campaign's types.
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace casereview {

struct CampaignConduct {
    QString name;
    QString legalBasis;
    QString scope;
    QString organiser;
    QString standard; // 《name》（第 N 版）
    QStringList phases; // "评查：2026-11-01 至 2026-11-30"

    // The latest draw; `draws` counts every recorded one.
    int draws = 0;
    int populationSize = 0;
    QString populationSha256;
    QString seed;
    QString algorithm;
    QString drawnAt;
    QString drawnBy;
    QStringList witnesses;
    QStringList warnings;
    int drawn = 0;
    int drawnWithoutDossier = 0; // catalogue rows whose dossier is not in the store yet
    struct Stratum {
        QString name;
        int size = 0;
        int quota = 0;
        int mustInclude = 0;
        int drawnAtRandom = 0;
    };
    std::vector<Stratum> strata; // empty when the population changed since the draw

    int perCase = 0; // reviewers per file
    struct Reviewer {
        QString name;
        QString unit;
        int files = 0; // assigned
        int submitted = 0; // of those, reviews submitted or signed
        std::optional<double> drift; // mean deduction against the group's, in points
    };
    std::vector<Reviewer> reviewers;

    // Where the files stand (the figures of `campaign status`).
    int assigned = 0;
    int reviewed = 0;
    int disputed = 0;
    int reconciled = 0;
    int signedFiles = 0;
    int contested = 0;

    // Agreement over the (file, item) units with two or more answers.
    int units = 0;
    std::optional<double> percent;
    std::optional<double> alphaNominal;
    std::optional<double> alphaInterval;
    struct Pair {
        QString a, b;
        int items = 0;
        std::optional<double> kappa;
    };
    std::vector<Pair> pairs;

    // Each assigned file with its reviews' differences and its consensus.
    enum class Consensus { None, Draft, Final };
    struct File {
        QString caseNo;
        QString agency;
        int reviewers = 0; // reviews submitted
        double scoreGap = 0;
        bool gradeMismatch = false;
        QStringList disputedItems;
        Consensus consensus = Consensus::None;
        QStringList signedBy;
        QStringList awaiting; // assigned reviewers who have not signed
    };
    std::vector<File> files;
};

} // namespace casereview
