// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardrepository.h"

#include "database.h"
#include "standards/standarderror.h"
#include "standards/standardjson.h"
#include "storageerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace casereview {

namespace {
ReviewStandard decode(const QString &id, int version, const QString &body)
{
    try {
        ReviewStandard s = StandardJson::fromJson(QJsonDocument::fromJson(body.toUtf8()).object());
        s.version = version;
        return s;
    } catch (const StandardError &e) {
        throw StorageError(StorageError::Kind::Integrity,
                           QStringLiteral("stored standard %1 version %2 cannot be read: %3").arg(id).arg(version).arg(e.message()));
    }
}
} // namespace

QString StandardRepository::contentSha256(const ReviewStandard &standard)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(StandardJson::canonicalBody(standard), QCryptographicHash::Sha256).toHex());
}

std::vector<StandardVersionInfo> StandardRepository::list(bool allVersions)
{
    const char *sql = allVersions
                          ? "SELECT standard_id, version, name, body, builtin, sha256, created_at, created_by "
                            "FROM standard_versions ORDER BY standard_id, version"
                          : "SELECT v.standard_id, v.version, v.name, v.body, v.builtin, v.sha256, v.created_at, v.created_by "
                            "FROM standard_versions v WHERE v.version = "
                            "(SELECT max(version) FROM standard_versions WHERE standard_id = v.standard_id) "
                            "ORDER BY v.standard_id";
    Statement st = m_db.prepare(sql);
    std::vector<StandardVersionInfo> out;
    while (st.step()) {
        const ReviewStandard s = decode(st.text(0), int(st.int64(1)), st.text(3));
        out.push_back({s.id, s.version, st.text(2), s.itemCount(), s.totalPoints, st.int64(4) != 0, st.text(5),
                       st.text(6), st.text(7)});
    }
    return out;
}

std::optional<ReviewStandard> StandardRepository::get(const QString &id, std::optional<int> version)
{
    const std::optional<int> v = version ? version : latestVersion(id);
    if (!v)
        return std::nullopt;
    Statement st = m_db.prepare("SELECT body FROM standard_versions WHERE standard_id = ? AND version = ?");
    st.bind(1, id).bind(2, *v);
    if (!st.step())
        return std::nullopt;
    return decode(id, *v, st.text(0));
}

std::optional<int> StandardRepository::latestVersion(const QString &id)
{
    Statement st = m_db.prepare("SELECT max(version) FROM standard_versions WHERE standard_id = ?");
    st.bind(1, id);
    if (st.step() && !st.isNull(0))
        return int(st.int64(0));
    return std::nullopt;
}

std::optional<int> StandardRepository::versionWithSha(const QString &id, const QString &sha256)
{
    Statement st = m_db.prepare(
        "SELECT max(version) FROM standard_versions WHERE standard_id = ? AND sha256 = ?");
    st.bind(1, id).bind(2, sha256);
    if (st.step() && !st.isNull(0))
        return int(st.int64(0));
    return std::nullopt;
}

int StandardRepository::addVersion(const ReviewStandard &standard, const QString &actor, bool builtin)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.prepare("INSERT OR IGNORE INTO standards(id, created_at) VALUES (?, ?)").bind(1, standard.id).bind(2, now).exec();
    const int version = latestVersion(standard.id).value_or(0) + 1;
    m_db.prepare("INSERT INTO standard_versions(standard_id, version, name, body, sha256, builtin, created_at, created_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, standard.id)
        .bind(2, version)
        .bind(3, standard.nameZh)
        .bind(4, QString::fromUtf8(StandardJson::canonicalBody(standard)))
        .bind(5, contentSha256(standard))
        .bind(6, builtin ? 1 : 0)
        .bind(7, now)
        .bind(8, actor)
        .exec();
    return version;
}

} // namespace casereview
