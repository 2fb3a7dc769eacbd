// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the `campaign` actions reach the store: reads on the Workspace's read pool, changes on
// its writer announcing a Campaign change, each with a CampaignService (and CampaignProgress) on
// the connection the job gets. A CampaignError becomes the CLI's "error: …" (refusedAs).
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"
#include "refusedas.h"
#include "workspace/workspace.h"

namespace CampaignJobs {
// fn(CampaignService &, CampaignProgress &) on a pooled read-only connection.
template <class Fn>
auto read(casereview::Workspace &ws, Fn fn)
{
    return ws.read([fn = std::move(fn)](casereview::Database &db) {
        return refusedAs([&] {
            casereview::CampaignService service(db);
            casereview::CampaignProgress progress(db);
            return fn(service, progress);
        });
    });
}

// fn(CampaignService &) on the writer; announces a Campaign change.
template <class Fn>
auto write(casereview::Workspace &ws, Fn fn)
{
    return ws.write({casereview::ChangeEvent::Kind::Campaign, {}}, [fn = std::move(fn)](casereview::Database &db) {
        return refusedAs([&] {
            casereview::CampaignService service(db);
            return fn(service);
        });
    });
}
} // namespace CampaignJobs
