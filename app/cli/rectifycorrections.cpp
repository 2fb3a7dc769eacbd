// SPDX-License-Identifier: GPL-3.0-or-later
// `rectify withdraw ID --reason TEXT --by NAME [--json]`: 撤销 an item made by mistake; it leaves
// every count and its problem can be created again. `rectify update ID --supersede-attachment
// ATT_ID --reason TEXT --by NAME [--attach FILE]`: a wrong attachment leaves the current
// evidence (the optional file replaces it); its bytes stay in the store. Both need the reason
// and who does it named explicitly: no $USER default for a correction.
#include "rectifycorrections.h"

#include "clicontext.h"
#include "futurewait.h"
#include "rectifyjobs.h"
#include "rectifyjson.h"

#include <QJsonObject>

using namespace casereview;

namespace {
// The reason and the name, both non-blank; otherwise a usage error (exit 2) naming what is missing.
int needReasonAndName(CliContext &ctx, const char *what)
{
    for (const char *option : {"reason", "by"})
        if (ctx.args.value(QLatin1String(option)).trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("%1 needs --%2 %3").arg(QLatin1String(what), QLatin1String(option),
                                                                          QLatin1String(option[0] == 'r' ? "TEXT" : "NAME")));
    return ExitOk;
}

// The cases behind the item, for the change the correction announces.
std::vector<qint64> casesOf(Workspace &ws, qint64 itemId)
{
    return waitFor(RectifyJobs::read(ws, [itemId](RectificationService &service) { return service.item(itemId).caseIds(); }));
}
} // namespace

int runRectifyWithdraw(CliContext &ctx, Workspace &ws, long long itemId)
{
    if (const int code = needReasonAndName(ctx, "rectify withdraw"))
        return code;
    const auto [item, today] = waitFor(RectifyJobs::write(ws, casesOf(ws, itemId),
                                                          [itemId, reason = ctx.args.value(QStringLiteral("reason")),
                                                           by = ctx.args.value(QStringLiteral("by"))](RectificationService &service) {
                                                              return std::pair(service.withdraw(itemId, reason, by), service.today());
                                                          }));
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(RectifyJson::item(item, today)));
        return ExitOk;
    }
    ctx.out << "#" << item.id << " withdrawn (已撤销) from " << RectificationKeys::status(item.withdrawal->from) << " by "
            << item.withdrawal->by << ": " << item.withdrawal->reason << Qt::endl
            << "    " << item.problem << Qt::endl
            << "    " << counted(qint64(item.sources.size()), "problem is", "problems are")
            << " free for `rectify create` again" << Qt::endl;
    return ExitOk;
}

int runRectifySupersede(CliContext &ctx, Workspace &ws, long long itemId)
{
    if (ctx.args.has(QStringLiteral("status")) || ctx.args.has(QStringLiteral("contact")) || ctx.args.has(QStringLiteral("deadline")) ||
        ctx.args.has(QStringLiteral("kind")) || ctx.args.has(QStringLiteral("note")))
        return ctx.usageError(QStringLiteral("--supersede-attachment goes alone: with --reason, --by and at most one --attach FILE "
                                             "as the replacement"));
    const QStringList files = ctx.args.values(QStringLiteral("attach"));
    if (files.size() > 1)
        return ctx.usageError(QStringLiteral("--supersede-attachment takes at most one --attach FILE as the replacement"));
    bool ok = false;
    const QString word = ctx.args.value(QStringLiteral("supersede-attachment"));
    const qint64 attachmentId = word.toLongLong(&ok);
    if (!ok || attachmentId <= 0)
        return ctx.usageError(QStringLiteral("--supersede-attachment takes an attachment ID (see rectify show), not '%1'").arg(word));
    if (const int code = needReasonAndName(ctx, "--supersede-attachment"))
        return code;
    const RectificationService::SupersedeRequest request{ctx.args.value(QStringLiteral("reason")), files.value(0),
                                                         ctx.args.value(QStringLiteral("by"))};
    // the superseded attachment as it now reads, and how many stay current
    const auto [a, current] =
        waitFor(RectifyJobs::write(ws, casesOf(ws, itemId), [itemId, attachmentId, request](RectificationService &service) {
            RectificationAttachment superseded = service.supersedeAttachment(itemId, attachmentId, request);
            return std::pair(superseded, service.item(itemId).attachmentCount);
        }));
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(RectifyJson::attachment(a)));
        return ExitOk;
    }
    ctx.out << "attachment " << a.id << " (" << a.fileName << ") of item #" << itemId << " superseded by " << a.superseded->by << ": "
            << a.superseded->reason;
    if (a.superseded->replacedBy)
        ctx.out << "; replaced by attachment " << *a.superseded->replacedBy;
    ctx.out << Qt::endl
            << "    its bytes stay in the store; the item now has " << counted(current, "current attachment", "current attachments")
            << Qt::endl;
    return ExitOk;
}
