// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stores with reviewed cases for rectification tests: cases of named agencies, signed reviews
// with deductions and a failed veto gate, and diagnosis findings (accepted, open, dismissed).
#include <QDate>
#include <QString>

namespace casereview { class Database; }

namespace RectificationFixture {
// A case of `agency` decided on `decided` with `pages` pages; returns its id.
qint64 addCase(casereview::Database &db, const QString &caseNo, const QString &agency, const QDate &decided, int pages = 6);
// The same case written with the SQL of schema 1, for stores created at an older version (the
// repository writes columns later versions added).
qint64 addOldCase(casereview::Database &db, const QString &caseNo, const QString &agency, const QDate &decided, int pages = 6);
// A signed penalty-general review by 张三: P-B01 −2 (page 1, note), P-C02 −1 (page 3) and, when
// `veto`, a failed P-A03 gate (page 2). Returns the review id.
qint64 signedReview(casereview::Database &db, qint64 caseId, bool veto = false, const QString &reviewer = QStringLiteral("张三"));
// Three findings on the case: DECISION_OVERDUE accepted (page 4), LATE_DELIVERY open (page 5),
// PUBLICITY dismissed. Returns the id of the accepted one.
qint64 findings(casereview::Database &db, qint64 caseId);
// The same findings and decisions as a schema-5 program wrote them (raw SQL of that version).
void oldFindings(casereview::Database &db, qint64 caseId);
} // namespace RectificationFixture
