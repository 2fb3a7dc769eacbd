// SPDX-License-Identifier: GPL-3.0-or-later
// `rectify create|list|show|update|recheck|withdraw|export`: rectification items (整改) made from
// signed reviews and findings, moved through the status machine by the RectificationService.
// Statuses are accepted as ASCII keys (pending, in_progress, reported, closed, failed, withdrawn)
// or in Chinese (待整改, 整改中, 已报告, 复查通过, 复查未通过, 已撤销); JSON always carries the ASCII key.
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "rectification/rectificationrules.h"
#include "rectifycorrections.h"
#include "rectifyexport.h"
#include "rectifyjobs.h"
#include "rectifyjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

namespace {
QString actor(CliContext &ctx) { return ctx.args.value(QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("cli"))); }

std::optional<qint64> positiveId(const QString &word)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

const QString kStatusWords =
    QStringLiteral("pending|in_progress|reported|closed|failed|withdrawn (or 待整改|整改中|已报告|复查通过|复查未通过|已撤销)");

void printItem(CliContext &ctx, const RectificationItem &i, const QDate &today)
{
    const bool overdue = RectificationRules::isOverdue(i, today);
    const QString light = i.withdrawal ? QStringLiteral("-") : RectificationKeys::light(RectificationRules::light(i, today));
    ctx.out << "#" << i.id << " [" << light << "] "
            << RectificationKeys::status(i.status) << " (" << RectificationKeys::statusZh(i.status) << ") due "
            << i.deadline.toString(Qt::ISODate) << (overdue ? " OVERDUE" : "") << "  case " << i.caseId << "  "
            << (i.agency.isEmpty() ? QStringLiteral("(agency unknown)") : i.agency) << Qt::endl
            << "    " << i.problem << Qt::endl;
}

int create(CliContext &ctx, Workspace &ws)
{
    RectificationService::CreateRequest r;
    for (const QString &w : ctx.args.values(QStringLiteral("from-review"))) {
        const auto id = positiveId(w);
        if (!id)
            return ctx.usageError(QStringLiteral("REVIEW_ID must be a positive number, not '%1'").arg(w));
        r.reviewIds.push_back(*id);
    }
    for (const QString &w : ctx.args.values(QStringLiteral("case"))) {
        const auto id = positiveId(w);
        if (!id)
            return ctx.usageError(QStringLiteral("CASE_ID must be a positive number, not '%1'").arg(w));
        r.caseIds.push_back(*id);
    }
    if (r.reviewIds.empty() && r.caseIds.empty())
        return ctx.usageError(QStringLiteral("rectify create needs --from-review REVIEW_ID or --case CASE_ID"));
    r.allFindings = ctx.args.has(QStringLiteral("all-findings"));
    if (ctx.args.has(QStringLiteral("deadline"))) {
        const QString w = ctx.args.value(QStringLiteral("deadline"));
        const QDate d = QDate::fromString(w, Qt::ISODate);
        if (!d.isValid() || w.size() != 10)
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD, not '%1'").arg(w));
        r.deadline = d;
    }
    const QString group = ctx.args.value(QStringLiteral("group"), QStringLiteral("problem"));
    if (group == QLatin1String("agency"))
        r.grouping = RectificationPlanner::Grouping::PerAgency;
    else if (group != QLatin1String("problem"))
        return ctx.usageError(QStringLiteral("--group is problem or agency, not '%1'").arg(group));
    r.actor = actor(ctx);
    // the cases the items come from: those named, or any when reviews name them
    const std::vector<qint64> touched = r.reviewIds.empty() ? r.caseIds : std::vector<qint64>{};
    const auto [result, today] = waitFor(
        RectifyJobs::write(ws, touched, [r](RectificationService &service) { return std::pair(service.create(r), service.today()); }));
    for (qint64 c : result.casesWithoutSignedReview)
        ctx.err << "note: case " << c << " has no signed review; only its findings were taken" << Qt::endl;
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(RectifyJson::items(result.created, today)));
        return ExitOk;
    }
    ctx.out << "created " << counted(qint64(result.created.size()), "item", "items");
    if (result.alreadyTracked)
        ctx.out << "; " << counted(result.alreadyTracked, "problem", "problems") << " already tracked";
    ctx.out << Qt::endl;
    for (const RectificationItem &i : result.created)
        printItem(ctx, i, today);
    return ExitOk;
}

int list(CliContext &ctx, Workspace &ws)
{
    RectificationFilter filter;
    filter.agency = ctx.args.value(QStringLiteral("agency"));
    filter.includeWithdrawn = ctx.args.has(QStringLiteral("include-withdrawn"));
    if (ctx.args.has(QStringLiteral("status"))) {
        filter.status = RectificationKeys::statusFrom(ctx.args.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(QStringLiteral("--status must be %1, not '%2'").arg(kStatusWords, ctx.args.value(QStringLiteral("status"))));
    }
    if (ctx.args.has(QStringLiteral("case"))) {
        filter.caseId = positiveId(ctx.args.value(QStringLiteral("case")));
        if (!filter.caseId)
            return ctx.usageError(QStringLiteral("--case must be a positive number"));
    }
    auto listed = waitFor(
        RectifyJobs::read(ws, [filter](RectificationService &service) { return std::pair(service.items(filter), service.today()); }));
    std::vector<RectificationItem> &items = listed.first;
    const QDate today = listed.second;
    if (ctx.args.has(QStringLiteral("overdue")))
        std::erase_if(items, [&](const RectificationItem &i) { return !RectificationRules::isOverdue(i, today); });
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(RectifyJson::items(items, today)));
        return ExitOk;
    }
    std::sort(items.begin(), items.end(), [&](const auto &a, const auto &b) { return RectificationRules::moreUrgent(a, b, today); });
    for (const RectificationItem &i : items)
        printItem(ctx, i, today);
    const auto s = RectificationRules::summarize(items, today);
    ctx.out << counted(qint64(items.size()), "item", "items") << ": " << s.red << " red, " << s.yellow << " yellow, " << s.green << " green, "
            << s.overdue << " overdue";
    if (const int withdrawn = int(items.size()) - s.total())
        ctx.out << ", " << withdrawn << " withdrawn";
    ctx.out << Qt::endl;
    return ExitOk;
}

struct Shown {
    RectificationItem item;
    std::vector<RectificationAttachment> attachments;
    std::vector<RectificationRecheck> rechecks;
    std::vector<AuditEntry> history;
    QDate today;
};

int show(CliContext &ctx, Workspace &ws, qint64 id)
{
    const Shown shown = waitFor(RectifyJobs::read(ws, [id](RectificationService &service) {
        return Shown{service.item(id), service.attachments(id), service.rechecks(id), service.history(id), service.today()};
    }));
    const auto &[item, attachments, rechecks, history, today] = shown;
    if (ctx.json()) {
        QJsonObject o = RectifyJson::item(item, today);
        QJsonArray a, r, h;
        for (const auto &x : attachments)
            a.append(RectifyJson::attachment(x));
        for (const auto &x : rechecks)
            r.append(RectifyJson::recheck(x));
        for (const AuditEntry &e : history)
            h.append(QJsonObject{{QStringLiteral("audit_id"), e.id}, {QStringLiteral("at"), e.at}, {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action}, {QStringLiteral("before"), e.before}, {QStringLiteral("after"), e.after}});
        o.insert(QStringLiteral("attachment_list"), a);
        o.insert(QStringLiteral("recheck_list"), r);
        o.insert(QStringLiteral("history"), h);
        ctx.printJson(QJsonDocument(o));
        return ExitOk;
    }
    printItem(ctx, item, today);
    ctx.out << "    legal basis: " << item.legalBasis << Qt::endl;
    if (item.withdrawal)
        ctx.out << "    WITHDRAWN " << item.withdrawal->at << " by " << item.withdrawal->by << " (was "
                << RectificationKeys::status(item.withdrawal->from) << "): " << item.withdrawal->reason << Qt::endl;
    for (const auto &a : attachments) {
        ctx.out << "    attachment " << a.id << ": " << a.fileName << " (" << a.mimeType << ", " << a.size << " bytes)";
        if (a.superseded)
            ctx.out << " SUPERSEDED " << a.superseded->at << " by " << a.superseded->by << ": " << a.superseded->reason;
        ctx.out << Qt::endl;
    }
    for (const AuditEntry &e : history)
        ctx.out << "    " << e.at << " " << e.actor << " " << e.action << " " << e.after << Qt::endl;
    return ExitOk;
}

// The item as it reads after a change, and the day it is judged on.
void printChanged(CliContext &ctx, Workspace &ws, qint64 id)
{
    const auto [item, today] =
        waitFor(RectifyJobs::read(ws, [id](RectificationService &service) { return std::pair(service.item(id), service.today()); }));
    if (ctx.json())
        ctx.printJson(QJsonDocument(RectifyJson::item(item, today)));
    else
        printItem(ctx, item, today);
}

int update(CliContext &ctx, Workspace &ws, qint64 id)
{
    if (ctx.args.has(QStringLiteral("supersede-attachment")))
        return runRectifySupersede(ctx, ws, id);
    const QStringList files = ctx.args.values(QStringLiteral("attach"));
    const bool details = ctx.args.has(QStringLiteral("contact")) || ctx.args.has(QStringLiteral("deadline")) ||
                         ctx.args.has(QStringLiteral("kind"));
    if (!ctx.args.has(QStringLiteral("status")) && files.isEmpty() && !details)
        return ctx.usageError(QStringLiteral("rectify update needs --status S, --attach FILE or --contact/--deadline/--kind"));
    std::optional<RectificationStatus> to;
    if (ctx.args.has(QStringLiteral("status"))) {
        to = RectificationKeys::statusFrom(ctx.args.value(QStringLiteral("status")));
        if (!to)
            return ctx.usageError(QStringLiteral("--status must be %1, not '%2'").arg(kStatusWords, ctx.args.value(QStringLiteral("status"))));
    }
    const RectificationItem before = waitFor(RectifyJobs::read(ws, [id](RectificationService &service) { return service.item(id); }));
    QDate deadline = before.deadline;
    if (ctx.args.has(QStringLiteral("deadline"))) {
        const QString w = ctx.args.value(QStringLiteral("deadline"));
        deadline = QDate::fromString(w, Qt::ISODate);
        if (!deadline.isValid() || w.size() != 10)
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD, not '%1'").arg(w));
    }
    RectificationKind kind = before.kind;
    if (ctx.args.has(QStringLiteral("kind"))) {
        const auto k = RectificationKeys::kindFrom(ctx.args.value(QStringLiteral("kind")));
        if (!k)
            return ctx.usageError(QStringLiteral("--kind is case (个案纠正) or systemic (制度整改), not '%1'").arg(ctx.args.value(QStringLiteral("kind"))));
        kind = *k;
    }
    // The status change goes first: when it is refused, nothing else is written either.
    const QString note = ctx.args.value(QStringLiteral("note")), by = actor(ctx);
    if (to || !files.isEmpty())
        waitFor(RectifyJobs::write(ws, before.caseIds(), [id, to, note, files, by](RectificationService &service) {
            if (to)
                service.changeStatus(id, {*to, note, files, by});
            else
                for (const QString &f : files)
                    service.attach(id, f, note, by);
        }));
    if (details)
        waitFor(RectifyJobs::write(ws, before.caseIds(),
                                   [id, contact = ctx.args.value(QStringLiteral("contact"), before.contact), kind, deadline,
                                    by](RectificationService &service) { service.editDetails(id, contact, kind, deadline, by); }));
    printChanged(ctx, ws, id);
    return ExitOk;
}

int recheck(CliContext &ctx, Workspace &ws, qint64 id)
{
    RectificationService::RecheckRequest r;
    const auto result = RectificationKeys::resultFrom(ctx.args.value(QStringLiteral("result")));
    if (!result)
        return ctx.usageError(QStringLiteral("rectify recheck needs --result pass|fail"));
    if (!ctx.args.has(QStringLiteral("note")))
        return ctx.usageError(QStringLiteral("rectify recheck needs --note TEXT"));
    r.result = *result;
    r.note = ctx.args.value(QStringLiteral("note"));
    for (const QString &w : ctx.args.values(QStringLiteral("link"))) {
        const auto c = positiveId(w);
        if (!c)
            return ctx.usageError(QStringLiteral("--link takes a CASE_ID, not '%1'").arg(w));
        r.linkedCases.push_back(*c);
    }
    if (ctx.args.has(QStringLiteral("recurred"))) {
        const QString w = ctx.args.value(QStringLiteral("recurred"));
        if (w != QLatin1String("yes") && w != QLatin1String("no"))
            return ctx.usageError(QStringLiteral("--recurred is yes or no, not '%1'").arg(w));
        r.recurred = w == QLatin1String("yes");
    }
    r.actor = actor(ctx);
    const RectificationItem before = waitFor(RectifyJobs::read(ws, [id](RectificationService &service) { return service.item(id); }));
    const auto [item, today] = waitFor(RectifyJobs::write(
        ws, before.caseIds(), [id, r](RectificationService &service) { return std::pair(service.recheck(id, r), service.today()); }));
    if (ctx.json())
        ctx.printJson(QJsonDocument(RectifyJson::item(item, today)));
    else
        printItem(ctx, item, today);
    return ExitOk;
}
} // namespace

int runRectify(CliContext &ctx)
{
    const QString sub = ctx.args.positional.value(0);
    const bool takesId = sub == QLatin1String("update") || sub == QLatin1String("recheck") || sub == QLatin1String("show") ||
                         sub == QLatin1String("withdraw");
    if (sub != QLatin1String("create") && sub != QLatin1String("list") && sub != QLatin1String("export") && !takesId)
        return ctx.usageError(QStringLiteral("rectify needs create, list, show, update, recheck, withdraw or export"));
    const int expected = takesId ? 2 : 1;
    if (ctx.args.positional.size() != expected)
        return ctx.usageError(takesId ? QStringLiteral("rectify %1 needs one item ID").arg(sub)
                                      : QStringLiteral("rectify %1 takes no further words").arg(sub));
    std::optional<qint64> id;
    if (takesId && !(id = positiveId(ctx.args.positional[1])))
        return ctx.usageError(QStringLiteral("ID must be a positive number, not '%1'").arg(ctx.args.positional[1]));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // a refusal ends at main()'s edge as "error: …; nothing was changed" (RectifyJobs)
    if (sub == QLatin1String("create"))
        return create(ctx, *ws);
    if (sub == QLatin1String("list"))
        return list(ctx, *ws);
    if (sub == QLatin1String("export"))
        return runRectifyExport(ctx, *ws);
    if (sub == QLatin1String("show"))
        return show(ctx, *ws, *id);
    if (sub == QLatin1String("update"))
        return update(ctx, *ws, *id);
    if (sub == QLatin1String("withdraw"))
        return runRectifyWithdraw(ctx, *ws, *id);
    return recheck(ctx, *ws, *id);
}
