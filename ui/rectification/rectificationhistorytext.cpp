// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationhistorytext.h"

#include "rectificationboardmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casereview;

namespace {
QString statusName(const QJsonObject &o)
{
    const auto s = RectificationKeys::statusFrom(o.value(QStringLiteral("status")).toString());
    return s ? RectificationBoardModel::statusName(*s) : o.value(QStringLiteral("status")).toString();
}
} // namespace

QString RectificationHistoryText::describe(const AuditEntry &e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    const QString when = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString note = after.value(QStringLiteral("note")).toString();
    QString what;
    if (e.action == QLatin1String("create"))
        what = tr("created, due %1").arg(after.value(QStringLiteral("deadline")).toString());
    else if (e.action == QLatin1String("status"))
        what = tr("%1 → %2").arg(statusName(before), statusName(after));
    else if (e.action == QLatin1String("attach"))
        what = tr("attached %1 (%n byte(s))", nullptr, after.value(QStringLiteral("size")).toInt())
                   .arg(after.value(QStringLiteral("file_name")).toString());
    else if (e.action == QLatin1String("recheck")) {
        what = after.value(QStringLiteral("result")).toString() == QLatin1String("pass") ? tr("re-check passed") : tr("re-check failed");
        if (after.contains(QStringLiteral("linked_cases"))) {
            QStringList ids;
            for (const QJsonValue v : after.value(QStringLiteral("linked_cases")).toArray())
                ids << QString::number(v.toInteger());
            what += tr(", newer case(s) %1").arg(ids.join(QStringLiteral(", ")));
        }
        if (after.contains(QStringLiteral("recurred")))
            what += after.value(QStringLiteral("recurred")).toBool() ? tr(", problem recurred") : tr(", not recurred");
    } else if (e.action == QLatin1String("withdraw"))
        what = tr("withdrawn (was %1): %2").arg(statusName(before), after.value(QStringLiteral("reason")).toString());
    else if (e.action == QLatin1String("supersede")) {
        what = tr("superseded attachment %1: %2")
                   .arg(after.value(QStringLiteral("file_name")).toString(), after.value(QStringLiteral("reason")).toString());
        if (after.contains(QStringLiteral("replaced_by")))
            what += tr(" (replaced)");
    } else if (e.action == QLatin1String("edit"))
        what = tr("details changed: deadline %1, contact %2")
                   .arg(after.value(QStringLiteral("deadline")).toString(), after.value(QStringLiteral("contact")).toString());
    else
        what = e.action;
    QString line = tr("%1  %2: %3").arg(when, e.actor, what);
    if (!note.isEmpty() && e.action != QLatin1String("attach"))
        line += tr(" — %1").arg(note);
    return line;
}
