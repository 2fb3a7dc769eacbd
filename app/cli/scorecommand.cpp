// SPDX-License-Identifier: GPL-3.0-or-later
// `score CASE_ID [--reviewer NAME] [--campaign CAMPAIGN] [--by NAME] [--rescore-version N]`: the
// score card of a review, and optionally what would change under another version of its
// standard. While the case is under blind review, only the review's own reviewer (--by) sees it.
// With --campaign and no --reviewer, a file whose consensus sheet every assigned reviewer has
// signed (联合署名) shows that sheet: the file's campaign result, grade final.
#include "campaign/campaignreviewgate.h"
#include "campaign/consensusservice.h"
#include "campaignarg.h"
#include "campaigncommands.h"
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "refusedas.h"
#include "review/blindreviews.h"
#include "review/reviewservice.h"
#include "scorecardjson.h"

#include <QJsonArray>

using namespace casereview;

namespace {
struct Scored {
    Review review;
    ScoreCard card;
    std::optional<RescoreDiff> diff;
    std::optional<ConsensusView> consensus; // the final consensus sheet, which then stands for the file
};

void printCard(QTextStream &out, const Review &r, const ScoreCard &c)
{
    out << "case " << r.caseId << ", reviewer " << r.reviewer << " (" << ReviewStatusKeys::key(r.status) << "), " << c.standardId
        << " v" << c.version << Qt::endl;
    out << "total " << c.total << " / " << c.maxTotal << "  grade " << ScoreCardJson::gradeText(c, r.status) << Qt::endl;
    if (!c.vetoHits.isEmpty())
        out << "veto hits (一票否决): " << c.vetoHits.join(QStringLiteral(", ")) << Qt::endl;
    for (const SectionScore &s : c.sections)
        out << "  " << s.id << "\t" << s.score << " / " << s.max << "\t" << s.titleZh << Qt::endl;
    const char *names[] = {"procedure 程序合规性", "discretion 裁量合理性", "legality 决定合法性"};
    for (size_t i = 0; i < c.dimensions.size(); ++i)
        out << "  " << names[i] << ": " << c.dimensions[i].score << " / " << c.dimensions[i].max << Qt::endl;
    if (!c.unanswered.isEmpty())
        out << counted(qint64(c.unanswered.size()), "item", "items") << " unanswered, counted as pass" << Qt::endl;
    for (const QString &n : c.notes)
        out << "note: " << n << Qt::endl;
}
// Why another reviewer's sheet of a file under blind review is not shown.
QString blindRefusal(const Review &r, const BlindFile &f)
{
    return QStringLiteral("case %1 is under blind review (%2): %3's answers and score are shown only to %3 until every "
                          "assigned reviewer has submitted; %3 sees them with --by %3")
        .arg(r.caseId)
        .arg(Blindness::progress(f), r.reviewer);
}
} // namespace

int runScore(CliContext &ctx)
{
    if (ctx.args.positional.size() != 1)
        return ctx.usageError(QStringLiteral("score needs exactly one CASE_ID"));
    bool ok = false;
    const qint64 caseId = ctx.args.positional.first().toLongLong(&ok);
    if (!ok || caseId <= 0)
        return ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(ctx.args.positional.first()));
    std::optional<int> rescore;
    if (ctx.args.has(QStringLiteral("rescore-version"))) {
        rescore = ctx.args.value(QStringLiteral("rescore-version")).toInt(&ok);
        if (!ok || *rescore <= 0)
            return ctx.usageError(QStringLiteral("--rescore-version must be a positive number"));
    }
    const std::optional<qint64> campaign = campaignArg(ctx);
    if (ctx.args.has(QStringLiteral("campaign")) && !campaign)
        return ExitUsage;
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const QString reviewer = ctx.args.value(QStringLiteral("reviewer"));
    const QString viewer = ctx.args.value(QStringLiteral("by"), qEnvironmentVariable("USER"));
    // On the read pool, as the checklist reads a sheet.
    const Scored s = waitFor(ws->read([caseId, reviewer, viewer, campaign, rescore](Database &db) {
        return refusedAs([&] {
            if (campaign) {
                campaignRefusal([&] { CampaignReviewGate(db, *campaign).file(caseId); });
                if (reviewer.isEmpty())
                    if (auto sheet = campaignRefusal([&] { return ConsensusService(db).finalConsensus(*campaign, caseId); }))
                        return Scored{{}, {}, {}, std::move(sheet)};
            }
            ReviewService service(db);
            Scored scored{service.pick(caseId, reviewer), {}, {}};
            const BlindReviews blind = BlindReviews::load(db, caseId);
            if (blind.hidden(scored.review, viewer))
                throw WorkspaceFailure(Failure::refused(blindRefusal(scored.review, *blind.file(caseId))));
            scored.card = service.score(scored.review);
            if (rescore)
                scored.diff = service.rescore(scored.review, rescore);
            return scored;
        });
    }));
    if (s.consensus) {
        if (ctx.json()) {
            QJsonObject o = CampaignCommands::consensusJson(*s.consensus);
            o.insert(QStringLiteral("source"), QStringLiteral("consensus"));
            ctx.printJson(QJsonDocument(o));
            return ExitOk;
        }
        // printed as a signed review of the file by its reviewers jointly
        Review joint;
        joint.caseId = caseId;
        joint.reviewer =
            QStringLiteral("consensus of campaign %1 (%2)").arg(*campaign).arg(s.consensus->assigned.join(QStringLiteral(", ")));
        joint.status = ReviewStatus::Signed;
        printCard(ctx.out, joint, s.consensus->card);
        return ExitOk;
    }
    const Review &review = s.review;
    const ScoreCard &card = s.card;
    const std::optional<RescoreDiff> &diff = s.diff;
    if (ctx.json()) {
        QJsonObject o = ScoreCardJson::toJson(card);
        o.insert(QStringLiteral("review_id"), review.id);
        o.insert(QStringLiteral("reviewer"), review.reviewer);
        o.insert(QStringLiteral("status"), ReviewStatusKeys::key(review.status));
        o.insert(QStringLiteral("grade_standing"), gradeStandingKey(ScoreCardJson::standing(card, review.status)));
        if (diff)
            o.insert(QStringLiteral("rescore"), QJsonObject{{QStringLiteral("card"), ScoreCardJson::toJson(diff->after)},
                                                            {QStringLiteral("changes"), QJsonArray::fromStringList(diff->changes)}});
        ctx.printJson(QJsonDocument(o));
        return ExitOk;
    }
    printCard(ctx.out, review, card);
    if (diff) {
        ctx.out << Qt::endl << "re-scored under version " << diff->after.version << ":" << Qt::endl;
        for (const QString &line : diff->changes)
            ctx.out << "  " << line << Qt::endl;
    }
    return ExitOk;
}
