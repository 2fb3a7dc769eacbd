// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report's identity: SHA-256 of a canonical JSON serialisation of its content model (keys
// sorted, numbers as JSON numbers), so the same store content always gives the same value and a
// printed copy (its footer shows the short form) can be matched to the audit log.
#include "reportdocument.h"

#include <QByteArray>

namespace casereview {

namespace ReportFingerprint {
QByteArray canonical(const ReportDocument &doc);
QString sha256(const ReportDocument &doc);  // 64 lower-case hex digits
QString shortForm(const QString &sha256);   // first 12 hex digits, grouped "xxxx-xxxx-xxxx"
} // namespace ReportFingerprint

} // namespace casereview
