// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign reviewers add|list`, `assign`, `agreement`, `status`: the review team of a
// campaign and how far it got. Catalogue rows are linked to stored cases (by case number)
// before assigning and before counting, so a PDF imported after the draw is found.
#include "campaigncommands.h"
#include "campaignjobs.h"
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

namespace {
QJsonValue number(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString fixed(const std::optional<double> &v) { return v ? QString::number(*v, 'f', 3) : QStringLiteral("n/a"); }

QJsonObject reviewerJson(const CampaignReviewer &r)
{
    return {{QStringLiteral("name"), r.name}, {QStringLiteral("unit"), r.unit}, {QStringLiteral("specialty"), r.specialty},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(r.conflicts)}};
}
// Links catalogue rows to the cases stored since (on the writer), so they are found and counted.
void link(CliContext &ctx, Workspace &ws, qint64 id)
{
    waitFor(CampaignJobs::write(ws, [id, by = CampaignCommands::actor(ctx)](CampaignService &service) { service.link(id, by); }));
}
} // namespace

namespace CampaignCommands {
int reviewers(CliContext &ctx, Workspace &ws, qint64 id)
{
    const QString action = ctx.args.positional.value(1);
    if (action == QLatin1String("add")) {
        const CampaignReviewer r{ctx.args.value(QStringLiteral("name")), ctx.args.value(QStringLiteral("unit")),
                                 ctx.args.values(QStringLiteral("conflict")), ctx.args.value(QStringLiteral("specialty"))};
        if (r.name.trimmed().isEmpty() || r.unit.trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("campaign reviewers add needs --name NAME and --unit UNIT"));
        waitFor(CampaignJobs::write(ws, [id, r, by = actor(ctx)](CampaignService &service) { service.addReviewer(id, r, by); }));
    } else if (action != QLatin1String("list")) {
        return ctx.usageError(QStringLiteral("campaign reviewers needs add or list, not '%1'").arg(action));
    }
    const auto pool = waitFor(CampaignJobs::read(ws, [id](CampaignService &service, CampaignProgress &) {
        service.campaign(id);
        return service.reviewers(id);
    }));
    if (ctx.json()) {
        QJsonArray a;
        for (const CampaignReviewer &r : pool)
            a.append(reviewerJson(r));
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("campaign_id"), id}, {QStringLiteral("reviewers"), a}}));
        return ExitOk;
    }
    for (const CampaignReviewer &r : pool)
        ctx.out << r.name << "  " << r.unit << (r.specialty.isEmpty() ? QString() : QStringLiteral("  ") + r.specialty)
                << (r.conflicts.isEmpty() ? QString() : QStringLiteral("  (recused from: %1)").arg(r.conflicts.join(QStringLiteral(", ")))) << "\n";
    ctx.out << counted(qint64(pool.size()), "reviewer", "reviewers") << " in campaign " << id << Qt::endl;
    return ExitOk;
}

int assign(CliContext &ctx, Workspace &ws, qint64 id)
{
    bool ok = false;
    const int perCase = ctx.args.value(QStringLiteral("per-case"), QStringLiteral("2")).toInt(&ok);
    if (!ok || perCase < 1)
        return ctx.usageError(QStringLiteral("--per-case must be a positive number of reviewers"));
    const QString seed = ctx.args.value(QStringLiteral("seed"));
    if (seed.isEmpty())
        return ctx.usageError(QStringLiteral("campaign assign needs --seed TEXT"));
    link(ctx, ws, id);
    const AssignmentRecord a = waitFor(CampaignJobs::write(
        ws, [id, perCase, seed, by = actor(ctx)](CampaignService &service) { return service.assign(id, perCase, seed, by); }));
    const DrawRecord d = waitFor(CampaignJobs::read(
        ws, [id, drawId = a.drawId](CampaignService &service, CampaignProgress &) { return service.recordedDraw(id, drawId); }));
    std::map<QString, const DrawnMember *> byKey;
    for (const DrawnMember &m : d.drawn)
        byKey[m.key] = &m;
    if (ctx.json()) {
        QJsonArray files;
        for (const FileAssignment &f : a.files) {
            const DrawnMember *m = byKey[f.key];
            files.append(QJsonObject{{QStringLiteral("case_id"), m && m->caseId ? QJsonValue(*m->caseId) : QJsonValue()},
                                     {QStringLiteral("case_no"), f.key},
                                     {QStringLiteral("reviewers"), QJsonArray::fromStringList(f.reviewers)}});
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("assignment_id"), a.id}, {QStringLiteral("draw_id"), a.drawId},
                                                {QStringLiteral("algorithm"), a.algorithm}, {QStringLiteral("seed"), a.seed},
                                                {QStringLiteral("per_case"), a.perCase}, {QStringLiteral("assignments"), files}}));
        return ExitOk;
    }
    for (const FileAssignment &f : a.files)
        ctx.out << f.key << "  " << f.reviewers.join(QStringLiteral(", ")) << "\n";
    ctx.out << counted(qint64(a.files.size()), "file", "files") << " assigned (draw " << a.drawId << ", " << a.algorithm << ")" << Qt::endl;
    return ExitOk;
}

int agreement(CliContext &ctx, Workspace &ws, qint64 id)
{
    bool ok = true;
    const int minShared = ctx.args.value(QStringLiteral("min-shared"), QStringLiteral("20")).toInt(&ok);
    if (!ok || minShared < 1)
        return ctx.usageError(QStringLiteral("--min-shared must be a positive number of shared items"));
    link(ctx, ws, id);
    const AgreementReport r = waitFor(CampaignJobs::read(
        ws, [id, minShared](CampaignService &, CampaignProgress &progress) { return progress.agreement(id, minShared); }));
    if (ctx.json()) {
        QJsonArray pairs, cases, items, reviewers;
        for (const PairAgreement &p : r.pairs)
            pairs.append(QJsonObject{{QStringLiteral("a"), p.a}, {QStringLiteral("b"), p.b}, {QStringLiteral("items"), p.items},
                                     {QStringLiteral("kappa"), number(p.kappa)}});
        for (const FileAgreement &f : r.files)
            cases.append(QJsonObject{{QStringLiteral("case_id"), f.caseId ? QJsonValue(*f.caseId) : QJsonValue()},
                                     {QStringLiteral("case_no"), f.key}, {QStringLiteral("reviewers"), f.reviewers},
                                     {QStringLiteral("score_gap"), f.scoreGap}, {QStringLiteral("grade_mismatch"), f.gradeMismatch},
                                     {QStringLiteral("disputed_items"), QJsonArray::fromStringList(f.disputedItems)}});
        for (const ItemAgreement &i : r.items)
            items.append(QJsonObject{{QStringLiteral("item"), i.item}, {QStringLiteral("units"), i.units},
                                     {QStringLiteral("percent"), number(i.percent)}, {QStringLiteral("alpha_nominal"), number(i.alphaNominal)}});
        for (const ReviewerDrift &d : r.reviewers)
            reviewers.append(QJsonObject{{QStringLiteral("name"), d.reviewer}, {QStringLiteral("units"), d.units},
                                         {QStringLiteral("mean_deduction"), d.meanDeduction}, {QStringLiteral("drift"), d.drift}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("alpha_nominal"), number(r.alphaNominal)},
                                                {QStringLiteral("alpha_interval"), number(r.alphaInterval)},
                                                {QStringLiteral("percent"), number(r.percent)}, {QStringLiteral("units"), r.units},
                                                {QStringLiteral("pairs"), pairs}, {QStringLiteral("cases"), cases},
                                                {QStringLiteral("items"), items}, {QStringLiteral("reviewers"), reviewers}}));
        return ExitOk;
    }
    ctx.out << "units (file, item) with two or more answers: " << r.units << "\n"
            << "percent agreement " << fixed(r.percent) << ", Krippendorff's alpha nominal " << fixed(r.alphaNominal)
            << ", interval " << fixed(r.alphaInterval) << "\n";
    for (const PairAgreement &p : r.pairs)
        ctx.out << "  " << p.a << " / " << p.b << ": " << p.items << " shared, kappa " << fixed(p.kappa) << "\n";
    for (const FileAgreement &f : r.files)
        if (f.scoreGap > 1e-9 || f.gradeMismatch || !f.disputedItems.isEmpty())
            ctx.out << "  " << f.key << ": gap " << f.scoreGap << (f.gradeMismatch ? ", grades differ" : "") << ", disputed "
                    << f.disputedItems.join(QStringLiteral(", ")) << "\n";
    for (const ReviewerDrift &d : r.reviewers)
        ctx.out << "  " << d.reviewer << ": mean deduction " << QString::number(d.meanDeduction, 'f', 2) << ", drift "
                << QString::number(d.drift, 'f', 2) << "\n";
    ctx.out.flush();
    return ExitOk;
}

int status(CliContext &ctx, Workspace &ws, qint64 id)
{
    link(ctx, ws, id);
    const CampaignStatus s =
        waitFor(CampaignJobs::read(ws, [id](CampaignService &, CampaignProgress &progress) { return progress.status(id); }));
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("drawn"), s.drawn}, {QStringLiteral("assigned"), s.assigned},
                                                {QStringLiteral("reviewed"), s.reviewed}, {QStringLiteral("disputed"), s.disputed},
                                                {QStringLiteral("reconciled"), s.reconciled}, {QStringLiteral("signed"), s.signedFiles},
                                                {QStringLiteral("contested"), s.contested}}));
        return ExitOk;
    }
    ctx.out << "drawn " << s.drawn << ", assigned " << s.assigned << ", reviewed " << s.reviewed << ", disputed " << s.disputed
            << ", reconciled " << s.reconciled << ", signed " << s.signedFiles << ", contested " << s.contested << Qt::endl;
    return ExitOk;
}
} // namespace CampaignCommands
