// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The actions of `campaign` (评查活动), split over three files: the record steps (create,
// population, draw, verify-draw, show), the team steps (reviewers, assign, agreement,
// status) and reconciliation (disputes, reconcile, sign). Each returns the process exit code.
#include <QJsonObject>
#include <QString>
#include <optional>

class CliContext;
namespace casereview {
class Workspace;
struct ConsensusView;
} // namespace casereview

namespace CampaignCommands {
// A positive campaign id from a word, or nullopt.
std::optional<qint64> positiveId(const QString &word);
QString actor(CliContext &ctx);
int reviewers(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int assign(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int agreement(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int status(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int disputes(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int reconcile(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
int sign(CliContext &ctx, casereview::Workspace &ws, qint64 campaignId);
// A consensus sheet as `campaign reconcile|sign --json` and `score --campaign --json` print it.
QJsonObject consensusJson(const casereview::ConsensusView &view);
}
