// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An objection (异议) as the store keeps it: an agency contests one item of a campaign file's
// final consensus sheet (合议表) with its grounds and any evidence files, and someone who did
// not review the file decides it — upheld, with the item's verdict and deduction as the
// decision gives them, or rejected — with a reason. The signed sheet never changes; the
// file's effective result is the sheet with its upheld outcomes applied. Plain values shared
// by the objection rules (campaign/) and the store.
#include "reviewanswer.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace casereview {

enum class ObjectionStatus { Open, Upheld, Rejected };

struct ObjectionEvidence {
    QString fileName;
    QString sha256; // hex of the bytes
    qint64 size = 0;
    QByteArray data; // empty in listings (ObjectionRepository::list)
    bool operator==(const ObjectionEvidence &) const = default;
};

struct ObjectionRecord {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 caseId = 0;
    qint64 consensusId = 0; // the final sheet contested
    QString itemId;
    QString agency;
    QString grounds;
    QString filedAt;
    QString filedBy;
    std::vector<ObjectionEvidence> evidence;
    ObjectionStatus status = ObjectionStatus::Open;
    QString decidedBy; // empty while open
    QString decidedAt;
    QString reason;
    Verdict verdict = Verdict::Pass; // upheld: the item's verdict as decided
    double deduction = 0; // upheld: the item's deduction as decided
};

inline QString objectionStatusKey(ObjectionStatus s)
{
    switch (s) {
    case ObjectionStatus::Upheld: return QStringLiteral("upheld");
    case ObjectionStatus::Rejected: return QStringLiteral("rejected");
    case ObjectionStatus::Open: break;
    }
    return QStringLiteral("open");
}

} // namespace casereview
