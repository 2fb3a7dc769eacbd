// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Metadata extracted from a dossier; every value carries the evidence it was read from.
#include "evidence.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace casereview {

enum class PartyType { Organisation, IndividualBusiness, Person };

QString partyTypeKey(PartyType type);  // "organisation" | "individual_business" | "person"
PartyType partyTypeFromKey(const QString &key);  // the inverse; an unknown key is an organisation

struct TextField {
    QString value;
    Evidence evidence;
    bool operator==(const TextField &) const = default;
};

struct PartyTypeField {
    PartyType value = PartyType::Organisation;
    Evidence evidence;
    bool operator==(const PartyTypeField &) const = default;
};

struct UsccField {
    QString value;
    bool valid = false;  // GB 32100-2015 check character holds
    Evidence evidence;
    bool operator==(const UsccField &) const = default;
};

struct AmountField {
    double yuan = 0;
    Evidence evidence;
    bool operator==(const AmountField &) const = default;
};

struct DateField {
    QDate value;
    Evidence evidence;
    bool operator==(const DateField &) const = default;
};

struct Officer {
    QString name;
    QString certNo;  // 执法证号; empty when the record gives none
    int page = 0;
    bool operator==(const Officer &) const = default;
};

// One party (当事人) of the decision, as its party block and its penalty name it. A decision
// against several parties gives each its own penalty (行政处罚法 第五十九条 names each party).
struct PartyRecord {
    TextField name;  // the evidence of the record: where the party block names it
    std::optional<PartyTypeField> type;
    std::optional<UsccField> uscc;
    std::optional<TextField> penalty;  // what the decision imposes on this party
    std::optional<AmountField> fine;   // the 罚款 in that penalty, if any
    bool operator==(const PartyRecord &) const = default;
};

// Date keys used in `dates`: filed, inspected, notice, hearing_notice, decision, delivered, closed.
struct DossierFields {
    std::optional<TextField> caseNo;
    std::optional<TextField> agency;
    std::optional<TextField> partyName;
    std::optional<PartyTypeField> partyType;
    std::optional<UsccField> partyUscc;
    std::optional<AmountField> fineAmount;
    std::optional<TextField> caseType;
    std::map<QString, DateField> dates;
    std::vector<Officer> officers;
    // Every party of the decision in the order it names them; partyName, partyType and
    // partyUscc are the first one's.
    std::vector<PartyRecord> parties;

    bool operator==(const DossierFields &) const = default;
};

inline const char *const kDateKeys[] = {"filed",    "inspected", "notice", "hearing_notice",
                                        "decision", "delivered", "closed"};

} // namespace casereview
