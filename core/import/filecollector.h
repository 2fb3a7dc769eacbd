// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Expands the paths given to an import into files: folders recursively (PDFs by extension,
// any case; hidden entries skipped), files as given. Paths that do not exist are reported.
#include <QStringList>

namespace casereview {

struct CollectedFiles {
    QStringList files;    // absolute, in a stable order, each once
    QStringList missing;  // given paths that do not exist
};

namespace FileCollector {
CollectedFiles collect(const QStringList &paths);
}

} // namespace casereview
