// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of each document of a generated penalty dossier, as lines, in the suite's own words.
// What each document says follows the Spec (a removed right is not told, a waiver is declared);
// how it says it follows the family (VariationWording).
#include "variationwording.h"

#include <QStringList>
#include <vector>

struct VariationDoc {
    casereview::DocumentType type;
    QStringList lines;
    QString served;  // receipts: the title of the document they prove service of
};

class VariationDocuments {
public:
    explicit VariationDocuments(const VariationWording &w) : w(w), s(w.s) {}

    // Every document of the dossier in procedure order.
    std::vector<VariationDoc> all() const;
    // The decision alone, narrating the procedure before it (screening input).
    VariationDoc loneDecision() const;

    VariationDoc filing() const;
    VariationDoc inspection() const;
    VariationDoc inquiry() const;
    VariationDoc report() const;
    VariationDoc legalReview() const;
    VariationDoc discussion() const;
    VariationDoc extension() const;
    VariationDoc notice() const;
    VariationDoc hearingNotice() const;
    VariationDoc waiver() const;
    VariationDoc statementRecord() const;  // the party's statement and its re-examination
    VariationDoc decision(bool lone) const;
    VariationDoc receipt(casereview::DocumentType served, QDate on) const;
    VariationDoc closing() const;

private:
    QString facts() const;            // "于A至B期间…" / "自A起…至今"
    QString partyId() const;          // 统一社会信用代码 / 身份证号码 line
    QStringList officerLines() const; // per family
    const VariationWording &w;
    const VariationSpec &s;
};
