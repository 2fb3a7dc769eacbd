// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Metadata extracted from a dossier; every value carries the evidence it was read from.
#include "evidence.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>
#include <vector>

enum class PartyType { Organisation, IndividualBusiness, Person };

QString partyTypeKey(PartyType type);  // "organisation" | "individual_business" | "person"

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

    bool operator==(const DossierFields &) const = default;
};

inline const char *const kDateKeys[] = {"filed",    "inspected", "notice", "hearing_notice",
                                        "decision", "delivered", "closed"};
