// SPDX-License-Identifier: GPL-3.0-or-later
#include "blindness.h"

namespace casereview {

namespace Blindness {
int submittedCount(const BlindFile &file)
{
    int n = 0;
    for (const QString &name : file.assigned)
        if (file.submitted.contains(name))
            ++n;
    return n;
}

bool revealed(const BlindFile &file) { return submittedCount(file) == file.assigned.size(); }

bool maySee(const BlindFile &file, const QString &owner, const QString &viewer)
{
    return revealed(file) || (!viewer.isEmpty() && viewer == owner);
}

QString progress(const BlindFile &file)
{
    return QStringLiteral("%1 assigned, %2 submitted").arg(file.assigned.size()).arg(submittedCount(file));
}
} // namespace Blindness

} // namespace casereview
