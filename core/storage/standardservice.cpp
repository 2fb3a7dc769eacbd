// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardservice.h"

#include "standards/builtinstandards.h"
#include "standards/standarderror.h"
#include "standards/standardjson.h"
#include "auditrepository.h"
#include "database.h"

#include <QJsonObject>

namespace casereview {

namespace {
const QString kSystemActor = QStringLiteral("system");
}

std::vector<StandardImport> StandardService::store(const std::vector<ReviewStandard> &standards, const QString &actor,
                                                   bool builtin)
{
    StandardRepository repo(m_db);
    AuditRepository audit(m_db);
    std::vector<StandardImport> out;
    Transaction tx(m_db);
    for (const ReviewStandard &s : standards) {
        const QString sha = StandardRepository::contentSha256(s);
        if (const auto existing = repo.versionWithSha(s.id, sha)) {
            out.push_back({s.id, *existing, false});
            continue;
        }
        const std::optional<int> previous = repo.latestVersion(s.id);
        const int version = repo.addVersion(s, actor, builtin);
        audit.append(actor, QStringLiteral("standard_version"), QStringLiteral("%1@%2").arg(s.id).arg(version),
                     builtin ? QStringLiteral("seed") : QStringLiteral("import"),
                     previous ? QJsonValue(QJsonObject{{QStringLiteral("version"), *previous}}) : QJsonValue(),
                     QJsonObject{{QStringLiteral("version"), version},
                                 {QStringLiteral("name"), s.nameZh},
                                 {QStringLiteral("items"), s.itemCount()},
                                 {QStringLiteral("sha256"), sha}});
        out.push_back({s.id, version, true});
    }
    tx.commit();
    return out;
}

int StandardService::ensureBuiltins()
{
    const std::vector<ReviewStandard> builtins = BuiltinStandards::load();
    StandardRepository repo(m_db);
    bool missing = false;
    for (const ReviewStandard &s : builtins)
        missing = missing || !repo.versionWithSha(s.id, StandardRepository::contentSha256(s));
    if (!missing)
        return 0;
    int added = 0;
    for (const StandardImport &r : store(builtins, kSystemActor, true))
        added += r.created ? 1 : 0;
    return added;
}

std::vector<StandardImport> StandardService::import(const QByteArray &json, const QString &actor)
{
    return store(StandardJson::parse(json), actor, false);
}

std::vector<StandardVersionInfo> StandardService::list(bool allVersions) { return StandardRepository(m_db).list(allVersions); }

ReviewStandard StandardService::get(const QString &id, std::optional<int> version)
{
    StandardRepository repo(m_db);
    if (auto s = repo.get(id, version))
        return *s;
    const std::optional<int> latest = repo.latestVersion(id);
    if (!latest) {
        QStringList ids;
        for (const StandardVersionInfo &i : repo.list())
            ids << i.id;
        throw StandardError(QStringLiteral("no standard '%1'; the store has: %2").arg(id, ids.join(QStringLiteral(", "))));
    }
    throw StandardError(QStringLiteral("standard '%1' has no version %2 (versions 1 to %3)").arg(id).arg(*version).arg(*latest));
}

} // namespace casereview
