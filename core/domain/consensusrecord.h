// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A campaign file's consensus sheet (合议表) as the store keeps it: the one sheet the reviewers
// a campaign assigned the file agree on after their blind reviews, each item with whether the
// reviewers disagreed on it and, when they did, the reason for the decision taken; and who has
// signed it (联合署名). It is final — the file's campaign result — once every assigned
// reviewer has signed. Plain values shared by the sheet's rules (campaign/) and the store.
#include "reviewanswer.h"

#include <QString>
#include <vector>

namespace casereview {

struct ConsensusItem {
    Answer answer; // item, verdict, deduction, note, evidence
    bool disputed = false; // the reviewers' answers differed (or not all of them answered)
    QString reason; // why the disputed item was decided so; may be empty otherwise
    bool operator==(const ConsensusItem &) const = default;
};

struct ConsensusSignature {
    QString reviewer;
    QString signedAt;
    bool operator==(const ConsensusSignature &) const = default;
};

enum class ConsensusStatus { Draft, Final };

struct ConsensusRecord {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 caseId = 0;
    QString reconciler; // who made (or last remade) the sheet
    QString createdAt;
    QString updatedAt;
    ConsensusStatus status = ConsensusStatus::Draft;
    QString finalizedAt; // empty while a draft
    std::vector<ConsensusItem> items; // in standard order
    std::vector<ConsensusSignature> signatures; // in signing order

    bool signedBy(const QString &reviewer) const
    {
        for (const ConsensusSignature &s : signatures)
            if (s.reviewer == reviewer)
                return true;
        return false;
    }
};

inline QString consensusStatusKey(ConsensusStatus s)
{
    return s == ConsensusStatus::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

} // namespace casereview
