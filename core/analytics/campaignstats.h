// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Campaign statistics over a set of cases: counts, grades, score histogram, deductions by
// dimension and section, Pareto of problems, typical cases and problems per agency.
#include "domain/dimension.h"

#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace casereview {

struct CountRow {
    QString label;
    int count = 0;
    bool operator==(const CountRow &) const = default;
};

struct ScoreBucket {
    double from = 0;
    double to = 0;  // exclusive, except for the last bucket
    int count = 0;
    bool operator==(const ScoreBucket &) const = default;
};

struct DeductionRow {
    QString label;
    double points = 0;
    int occurrences = 0;
    bool operator==(const DeductionRow &) const = default;
};

// One bar of a Pareto chart: occurrences of a problem, its share and the running share.
struct ParetoRow {
    QString key;    // "standard:item" or the dimension key
    QString label;  // item title or dimension name
    int occurrences = 0;
    double points = 0;
    int vetoes = 0;         // occurrences that failed a veto gate
    double share = 0;       // occurrences / all occurrences
    double cumulative = 0;  // running sum of share, in this order
    bool operator==(const ParetoRow &) const = default;
};

// One problem of one case: a review deduction (or failed veto) or an accepted finding that the
// review does not already cover.
struct CaseProblem {
    QString itemKey;  // "standard:item", or "rule:<rule id>" for a finding
    QString title;
    Dimension dimension = Dimension::Procedure;
    double deduction = 0;
    bool veto = false;
    QString reason;
    QString legalBasis;
    std::vector<int> pages;  // sorted, unique
    bool fromFinding = false;
    bool operator==(const CaseProblem &) const = default;
};

struct TypicalCase {
    qint64 caseId = 0;
    QString caseNo;
    QString agency;
    double total = 0;
    QString grade;
    bool veto = false;
    std::vector<CaseProblem> problems;  // largest deduction first
};

struct AgencyCaseProblems {
    qint64 caseId = 0;
    QString caseNo;
    std::vector<CaseProblem> problems;
};

struct AgencyProblems {
    QString agency;
    int cases = 0;               // cases of this agency in scope
    std::vector<AgencyCaseProblems> casesWithProblems;
    std::vector<ParetoRow> byItem;  // this agency's problems, most frequent first
};

struct CampaignStats {
    int caseCount = 0;
    int finalCount = 0;       // signed and complete reviews: the ones with a grade
    int incompleteCount = 0;  // a review exists but is not signed or has unanswered items
    int unreviewedCount = 0;
    std::vector<CountRow> byAgency;    // most cases first, then by name
    std::vector<CountRow> byCaseType;
    std::vector<CountRow> grades;      // in the standards' band order; final reviews only
    std::vector<ScoreBucket> histogram;
    double meanScore = 0;              // final reviews only
    int vetoCases = 0;
    std::array<double, 3> deductionsByDimension{};  // indexed by Dimension
    std::vector<DeductionRow> bySection;            // most points first
    std::vector<ParetoRow> paretoByItem;
    std::vector<ParetoRow> paretoByDimension;
    std::vector<TypicalCase> typicalCases;
    std::vector<AgencyProblems> agencies;  // in byAgency order
    int acceptedFindings = 0;
    int pendingFindings = 0;
};

} // namespace casereview
