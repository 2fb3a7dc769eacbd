// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportissuer.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storepageimages.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace casereview {

RenderResult ReportIssuer::issuePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options, const QString &actor)
{
    StorePageImages images(m_db);
    const RenderResult result = ReportRenderer(&images).writePdf(doc, path, options);
    if (result.ok)
        record(doc, result, QFileInfo(path).absoluteFilePath(), actor);
    return result;
}

void ReportIssuer::record(const ReportDocument &doc, const RenderResult &result, const QString &target, const QString &actor)
{
    QJsonArray ids;
    for (qint64 id : doc.caseIds)
        ids.append(id);
    const QJsonObject after{{QStringLiteral("kind"), reportKindKey(doc.kind)},
                            {QStringLiteral("case_ids"), ids},
                            {QStringLiteral("fingerprint"), result.fingerprint},
                            {QStringLiteral("output"), target},
                            {QStringLiteral("pages"), result.pages},
                            {QStringLiteral("status_mark"), doc.statusMark},
                            {QStringLiteral("title"), doc.title}};
    Transaction tx(m_db);
    AuditRepository(m_db).append(actor.isEmpty() ? QStringLiteral("report") : actor, QStringLiteral("report"),
                                 result.fingerprint, QStringLiteral("issue"), {}, after);
    tx.commit();
}

} // namespace casereview
