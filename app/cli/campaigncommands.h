// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The actions of `campaign` (评查活动), split over two files: the record steps (create,
// population, draw, verify-draw, show) and the team steps (reviewers, assign, agreement,
// status). Each returns the process exit code.
#include <QString>
#include <optional>

class CliContext;
namespace casereview {
class Workspace;
}

namespace CampaignCommands {
// A positive campaign id from a word, or nullopt.
std::optional<qint64> positiveId(const QString &word);
QString actor(CliContext &ctx);
int reviewers(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int assign(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int agreement(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int status(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
}
