// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One reviewer's review of one case under one exact standard version, and where it stands.
#include <QString>
#include <optional>

namespace casereview {

// draft → submitted → signed; a signed review is locked until it is explicitly reopened.
enum class ReviewStatus { Draft, Submitted, Signed };

struct Review {
    qint64 id = 0;
    qint64 caseId = 0;
    QString reviewer;
    QString standardId;
    int standardVersion = 0;
    ReviewStatus status = ReviewStatus::Draft;
    QString createdAt;  // ISO 8601 UTC
    QString updatedAt;
    QString submittedAt;
    QString signedAt;
    int reopenCount = 0;
};

namespace ReviewStatusKeys {
inline QString key(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Draft: return QStringLiteral("draft");
    case ReviewStatus::Submitted: return QStringLiteral("submitted");
    case ReviewStatus::Signed: return QStringLiteral("signed");
    }
    return {};
}
inline std::optional<ReviewStatus> from(const QString &key)
{
    for (ReviewStatus s : {ReviewStatus::Draft, ReviewStatus::Submitted, ReviewStatus::Signed})
        if (key == ReviewStatusKeys::key(s))
            return s;
    return std::nullopt;
}
} // namespace ReviewStatusKeys

} // namespace casereview
