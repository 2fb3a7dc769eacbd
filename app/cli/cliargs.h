// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Command-line words split into the command, its positional arguments and its options.
// Options are declared per command so that a misspelt one is a usage error, not ignored.
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

struct OptionSpec {
    QString name;   // without dashes
    bool takesValue = false;
};

class CliArgs {
public:
    // Keeps argv[1..]; the first non-option word is the command.
    static CliArgs parse(const QStringList &args);
    // The command word, found before the options are known.
    QString peekCommand() const;
    // Checks options against the command's specs (plus the global ones); fills error().
    bool validate(const QList<OptionSpec> &specs);

    QString command;
    QStringList positional;
    QString error;

    bool has(const QString &name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.contains(name) ? m_values.value(name).last() : fallback;
    }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QSet<QString> m_flags;
    QMap<QString, QStringList> m_values;
    QStringList m_raw;
};
