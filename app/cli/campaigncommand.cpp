// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign create|population|draw|verify-draw|draw-record|show`: a review campaign's record steps through
// CampaignService. The draw prints everything needed to re-run it (algorithm, seed, spec,
// population SHA-256); `show --population-out FILE` writes the canonical population list the
// SHA-256 is taken over, and `verify-draw` re-runs the recorded draw (exit 0 only when equal).
#include "campaign/campaignreportloader.h"
#include "campaign/population.h"
#include "campaign/populationmember.h"
#include "campaigncommands.h"
#include "campaignjobs.h"
#include "clicontext.h"
#include "commands.h"
#include "futurewait.h"
#include "reportoutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace casereview;

namespace {
QJsonObject drawnJson(const DrawnMember &d)
{
    QJsonObject o{{QStringLiteral("case_no"), d.caseNo.isEmpty() ? QJsonValue(d.key) : QJsonValue(d.caseNo)},
                  {QStringLiteral("stratum"), d.stratum},
                  {QStringLiteral("reason"), d.mustInclude ? QStringLiteral("must_include") : QStringLiteral("random")},
                  {QStringLiteral("rank"), d.rank}};
    if (d.caseId)
        o.insert(QStringLiteral("case_id"), *d.caseId);
    if (d.catalogueRow)
        o.insert(QStringLiteral("catalogue_row"), *d.catalogueRow);
    return o;
}

QJsonObject drawJson(const DrawRecord &d)
{
    QJsonArray drawn;
    for (const DrawnMember &m : d.drawn)
        drawn.append(drawnJson(m));
    return {{QStringLiteral("draw_id"), d.id},
            {QStringLiteral("seed"), d.spec.value(QStringLiteral("seed"))},
            {QStringLiteral("algorithm"), d.algorithm},
            {QStringLiteral("spec"), d.spec},
            {QStringLiteral("population"), d.populationSize},
            {QStringLiteral("population_sha256"), d.populationSha256},
            {QStringLiteral("witnesses"), QJsonArray::fromStringList(d.witnesses)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)},
            {QStringLiteral("drawn_at"), d.drawnAt},
            {QStringLiteral("drawn_by"), d.drawnBy},
            {QStringLiteral("drawn"), drawn}};
}

void printDraw(CliContext &ctx, const DrawRecord &d)
{
    ctx.out << "draw " << d.id << " (" << d.algorithm << "), seed \"" << d.spec.value(QStringLiteral("seed")).toString() << "\"\n"
            << "parameters: " << QString::fromUtf8(QJsonDocument(d.spec).toJson(QJsonDocument::Compact)) << "\n"
            << "population: " << d.populationSize << " files, SHA-256 " << d.populationSha256 << "\n";
    if (!d.witnesses.isEmpty())
        ctx.out << "witnesses: " << d.witnesses.join(QStringLiteral(", ")) << "\n";
    for (const QString &w : d.warnings)
        ctx.out << "warning: " << w << "\n";
    for (const DrawnMember &m : d.drawn)
        ctx.out << "  " << m.stratum << "  " << (m.caseNo.isEmpty() ? m.key : m.caseNo) << "  "
                << (m.mustInclude ? "must_include" : "random")
                << (m.caseId ? QStringLiteral("  case %1").arg(*m.caseId) : QStringLiteral("  (not in the store yet)")) << "\n";
    ctx.out << counted(qint64(d.drawn.size()), "file", "files") << " drawn" << Qt::endl;
}

int create(CliContext &ctx, Workspace &ws)
{
    CampaignService::CreateRequest r;
    r.name = ctx.args.value(QStringLiteral("name"));
    r.standardId = ctx.args.value(QStringLiteral("standard"));
    if (r.name.trimmed().isEmpty() || r.standardId.isEmpty())
        return ctx.usageError(QStringLiteral("campaign create needs --name NAME and --standard ID"));
    if (ctx.args.has(QStringLiteral("version"))) {
        bool ok = false;
        r.standardVersion = ctx.args.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || *r.standardVersion < 1)
            return ctx.usageError(QStringLiteral("--version must be a positive number"));
    }
    r.legalBasis = ctx.args.value(QStringLiteral("basis"));
    r.scope = ctx.args.value(QStringLiteral("scope"));
    r.organiser = ctx.args.value(QStringLiteral("organiser"));
    for (const QString &w : ctx.args.values(QStringLiteral("phase"))) {
        const QStringList parts = w.split(QLatin1Char(':'));
        const QString key = CampaignPhases::from(parts.value(0));
        const QDate starts = QDate::fromString(parts.value(1), Qt::ISODate), ends = QDate::fromString(parts.value(2), Qt::ISODate);
        if (parts.size() != 3 || key.isEmpty() || !starts.isValid() || !ends.isValid())
            return ctx.usageError(QStringLiteral("--phase takes PHASE:YYYY-MM-DD:YYYY-MM-DD with PHASE one of %1 (or 自查, 抽取, 评查, 复核, 反馈, "
                                                 "异议, 整改, 回头看), not '%2'")
                                      .arg(CampaignPhases::keys().join(QLatin1Char(',')), w));
        r.phases.push_back({key, starts, ends});
    }
    r.actor = CampaignCommands::actor(ctx);
    const auto [id, c] = waitFor(CampaignJobs::write(ws, [r](CampaignService &service) {
        const qint64 created = service.create(r);
        return std::pair(created, service.campaign(created));
    }));
    if (ctx.json())
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("campaign_id"), id}, {QStringLiteral("name"), c.name},
                                                {QStringLiteral("standard"), c.standardId}, {QStringLiteral("version"), c.standardVersion}}));
    else
        ctx.out << "campaign " << id << " created: " << c.name << " (" << c.standardId << " v" << c.standardVersion << ")" << Qt::endl;
    return ExitOk;
}

int population(CliContext &ctx, Workspace &ws, qint64 id)
{
    const bool cases = ctx.args.has(QStringLiteral("cases")), catalogue = ctx.args.has(QStringLiteral("catalogue"));
    if (cases == catalogue)
        return ctx.usageError(QStringLiteral("campaign population needs one of --cases all|ID,ID… or --catalogue FILE.csv"));
    CampaignService::PopulationResult r;
    if (catalogue) {
        const QString file = ctx.args.value(QStringLiteral("catalogue"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.failure(QStringLiteral("cannot read the catalogue %1").arg(file));
        r = waitFor(CampaignJobs::write(ws, [id, csv = f.readAll(), file, by = CampaignCommands::actor(ctx)](CampaignService &service) {
            return service.populationFromCatalogue(id, csv, file, by);
        }));
    } else {
        std::optional<std::vector<qint64>> ids;
        const QString w = ctx.args.value(QStringLiteral("cases"));
        if (w != QLatin1String("all")) {
            ids.emplace();
            for (const QString &part : w.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto caseId = CampaignCommands::positiveId(part.trimmed());
                if (!caseId)
                    return ctx.usageError(QStringLiteral("--cases takes all or CASE_ID,CASE_ID…, not '%1'").arg(w));
                ids->push_back(*caseId);
            }
            if (ids->empty())
                return ctx.usageError(QStringLiteral("--cases takes all or CASE_ID,CASE_ID…"));
        }
        r = waitFor(CampaignJobs::write(ws, [id, ids, by = CampaignCommands::actor(ctx)](CampaignService &service) {
            return service.populationFromCases(id, ids, by);
        }));
    }
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("population"), r.size}, {QStringLiteral("population_sha256"), r.sha256}, {QStringLiteral("linked"), r.linked}};
        if (!r.encoding.isEmpty())
            o.insert(QStringLiteral("encoding"), r.encoding);
        ctx.printJson(QJsonDocument(o));
    } else {
        ctx.out << "population: " << counted(r.size, "file", "files") << ", SHA-256 " << r.sha256;
        if (!r.encoding.isEmpty())
            ctx.out << " (catalogue read as " << r.encoding << ", " << r.linked << " in the store)";
        ctx.out << Qt::endl;
    }
    return ExitOk;
}

int draw(CliContext &ctx, Workspace &ws, qint64 id)
{
    DrawSpec spec;
    spec.seed = ctx.args.value(QStringLiteral("seed"));
    if (spec.seed.isEmpty())
        return ctx.usageError(QStringLiteral("campaign draw needs --seed TEXT (announce it before the draw, e.g. a lottery result)"));
    const bool ratio = ctx.args.has(QStringLiteral("ratio")), count = ctx.args.has(QStringLiteral("count"));
    if (ratio == count)
        return ctx.usageError(QStringLiteral("campaign draw needs one of --ratio R or --count N"));
    if (ratio) {
        QString error;
        spec.ratioText = ctx.args.value(QStringLiteral("ratio"));
        const auto r = DrawSpec::parseRatio(spec.ratioText, &error);
        if (!r)
            return ctx.usageError(QStringLiteral("--ratio: %1").arg(error));
        spec.ratioNumerator = r->first;
        spec.ratioDenominator = r->second;
    } else {
        spec.byRatio = false;
        bool ok = false;
        spec.count = ctx.args.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || spec.count < 1)
            return ctx.usageError(QStringLiteral("--count must be a positive number of files per stratum"));
    }
    if (ctx.args.has(QStringLiteral("min"))) {
        bool ok = false;
        spec.minimum = ctx.args.value(QStringLiteral("min")).toInt(&ok);
        if (!ok || spec.minimum < 0)
            return ctx.usageError(QStringLiteral("--min must be a number of files, 0 or more"));
    }
    for (const QString &w : ctx.args.value(QStringLiteral("strata")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString c = PopulationMember::canonicalColumn(w);
        if (c.isEmpty())
            return ctx.usageError(QStringLiteral("--strata: unknown column '%1' (agency, case_type, decision_date, decision_year, amount, flags)").arg(w));
        spec.strata << c;
    }
    spec.mustInclude = ctx.args.values(QStringLiteral("must-include"));
    spec.exclude = ctx.args.values(QStringLiteral("exclude"));
    const DrawRecord d =
        waitFor(CampaignJobs::write(ws,
                                    [id, spec, witnesses = ctx.args.values(QStringLiteral("witness")), by = CampaignCommands::actor(ctx)](
                                        CampaignService &service) { return service.draw(id, spec, witnesses, by); }));
    for (const QString &w : d.warnings)
        ctx.err << "warning: " << w << Qt::endl;
    if (ctx.json())
        ctx.printJson(QJsonDocument(drawJson(d)));
    else
        printDraw(ctx, d);
    return ExitOk;
}

std::optional<qint64> drawOption(CliContext &ctx, bool *bad)
{
    *bad = false;
    if (!ctx.args.has(QStringLiteral("draw")))
        return std::nullopt;
    const auto d = CampaignCommands::positiveId(ctx.args.value(QStringLiteral("draw")));
    *bad = !d;
    return d;
}

int verifyDraw(CliContext &ctx, Workspace &ws, qint64 id)
{
    bool bad = false;
    const auto drawId = drawOption(ctx, &bad);
    if (bad)
        return ctx.usageError(QStringLiteral("--draw takes a draw ID"));
    const auto v = waitFor(
        CampaignJobs::read(ws, [id, drawId](CampaignService &service, CampaignProgress &) { return service.verifyDraw(id, drawId); }));
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("equal"), v.equal}, {QStringLiteral("draw_id"), v.record.id},
                                                {QStringLiteral("algorithm"), v.record.algorithm},
                                                {QStringLiteral("recorded_population_sha256"), v.record.populationSha256},
                                                {QStringLiteral("population_sha256"), v.populationSha256},
                                                {QStringLiteral("drawn"), qint64(v.recomputed.size())},
                                                {QStringLiteral("differences"), QJsonArray::fromStringList(v.differences)}}));
    } else {
        for (const QString &d : v.differences)
            ctx.out << "differs: " << d << "\n";
        ctx.out << "draw " << v.record.id << (v.equal ? ": recomputed, identical" : ": recomputed, NOT identical") << Qt::endl;
    }
    return v.equal ? ExitOk : ExitSomeFailed;
}

// `campaign draw-record CAMPAIGN [--draw ID] --out FILE.pdf`: the printable 抽取记录.
int drawRecord(CliContext &ctx, Workspace &ws, qint64 id)
{
    bool bad = false;
    const auto drawId = drawOption(ctx, &bad);
    if (bad)
        return ctx.usageError(QStringLiteral("--draw takes a draw ID"));
    QString error;
    const QString out = ReportOutput::outPath(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    const ReportDocument doc = waitFor(
        CampaignJobs::read(ws, [id, drawId](CampaignService &service, CampaignProgress &) { return service.drawRecord(id, drawId); }));
    return ReportOutput::write(ctx, ws, doc, out);
}

// `campaign report CAMPAIGN --out FILE.pdf [--bureau NAME] [--deadline YYYY-MM-DD]`: the
// campaign's 评查报告 — how it was run (draw, cross review, agreement, reconciliation) and its
// files' joint results.
int report(CliContext &ctx, Workspace &ws, qint64 id)
{
    QString error;
    const QString out = ReportOutput::outPath(ctx, &error);
    if (!error.isEmpty())
        return ctx.usageError(error);
    CampaignReportBuilder::Options options;
    if (ctx.args.has(QStringLiteral("deadline"))) {
        options.deadline = QDate::fromString(ctx.args.value(QStringLiteral("deadline")), Qt::ISODate);
        if (!options.deadline.isValid())
            return ctx.usageError(QStringLiteral("--deadline must be a date YYYY-MM-DD"));
    }
    options.organiser = ctx.args.value(QStringLiteral("bureau"));
    const ReportDocument doc =
        waitFor(ws.read([id, options](Database &db) { return refusedAs([&] { return CampaignReportLoader(db).report(id, options); }); }));
    return ReportOutput::write(ctx, ws, doc, out);
}

int show(CliContext &ctx, Workspace &ws, qint64 id)
{
    bool bad = false;
    const auto drawId = drawOption(ctx, &bad);
    if (bad)
        return ctx.usageError(QStringLiteral("--draw takes a draw ID"));
    const bool listWanted = ctx.args.has(QStringLiteral("population-out"));
    // the campaign and its canonical population list first: the list is written before the draw is looked up
    const auto [c, list] = waitFor(CampaignJobs::read(ws, [id, listWanted](CampaignService &service, CampaignProgress &) {
        CampaignRecord record = service.campaign(id);
        return std::pair(record, listWanted ? Population::canonicalList(Population::normalized(service.population(id))) : QByteArray());
    }));
    if (listWanted) {
        QFile f(ctx.args.value(QStringLiteral("population-out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(list) < 0)
            return ctx.failure(QStringLiteral("cannot write %1").arg(f.fileName()));
    }
    std::optional<DrawRecord> d;
    if (drawId || !c.populationSha256.isEmpty())
        d = waitFor(CampaignJobs::read(ws, [id, drawId](CampaignService &service, CampaignProgress &) -> std::optional<DrawRecord> {
            try {
                return service.recordedDraw(id, drawId);
            } catch (const CampaignError &) {
                if (drawId)
                    throw;
            }
            return std::nullopt;
        }));
    QJsonArray phases;
    for (const CampaignPhase &p : c.phases)
        phases.append(QJsonObject{{QStringLiteral("phase"), p.phase}, {QStringLiteral("phase_zh"), CampaignPhases::zh(p.phase)},
                                  {QStringLiteral("starts"), p.starts.toString(Qt::ISODate)}, {QStringLiteral("ends"), p.ends.toString(Qt::ISODate)}});
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("campaign_id"), id}, {QStringLiteral("name"), c.name}, {QStringLiteral("legal_basis"), c.legalBasis},
            {QStringLiteral("scope"), c.scope}, {QStringLiteral("organiser"), c.organiser}, {QStringLiteral("standard"), c.standardId},
            {QStringLiteral("version"), c.standardVersion}, {QStringLiteral("phases"), phases},
            {QStringLiteral("population_source"), c.populationSource}, {QStringLiteral("population_sha256"), c.populationSha256},
            {QStringLiteral("draw"), d ? QJsonValue(drawJson(*d)) : QJsonValue()}}));
        return ExitOk;
    }
    ctx.out << "campaign " << id << ": " << c.name << " (" << c.standardId << " v" << c.standardVersion << ")\n";
    for (const CampaignPhase &p : c.phases)
        ctx.out << "  " << CampaignPhases::zh(p.phase) << " " << p.starts.toString(Qt::ISODate) << " – " << p.ends.toString(Qt::ISODate) << "\n";
    ctx.out << "population: " << (c.populationSource.isEmpty() ? QStringLiteral("not set") : c.populationSource + QStringLiteral(", SHA-256 ") + c.populationSha256)
            << Qt::endl;
    if (d)
        printDraw(ctx, *d);
    return ExitOk;
}
} // namespace

namespace CampaignCommands {
std::optional<qint64> positiveId(const QString &word)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

QString actor(CliContext &ctx) { return ctx.args.value(QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("cli"))); }
} // namespace CampaignCommands

int runCampaign(CliContext &ctx)
{
    const QStringList &pos = ctx.args.positional;
    const QString sub = pos.value(0);
    static const QStringList actions{QStringLiteral("create"),      QStringLiteral("population"),  QStringLiteral("draw"),
                                     QStringLiteral("verify-draw"), QStringLiteral("draw-record"), QStringLiteral("show"),
                                     QStringLiteral("reviewers"),   QStringLiteral("assign"),      QStringLiteral("agreement"),
                                     QStringLiteral("status"),      QStringLiteral("disputes"),    QStringLiteral("reconcile"),
                                     QStringLiteral("sign"),        QStringLiteral("report")};
    static const QStringList fileActions{QStringLiteral("disputes"), QStringLiteral("reconcile"), QStringLiteral("sign")};
    if (!actions.contains(sub))
        return ctx.usageError(QStringLiteral("campaign needs one of %1").arg(actions.join(QStringLiteral(", "))));
    const int idAt = sub == QLatin1String("reviewers") ? 2 : 1;
    const int expected = sub == QLatin1String("create") ? 1 : fileActions.contains(sub) ? 3 : idAt + 1;
    if (pos.size() != expected)
        return ctx.usageError(sub == QLatin1String("create") ? QStringLiteral("campaign create takes no further words")
                                  : sub == QLatin1String("reviewers")
                                  ? QStringLiteral("campaign reviewers needs add|list and a CAMPAIGN id")
                                  : fileActions.contains(sub) ? QStringLiteral("campaign %1 needs a CAMPAIGN id and a CASE_ID").arg(sub)
                                                              : QStringLiteral("campaign %1 needs one CAMPAIGN id").arg(sub));
    std::optional<qint64> id;
    if (sub != QLatin1String("create") && !(id = CampaignCommands::positiveId(pos[idAt])))
        return ctx.usageError(QStringLiteral("CAMPAIGN must be a positive number, not '%1'").arg(pos[idAt]));
    Workspace *ws = ctx.workspace();
    if (!ws)
        return ExitSomeFailed;
    // a CampaignError ends at main()'s edge as "error: …" (CampaignJobs)
    if (sub == QLatin1String("create"))
        return create(ctx, *ws);
    if (sub == QLatin1String("population"))
        return population(ctx, *ws, *id);
    if (sub == QLatin1String("draw"))
        return draw(ctx, *ws, *id);
    if (sub == QLatin1String("verify-draw"))
        return verifyDraw(ctx, *ws, *id);
    if (sub == QLatin1String("draw-record"))
        return drawRecord(ctx, *ws, *id);
    if (sub == QLatin1String("show"))
        return show(ctx, *ws, *id);
    if (sub == QLatin1String("report"))
        return report(ctx, *ws, *id);
    if (sub == QLatin1String("reviewers"))
        return CampaignCommands::reviewers(ctx, *ws, *id);
    if (sub == QLatin1String("assign"))
        return CampaignCommands::assign(ctx, *ws, *id);
    if (sub == QLatin1String("agreement"))
        return CampaignCommands::agreement(ctx, *ws, *id);
    if (sub == QLatin1String("disputes"))
        return CampaignCommands::disputes(ctx, *ws, *id);
    if (sub == QLatin1String("reconcile"))
        return CampaignCommands::reconcile(ctx, *ws, *id);
    if (sub == QLatin1String("sign"))
        return CampaignCommands::sign(ctx, *ws, *id);
    return CampaignCommands::status(ctx, *ws, *id);
}
