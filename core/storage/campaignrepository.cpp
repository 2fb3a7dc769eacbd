// SPDX-License-Identifier: GPL-3.0-or-later
// SQL of the campaign tables (schemacampaign.cpp). Lists (flags, conflicts, witnesses,
// warnings) are stored as JSON arrays, except flags, stored ';'-joined as in the catalogue.
#include "campaignrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace casereview {

namespace {
QString jsonList(const QStringList &l) { return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact)); }

QStringList listFrom(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

std::optional<qint64> optionalId(Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional(st.int64(column));
}
} // namespace

qint64 CampaignRepository::create(const CampaignRecord &c)
{
    Statement st = m_db.prepare(
        "INSERT INTO campaigns(name, legal_basis, scope, organiser, standard_id, standard_version, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.name).bind(2, c.legalBasis).bind(3, c.scope).bind(4, c.organiser).bind(5, c.standardId).bind(6, c.standardVersion);
    st.bind(7, c.createdAt).bind(8, c.createdBy).exec();
    const qint64 id = m_db.lastInsertId();
    Statement ph = m_db.prepare("INSERT INTO campaign_phases(campaign_id, phase, starts_on, ends_on) VALUES (?, ?, ?, ?)");
    for (const CampaignPhase &p : c.phases) {
        ph.bind(1, id).bind(2, p.phase).bind(3, p.starts.toString(Qt::ISODate)).bind(4, p.ends.toString(Qt::ISODate)).exec();
        ph.reset();
    }
    return id;
}

std::optional<CampaignRecord> CampaignRepository::get(qint64 campaignId)
{
    Statement st = m_db.prepare(
        "SELECT id, name, legal_basis, scope, organiser, standard_id, standard_version, population_source, population_sha256, "
        "created_at, created_by FROM campaigns WHERE id = ?");
    st.bind(1, campaignId);
    if (!st.step())
        return std::nullopt;
    CampaignRecord c{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), int(st.int64(6)),
                     st.text(7), st.text(8), st.text(9), st.text(10), {}};
    Statement ph = m_db.prepare("SELECT phase, starts_on, ends_on FROM campaign_phases WHERE campaign_id = ?");
    ph.bind(1, campaignId);
    while (ph.step())
        c.phases.push_back({ph.text(0), QDate::fromString(ph.text(1), Qt::ISODate), QDate::fromString(ph.text(2), Qt::ISODate)});
    std::sort(c.phases.begin(), c.phases.end(), [](const CampaignPhase &a, const CampaignPhase &b) {
        return CampaignPhases::keys().indexOf(a.phase) < CampaignPhases::keys().indexOf(b.phase);
    });
    return c;
}

void CampaignRepository::replacePopulation(qint64 campaignId, const std::vector<PopulationMember> &members, const QString &source,
                                           const QString &sha256)
{
    m_db.prepare("DELETE FROM campaign_population WHERE campaign_id = ?").bind(1, campaignId).exec();
    Statement st = m_db.prepare(
        "INSERT INTO campaign_population(campaign_id, member_key, case_id, catalogue_row, agency, case_no, case_type, decision_date, "
        "amount, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const PopulationMember &m : members) {
        st.bind(1, campaignId).bind(2, m.key).bind(3, m.caseId);
        st.bind(4, m.catalogueRow ? std::optional<qint64>(*m.catalogueRow) : std::nullopt);
        st.bind(5, m.agency).bind(6, m.caseNo).bind(7, m.caseType).bind(8, m.decisionDate).bind(9, m.amount);
        st.bind(10, m.flags.join(QLatin1Char(';'))).exec();
        st.reset();
    }
    m_db.prepare("UPDATE campaigns SET population_source = ?, population_sha256 = ? WHERE id = ?")
        .bind(1, source).bind(2, sha256).bind(3, campaignId).exec();
}

std::vector<PopulationMember> CampaignRepository::population(qint64 campaignId)
{
    Statement st = m_db.prepare(
        "SELECT member_key, case_id, catalogue_row, agency, case_no, case_type, decision_date, amount, flags "
        "FROM campaign_population WHERE campaign_id = ? ORDER BY member_key");
    st.bind(1, campaignId);
    std::vector<PopulationMember> out;
    while (st.step()) {
        PopulationMember m;
        m.key = st.text(0);
        m.caseId = optionalId(st, 1);
        if (!st.isNull(2))
            m.catalogueRow = int(st.int64(2));
        m.agency = st.text(3);
        m.caseNo = st.text(4);
        m.caseType = st.text(5);
        m.decisionDate = st.text(6);
        m.amount = st.text(7);
        m.flags = st.text(8).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        out.push_back(std::move(m));
    }
    return out;
}

int CampaignRepository::linkCatalogueRows(qint64 campaignId)
{
    // One pass over the stored case numbers joined on the population's case_no index.
    Statement st = m_db.prepare(
        "UPDATE campaign_population SET case_id = f.case_id FROM (SELECT value, min(case_id) AS case_id FROM fields "
        "WHERE key = 'case_no' GROUP BY value) AS f WHERE campaign_population.case_no = f.value AND campaign_population.campaign_id = ? "
        "AND campaign_population.case_id IS NULL");
    st.bind(1, campaignId).exec();
    Statement changes = m_db.prepare("SELECT changes()");
    changes.step();
    return int(changes.int64(0));
}

std::vector<PopulationMember> CampaignRepository::storeCases(const std::optional<std::vector<qint64>> &caseIds)
{
    Statement st = m_db.prepare(R"sql(
SELECT c.id,
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'case_no'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'agency'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'case_type'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'date.decision'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'fine_amount_yuan')
FROM cases c ORDER BY c.id)sql");
    std::vector<PopulationMember> out;
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (caseIds && std::find(caseIds->begin(), caseIds->end(), id) == caseIds->end())
            continue;
        PopulationMember m;
        m.caseId = id;
        m.caseNo = st.text(1);
        m.key = m.caseNo.isEmpty() ? QStringLiteral("case:%1").arg(id) : m.caseNo;
        m.agency = st.text(2);
        m.caseType = st.text(3);
        m.decisionDate = st.text(4);
        if (!st.isNull(5))
            m.amount = QString::number(st.real(5), 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
        out.push_back(std::move(m));
    }
    return out;
}

qint64 CampaignRepository::addDraw(const DrawRecord &d)
{
    Statement st = m_db.prepare(
        "INSERT INTO campaign_draws(campaign_id, algorithm, seed, spec, population_sha256, population_size, witnesses, warnings, "
        "drawn_at, drawn_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, d.campaignId).bind(2, d.algorithm).bind(3, d.spec.value(QStringLiteral("seed")).toString());
    st.bind(4, QString::fromUtf8(QJsonDocument(d.spec).toJson(QJsonDocument::Compact))).bind(5, d.populationSha256);
    st.bind(6, d.populationSize).bind(7, jsonList(d.witnesses)).bind(8, jsonList(d.warnings)).bind(9, d.drawnAt).bind(10, d.drawnBy).exec();
    const qint64 id = m_db.lastInsertId();
    Statement row = m_db.prepare("INSERT INTO campaign_drawn(draw_id, seq, member_key, stratum, reason, rank) VALUES (?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const DrawnMember &m : d.drawn) {
        row.bind(1, id).bind(2, ++seq).bind(3, m.key).bind(4, m.stratum);
        row.bind(5, m.mustInclude ? QStringLiteral("must_include") : QStringLiteral("random")).bind(6, m.rank).exec();
        row.reset();
    }
    return id;
}

std::optional<DrawRecord> CampaignRepository::draw(qint64 campaignId, std::optional<qint64> drawId)
{
    Statement st = m_db.prepare(
        "SELECT id, algorithm, spec, population_sha256, population_size, witnesses, warnings, drawn_at, drawn_by FROM campaign_draws "
        "WHERE campaign_id = ? AND (? IS NULL OR id = ?) ORDER BY id DESC LIMIT 1");
    st.bind(1, campaignId).bind(2, drawId).bind(3, drawId);
    if (!st.step())
        return std::nullopt;
    DrawRecord d;
    d.id = st.int64(0);
    d.campaignId = campaignId;
    d.algorithm = st.text(1);
    d.spec = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
    d.populationSha256 = st.text(3);
    d.populationSize = int(st.int64(4));
    d.witnesses = listFrom(st.text(5));
    d.warnings = listFrom(st.text(6));
    d.drawnAt = st.text(7);
    d.drawnBy = st.text(8);
    Statement rows = m_db.prepare(
        "SELECT d.member_key, p.case_id, p.catalogue_row, p.case_no, d.stratum, d.reason, d.rank FROM campaign_drawn d "
        "LEFT JOIN campaign_population p ON p.campaign_id = ? AND p.member_key = d.member_key WHERE d.draw_id = ? ORDER BY d.seq");
    rows.bind(1, campaignId).bind(2, d.id);
    while (rows.step()) {
        DrawnMember m;
        m.key = rows.text(0);
        m.caseId = optionalId(rows, 1);
        if (!rows.isNull(2))
            m.catalogueRow = int(rows.int64(2));
        m.caseNo = rows.text(3);
        m.stratum = rows.text(4);
        m.mustInclude = rows.text(5) == QLatin1String("must_include");
        m.rank = rows.text(6);
        d.drawn.push_back(std::move(m));
    }
    return d;
}

int CampaignRepository::drawCount(qint64 campaignId)
{
    Statement st = m_db.prepare("SELECT count(*) FROM campaign_draws WHERE campaign_id = ?");
    st.bind(1, campaignId).step();
    return int(st.int64(0));
}

void CampaignRepository::addReviewer(qint64 campaignId, const CampaignReviewer &r, const QString &at)
{
    m_db.prepare("INSERT INTO campaign_reviewers(campaign_id, name, unit, specialty, conflicts, added_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, campaignId).bind(2, r.name).bind(3, r.unit).bind(4, r.specialty).bind(5, jsonList(r.conflicts)).bind(6, at).exec();
}

std::vector<CampaignReviewer> CampaignRepository::reviewers(qint64 campaignId)
{
    Statement st = m_db.prepare("SELECT name, unit, conflicts, specialty FROM campaign_reviewers WHERE campaign_id = ? ORDER BY name");
    st.bind(1, campaignId);
    std::vector<CampaignReviewer> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), listFrom(st.text(2)), st.text(3)});
    return out;
}

qint64 CampaignRepository::addAssignment(const AssignmentRecord &a)
{
    m_db.prepare("INSERT INTO campaign_assignments(campaign_id, draw_id, algorithm, seed, per_case, assigned_at, assigned_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, a.campaignId).bind(2, a.drawId).bind(3, a.algorithm).bind(4, a.seed).bind(5, a.perCase).bind(6, a.assignedAt)
        .bind(7, a.assignedBy).exec();
    const qint64 id = m_db.lastInsertId();
    Statement st = m_db.prepare("INSERT INTO campaign_assigned(assignment_id, member_key, seq, reviewer) VALUES (?, ?, ?, ?)");
    for (const FileAssignment &f : a.files)
        for (int i = 0; i < f.reviewers.size(); ++i) {
            st.bind(1, id).bind(2, f.key).bind(3, i + 1).bind(4, f.reviewers[i]).exec();
            st.reset();
        }
    return id;
}

std::optional<AssignmentRecord> CampaignRepository::assignmentForDraw(qint64 drawId)
{
    Statement st = m_db.prepare(
        "SELECT id, campaign_id, algorithm, seed, per_case, assigned_at, assigned_by FROM campaign_assignments WHERE draw_id = ?");
    st.bind(1, drawId);
    if (!st.step())
        return std::nullopt;
    AssignmentRecord a{st.int64(0), st.int64(1), drawId, st.text(2), st.text(3), int(st.int64(4)), st.text(5), st.text(6), {}};
    Statement rows = m_db.prepare(
        "SELECT a.member_key, a.reviewer FROM campaign_assigned a JOIN campaign_drawn d ON d.draw_id = ? AND d.member_key = a.member_key "
        "WHERE a.assignment_id = ? ORDER BY d.seq, a.seq");
    rows.bind(1, drawId).bind(2, a.id);
    while (rows.step()) {
        if (a.files.empty() || a.files.back().key != rows.text(0))
            a.files.push_back({rows.text(0), {}});
        a.files.back().reviewers << rows.text(1);
    }
    return a;
}

std::map<qint64, BlindFile> CampaignRepository::blindFiles(std::optional<qint64> caseId, std::optional<qint64> campaignId)
{
    Statement st =
        m_db.prepare("SELECT p.case_id, a.reviewer, r.status FROM campaigns c "
                     "JOIN campaign_assignments asg ON asg.id = (SELECT max(id) FROM campaign_assignments WHERE campaign_id = c.id) "
                     "JOIN campaign_assigned a ON a.assignment_id = asg.id "
                     "JOIN campaign_population p ON p.campaign_id = c.id AND p.member_key = a.member_key "
                     "LEFT JOIN reviews r ON r.case_id = p.case_id AND r.reviewer = a.reviewer "
                     "WHERE p.case_id IS NOT NULL AND (?1 IS NULL OR p.case_id = ?1) AND (?2 IS NULL OR c.id = ?2) "
                     "ORDER BY p.case_id, c.id, a.seq");
    if (caseId)
        st.bind(1, *caseId);
    if (campaignId)
        st.bind(2, *campaignId);
    std::map<qint64, BlindFile> out;
    while (st.step()) {
        BlindFile &f = out[st.int64(0)];
        const QString reviewer = st.text(1);
        if (!f.assigned.contains(reviewer))
            f.assigned.append(reviewer);
        const QString status = st.isNull(2) ? QString() : st.text(2);
        if ((status == QLatin1String("submitted") || status == QLatin1String("signed")) && !f.submitted.contains(reviewer))
            f.submitted.append(reviewer);
    }
    return out;
}

} // namespace casereview
