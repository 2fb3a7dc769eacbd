// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored case as the store returns it: identity, source file and its analysis.
#include "dossier.h"
#include "gradestanding.h"
#include "review.h"
#include "trafficlight.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <set>
#include <vector>

namespace casereview {

// The case's leading review (LeadingReview), scored by ScoringEngine. `total` is provisional
// while items are unanswered (they count as full marks); whether `grade` counts is standing().
struct CaseReviewSummary {
    qint64 reviewId = 0;
    QString reviewer;
    ReviewStatus status = ReviewStatus::Draft;
    double total = 0;
    double maxTotal = 0;
    QString grade;
    int unanswered = 0;
    bool vetoFailed = false;

    // The answers decide the grade (all answered, or a veto gate failed); signed or not.
    bool gradeKnown() const { return unanswered == 0 || vetoFailed; }
    GradeStanding standing() const { return gradeStanding(status, unanswered, vetoFailed); }
};

// Another review of the same case, named in the case list's tooltip.
struct ReviewBrief {
    QString reviewer;
    ReviewStatus status = ReviewStatus::Draft;
};

struct CaseSummary {
    qint64 id = 0;
    QString fileName;
    QString sha256;
    int pages = 0;
    QDateTime importedAt;
    QString caseNo;
    QString agency;
    QString partyName;
    QString partyUscc;
    QString caseType;
    std::optional<double> fineAmountYuan;
    QDate decisionDate;
    int partyCount = 0;  // parties the decision names (DossierFields::parties)
    std::optional<CaseReviewSummary> review;  // none: not reviewed yet
    int reviewCount = 0;
    std::vector<ReviewBrief> otherReviews;  // the case's reviews besides `review`, leading first
    int openFindings = 0;  // veto / deduct findings of the diagnosis not yet accepted or dismissed
    // 三色 of the case's rectification items (the worst one); green without items once a signed
    // review found nothing to deduct; none while there is nothing to judge by.
    std::optional<TrafficLight> rectificationLight;
    int rectificationOpen = 0;
    int rectificationOverdue = 0;
    // Keys (OcrDoubt: case_no, dates.decision, officers.0 …) of the extracted values that rest
    // on doubtful OCR words: the reviewer must check them on the page.
    std::set<QString> uncertainFields;
    // Under blind double review in a campaign (背靠背): how many reviewers are assigned and how
    // many have submitted; while blind, `review` and `otherReviews` leave out what the list may
    // not show. blindAssigned 0: not blind.
    int blindAssigned = 0;
    int blindSubmitted = 0;
};

struct CaseRecord {
    qint64 id = 0;
    QString fileName;    // the name it was imported under (display only)
    QString sourcePath;  // where it was imported from
    QString sha256;
    qint64 sizeBytes = 0;
    int pages = 0;
    QDateTime importedAt;
    QStringList warnings;  // import-time notes (no text found, repaired, restrictions …)
    DossierAnalysis analysis;
    std::set<QString> uncertainFields;  // as in CaseSummary
};

struct PageText {
    int page = 0;  // 1-based
    QString text;
};

} // namespace casereview
