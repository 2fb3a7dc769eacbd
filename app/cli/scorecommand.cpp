// SPDX-License-Identifier: GPL-3.0-or-later
// `score CASE_ID [--reviewer NAME] [--rescore-version N]`: the score card of a review, and
// optionally what would change under another version of its standard.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "refusedas.h"
#include "review/reviewservice.h"
#include "scorecardjson.h"

#include <QJsonArray>

using namespace casereview;

namespace {
struct Scored {
    Review review;
    ScoreCard card;
    std::optional<RescoreDiff> diff;
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
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    const QString reviewer = ctx.args.value(QStringLiteral("reviewer"));
    // On the read pool, as the checklist reads a sheet.
    const Scored s = waitFor(ws->read([caseId, reviewer, rescore](Database &db) {
        return refusedAs([&] {
            ReviewService service(db);
            Scored scored{service.pick(caseId, reviewer), {}, {}};
            scored.card = service.score(scored.review);
            if (rescore)
                scored.diff = service.rescore(scored.review, rescore);
            return scored;
        });
    }));
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
