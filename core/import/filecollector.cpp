// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecollector.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace casereview {

namespace FileCollector {
CollectedFiles collect(const QStringList &paths)
{
    CollectedFiles out;
    QSet<QString> seen;
    auto add = [&](const QString &file) {
        const QString abs = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(abs)) {
            seen.insert(abs);
            out.files << abs;
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            out.missing << path;
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                const QFileInfo fi(f);
                if (fi.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
                    continue;
                if (fi.fileName().startsWith(QLatin1Char('.')))
                    continue;
                found << f;
            }
            found.sort();
            for (const QString &f : found)
                add(f);
        } else {
            add(path);
        }
    }
    return out;
}
} // namespace FileCollector

} // namespace casereview
