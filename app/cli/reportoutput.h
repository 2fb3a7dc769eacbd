// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by `report`, `report-batch` and `notice`: checks --out, renders the document to PDF,
// records the issue in the audit log (both through the Workspace) and prints what was written.
#include "report/reportdocument.h"

#include <QList>

class CliContext;
namespace casereview {
class Workspace;
}

namespace ReportOutput {
// The --out path, or a usage error message when it is missing or not a .pdf.
QString outPath(CliContext &ctx, QString *error);
// Case ids from the positional words; a usage error message on a bad word.
QList<qint64> caseIds(CliContext &ctx, QString *error);
// Renders on a long-job worker of the Workspace (ReportService::writePdf) and prints the result.
int write(CliContext &ctx, casereview::Workspace &ws, const casereview::ReportDocument &doc, const QString &path);
} // namespace ReportOutput
