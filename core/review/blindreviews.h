// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The blind double review rule applied to the reviews read from the store: which reviews a
// viewer may see, and what to show instead (the file's progress). Every reader of reviews that
// shows them to someone — the case list, `score`, `show`, exports, reports — filters through
// one of these, loaded in the same read, so a list can never reveal what `score` refuses.
#include "blindness.h"
#include "domain/review.h"

#include <map>
#include <optional>
#include <vector>

namespace casereview {

class Database;

class BlindReviews {
public:
    // The campaign files of one case or of the whole store.
    static BlindReviews load(Database &db, std::optional<qint64> caseId = std::nullopt);
    explicit BlindReviews(std::map<qint64, BlindFile> files = {}) : m_files(std::move(files)) { }

    // The case as a campaign file; nullptr when no campaign's current assignment has it.
    const BlindFile *file(qint64 caseId) const;
    // The case's reviews are still blind: it is assigned and not every reviewer has submitted.
    bool blind(qint64 caseId) const;
    // `viewer` (empty: a list, report or export) may not see this review's answers, score or notes.
    bool hidden(const Review &review, const QString &viewer = {}) const;
    // Removes the reviews `viewer` may not see.
    void drop(std::vector<Review> &reviews, const QString &viewer = {}) const;

private:
    std::map<qint64, BlindFile> m_files;
};

} // namespace casereview
