// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored case as the campaign tests need it: a tiny original unique to its case number, one
// page of text, and the case number and agency a population and its strata are read from.
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCryptographicHash>

namespace CampaignCase {
inline qint64 add(casereview::Database &db, const QString &caseNo, const QString &agency)
{
    casereview::NewCase c;
    c.fileName = caseNo + QStringLiteral(".pdf");
    c.sourcePath = QStringLiteral("/tmp/") + c.fileName;
    c.original = (QStringLiteral("%PDF-1.4 ") + caseNo).toUtf8();
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
    c.pageTexts = {QStringLiteral("行政处罚决定书")};
    c.analysis.fields.caseNo = casereview::TextField{caseNo, {1, caseNo}};
    c.analysis.fields.agency = casereview::TextField{agency, {1, agency}};
    return casereview::CaseRepository(db).add(c);
}
} // namespace CampaignCase
