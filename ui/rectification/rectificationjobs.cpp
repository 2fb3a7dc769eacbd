// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationjobs.h"

#include "rectificationerrortext.h"
#include "support/failuretext.h"

using namespace casereview;

QString RectificationJobs::words(const std::optional<RectificationError> &refusal, const Failure &failure)
{
    return refusal ? RectificationErrorText::describe(*refusal) : FailureText::message(failure);
}
