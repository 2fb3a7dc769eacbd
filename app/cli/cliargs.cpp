// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

namespace {
const QList<OptionSpec> kGlobal{{QStringLiteral("store"), true}, {QStringLiteral("json"), false},
                                {QStringLiteral("help"), false}};
}

CliArgs CliArgs::parse(const QStringList &args)
{
    CliArgs a;
    a.m_raw = args;
    return a;
}

QString CliArgs::peekCommand() const
{
    for (int i = 0; i < m_raw.size(); ++i) {
        const QString &w = m_raw[i];
        if (w == QLatin1String("--store")) {
            ++i;
            continue;
        }
        if (!w.startsWith(QLatin1String("--")))
            return w;
    }
    return {};
}

bool CliArgs::validate(const QList<OptionSpec> &specs)
{
    QList<OptionSpec> all = kGlobal + specs;
    auto find = [&](const QString &name) -> const OptionSpec * {
        for (const auto &s : all)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    command.clear();
    positional.clear();
    m_flags.clear();
    m_values.clear();
    bool onlyPositional = false;
    for (int i = 0; i < m_raw.size(); ++i) {
        const QString &w = m_raw[i];
        if (!onlyPositional && w == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && w.startsWith(QLatin1String("--"))) {
            QString name = w.mid(2);
            QString inlineValue;
            bool hasInline = false;
            if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInline = true;
            }
            const OptionSpec *spec = find(name);
            if (!spec) {
                error = QStringLiteral("unknown option --%1").arg(name);
                return false;
            }
            if (spec->takesValue) {
                if (hasInline) {
                    m_values[name] << inlineValue;
                } else if (i + 1 < m_raw.size()) {
                    m_values[name] << m_raw[++i];
                } else {
                    error = QStringLiteral("option --%1 needs a value").arg(name);
                    return false;
                }
            } else {
                if (hasInline) {
                    error = QStringLiteral("option --%1 takes no value").arg(name);
                    return false;
                }
                m_flags.insert(name);
            }
            continue;
        }
        if (command.isEmpty())
            command = w;
        else
            positional << w;
    }
    return true;
}
