// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the members of a zip file (stored or deflated) through its central directory, so that
// tests can look inside XLSX files without an unzip tool.
#include <QByteArray>
#include <QMap>
#include <QString>

namespace ZipEntries {
// name → uncompressed bytes; empty map if the data is not a readable zip.
QMap<QString, QByteArray> read(const QByteArray &zip);
} // namespace ZipEntries
