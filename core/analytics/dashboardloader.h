// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads everything the dashboard shows from a store: the campaign inputs of every case (through
// CampaignLoader) and the rectification items with their status changes from the audit trail.
#include "dashboardanalytics.h"
#include "rectificationtrend.h"

namespace casereview {

class Database;

struct DashboardData {
    DashboardStats stats;
    std::vector<RectificationTrendPoint> trend;  // weekly up to `today`; empty without items
    int rectificationItems = 0;
};

class DashboardLoader {
public:
    explicit DashboardLoader(Database &db) : m_db(db) {}
    // Throws StorageError.
    DashboardData load(const QDate &today);

private:
    Database &m_db;
};

} // namespace casereview
