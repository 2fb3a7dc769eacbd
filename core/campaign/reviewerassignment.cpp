// SPDX-License-Identifier: GPL-3.0-or-later
// Balanced, seeded, recusal-respecting assignment of reviewers (see reviewerassignment.h).
#include "reviewerassignment.h"

#include "campaignerror.h"
#include "drawalgorithm.h"

#include <QSet>
#include <algorithm>

namespace casereview {

bool ReviewerAssignment::recused(const CampaignReviewer &reviewer, const QString &agency)
{
    const QString a = agency.trimmed();
    if (a.isEmpty())
        return false;
    if (reviewer.unit.trimmed() == a)
        return true;
    for (const QString &c : reviewer.conflicts)
        if (c.trimmed() == a)
            return true;
    return false;
}

std::vector<FileAssignment> ReviewerAssignment::assign(const std::vector<AssignmentFile> &files, const std::vector<CampaignReviewer> &reviewers,
                                                       int perFile, const QString &seed)
{
    if (perFile < 1)
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("each file needs at least 1 reviewer"));
    if (seed.isEmpty())
        throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("the assignment needs a seed"));
    QSet<QString> names;
    for (const CampaignReviewer &r : reviewers) {
        if (names.contains(r.name))
            throw CampaignError(CampaignError::Kind::Invalid, QStringLiteral("reviewer %1 is named twice").arg(r.name));
        names.insert(r.name);
    }
    std::vector<size_t> order(files.size());
    std::vector<QString> fileRank(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        order[i] = i;
        fileRank[i] = DrawAlgorithm::rank(seed, files[i].key);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return fileRank[a] != fileRank[b] ? fileRank[a] < fileRank[b] : files[a].key < files[b].key;
    });
    std::vector<int> load(reviewers.size(), 0);
    std::vector<FileAssignment> out(files.size());
    for (size_t f : order) {
        struct Pick {
            size_t reviewer;
            QString rank;
        };
        std::vector<Pick> eligible;
        for (size_t r = 0; r < reviewers.size(); ++r)
            if (!recused(reviewers[r], files[f].agency))
                eligible.push_back({r, DrawAlgorithm::rank(seed, files[f].key + QLatin1Char('\n') + reviewers[r].name)});
        if (int(eligible.size()) < perFile)
            throw CampaignError(CampaignError::Kind::NoReviewer,
                                QStringLiteral("file %1 (%2) needs %3 reviewers but only %4 of %5 are left after recusal")
                                    .arg(files[f].key, files[f].agency.isEmpty() ? QStringLiteral("agency unknown") : files[f].agency)
                                    .arg(perFile)
                                    .arg(eligible.size())
                                    .arg(reviewers.size()));
        std::sort(eligible.begin(), eligible.end(), [&](const Pick &a, const Pick &b) {
            if (load[a.reviewer] != load[b.reviewer])
                return load[a.reviewer] < load[b.reviewer];
            if (a.rank != b.rank)
                return a.rank < b.rank;
            return reviewers[a.reviewer].name < reviewers[b.reviewer].name;
        });
        out[f].key = files[f].key;
        for (int k = 0; k < perFile; ++k) {
            ++load[eligible[size_t(k)].reviewer];
            out[f].reviewers << reviewers[eligible[size_t(k)].reviewer].name;
        }
    }
    return out;
}

} // namespace casereview
