// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The files and the store bench_ui_stall works on, made on the fly in the demo dossiers'
// wording: a long text dossier, scanned (image-only) pages and signed reviewed cases.
#include <QString>
#include <QStringList>
#include <vector>

namespace casereview {
class Database;
}

namespace StallFixtures {
// A text PDF, one string per page, lines drawn top-down.
void writeTextPdf(const QString &path, const QStringList &pages);
// A text PDF of `pages` pages: demo dossier 0, then 询问笔录 continuation pages.
void writeLongDossier(const QString &path, int pages);
// Pages holding only a 200 dpi picture of the given lines, as a scanner makes them.
void writeScannedPdf(const QString &path, const std::vector<QStringList> &pages);
// `n` cases written through the repositories (no PDF parsing), each with a signed review
// under the general penalty standard with some deductions, as a finished campaign has them.
void addSignedCases(casereview::Database &db, int n);
} // namespace StallFixtures
