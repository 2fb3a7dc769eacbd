// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored case as the campaign tests need it: a tiny original unique to its case number, one
// page of text, and the case number and agency a population and its strata are read from; and
// the campaign most of those tests start from, every case drawn and assigned.
#include "campaign/campaignservice.h"
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

// A campaign organised by 组长 under penalty-general over the store's cases, every case drawn,
// the pool (all of 丙局, so no case of 甲局 is recused) added and two of them assigned to each
// case, draw and assignment seeded with `seed`. Returns the campaign's id.
inline qint64 assigned(casereview::CampaignService &service, const QString &name = QStringLiteral("评查"),
                       const QStringList &pool = {QStringLiteral("王"), QStringLiteral("李")}, const QString &seed = QStringLiteral("s"))
{
    const QString organiser = QStringLiteral("组长");
    casereview::CampaignService::CreateRequest req;
    req.name = name;
    req.organiser = organiser;
    req.standardId = QStringLiteral("penalty-general");
    req.actor = organiser;
    const qint64 id = service.create(req);
    service.populationFromCases(id, std::nullopt, organiser);
    casereview::DrawSpec spec;
    spec.seed = seed;
    spec.byRatio = false;
    spec.count = 100;
    service.draw(id, spec, {}, organiser);
    for (const QString &p : pool)
        service.addReviewer(id, {p, QStringLiteral("丙局"), {}, {}}, organiser);
    service.assign(id, 2, seed, organiser);
    return id;
}
} // namespace CampaignCase
