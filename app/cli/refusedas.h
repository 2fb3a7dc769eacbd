// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command's domain code run inside ws.read/ws.write: a refusal of the review, standards,
// rectification or campaign code becomes a Refused failure whose message is the CLI's own
// sentence for it (`say` words a review refusal), so main()'s edge prints "error: …" exactly as
// the command printed it before it ran on the Workspace, and a refused write announces nothing.
#include "campaign/campaignerror.h"
#include "rectification/rectificationerror.h"
#include "review/reviewerror.h"
#include "standards/standarderror.h"
#include "workspace/failure.h"

template <class Fn, class Say>
auto refusedAs(Fn fn, Say say)
{
    try {
        return fn();
    } catch (const casereview::ReviewError &e) {
        throw casereview::WorkspaceFailure(casereview::Failure::refused(say(e)));
    } catch (const casereview::StandardError &e) {
        throw casereview::WorkspaceFailure(casereview::Failure::refused(e.message()));
    } catch (const casereview::RectificationError &e) {
        // a refused rectification change writes nothing (RectificationService's rule)
        throw casereview::WorkspaceFailure(casereview::Failure::refused(e.message() + QStringLiteral("; nothing was changed")));
    } catch (const casereview::CampaignError &e) {
        throw casereview::WorkspaceFailure(casereview::Failure::refused(e.message()));
    }
}

template <class Fn>
auto refusedAs(Fn fn)
{
    return refusedAs(std::move(fn), [](const casereview::ReviewError &e) { return e.message(); });
}
