// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationerrortext.h"

using namespace casereview;

QString RectificationErrorText::describe(const RectificationError &e)
{
    switch (e.kind()) {
    case RectificationError::Kind::NeedsAttachment:
        return tr("Closing needs the agency's report or evidence: attach a PDF or an image first.");
    case RectificationError::Kind::NeedsNote: return tr("A re-check needs a note saying what was checked.");
    case RectificationError::Kind::Illegal: return tr("This status change is not allowed from the item's current status.");
    case RectificationError::Kind::Unchanged: return tr("The item already has this status.");
    case RectificationError::Kind::BadAttachment:
        return tr("The file could not be attached: only PDF files and images (PNG, JPEG, GIF, TIFF) are accepted.\n%1")
            .arg(e.message());
    case RectificationError::Kind::NotSigned: return tr("Rectification items come from signed reviews; sign the review first.");
    case RectificationError::Kind::NotFound: return tr("It is no longer in the case store.\n%1").arg(e.message());
    case RectificationError::Kind::Withdrawn: return tr("The item was withdrawn; a withdrawn item is final.\n%1").arg(e.message());
    case RectificationError::Kind::NeedsReason: return tr("Give the reason: it goes into the audit log.");
    case RectificationError::Kind::Superseded: return tr("The attachment was already superseded.\n%1").arg(e.message());
    case RectificationError::Kind::Invalid: break;
    }
    return e.message();
}
