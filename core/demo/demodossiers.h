// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a handful of realistic, entirely fictitious penalty dossiers as PDFs, some with
// typical defects (late decision, no hearing notice, one officer), for the demo store and
// for trying the workstation without real files.
#include <QString>
#include <QStringList>

namespace casereview {

namespace DemoDossiers {
// Writes `count` PDFs into `folder` (created if needed); returns their paths.
QStringList write(const QString &folder, int count = 6);
// The page texts of demo dossier `index` (0-based); each string is one page.
QStringList pages(int index);
} // namespace DemoDossiers

} // namespace casereview
