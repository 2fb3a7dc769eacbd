// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace casereview {

namespace StoreLocation {
QString defaultPath()
{
    // GenericDataLocation keeps the path the same for the GUI and the CLI whatever their app names.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("casereview/cases.") + QLatin1String(kSuffix));
}
} // namespace StoreLocation

} // namespace casereview
