// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Seeded assignment of reviewers to drawn files (交叉评查), algorithm "sha256-balanced-v1":
// files are taken in the order of DrawAlgorithm::rank(seed, file key); each gets the N
// reviewers with the lightest load so far among those not recused, ties broken by
// rank(seed, file key + LF + reviewer name), then by name. A reviewer is recused from a file
// of their own unit and of any unit they list as a conflict (回避). The result is a pure
// function of its inputs, so a recorded assignment can be re-run like a draw.
#include <QString>
#include <QStringList>
#include <vector>

namespace casereview {

struct CampaignReviewer {
    QString name;
    QString unit;
    QStringList conflicts;  // units the reviewer must not review
    QString specialty;
};

struct AssignmentFile {
    QString key;  // the drawn member's key (case number)
    QString agency;
};

struct FileAssignment {
    QString key;
    QStringList reviewers;  // in pick order
    bool operator==(const FileAssignment &) const = default;
};

class ReviewerAssignment {
public:
    static constexpr const char *name = "sha256-balanced-v1";

    static bool recused(const CampaignReviewer &reviewer, const QString &agency);
    // In the order of `files`. Throws CampaignError(NoReviewer) naming the first file that
    // cannot get `perFile` reviewers after recusal, CampaignError(Invalid) for perFile < 1 or
    // a reviewer named twice.
    static std::vector<FileAssignment> assign(const std::vector<AssignmentFile> &files, const std::vector<CampaignReviewer> &reviewers,
                                              int perFile, const QString &seed);
};

} // namespace casereview
