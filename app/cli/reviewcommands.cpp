// SPDX-License-Identifier: GPL-3.0-or-later
// `review CASE_ID …` (answers from a JSON file, optionally submit and sign) and `reopen`.
#include "campaign/campaignreviewgate.h"
#include "campaignarg.h"
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "refusedas.h"
#include "review/answerjson.h"
#include "review/reviewservice.h"
#include "scorecardjson.h"
#include "storage/standardservice.h"

#include <QFile>

using namespace casereview;

namespace {
std::optional<qint64> caseIdArg(CliContext &ctx, const char *command)
{
    if (ctx.args.positional.size() != 1) {
        ctx.usageError(QStringLiteral("%1 needs exactly one CASE_ID").arg(QLatin1String(command)));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = ctx.args.positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(ctx.args.positional.first()));
        return std::nullopt;
    }
    return id;
}

QJsonObject reviewJson(const Review &r)
{
    return {{QStringLiteral("review_id"), r.id},
            {QStringLiteral("case_id"), r.caseId},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("standard"), r.standardId},
            {QStringLiteral("version"), r.standardVersion},
            {QStringLiteral("status"), ReviewStatusKeys::key(r.status)},
            {QStringLiteral("reopen_count"), r.reopenCount}};
}

// Names the first few unanswered items; the full list is in `score CASE_ID --json`.
QString itemList(const QStringList &items)
{
    constexpr int kShown = 8;
    if (items.size() <= kShown)
        return items.join(QStringLiteral(", "));
    return items.mid(0, kShown).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - kShown);
}

// The CLI's sentence for a refused review: what was refused and that nothing was written.
QString refusal(const ReviewError &e)
{
    if (e.kind() == ReviewError::Kind::Incomplete)
        return (QStringLiteral("%1 (%2); nothing was written, not even the answers. Answer them, run without "
                                          "--submit/--sign to keep the answers as a draft, or add --allow-incomplete")
                               .arg(e.message(), itemList(e.items())));
    if (e.kind() == ReviewError::Kind::Invalid && e.message().contains(QLatin1Char('\n')))
        return QStringLiteral("the answers were refused and nothing was written:\n  ") +
               e.message().replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    return e.message() + QStringLiteral("; nothing was written");
}

struct SavedCard {
    ReviewService::Saved saved;
    ScoreCard card;
};
} // namespace

int runReview(CliContext &ctx)
{
    const auto caseId = caseIdArg(ctx, "review");
    if (!caseId)
        return ExitUsage;
    // In a campaign the standard is the campaign's.
    const std::optional<qint64> campaign = campaignArg(ctx);
    if (ctx.args.has(QStringLiteral("campaign")) && !campaign)
        return ExitUsage;
    for (const char *required : {"standard", "reviewer", "answers"})
        if (ctx.args.value(QLatin1String(required)).trimmed().isEmpty() && !(campaign && QLatin1String(required) == "standard"))
            return ctx.usageError(QStringLiteral("review needs --%1").arg(QLatin1String(required)));
    ReviewService::Submission sub;
    sub.caseId = *caseId;
    sub.reviewer = ctx.args.value(QStringLiteral("reviewer")).trimmed();
    sub.standardId = ctx.args.value(QStringLiteral("standard"));
    sub.submit = ctx.args.has(QStringLiteral("submit"));
    sub.sign = ctx.args.has(QStringLiteral("sign"));
    sub.allowIncomplete = ctx.args.has(QStringLiteral("allow-incomplete"));
    if (sub.allowIncomplete && !sub.submit && !sub.sign)
        return ctx.usageError(QStringLiteral("--allow-incomplete only goes with --submit or --sign"));
    if (ctx.args.has(QStringLiteral("version"))) {
        bool ok = false;
        sub.standardVersion = ctx.args.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || *sub.standardVersion <= 0)
            return ctx.usageError(QStringLiteral("--version must be a positive number"));
    }
    QFile f(ctx.args.value(QStringLiteral("answers")));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failure(QStringLiteral("cannot read answers file %1: %2").arg(f.fileName(), f.errorString()));
    try {
        sub.answers = AnswerJson::parse(f.readAll());
    } catch (const ReviewError &e) {
        return ctx.failure(refusal(e));
    }
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // On the Workspace's writer, as the checklist saves (a store without standards gets the
    // built-in ones first); announces Review of the case once committed.
    const SavedCard result = waitFor(ws->write({ChangeEvent::Kind::Review, {sub.caseId}}, [sub, campaign](Database &db) mutable {
        return refusedAs(
            [&] {
                StandardService(db).ensureBuiltins();
                if (campaign)
                    campaignRefusal([&] { CampaignReviewGate(db, *campaign).admit(sub); }, QStringLiteral("; nothing was written"));
                ReviewService service(db);
                SavedCard sc{service.save(sub), {}};
                sc.card = service.score(sc.saved.review);
                return sc;
            },
            refusal);
    }));
    const ReviewService::Saved &saved = result.saved;
    const ScoreCard &card = result.card;
    if (ctx.json()) {
        QJsonObject o = reviewJson(saved.review);
        o.insert(QStringLiteral("created"), saved.created);
        o.insert(QStringLiteral("answers_changed"), saved.answersChanged);
        o.insert(QStringLiteral("total"), ScoreCardJson::number(card.total));
        o.insert(QStringLiteral("grade"), card.grade);
        o.insert(QStringLiteral("grade_standing"), gradeStandingKey(ScoreCardJson::standing(card, saved.review.status)));
        o.insert(QStringLiteral("unanswered"), qint64(card.unanswered.size()));
        ctx.printJson(QJsonDocument(o));
    } else {
        const Review &r = saved.review;
        ctx.out << (saved.created ? "created" : "updated") << " review " << r.id << " of case " << r.caseId << " by "
                << r.reviewer << " (" << r.standardId << " v" << r.standardVersion << "): " << counted(saved.answersChanged, "answer", "answers")
                << " changed, status " << ReviewStatusKeys::key(r.status) << "; total " << card.total << " ("
                << ScoreCardJson::gradeText(card, r.status) << ")";
        if (!card.unanswered.isEmpty())
            ctx.out << "; " << counted(card.unanswered.size(), "item", "items") << " unanswered";
        ctx.out << Qt::endl;
    }
    return ExitOk;
}

int runReopen(CliContext &ctx)
{
    const auto caseId = caseIdArg(ctx, "reopen");
    if (!caseId)
        return ExitUsage;
    for (const char *required : {"reviewer", "by", "reason"})
        if (ctx.args.value(QLatin1String(required)).trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("reopen needs --%1").arg(QLatin1String(required)));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const qint64 id = *caseId;
    const QString reviewer = ctx.args.value(QStringLiteral("reviewer"));
    const QString by = ctx.args.value(QStringLiteral("by"));
    const QString reason = ctx.args.value(QStringLiteral("reason"));
    // The checklist's reopen, on the writer, with ReviewService's own words for a refusal.
    const Review r = waitFor(ws->write({ChangeEvent::Kind::Review, {id}}, [=](Database &db) {
        return refusedAs([&] { return ReviewService(db).reopen(id, reviewer, by, reason); });
    }));
    if (ctx.json())
        ctx.printJson(QJsonDocument(reviewJson(r)));
    else
        ctx.out << "reopened review " << r.id << " of case " << r.caseId << " by " << r.reviewer << " (reopen #"
                << r.reopenCount << "); it is a draft again" << Qt::endl;
    return ExitOk;
}
