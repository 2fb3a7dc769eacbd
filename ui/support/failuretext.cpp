// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuretext.h"

using namespace casereview;

QString FailureText::message(const Failure &f)
{
    using K = Failure::Kind;
    switch (f.kind) {
    case K::StoreBusy:
        return tr("The case store is busy: another program is writing to it. Try again in a moment.");
    case K::StoreFull:
        return tr("The disk holding the case store is full. Free some space and try again; nothing stored was lost.");
    case K::StoreReadOnly:
        return tr("The case store cannot be written: the file or its folder is read-only.");
    case K::StoreDamaged:
        return tr("The case store is damaged or is not a case store. Restore it from a backup.");
    case K::StoreUnavailable:
        return tr("The case store cannot be opened. It may be missing, not readable, or written by a newer version of this program.");
    case K::NotFound:
        return f.subject.isEmpty() ? tr("What was asked for is no longer in the case store.")
                                   : tr("%1 is no longer in the case store.").arg(f.subject);
    case K::Refused:
        // A rule of the domain: its sentence is the most specific thing there is to say.
        return f.message.isEmpty() ? tr("The request was refused.") : f.message;
    case K::Cancelled:
        return tr("Cancelled.");
    case K::Internal:
        break;
    }
    return tr("Something went wrong inside the program: %1").arg(f.message);
}
