// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrepository.h"

#include "database.h"
#include "storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace casereview {

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString evidenceJson(const std::vector<Evidence> &evidence)
{
    QJsonArray arr;
    for (const Evidence &e : evidence)
        arr.append(QJsonObject{{QStringLiteral("page"), e.page}, {QStringLiteral("snippet"), e.snippet}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

std::vector<Evidence> evidenceFromJson(const QString &json)
{
    std::vector<Evidence> out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.push_back({v[QLatin1String("page")].toInt(), v[QLatin1String("snippet")].toString()});
    return out;
}

const char *const kSelect =
    "SELECT f.id, f.case_id, f.rule, f.fact_key, f.severity, f.dimension, f.legal_basis, f.message, f.item, "
    "f.evidence, f.profile, f.diagnosed_at, d.verdict, d.reason, d.reviewer, d.decided_at, f.reader "
    "FROM findings f LEFT JOIN finding_decisions d "
    "ON d.case_id = f.case_id AND d.rule = f.rule AND d.fact_key = f.fact_key ";

StoredFinding readRow(Statement &st)
{
    StoredFinding s;
    s.id = st.int64(0);
    s.caseId = st.int64(1);
    s.finding.rule = st.text(2);
    s.finding.key = st.text(3);
    s.finding.severity = severityFromKey(st.text(4)).value_or(Severity::Hint);
    s.finding.dimension = dimensionFromKey(st.text(5)).value_or(Dimension::Procedure);
    s.finding.legalBasis = st.text(6);
    s.finding.message = st.text(7);
    s.finding.item = st.text(8);
    s.finding.evidence = evidenceFromJson(st.text(9));
    s.profile = st.text(10);
    s.diagnosedAt = QDateTime::fromString(st.text(11), Qt::ISODateWithMs);
    s.finding.reader = st.text(16);  // null for findings stored before schema 10
    if (!st.isNull(12))
        s.decision = FindingDecision{st.text(12) == QLatin1String("accept") ? FindingVerdict::Accept : FindingVerdict::Dismiss,
                                     st.text(13), st.text(14), QDateTime::fromString(st.text(15), Qt::ISODateWithMs)};
    return s;
}
} // namespace

bool FindingRepository::available()
{
    Statement st = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'findings'");
    return st.step();
}

void FindingRepository::replace(qint64 caseId, const std::vector<Finding> &findings, const QString &profile)
{
    Transaction tx(m_db);
    m_db.prepare("DELETE FROM findings WHERE case_id = ?").bind(1, caseId).exec();
    Statement insert = m_db.prepare(
        "INSERT INTO findings(case_id, seq, rule, fact_key, severity, dimension, legal_basis, message, item, evidence, "
        "profile, diagnosed_at, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString at = now();
    QSet<QString> keys;
    int seq = 0;
    for (const Finding &f : findings) {
        QString key = f.key;
        for (int n = 2; keys.contains(f.rule + u'\x1f' + key); ++n)
            key = f.key + QStringLiteral("#%1").arg(n);
        keys.insert(f.rule + u'\x1f' + key);
        insert.bind(1, caseId).bind(2, seq++).bind(3, f.rule).bind(4, key).bind(5, severityKey(f.severity))
            .bind(6, dimensionKey(f.dimension)).bind(7, f.legalBasis).bind(8, f.message).bind(9, f.item)
            .bind(10, evidenceJson(f.evidence)).bind(11, profile).bind(12, at);
        if (f.reader.isEmpty())
            insert.bindNull(13);
        else
            insert.bind(13, f.reader);
        insert.exec();
        insert.reset();
    }
    Statement orphans = m_db.prepare(
        "SELECT rule, fact_key FROM finding_decisions d WHERE case_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM findings f WHERE f.case_id = d.case_id AND f.rule = d.rule AND f.fact_key = d.fact_key)");
    orphans.bind(1, caseId);
    std::vector<std::pair<QString, QString>> gone;
    while (orphans.step())
        gone.emplace_back(orphans.text(0), orphans.text(1));
    for (const auto &[rule, key] : gone) {
        log(caseId, rule, key, QStringLiteral("dropped"), QStringLiteral("finding no longer holds after re-diagnosis"), {});
        m_db.prepare("DELETE FROM finding_decisions WHERE case_id = ? AND rule = ? AND fact_key = ?")
            .bind(1, caseId).bind(2, rule).bind(3, key).exec();
    }
    tx.commit();
}

std::vector<StoredFinding> FindingRepository::list(qint64 caseId)
{
    Statement st = m_db.prepare((QByteArray(kSelect) + "WHERE f.case_id = ? ORDER BY f.seq").constData());
    st.bind(1, caseId);
    std::vector<StoredFinding> out;
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

std::map<qint64, std::vector<StoredFinding>> FindingRepository::listAll()
{
    Statement st = m_db.prepare((QByteArray(kSelect) + "ORDER BY f.case_id, f.seq").constData());
    std::map<qint64, std::vector<StoredFinding>> out;
    while (st.step()) {
        StoredFinding f = readRow(st);
        out[f.caseId].push_back(std::move(f));
    }
    return out;
}

std::map<qint64, int> FindingRepository::openCounts(std::optional<qint64> caseId)
{
    std::map<qint64, int> out;
    if (!available())
        return out;
    Statement st = m_db.prepare(
        caseId ? "SELECT f.case_id, count(*) FROM findings f WHERE f.case_id = ?1 AND f.severity <> 'hint' AND NOT EXISTS "
                 "(SELECT 1 FROM finding_decisions d WHERE d.case_id = f.case_id AND d.rule = f.rule AND d.fact_key = f.fact_key) "
                 "GROUP BY f.case_id"
               : "SELECT f.case_id, count(*) FROM findings f WHERE f.severity <> 'hint' AND NOT EXISTS (SELECT 1 FROM "
                 "finding_decisions d WHERE d.case_id = f.case_id AND d.rule = f.rule AND d.fact_key = f.fact_key) GROUP BY f.case_id");
    if (caseId)
        st.bind(1, *caseId);
    while (st.step())
        out[st.int64(0)] = int(st.int64(1));
    return out;
}

std::optional<StoredFinding> FindingRepository::get(qint64 findingId)
{
    Statement st = m_db.prepare((QByteArray(kSelect) + "WHERE f.id = ?").constData());
    st.bind(1, findingId);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

void FindingRepository::decide(qint64 findingId, FindingVerdict verdict, const QString &reason, const QString &reviewer)
{
    const auto f = get(findingId);
    if (!f)
        throw StorageError(StorageError::Kind::NotFound, QStringLiteral("no finding %1").arg(findingId));
    if (verdict == FindingVerdict::Dismiss && reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Integrity, QStringLiteral("dismissing a finding needs a reason"));
    Transaction tx(m_db);
    m_db.prepare("INSERT OR REPLACE INTO finding_decisions(case_id, rule, fact_key, verdict, reason, reviewer, decided_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, f->caseId).bind(2, f->finding.rule).bind(3, f->finding.key).bind(4, findingVerdictKey(verdict))
        .bind(5, reason).bind(6, reviewer).bind(7, now())
        .exec();
    log(f->caseId, f->finding.rule, f->finding.key, findingVerdictKey(verdict), reason, reviewer);
    tx.commit();
}

void FindingRepository::reopen(qint64 findingId, const QString &reviewer)
{
    const auto f = get(findingId);
    if (!f)
        throw StorageError(StorageError::Kind::NotFound, QStringLiteral("no finding %1").arg(findingId));
    Transaction tx(m_db);
    m_db.prepare("DELETE FROM finding_decisions WHERE case_id = ? AND rule = ? AND fact_key = ?")
        .bind(1, f->caseId).bind(2, f->finding.rule).bind(3, f->finding.key).exec();
    log(f->caseId, f->finding.rule, f->finding.key, QStringLiteral("reopen"), {}, reviewer);
    tx.commit();
}

std::vector<FindingAuditEntry> FindingRepository::audit(qint64 caseId)
{
    Statement st = m_db.prepare("SELECT rule, fact_key, action, reason, reviewer, at FROM finding_audit WHERE case_id = ? ORDER BY id");
    st.bind(1, caseId);
    std::vector<FindingAuditEntry> out;
    while (st.step())
        out.push_back({caseId, st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                       QDateTime::fromString(st.text(5), Qt::ISODateWithMs)});
    return out;
}

void FindingRepository::log(qint64 caseId, const QString &rule, const QString &key, const QString &action,
                            const QString &reason, const QString &reviewer)
{
    m_db.prepare("INSERT INTO finding_audit(case_id, rule, fact_key, action, reason, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, caseId).bind(2, rule).bind(3, key).bind(4, action).bind(5, reason).bind(6, reviewer).bind(7, now())
        .exec();
}

} // namespace casereview
