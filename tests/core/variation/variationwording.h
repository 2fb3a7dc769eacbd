// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phrases a generated dossier is written in, chosen by its family: titles, numbers, dates,
// amounts, the party's label, the remedy clause. The suite's own wording, not any sample's.
#include "domain/documenttype.h"
#include "variationfamily.h"
#include "variationspec.h"

#include <QString>
#include <QStringList>

class VariationWording {
public:
    VariationWording(const VariationSpec &spec, const VariationFamily &family) : s(spec), f(family) {}

    QString date(QDate d) const;
    QString days(int n, bool working = false) const;
    QString months(int n) const;
    QString amount(double yuan) const;
    QString range() const;
    QString penalty() const;  // "罚款3万元" or "罚款3万元，并吊销…"  // the cited provision's range, "处…以上…以下罚款"

    // Title lines of a document (one or two: an agency line before the title in some families).
    QStringList title(casereview::DocumentType type) const;
    QString titleText(casereview::DocumentType type) const;  // the title as a receipt names it, without 《》
    QString number(const QString &kind) const;   // "罚" decision, "告" notice, "听告" hearing notice
    QStringList partyLines() const;              // label + name (one or two lines)
    QString you() const { return s.company ? QStringLiteral("你单位") : QStringLiteral("你"); }
    QString remedy() const;
    bool combinedNotice() const { return s.hasHearingNotice && f[Dim::Notice] == 1; }
    bool hearingInNotice() const { return s.hasHearingNotice && f[Dim::Notice] != 0; }
    bool separateHearingNotice() const { return s.hasHearingNotice && f[Dim::Notice] == 0; }

    const VariationSpec &s;
    const VariationFamily &f;
};
