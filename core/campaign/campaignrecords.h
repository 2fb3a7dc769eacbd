// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A campaign and its recorded steps as the store keeps them: the campaign (name, legal basis,
// standard, scope, organiser, phases), a draw with the spec that made it, an assignment.
#include "drawspec.h"
#include "reviewerassignment.h"

#include <QDate>
#include <QJsonObject>

namespace casereview {

// 自查 → 抽取 → 评查 → 复核 → 反馈 → 异议 → 整改 → 回头看
struct CampaignPhase {
    QString phase;  // self_check, draw, review, recheck, feedback, objection, rectification, follow_up
    QDate starts;
    QDate ends;
    bool operator==(const CampaignPhase &) const = default;
};

struct CampaignRecord {
    qint64 id = 0;
    QString name;
    QString legalBasis;
    QString scope;
    QString organiser;
    QString standardId;
    int standardVersion = 0;
    QString populationSource;  // "cases:all", "cases:1,2,3", "catalogue:FILE (encoding)"
    QString populationSha256;
    QString createdAt;
    QString createdBy;
    std::vector<CampaignPhase> phases;
};

struct DrawRecord {
    qint64 id = 0;
    qint64 campaignId = 0;
    QString algorithm;
    QJsonObject spec;  // DrawSpecJson::toJson
    QString populationSha256;
    int populationSize = 0;
    QStringList witnesses;
    QStringList warnings;
    QString drawnAt;
    QString drawnBy;
    std::vector<DrawnMember> drawn;  // with case id, catalogue row and case number from the population
};

struct AssignmentRecord {
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 drawId = 0;
    QString algorithm;
    QString seed;
    int perCase = 0;
    QString assignedAt;
    QString assignedBy;
    std::vector<FileAssignment> files;  // in draw order
};

namespace CampaignPhases {
// The phase keys in campaign order, with their Chinese names.
const QStringList &keys();
QString zh(const QString &key);
// A key or a Chinese name into the key; empty when unknown.
QString from(const QString &word);
}

} // namespace casereview
