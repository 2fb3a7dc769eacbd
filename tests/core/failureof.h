// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The typed Failure a use case call fails with, for tests of the Workspace's services; the test
// fails when the call succeeds.
#include "workspace/failure.h"

#include <doctest/doctest.h>
#include <functional>

inline casereview::Failure failureOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const casereview::WorkspaceFailure &f) {
        return f.failure();
    }
    FAIL("the call must fail");
    return {};
}
