// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinstandards.h"

#include "standarderror.h"
#include "standardjson.h"

#include <QDir>
#include <QFile>

namespace casereview {

namespace BuiltinStandards {
std::vector<ReviewStandard> load()
{
    std::vector<ReviewStandard> out;
    const QDir dir(QStringLiteral(":/standards"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw StandardError(QStringLiteral("built-in standard %1 cannot be read").arg(name));
        try {
            for (ReviewStandard &s : StandardJson::parse(f.readAll()))
                out.push_back(std::move(s));
        } catch (const StandardError &e) {
            throw StandardError(QStringLiteral("built-in standard %1: %2").arg(name, e.message()));
        }
    }
    return out;
}
} // namespace BuiltinStandards

} // namespace casereview
