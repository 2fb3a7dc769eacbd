// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainfieldstext.h"

#include <QStringList>

QString UncertainFieldsText::fieldName(const QString &key)
{
    if (key == QLatin1String("case_no")) return tr("case number");
    if (key == QLatin1String("agency")) return tr("agency");
    if (key == QLatin1String("party_name")) return tr("party");
    if (key == QLatin1String("party_type")) return tr("party type");
    if (key == QLatin1String("party_uscc")) return tr("credit code");
    if (key == QLatin1String("fine_amount_yuan")) return tr("fine");
    if (key == QLatin1String("case_type")) return tr("case type");
    if (key == QLatin1String("dates.filed")) return tr("filing date");
    if (key == QLatin1String("dates.inspected")) return tr("inspection date");
    if (key == QLatin1String("dates.notice")) return tr("prior notice date");
    if (key == QLatin1String("dates.hearing_notice")) return tr("hearing notice date");
    if (key == QLatin1String("dates.decision")) return tr("decision date");
    if (key == QLatin1String("dates.delivered")) return tr("delivery date");
    if (key == QLatin1String("dates.closed")) return tr("closing date");
    if (key.startsWith(QLatin1String("officers."))) return tr("officers");
    return key;
}

QString UncertainFieldsText::names(const std::set<QString> &keys)
{
    QStringList out;
    for (const QString &k : keys)
        if (const QString n = fieldName(k); !out.contains(n))
            out << n;
    return out.join(tr(", "));
}

QString UncertainFieldsText::describe(const std::set<QString> &keys)
{
    if (keys.empty())
        return {};
    return tr("Uncertain OCR reading, check on the page: %1").arg(names(keys));
}
