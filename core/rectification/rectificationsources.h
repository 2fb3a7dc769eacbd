// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads what rectification items are made from: the deductions and failed veto gates of signed
// reviews (named, or every signed review of the named cases) and the cases' accepted findings,
// plus, when asked, their open veto / deduct findings. Dismissed findings and hints never count.
#include "rectificationplanner.h"

namespace casereview {

class Database;

namespace RectificationSources {
// Throws RectificationError (NotFound, NotSigned) or StorageError. Cases asked for that have no
// signed review are added to `withoutSignedReview`.
RectificationPlanner::Input read(Database &db, const std::vector<qint64> &reviewIds, const std::vector<qint64> &caseIds,
                                 bool allFindings, std::vector<qint64> *withoutSignedReview = nullptr);
} // namespace RectificationSources

} // namespace casereview
