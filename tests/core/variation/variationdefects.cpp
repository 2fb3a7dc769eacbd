// SPDX-License-Identifier: GPL-3.0-or-later
// The defect and look-alike table (see variationdefects.h). Dates move with a margin so each
// row breaks exactly one statutory period and keeps the others (a late delivery does not also
// make the closing report precede it, an overdue decision keeps its rights period).
#include "variationdefects.h"

namespace {
bool any(const VariationSpec &) { return true; }
bool company(const VariationSpec &s) { return s.company; }
bool major(const VariationSpec &s) { return s.major(); }
bool minor(const VariationSpec &s) { return !s.major(); }
bool hasMin(const VariationSpec &s) { return s.rangeMin > 0; }

// Moves the decision to `to` and what follows it with it.
void decideOn(VariationSpec &s, QDate to)
{
    const qint64 shift = s.decision.daysTo(to);
    s.decision = to;
    s.delivered = s.delivered.addDays(shift);
    s.closed = s.closed.addDays(shift);
}

// Everything from the investigation report on happens `days` later.
void delay(VariationSpec &s, int days)
{
    for (QDate *d : {&s.report, &s.legalReview, &s.discussion, &s.notice, &s.noticeServed, &s.decision, &s.delivered, &s.closed})
        *d = d->addDays(days);
}

QString otherBrand(const QString &name)
{
    QString n = name;  // city (two characters), then the trade name
    n[2] = n[2] == u'华' ? u'荣' : u'华';
    return n;
}

std::vector<DefectRow> build()
{
    using K = std::vector<DefectRow>;
    K r;
    auto add = [&](const char *name, QStringList rules, auto fits, auto apply, bool screening = false) {
        r.push_back({QString::fromLatin1(name), rules, fits, apply, screening, false, {}});
    };
    const QString remedy = QStringLiteral("REMEDY_NOTICE_DEFECT");
    add("remedy_review_15_days", {remedy}, any, [](VariationSpec &s) { s.reconsiderationDays = 15; }, true);
    add("remedy_review_2_months", {remedy}, any, [](VariationSpec &s) { s.reconsiderationDays = 2; s.reconsiderationInMonths = true; }, true);
    add("remedy_suit_3_months", {remedy}, any, [](VariationSpec &s) { s.litigationMonths = 3; }, true);
    add("remedy_suit_15_days", {remedy}, any, [](VariationSpec &s) { s.litigationMonths = 15; s.litigationInDays = true; }, true);
    add("remedy_review_removed", {remedy}, any, [](VariationSpec &s) { s.reconsiderationDays = 0; }, true);
    add("remedy_suit_removed", {remedy}, any, [](VariationSpec &s) { s.litigationMonths = 0; }, true);

    add("notice_without_statement_rights", {QStringLiteral("NOTICE_LACKS_STATEMENT_RIGHTS")}, minor,
        [](VariationSpec &s) { s.statementRights = false; });
    add("notice_removed", {QStringLiteral("NO_PRIOR_NOTICE")}, minor, [](VariationSpec &s) { s.hasNotice = false; });
    add("notice_after_decision", {QStringLiteral("NO_PRIOR_NOTICE"), QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")}, minor,
        [](VariationSpec &s) { s.notice = s.noticeServed = s.decision.addDays(3); });

    add("hearing_notice_removed", {QStringLiteral("NO_HEARING_NOTICE")}, major, [](VariationSpec &s) { s.hasHearingNotice = false; }, true);
    add("hearing_window_3_days", {QStringLiteral("HEARING_WINDOW_TOO_SHORT")}, major, [](VariationSpec &s) { s.hearingDays = 3; });
    add("lookalike_hearing_window_5_working_days", {}, major, [](VariationSpec &s) { s.hearingDays = 5; s.hearingWorking = true; });
    add("lookalike_hearing_window_7_days", {}, major, [](VariationSpec &s) { s.hearingDays = 7; });

    add("lookalike_statement_period_5_working_days", {}, any, [](VariationSpec &s) { s.statementDays = 5; s.statementWorking = true; });
    add("decided_before_rights_period_end", {QStringLiteral("DECIDED_BEFORE_RIGHTS_PERIOD_END")}, any,
        [](VariationSpec &s) { s.statementDays = 5; decideOn(s, s.noticeServed.addDays(2)); });
    add("lookalike_decided_early_after_written_waiver", {}, any, [](VariationSpec &s) {
        s.statementDays = 5;
        s.waived = s.noticeServed.addDays(1);
        decideOn(s, s.noticeServed.addDays(2));
    });

    add("lookalike_decided_early_after_statement_heard", {}, any, [](VariationSpec &s) {
        s.statementDays = 5;
        s.statementHeard = s.noticeServed.addDays(1);
        decideOn(s, s.noticeServed.addDays(3));
    });

    add("revocation_without_hearing_review_discussion",
        {QStringLiteral("NO_HEARING_NOTICE"), QStringLiteral("MAJOR_NO_LEGAL_REVIEW"), QStringLiteral("MAJOR_NO_COLLECTIVE_DISCUSSION")}, minor,
        [](VariationSpec &s) { s.revocation = QStringLiteral("吊销相关许可证件"); }, true);
    r.back().loneRules = {QStringLiteral("NO_HEARING_NOTICE")};  // the decision shows the revocation and no hearing
    add("lookalike_revocation_with_hearing_review_discussion", {}, minor, [](VariationSpec &s) {
        s.revocation = QStringLiteral("吊销相关许可证件");
        s.hasHearingNotice = s.hasLegalReview = s.hasDiscussion = true;
    });

    const QString overdue = QStringLiteral("DECISION_OVERDUE");
    add("decision_after_90_days", {overdue}, any, [](VariationSpec &s) { delay(s, 70); });
    r.back().screeningEither = true;
    // the decision recites the extension, so a lone decision shows these two
    add("decision_after_extension_ran_out", {overdue}, any, [](VariationSpec &s) { delay(s, 70); s.extendedTo = s.filed.addDays(100); }, true);
    add("lookalike_decision_late_with_extension", {}, any, [](VariationSpec &s) { delay(s, 70); s.extendedTo = s.decision.addDays(15); }, true);

    add("lookalike_decision_on_day_90", {}, any, [](VariationSpec &s) { delay(s, int(s.decision.daysTo(s.filed.addDays(90)))); });
    add("delivery_after_12_days", {QStringLiteral("LATE_DELIVERY")}, any, [](VariationSpec &s) { s.delivered = s.decision.addDays(12); });
    add("lookalike_delivery_on_day_7", {}, any, [](VariationSpec &s) { s.delivered = s.decision.addDays(7); });
    add("decision_receipt_removed", {QStringLiteral("NO_SERVICE_PROOF")}, any, [](VariationSpec &s) { s.hasDecisionReceipt = false; });
    add("lookalike_delivered_on_the_spot_without_receipt", {}, any, [](VariationSpec &s) {
        s.hasDecisionReceipt = false;
        s.deliveredOnSpot = true;
        s.delivered = s.decision;
    });

    add("major_without_legal_review", {QStringLiteral("MAJOR_NO_LEGAL_REVIEW")}, major, [](VariationSpec &s) { s.hasLegalReview = false; });
    add("major_without_collective_discussion", {QStringLiteral("MAJOR_NO_COLLECTIVE_DISCUSSION")}, major,
        [](VariationSpec &s) { s.hasDiscussion = false; });

    const QString fine = QStringLiteral("FINE_OUT_OF_RANGE");
    add("fine_below_minimum", {fine}, hasMin, [](VariationSpec &s) { s.fine = std::max(100.0, std::round(s.rangeMin / 2 / 100) * 100); }, true);
    add("fine_above_maximum", {fine}, major, [](VariationSpec &s) { s.fine = s.rangeMax + s.rangeMax / 2; }, true);
    add("lookalike_fine_below_minimum_with_mitigation", {}, hasMin, [](VariationSpec &s) {
        s.fine = std::max(100.0, std::round(s.rangeMin / 2 / 100) * 100);
        s.mitigation = true;
    }, true);

    add("limitation_expired", {QStringLiteral("LIMITATION_EXPIRED")}, any, [](VariationSpec &s) {
        s.actEnd = s.inspected.addYears(-2).addDays(-75);
        s.actStart = s.actEnd.addDays(-40);
    }, true);
    add("lookalike_continuing_act_started_three_years_ago", {}, any, [](VariationSpec &s) {
        s.actStart = s.inspected.addYears(-3);
        s.actOngoing = true;
    }, true);

    add("lookalike_four_year_old_act_with_health_harm", {}, any, [](VariationSpec &s) {
        s.actEnd = s.inspected.addYears(-4);
        s.actStart = s.actEnd.addDays(-60);
        s.healthHarm = true;
    }, true);

    const QString officers = QStringLiteral("INSPECTION_RECORD_OFFICERS");
    add("one_officer_only", {officers}, any, [](VariationSpec &s) { s.officers = {s.officers.first()}; s.certs = {s.certs.first()}; });
    add("second_officer_without_certificate", {officers}, any, [](VariationSpec &s) { s.certs = {s.certs.first()}; });

    const QString uscc = QStringLiteral("USCC_INVALID");
    add("uscc_check_character_broken", {uscc}, company, [](VariationSpec &s) {
        const QChar c = s.uscc.back();
        s.uscc.back() = c == u'1' ? u'2' : u'1';
    }, true);
    add("uscc_differs_between_documents", {uscc}, company, [](VariationSpec &s) {
        s.usccElsewhere = VariationSpec::makeUscc(qHash(s.uscc) ^ 0x9e3779b9u);
    });

    add("party_name_differs_in_notice", {QStringLiteral("PARTY_INCONSISTENT")}, company,
        [](VariationSpec &s) { s.partyElsewhere = otherBrand(s.party); });
    add("lookalike_party_renamed_documented", {}, company, [](VariationSpec &s) {
        s.partyElsewhere = otherBrand(s.party);
        s.formerName = s.partyElsewhere;
    });

    const QString contents = QStringLiteral("DECISION_CONTENTS_MISSING");
    add("decision_without_address", {contents}, any, [](VariationSpec &s) { s.addressInDecision = false; }, true);
    add("decision_without_performance", {contents}, any, [](VariationSpec &s) { s.performanceInDecision = false; }, true);

    const QString filing = QStringLiteral("NO_FILING_APPROVAL");
    add("filing_approval_removed", {filing}, any, [](VariationSpec &s) { s.hasFiling = false; });
    add("inquiry_before_filing", {filing}, any, [](VariationSpec &s) {
        s.inquiry = s.inspected.addDays(1);
        s.filed = s.inquiry.addDays(3);
    });
    return r;
}
} // namespace

namespace VariationDefects {
const std::vector<DefectRow> &rows()
{
    static const std::vector<DefectRow> r = build();
    return r;
}

const DefectRow *find(const QString &name)
{
    for (const DefectRow &r : rows())
        if (r.name == name)
            return &r;
    return nullptr;
}
} // namespace VariationDefects
