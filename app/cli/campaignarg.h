// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `--campaign CAMPAIGN` on the review and score commands, and the campaign's refusals inside a
// use case: a CampaignError becomes a Refused failure with its own sentence (as refusedAs does
// for review and standards refusals), so main()'s edge prints it and nothing is announced.
#include "campaign/campaignerror.h"
#include "workspace/failure.h"

#include <optional>

class CliContext;

// The --campaign id; nullopt without the option, and after printing a usage error when it is
// not a positive number (check ctx.args.has("campaign") to tell them apart).
std::optional<qint64> campaignArg(CliContext &ctx);

// `then` follows the sentence: "; nothing was written" where the command writes.
template <class Fn>
auto campaignRefusal(Fn fn, const QString &then = {})
{
    try {
        return fn();
    } catch (const casereview::CampaignError &e) {
        throw casereview::WorkspaceFailure(casereview::Failure::refused(e.message() + then));
    }
}
