// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Issues a report: renders it to PDF (page crops from the store's originals) and records the
// issue in the audit log — kind, cases, fingerprint, output path, pages — so that a printed
// copy's footer fingerprint can be traced back to what the store held.
#include "reportrenderer.h"

namespace casereview {

class Database;

class ReportIssuer {
public:
    explicit ReportIssuer(Database &db) : m_db(db) {}
    // Writes the PDF, then appends the audit row. Throws StorageError if the audit write fails
    // (the PDF is then already written).
    RenderResult issuePdf(const ReportDocument &doc, const QString &path, const RenderOptions &options, const QString &actor);
    // Records a report that was printed or written elsewhere (the GUI's print dialog).
    void record(const ReportDocument &doc, const RenderResult &result, const QString &target, const QString &actor);

private:
    Database &m_db;
};

} // namespace casereview
