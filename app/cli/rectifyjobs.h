// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the `rectify` actions reach the store, as the rectification board does: reads on the
// Workspace's read pool, changes on its writer announcing a Rectification change of the cases
// behind the item, each with a RectificationService on the connection the job gets. A refusal
// becomes the CLI's "…; nothing was changed" sentence (refusedAs).
#include "rectification/rectificationservice.h"
#include "refusedas.h"
#include "workspace/workspace.h"

namespace RectifyJobs {
// fn(RectificationService &) on a pooled read-only connection.
template <class Fn>
auto read(casereview::Workspace &ws, Fn fn)
{
    return ws.read([fn = std::move(fn)](casereview::Database &db) {
        return refusedAs([&] {
            casereview::RectificationService service(db);
            return fn(service);
        });
    });
}

// fn(RectificationService &) on the writer; announces Rectification of `caseIds` (empty: any case).
template <class Fn>
auto write(casereview::Workspace &ws, std::vector<qint64> caseIds, Fn fn)
{
    return ws.write({casereview::ChangeEvent::Kind::Rectification, std::move(caseIds)}, [fn = std::move(fn)](casereview::Database &db) {
        return refusedAs([&] {
            casereview::RectificationService service(db);
            return fn(service);
        });
    });
}
} // namespace RectifyJobs
