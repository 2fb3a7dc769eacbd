// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign reviewers add|list`, `assign`, `agreement`, `status`: the review team of a
// campaign and how far it got. Catalogue rows are linked to stored cases (by case number)
// before assigning and before counting, so a PDF imported after the draw is found.
#include "campaigncommands.h"
#include "clicontext.h"
#include "commands.h"
#include "campaign/campaignprogress.h"
#include "campaign/campaignservice.h"

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
} // namespace

namespace CampaignCommands {
int reviewers(CliContext &ctx, Database &db, qint64 id)
{
    CampaignService service(db);
    const QString action = ctx.args.positional.value(1);
    if (action == QLatin1String("add")) {
        const CampaignReviewer r{ctx.args.value(QStringLiteral("name")), ctx.args.value(QStringLiteral("unit")),
                                 ctx.args.values(QStringLiteral("conflict")), ctx.args.value(QStringLiteral("specialty"))};
        if (r.name.trimmed().isEmpty() || r.unit.trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("campaign reviewers add needs --name NAME and --unit UNIT"));
        service.addReviewer(id, r, actor(ctx));
    } else if (action != QLatin1String("list")) {
        return ctx.usageError(QStringLiteral("campaign reviewers needs add or list, not '%1'").arg(action));
    }
    service.campaign(id);
    const auto pool = service.reviewers(id);
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

int assign(CliContext &ctx, Database &db, qint64 id)
{
    bool ok = false;
    const int perCase = ctx.args.value(QStringLiteral("per-case"), QStringLiteral("2")).toInt(&ok);
    if (!ok || perCase < 1)
        return ctx.usageError(QStringLiteral("--per-case must be a positive number of reviewers"));
    const QString seed = ctx.args.value(QStringLiteral("seed"));
    if (seed.isEmpty())
        return ctx.usageError(QStringLiteral("campaign assign needs --seed TEXT"));
    CampaignService service(db);
    service.link(id, actor(ctx));
    const AssignmentRecord a = service.assign(id, perCase, seed, actor(ctx));
    const DrawRecord d = service.recordedDraw(id, a.drawId);
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

int agreement(CliContext &ctx, Database &db, qint64 id)
{
    bool ok = true;
    const int minShared = ctx.args.value(QStringLiteral("min-shared"), QStringLiteral("20")).toInt(&ok);
    if (!ok || minShared < 1)
        return ctx.usageError(QStringLiteral("--min-shared must be a positive number of shared items"));
    CampaignService(db).link(id, actor(ctx));
    const AgreementReport r = CampaignProgress(db).agreement(id, minShared);
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

int status(CliContext &ctx, Database &db, qint64 id)
{
    CampaignService(db).link(id, actor(ctx));
    const CampaignStatus s = CampaignProgress(db).status(id);
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
