// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign steps with their validation, transaction and audit row (see campaignservice.h).
#include "campaignservice.h"

#include "campaignerror.h"
#include "cataloguecsv.h"
#include "drawalgorithm.h"
#include "drawrecordbuilder.h"
#include "population.h"
#include "standards/standarderror.h"
#include "storage/auditrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/standardservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace casereview {

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

CampaignError invalid(const QString &m) { return CampaignError(CampaignError::Kind::Invalid, m); }

QJsonArray drawnJson(const std::vector<DrawnMember> &drawn)
{
    QJsonArray a;
    for (const DrawnMember &d : drawn)
        a.append(QJsonObject{{QStringLiteral("key"), d.key}, {QStringLiteral("stratum"), d.stratum},
                             {QStringLiteral("reason"), d.mustInclude ? QStringLiteral("must_include") : QStringLiteral("random")}});
    return a;
}
} // namespace

qint64 CampaignService::create(const CreateRequest &r)
{
    if (r.name.trimmed().isEmpty())
        throw invalid(QStringLiteral("a campaign needs a name"));
    QSet<QString> phases;
    for (const CampaignPhase &p : r.phases) {
        if (!CampaignPhases::keys().contains(p.phase))
            throw invalid(QStringLiteral("unknown phase '%1' (%2)").arg(p.phase, CampaignPhases::keys().join(QStringLiteral(", "))));
        if (!p.starts.isValid() || !p.ends.isValid() || p.ends < p.starts)
            throw invalid(QStringLiteral("phase %1 must start on or before its end").arg(p.phase));
        if (phases.contains(p.phase))
            throw invalid(QStringLiteral("phase %1 is given twice").arg(p.phase));
        phases.insert(p.phase);
    }
    StandardService standards(m_db);
    standards.ensureBuiltins();
    ReviewStandard standard;
    try {
        standard = standards.get(r.standardId, r.standardVersion);
    } catch (const StandardError &e) {
        throw CampaignError(CampaignError::Kind::NotFound, e.message());
    }
    CampaignRecord c;
    c.name = r.name.trimmed();
    c.legalBasis = r.legalBasis;
    c.scope = r.scope;
    c.organiser = r.organiser;
    c.standardId = standard.id;
    c.standardVersion = standard.version;
    c.createdAt = now();
    c.createdBy = r.actor;
    c.phases = r.phases;
    Transaction tx(m_db);
    const qint64 id = CampaignRepository(m_db).create(c);
    QJsonArray ph;
    for (const CampaignPhase &p : c.phases)
        ph.append(QJsonObject{{QStringLiteral("phase"), p.phase}, {QStringLiteral("starts"), p.starts.toString(Qt::ISODate)},
                              {QStringLiteral("ends"), p.ends.toString(Qt::ISODate)}});
    AuditRepository(m_db).append(r.actor, QStringLiteral("campaign"), QString::number(id), QStringLiteral("create"), QJsonValue(),
                                 QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("legal_basis"), c.legalBasis},
                                             {QStringLiteral("scope"), c.scope}, {QStringLiteral("organiser"), c.organiser},
                                             {QStringLiteral("standard"), QStringLiteral("%1@%2").arg(c.standardId).arg(c.standardVersion)},
                                             {QStringLiteral("phases"), ph}});
    tx.commit();
    return id;
}

CampaignRecord CampaignService::campaign(qint64 campaignId)
{
    auto c = CampaignRepository(m_db).get(campaignId);
    if (!c)
        throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("there is no campaign %1").arg(campaignId));
    return *c;
}

CampaignService::PopulationResult CampaignService::storePopulation(qint64 campaignId, std::vector<PopulationMember> members,
                                                                    const QString &source, const QString &encoding, const QString &actor)
{
    const CampaignRecord before = campaign(campaignId);
    CampaignRepository repo(m_db);
    if (const int draws = repo.drawCount(campaignId))
        throw CampaignError(CampaignError::Kind::Conflict,
                            QStringLiteral("campaign %1 has %2 recorded draw(s): its population cannot change any more; create a new campaign")
                                .arg(campaignId)
                                .arg(draws));
    if (members.empty())
        throw invalid(QStringLiteral("the population is empty"));
    members = Population::normalized(std::move(members));
    PopulationResult result{int(members.size()), Population::sha256(members), encoding, 0};
    Transaction tx(m_db);
    repo.replacePopulation(campaignId, members, source, result.sha256);
    result.linked = repo.linkCatalogueRows(campaignId);
    AuditRepository(m_db).append(actor, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("population"),
                                 before.populationSha256.isEmpty() ? QJsonValue()
                                                                   : QJsonObject{{QStringLiteral("source"), before.populationSource},
                                                                                 {QStringLiteral("population_sha256"), before.populationSha256}},
                                 QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("population"), result.size},
                                             {QStringLiteral("population_sha256"), result.sha256}, {QStringLiteral("linked"), result.linked}});
    tx.commit();
    return result;
}

CampaignService::PopulationResult CampaignService::populationFromCases(qint64 campaignId, const std::optional<std::vector<qint64>> &ids,
                                                                        const QString &actor)
{
    std::vector<PopulationMember> members = CampaignRepository(m_db).storeCases(ids);
    if (ids)
        for (qint64 id : *ids)
            if (std::none_of(members.begin(), members.end(), [&](const PopulationMember &m) { return m.caseId == id; }))
                throw CampaignError(CampaignError::Kind::NotFound, QStringLiteral("there is no case %1 in the store").arg(id));
    QString source = QStringLiteral("cases:all");
    if (ids) {
        QStringList words;
        for (qint64 id : *ids)
            words << QString::number(id);
        source = QStringLiteral("cases:") + words.join(QLatin1Char(','));
    }
    return storePopulation(campaignId, std::move(members), source, {}, actor);
}

CampaignService::PopulationResult CampaignService::populationFromCatalogue(qint64 campaignId, const QByteArray &csv, const QString &fileName,
                                                                            const QString &actor)
{
    const QString encoding = CatalogueCsv::decode(csv).encoding;
    std::vector<PopulationMember> members = CatalogueCsv::parse(csv);
    return storePopulation(campaignId, std::move(members), QStringLiteral("catalogue:%1 (%2)").arg(fileName, encoding), encoding, actor);
}

std::vector<PopulationMember> CampaignService::population(qint64 campaignId)
{
    campaign(campaignId);
    return CampaignRepository(m_db).population(campaignId);
}

DrawRecord CampaignService::draw(qint64 campaignId, const DrawSpec &spec, const QStringList &witnesses, const QString &actor)
{
    campaign(campaignId);
    const std::vector<PopulationMember> members = CampaignRepository(m_db).population(campaignId);
    if (members.empty())
        throw invalid(QStringLiteral("campaign %1 has no population yet: run campaign population first").arg(campaignId));
    const DrawOutcome outcome = DrawAlgorithm::run(members, spec);
    DrawRecord d;
    d.campaignId = campaignId;
    d.algorithm = QString::fromLatin1(DrawAlgorithm::name);
    d.spec = spec.toJson();
    d.populationSha256 = outcome.populationSha256;
    d.populationSize = int(members.size());
    d.witnesses = witnesses;
    d.warnings = outcome.warnings;
    d.drawnAt = now();
    d.drawnBy = actor;
    d.drawn = outcome.drawn;
    CampaignRepository repo(m_db);
    Transaction tx(m_db);
    const int earlier = repo.drawCount(campaignId);
    d.id = repo.addDraw(d);
    AuditRepository(m_db).append(actor, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("draw"), QJsonValue(),
                                 QJsonObject{{QStringLiteral("draw_id"), d.id}, {QStringLiteral("algorithm"), d.algorithm},
                                             {QStringLiteral("spec"), d.spec}, {QStringLiteral("population_sha256"), d.populationSha256},
                                             {QStringLiteral("witnesses"), QJsonArray::fromStringList(witnesses)},
                                             {QStringLiteral("earlier_draws"), earlier}, {QStringLiteral("drawn"), drawnJson(d.drawn)}});
    tx.commit();
    return d;
}

DrawRecord CampaignService::recordedDraw(qint64 campaignId, std::optional<qint64> drawId)
{
    campaign(campaignId);
    auto d = CampaignRepository(m_db).draw(campaignId, drawId);
    if (!d)
        throw CampaignError(CampaignError::Kind::NotFound, drawId ? QStringLiteral("campaign %1 has no draw %2").arg(campaignId).arg(*drawId)
                                                                  : QStringLiteral("campaign %1 has no draw yet").arg(campaignId));
    return *d;
}

CampaignService::Verification CampaignService::verifyDraw(qint64 campaignId, std::optional<qint64> drawId)
{
    Verification v;
    v.record = recordedDraw(campaignId, drawId);
    const std::vector<PopulationMember> members = Population::normalized(CampaignRepository(m_db).population(campaignId));
    v.populationSha256 = Population::sha256(members);
    if (v.populationSha256 != v.record.populationSha256)
        v.differences << QStringLiteral("the population's SHA-256 is %1, the draw recorded %2").arg(v.populationSha256, v.record.populationSha256);
    if (v.record.algorithm != QLatin1String(DrawAlgorithm::name))
        v.differences << QStringLiteral("the draw used algorithm %1, this program knows %2").arg(v.record.algorithm, QLatin1String(DrawAlgorithm::name));
    else {
        DrawOutcome outcome = DrawAlgorithm::run(members, DrawSpec::fromJson(v.record.spec));
        v.recomputed = std::move(outcome.drawn);
        v.strata = std::move(outcome.strata);
    }
    const size_t n = std::max(v.recomputed.size(), v.record.drawn.size());
    for (size_t i = 0; i < n && v.differences.size() < 20; ++i) {
        const QString was = i < v.record.drawn.size() ? v.record.drawn[i].key : QStringLiteral("(nothing)");
        const QString now = i < v.recomputed.size() ? v.recomputed[i].key : QStringLiteral("(nothing)");
        const bool sameReason = i < v.record.drawn.size() && i < v.recomputed.size() &&
                                v.record.drawn[i].mustInclude == v.recomputed[i].mustInclude && v.record.drawn[i].stratum == v.recomputed[i].stratum;
        if (was != now || !sameReason)
            v.differences << QStringLiteral("drawn #%1: recorded %2, recomputed %3").arg(i + 1).arg(was, now);
    }
    v.equal = v.differences.isEmpty();
    return v;
}

ReportDocument CampaignService::drawRecord(qint64 campaignId, std::optional<qint64> drawId)
{
    const Verification v = verifyDraw(campaignId, drawId);
    const bool rerunHolds = v.populationSha256 == v.record.populationSha256 && v.record.algorithm == QLatin1String(DrawAlgorithm::name);
    return DrawRecordBuilder::build(campaign(campaignId), v.record, rerunHolds ? std::optional(v.strata) : std::nullopt);
}

void CampaignService::addReviewer(qint64 campaignId, const CampaignReviewer &r, const QString &actor)
{
    campaign(campaignId);
    if (r.name.trimmed().isEmpty() || r.unit.trimmed().isEmpty())
        throw invalid(QStringLiteral("a reviewer needs a name and a unit"));
    for (const CampaignReviewer &known : reviewers(campaignId))
        if (known.name == r.name.trimmed())
            throw CampaignError(CampaignError::Kind::Conflict, QStringLiteral("reviewer %1 is already in campaign %2").arg(known.name).arg(campaignId));
    CampaignReviewer clean{r.name.trimmed(), r.unit.trimmed(), {}, r.specialty.trimmed()};
    for (const QString &c : r.conflicts)
        if (!c.trimmed().isEmpty() && !clean.conflicts.contains(c.trimmed()))
            clean.conflicts << c.trimmed();
    Transaction tx(m_db);
    CampaignRepository(m_db).addReviewer(campaignId, clean, now());
    AuditRepository(m_db).append(actor, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("reviewer"), QJsonValue(),
                                 QJsonObject{{QStringLiteral("name"), clean.name}, {QStringLiteral("unit"), clean.unit},
                                             {QStringLiteral("specialty"), clean.specialty},
                                             {QStringLiteral("conflicts"), QJsonArray::fromStringList(clean.conflicts)}});
    tx.commit();
}

std::vector<CampaignReviewer> CampaignService::reviewers(qint64 campaignId) { return CampaignRepository(m_db).reviewers(campaignId); }

AssignmentRecord CampaignService::assign(qint64 campaignId, int perCase, const QString &seed, const QString &actor)
{
    const DrawRecord d = recordedDraw(campaignId);
    CampaignRepository repo(m_db);
    if (repo.assignmentForDraw(d.id))
        throw CampaignError(CampaignError::Kind::Conflict, QStringLiteral("draw %1 of campaign %2 has its reviewers assigned already").arg(d.id).arg(campaignId));
    const std::vector<CampaignReviewer> pool = repo.reviewers(campaignId);
    if (pool.empty())
        throw CampaignError(CampaignError::Kind::NoReviewer, QStringLiteral("campaign %1 has no reviewers: add them with campaign reviewers add").arg(campaignId));
    std::map<QString, QString> agencyOf;
    for (const PopulationMember &m : repo.population(campaignId))
        agencyOf[m.key] = m.agency;
    std::vector<AssignmentFile> files;
    for (const DrawnMember &m : d.drawn)
        files.push_back({m.key, agencyOf[m.key]});
    AssignmentRecord a{0, campaignId, d.id, QString::fromLatin1(ReviewerAssignment::name), seed, perCase, now(), actor,
                       ReviewerAssignment::assign(files, pool, perCase, seed)};
    Transaction tx(m_db);
    a.id = repo.addAssignment(a);
    QJsonObject byFile;
    for (const FileAssignment &f : a.files)
        byFile.insert(f.key, QJsonArray::fromStringList(f.reviewers));
    AuditRepository(m_db).append(actor, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("assign"), QJsonValue(),
                                 QJsonObject{{QStringLiteral("assignment_id"), a.id}, {QStringLiteral("draw_id"), d.id},
                                             {QStringLiteral("algorithm"), a.algorithm}, {QStringLiteral("seed"), seed},
                                             {QStringLiteral("per_case"), perCase}, {QStringLiteral("files"), byFile}});
    tx.commit();
    return a;
}

int CampaignService::link(qint64 campaignId, const QString &actor)
{
    campaign(campaignId);
    Transaction tx(m_db);
    const int linked = CampaignRepository(m_db).linkCatalogueRows(campaignId);
    if (linked > 0)
        AuditRepository(m_db).append(actor, QStringLiteral("campaign"), QString::number(campaignId), QStringLiteral("link"), QJsonValue(),
                                     QJsonObject{{QStringLiteral("linked"), linked}});
    tx.commit();
    return linked;
}

} // namespace casereview
