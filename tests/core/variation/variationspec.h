// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The facts of one generated penalty dossier. A lawful Spec comes from a seed (party, agency,
// provision, fine, timeline); defect rows of the suite change one fact at a time. What the
// pipeline should find is read from these facts, never from running the pipeline.
#include <QDate>
#include <QString>
#include <QStringList>
#include <map>

struct VariationSpec {
    enum class Kind { CompanyMinor, CompanyMajor, PersonMinor, PersonMajor };
    Kind kind = Kind::CompanyMinor;

    // party
    bool company = true;
    QString party;          // as the decision names it
    QString partyElsewhere; // the name the prior notice uses; empty: the same
    QString formerName;     // a documented name change (原名…), empty: none
    QString uscc;           // companies: 18 characters
    QString usccElsewhere;  // the code the inspection record gives; empty: the same
    QString idNo;           // persons
    QString representative; // 法定代表人 / 负责人
    QString address;
    bool addressInDecision = true;
    bool performanceInDecision = true;

    // agency and the provisions
    QString agency, agencyShort, city, district, caseNoPrefix;
    QString reviewBody, court;
    int caseYear = 2024, caseSerial = 1;
    QString law, violatedArticle, penaltyArticle, conduct, finding;
    double rangeMin = 0, rangeMax = 0, fine = 0;
    bool mitigation = false;  // a 第三十二条 ground is stated
    QString revocation;       // a heavier penalty beside the fine ("吊销…许可证"), empty: none
    bool healthHarm = false;  // the decision states harm to health (five-year limitation)

    // officers of the inspection record (two lawful) and their certificates
    QStringList officers, certs;

    // timeline
    QDate actStart, actEnd;
    bool actOngoing = false;  // continued until discovered
    QDate inspected, filed, inquiry, report, legalReview, discussion, notice, noticeServed, decision, delivered, closed;
    QDate waived;             // a written waiver of the rights, invalid: none
    QDate statementHeard;     // the party made its statement and it was re-examined, invalid: none
    QDate extendedTo;         // an approved extension of the handling period, invalid: none
    bool deliveredOnSpot = false;

    // the file's contents
    bool hasFiling = true, hasNotice = true, hasLegalReview = false, hasDiscussion = false;
    bool hasHearingNotice = false;  // the hearing right is told (separate, combined or clause per family)
    bool statementRights = true;
    bool hasDecisionReceipt = true;
    int statementDays = 5;
    bool statementWorking = false;
    int hearingDays = 5;
    bool hearingWorking = false;
    int reconsiderationDays = 60;  // 0: the clause is missing
    bool reconsiderationInMonths = false;
    int litigationMonths = 6;      // 0: the clause is missing
    bool litigationInDays = false; // "起诉期限十五日": a period in days

    // Henan default thresholds (organisations 50 000, persons 5 000)
    double threshold() const { return company ? 50000 : 5000; }
    bool hearingRequired() const { return fine >= threshold(); }
    bool major() const { return fine >= threshold(); }

    QString caseNo() const;  // canonical 〔〕 form of the decision's number
    // Expected fields, keyed as the bench prints them (case_no, agency, party_name,
    // fine_amount_yuan, dates.filed …). Keys whose document the family leaves out are absent.
    std::map<QString, QString> expectedFields(bool separateHearingNotice) const;

    static VariationSpec lawful(quint32 seed, Kind kind);
    // A valid 18-character 统一社会信用代码 (GB 32100-2015 check character computed here).
    static QString makeUscc(quint32 seed);
    static QChar usccCheck(const QString &first17);
};
