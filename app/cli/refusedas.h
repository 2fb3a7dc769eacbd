// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command's domain code run inside ws.read/ws.write: a refusal of the review or standards
// code becomes a Refused failure whose message is the CLI's own sentence for it (`say` words
// it), so main()'s edge prints "error: …" exactly as the command printed it before it ran on
// the Workspace, and a refused write announces nothing.
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
    }
}

template <class Fn>
auto refusedAs(Fn fn)
{
    return refusedAs(std::move(fn), [](const casereview::ReviewError &e) { return e.message(); });
}
