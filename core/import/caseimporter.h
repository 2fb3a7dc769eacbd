// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Imports files into the store: workers on all cores read and analyse PDFs in parallel,
// the calling thread writes each case in its own transaction. Identical files (same
// SHA-256) are reported as duplicates and skipped. Blocks until done; call it from a
// worker thread in the GUI.
#include "importtypes.h"

#include <atomic>
#include <functional>

namespace casereview {

class Database;

class CaseImporter {
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;

    explicit CaseImporter(Database &db) : m_db(db) {}
    ImportReport run(const QStringList &paths, const ImportOptions &options, const ProgressFn &progress = {},
                     const std::atomic<bool> *cancel = nullptr);

private:
    Database &m_db;
};

} // namespace casereview
