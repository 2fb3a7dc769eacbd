// SPDX-License-Identifier: GPL-3.0-or-later
// StorageError's causes as failure kinds; the English sentence is StorageError's own advice.
#include "failure.h"

#include "storage/storageerror.h"

namespace casereview {

Failure Failure::fromStorage(const StorageError &error, const QString &subject)
{
    Failure f;
    f.subject = subject;
    f.message = error.message();
    if (const QString advice = error.advice(); !advice.isEmpty())
        f.message += QLatin1Char(' ') + advice;
    f.detail = error.detail();
    using C = StorageError::Cause;
    switch (error.cause()) {
    case C::Busy: f.kind = Kind::StoreBusy; break;
    case C::DiskFull: f.kind = Kind::StoreFull; break;
    case C::ReadOnly: f.kind = Kind::StoreReadOnly; break;
    case C::Damaged:
    case C::NotAStore: f.kind = Kind::StoreDamaged; break;
    case C::CannotOpen: f.kind = Kind::StoreUnavailable; break;
    case C::Other:
        f.kind = error.kind() == StorageError::Kind::NotFound ? Kind::NotFound
                 : error.kind() == StorageError::Kind::Open || error.kind() == StorageError::Kind::Migration
                     ? Kind::StoreUnavailable
                 : error.kind() == StorageError::Kind::Integrity ? Kind::StoreDamaged
                                                                 : Kind::Internal;
        break;
    }
    return f;
}

Failure Failure::refused(const QString &message, const QString &subject)
{
    return {Kind::Refused, subject, message, {}};
}

Failure Failure::notFound(const QString &subject)
{
    return {Kind::NotFound, subject, QStringLiteral("%1 is not in the store.").arg(subject), {}};
}

const char *Failure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::StoreBusy: return "store_busy";
    case Kind::StoreFull: return "store_full";
    case Kind::StoreReadOnly: return "store_read_only";
    case Kind::StoreDamaged: return "store_damaged";
    case Kind::StoreUnavailable: return "store_unavailable";
    case Kind::NotFound: return "not_found";
    case Kind::Refused: return "refused";
    case Kind::Cancelled: return "cancelled";
    case Kind::Internal: return "internal";
    }
    return "internal";
}

} // namespace casereview
