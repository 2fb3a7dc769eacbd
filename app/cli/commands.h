// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CLI's command table: name, synopsis, accepted options and the function that runs it.
#include "cliargs.h"
#include "ocr/ocrrunner.h"

#include <QJsonObject>

#include <QList>

class CliContext;

struct Command {
    QString name;
    QString synopsis;
    QList<OptionSpec> options;
    int (*run)(CliContext &);
};

const QList<Command> &commands();

namespace casereview { class Workspace; }
// Shared by `import` (scanned pages of new cases) and `ocr`: the cases read are diagnosed again.
casereview::OcrReport runOcrWithProgress(CliContext &ctx, casereview::Workspace &ws, const std::vector<qint64> &caseIds, int threads);
QJsonObject ocrReportJson(const casereview::OcrReport &r);

int runImport(CliContext &ctx);
int runCases(CliContext &ctx);
int runShow(CliContext &ctx);
int runSearch(CliContext &ctx);
int runBackup(CliContext &ctx);
int runDiagnose(CliContext &ctx);
int runDemo(CliContext &ctx);
int runOcr(CliContext &ctx);
int runStandards(CliContext &ctx);
int runReview(CliContext &ctx);
int runReopen(CliContext &ctx);
int runScore(CliContext &ctx);
int runAudit(CliContext &ctx);
int runRectify(CliContext &ctx);
int runReport(CliContext &ctx);
int runReportBatch(CliContext &ctx);
int runNotice(CliContext &ctx);
int runExport(CliContext &ctx);
int runCampaign(CliContext &ctx);  // campaigncommand.cpp
