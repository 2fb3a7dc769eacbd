// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardchoice.h"

namespace casereview {

namespace StandardChoice {
QString forCaseType(const std::vector<StandardVersionInfo> &standards, const QString &caseType)
{
    for (const QString &key : {QStringLiteral("处罚"), QStringLiteral("强制"), QStringLiteral("许可"), QStringLiteral("检查")})
        if (caseType.contains(key))
            for (const StandardVersionInfo &s : standards)
                if (s.name.contains(key))
                    return s.id;
    for (const StandardVersionInfo &s : standards)
        if (s.id == QLatin1String("penalty-general"))
            return s.id;
    return standards.empty() ? QString() : standards.front().id;
}
} // namespace StandardChoice

} // namespace casereview
