// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>

namespace casereview {

namespace {
const QString kFamily = QStringLiteral("WenQuanYi Micro Hei");
const char *const kFiles[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                              "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"};

QString resolve()
{
    if (QFontDatabase::families().contains(kFamily))
        return kFamily;
    for (const char *path : kFiles) {
        if (!QFile::exists(QString::fromLatin1(path)))
            continue;
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty())
            return families.contains(kFamily) ? kFamily : families.first();
    }
    qWarning("report: CJK font WenQuanYi Micro Hei not found; Chinese text may not print");
    return {};
}
} // namespace

namespace ReportFonts {
QString family()
{
    static QMutex mutex;
    static QString cached;
    static bool done = false;
    QMutexLocker lock(&mutex);
    if (!done) {
        cached = resolve();
        done = true;
    }
    return cached.isEmpty() ? QGuiApplication::font().family() : cached;
}

bool cjkAvailable()
{
    family();
    return QFontDatabase::families().contains(kFamily);
}
} // namespace ReportFonts

} // namespace casereview
