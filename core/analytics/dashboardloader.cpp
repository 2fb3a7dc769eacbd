// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardloader.h"

#include "campaignloader.h"
#include "storage/auditrepository.h"
#include "storage/rectificationrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace casereview {

DashboardData DashboardLoader::load(const QDate &today)
{
    DashboardData out;
    out.stats = DashboardAnalytics::build(CampaignLoader(m_db).load().cases);
    RectificationRepository repo(m_db);
    if (!repo.available())
        return out;
    const std::vector<RectificationItem> items = repo.list();
    out.rectificationItems = int(items.size());
    if (items.empty())
        return out;
    std::vector<RectificationStatusChange> changes;
    for (const AuditEntry &e : AuditRepository(m_db).list(QStringLiteral("rectification"))) {
        const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
        const auto status = RectificationKeys::statusFrom(after.value(QStringLiteral("status")).toString());
        if (!status || e.action == QLatin1String("create"))
            continue;
        changes.push_back({e.entityId.toLongLong(), QDateTime::fromString(e.at, Qt::ISODateWithMs).date(), *status});
    }
    out.trend = RectificationTrend::compute(items, changes, RectificationTrend::startDate(items, today), today);
    return out;
}

} // namespace casereview
