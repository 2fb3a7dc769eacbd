// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign disputes|reconcile|sign CAMPAIGN CASE_ID`: reconciliation (合议) and joint sign-off
// (联合署名) of a campaign file through the Workspace's ReconciliationService. The disputed
// items are shown side by side only once the file's reviews are no longer blind; the consensus
// sheet prints with its score and grade (the scoring engine's, under the campaign's standard
// version), its signatures and who has still to sign.
#include "campaign/consensusjson.h"
#include "campaigncommands.h"
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "review/reviewerror.h"
#include "scorecardjson.h"
#include "workspace/reconciliationservice.h"

#include <QFile>
#include <QJsonArray>

using namespace casereview;

namespace {
// A refused step names what was refused; a one-line refusal also says that nothing was written.
template <class T>
T waitWriting(QFuture<T> future)
{
    try {
        return waitFor(std::move(future));
    } catch (const WorkspaceFailure &e) {
        Failure f = e.failure();
        if (f.kind == Failure::Kind::Refused && !f.message.contains(QLatin1Char('\n')))
            f.message += QStringLiteral("; nothing was written");
        throw WorkspaceFailure(f);
    }
}

QJsonArray signaturesJson(const ConsensusRecord &r)
{
    QJsonArray a;
    for (const ConsensusSignature &s : r.signatures)
        a.append(QJsonObject{{QStringLiteral("reviewer"), s.reviewer}, {QStringLiteral("signed_at"), s.signedAt}});
    return a;
}

QJsonObject answerJson(const QString &reviewer, const ReviewerScore &r, const QString &item)
{
    const auto it = r.answers.find(item);
    if (it == r.answers.end())
        return {{QStringLiteral("reviewer"), reviewer}, {QStringLiteral("verdict"), QJsonValue()}};
    QJsonObject o{{QStringLiteral("reviewer"), reviewer},
                  {QStringLiteral("verdict"), VerdictKeys::key(it->second.verdict)},
                  {QStringLiteral("deduction"), ScoreCardJson::number(it->second.deduction)}};
    if (!it->second.note.isEmpty())
        o.insert(QStringLiteral("note"), it->second.note);
    return o;
}

QString answerText(const ReviewerScore &r, const QString &item)
{
    const auto it = r.answers.find(item);
    if (it == r.answers.end())
        return QStringLiteral("(not answered)");
    QString t = VerdictKeys::key(it->second.verdict);
    if (it->second.verdict == Verdict::Deduct)
        t += QLatin1Char(' ') + QString::number(it->second.deduction);
    return it->second.note.isEmpty() ? t : t + QStringLiteral(" — ") + it->second.note;
}

void printSheet(CliContext &ctx, const ConsensusView &v)
{
    const ConsensusRecord &r = v.record;
    ctx.out << "consensus sheet of case " << r.caseId << " in campaign " << r.campaignId << " (" << consensusStatusKey(r.status)
            << ", reconciled by " << r.reconciler << "): total " << v.card.total << " / " << v.card.maxTotal << ", grade "
            << ScoreCardJson::gradeText(v.card, r.status == ConsensusStatus::Final ? ReviewStatus::Signed : ReviewStatus::Submitted)
            << "\n";
    for (const ConsensusItem &i : r.items)
        if (i.disputed)
            ctx.out << "  disputed " << i.answer.itemId << ": " << VerdictKeys::key(i.answer.verdict)
                    << (i.answer.verdict == Verdict::Deduct ? QStringLiteral(" %1").arg(i.answer.deduction) : QString()) << " — "
                    << i.reason << "\n";
    if (!v.card.unanswered.isEmpty())
        ctx.out << "  " << counted(v.card.unanswered.size(), "item", "items") << " unanswered"
                << "\n";
    QStringList signedBy;
    for (const ConsensusSignature &s : r.signatures)
        signedBy << s.reviewer;
    ctx.out << "  signed by: " << (signedBy.isEmpty() ? QStringLiteral("nobody yet") : signedBy.join(QStringLiteral(", ")))
            << (v.awaiting.isEmpty() ? QStringLiteral("; final") : QStringLiteral("; awaiting ") + v.awaiting.join(QStringLiteral(", ")))
            << Qt::endl;
}

// The file's case id (CAMPAIGN CASE_ID), or nullopt after a usage error.
std::optional<qint64> caseArg(CliContext &ctx)
{
    const auto id = CampaignCommands::positiveId(ctx.args.positional.value(2));
    if (!id)
        ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(ctx.args.positional.value(2)));
    return id;
}
} // namespace

namespace CampaignCommands {
QJsonObject consensusJson(const ConsensusView &v)
{
    const ConsensusRecord &r = v.record;
    QJsonObject o = ScoreCardJson::toJson(v.card);
    QJsonArray originals;
    for (const ReviewerScore &s : v.originals.reviews)
        originals.append(QJsonObject{{QStringLiteral("reviewer"), s.reviewer},
                                     {QStringLiteral("total"), ScoreCardJson::number(s.total)},
                                     {QStringLiteral("grade"), s.grade}});
    o.insert(QStringLiteral("campaign_id"), r.campaignId);
    o.insert(QStringLiteral("case_id"), r.caseId);
    o.insert(QStringLiteral("consensus_id"), r.id);
    o.insert(QStringLiteral("status"), consensusStatusKey(r.status));
    o.insert(QStringLiteral("grade_standing"), gradeStandingKey(v.standing()));
    o.insert(QStringLiteral("reconciler"), r.reconciler);
    o.insert(QStringLiteral("created_at"), r.createdAt);
    o.insert(QStringLiteral("updated_at"), r.updatedAt);
    o.insert(QStringLiteral("finalized_at"), r.finalizedAt.isEmpty() ? QJsonValue() : QJsonValue(r.finalizedAt));
    o.insert(QStringLiteral("items"), ConsensusJson::itemsJson(r.items));
    o.insert(QStringLiteral("disputed_items"), QJsonArray::fromStringList(v.disputed));
    o.insert(QStringLiteral("assigned"), QJsonArray::fromStringList(v.assigned));
    o.insert(QStringLiteral("signatures"), signaturesJson(r));
    o.insert(QStringLiteral("awaiting"), QJsonArray::fromStringList(v.awaiting));
    o.insert(QStringLiteral("originals"), originals);
    return o;
}

int disputes(CliContext &ctx, Workspace &ws, qint64 id)
{
    const auto caseId = caseArg(ctx);
    if (!caseId)
        return ExitUsage;
    const DisputesView d = waitFor(ReconciliationService(ws).disputes(id, *caseId));
    if (ctx.json()) {
        QJsonArray items, reviews;
        for (const QString &item : d.disputed) {
            QJsonArray answers;
            for (const ReviewerScore &r : d.reviews.reviews)
                answers.append(answerJson(r.reviewer, r, item));
            const StandardItem *si = d.standard.findItem(item);
            items.append(QJsonObject{{QStringLiteral("item"), item},
                                     {QStringLiteral("veto"), si && si->veto},
                                     {QStringLiteral("title"), si ? si->titleZh : QString()},
                                     {QStringLiteral("answers"), answers}});
        }
        for (const ReviewerScore &r : d.reviews.reviews)
            reviews.append(QJsonObject{{QStringLiteral("reviewer"), r.reviewer},
                                       {QStringLiteral("total"), ScoreCardJson::number(r.total)},
                                       {QStringLiteral("grade"), r.grade}});
        ctx.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("campaign_id"), id},
                        {QStringLiteral("case_id"), *caseId},
                        {QStringLiteral("assigned"), QJsonArray::fromStringList(d.assigned)},
                        {QStringLiteral("reviews"), reviews},
                        {QStringLiteral("disputed_items"), QJsonArray::fromStringList(d.disputed)},
                        {QStringLiteral("items"), items},
                        {QStringLiteral("consensus"), d.consensus ? QJsonValue(consensusStatusKey(d.consensus->status)) : QJsonValue()}}));
        return ExitOk;
    }
    ctx.out << "case " << *caseId << " in campaign " << id << ": " << counted(d.disputed.size(), "disputed item", "disputed items") << "\n";
    for (const QString &item : d.disputed) {
        ctx.out << "  " << item << "\n";
        for (const ReviewerScore &r : d.reviews.reviews)
            ctx.out << "    " << r.reviewer << ": " << answerText(r, item) << "\n";
    }
    ctx.out << "consensus sheet: " << (d.consensus ? consensusStatusKey(d.consensus->status) : QStringLiteral("none yet")) << Qt::endl;
    return ExitOk;
}

int reconcile(CliContext &ctx, Workspace &ws, qint64 id)
{
    const auto caseId = caseArg(ctx);
    if (!caseId)
        return ExitUsage;
    const QString by = ctx.args.value(QStringLiteral("by")).trimmed();
    if (by.isEmpty() || !ctx.args.has(QStringLiteral("answers")))
        return ctx.usageError(QStringLiteral("campaign reconcile needs --by NAME (who reconciles) and --answers FILE.json"));
    QFile f(ctx.args.value(QStringLiteral("answers")));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failure(QStringLiteral("cannot read answers file %1: %2").arg(f.fileName(), f.errorString()));
    std::vector<ConsensusDecision> decisions;
    try {
        decisions = ConsensusJson::parseDecisions(f.readAll());
    } catch (const ReviewError &e) {
        return ctx.failure(e.message() + QStringLiteral("; nothing was written"));
    }
    const ConsensusView v = waitWriting(ReconciliationService(ws).reconcile(id, *caseId, by, decisions));
    if (ctx.json())
        ctx.printJson(QJsonDocument(consensusJson(v)));
    else
        printSheet(ctx, v);
    return ExitOk;
}

int sign(CliContext &ctx, Workspace &ws, qint64 id)
{
    const auto caseId = caseArg(ctx);
    if (!caseId)
        return ExitUsage;
    const QString reviewer = ctx.args.value(QStringLiteral("reviewer")).trimmed();
    if (reviewer.isEmpty())
        return ctx.usageError(QStringLiteral("campaign sign needs --reviewer NAME (who signs)"));
    const ConsensusView v = waitWriting(ReconciliationService(ws).sign(id, *caseId, reviewer));
    if (ctx.json())
        ctx.printJson(QJsonDocument(consensusJson(v)));
    else
        printSheet(ctx, v);
    return ExitOk;
}
} // namespace CampaignCommands
