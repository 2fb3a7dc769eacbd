// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Document numbers (文号: 某罚字〔2024〕12号) and which of them is the decision's own. A decision
// recites the numbers of earlier documents (告知书, 立案号); only its own number is its case number.
#include "dossiertext.h"
#include "domain/dossierfields.h"

#include <QString>
#include <optional>
#include <vector>

namespace casereview {

namespace CaseNumber {
struct Match {
    QString printed;  // as printed, spaces removed
    qsizetype start = 0;
    qsizetype length = 0;
};

// Every document number in text: an issuer prefix, the year in any bracket pair (〔〕 [] （）
// 【】 ［］, mixed too), an optional 第 and the serial, full-width digits and spaces allowed.
std::vector<Match> findAll(QStringView text);

// The form the labels and GB/T 9704 use: year in 〔〕, ASCII digits, no spaces, the serial
// without padding zeros (第007号 → 第7号); 第 kept as printed.
QString normalised(QStringView printed);

// The prefix names a penalty decision (…罚…, …处…, …决…) and no notice, filing or hearing.
bool isDecisionNo(QStringView number);

// The decision's own number: labelled (决定书文号：), under its title before the party, or in its
// text outside the mention of another document; else one the other documents give as the
// decision's (《行政处罚决定书》（…号）). Normalised.
std::optional<TextField> ofDossier(const DossierText &d, const PageLines &decision);
} // namespace CaseNumber

} // namespace casereview
