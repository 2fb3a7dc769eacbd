// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lets doctest print QString and QStringList values in failed checks.
#include <QStringList>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << '"' << s.toStdString() << '"'; }
inline std::ostream &operator<<(std::ostream &os, const QStringList &l)
{
    return os << '[' << l.join(QStringLiteral(" | ")).toStdString() << ']';
}
