// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads what a report needs from the store and runs its pure builder: the one place the CLI and
// the GUI get report documents from. Errors are codes with the detail (ids, names) for the
// caller to word. Not thread-safe: give each thread its own Database and instance.
#include "campaignreportbuilder.h"
#include "domain/blindfile.h"
#include "rectificationnoticebuilder.h"
#include "reportdocument.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace casereview {

class Database;

struct ReportBuild {
    // Blind: the case is under blind double review and the viewer asked for a review not their
    // own (or for none in particular); `blind` has the file's progress.
    enum class Error { None, NoCase, NoCases, NoReview, AmbiguousReviewer, NoStandard, UnknownAgency, NoProblems, Blind };
    std::optional<ReportDocument> doc;
    Error error = Error::None;
    QString detail;           // the case id, reviewer, agency … the error is about
    QStringList known;        // UnknownAgency: the agencies there are; AmbiguousReviewer: the reviewers
    int cases = 0; // NoProblems: the agency's cases (none of them with a problem)
    bool fromRectificationItems = false;  // a notice made from tracked rectification items
    std::optional<BlindFile> blind; // Blind: who is assigned and who has submitted
};

class ReportBuilds {
public:
    explicit ReportBuilds(Database &db) : m_db(db) {}

    // Without `reviewer` the case must have exactly one review (AmbiguousReviewer otherwise).
    // `viewer` is who asks: while the case is under blind review (背靠背), an opinion is made
    // only of the viewer's own review (`reviewer` == `viewer`), else Error::Blind.
    ReportBuild opinion(qint64 caseId, const QString &reviewer = {}, const QString &viewer = {});
    // Empty `caseIds`: every case of the store.
    ReportBuild campaign(const QList<qint64> &caseIds, const CampaignReportBuilder::Options &options);
    // From the agency's open rectification items when tracked (their earliest deadline unless
    // options.deadline is set), else from signed deductions and accepted findings.
    ReportBuild notice(const QString &agency, RectificationNoticeBuilder::Options options);
    // Agencies a notice can be issued to, with the number of their cases with problems.
    std::vector<std::pair<QString, int>> noticeAgencies();

private:
    Database &m_db;
};

} // namespace casereview
