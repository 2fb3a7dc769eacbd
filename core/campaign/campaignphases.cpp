// SPDX-License-Identifier: GPL-3.0-or-later
// The eight phases of a review campaign and their Chinese names.
#include "campaignrecords.h"

namespace casereview {

namespace CampaignPhases {
namespace {
const QStringList &names()
{
    static const QStringList list{QStringLiteral("自查"), QStringLiteral("抽取"), QStringLiteral("评查"), QStringLiteral("复核"),
                                  QStringLiteral("反馈"), QStringLiteral("异议"), QStringLiteral("整改"), QStringLiteral("回头看")};
    return list;
}
} // namespace

const QStringList &keys()
{
    static const QStringList list{QStringLiteral("self_check"), QStringLiteral("draw"),      QStringLiteral("review"),
                                  QStringLiteral("recheck"),    QStringLiteral("feedback"),  QStringLiteral("objection"),
                                  QStringLiteral("rectification"), QStringLiteral("follow_up")};
    return list;
}

QString zh(const QString &key) { return names().value(keys().indexOf(key)); }

QString from(const QString &word)
{
    const QString w = word.trimmed();
    if (keys().contains(w))
        return w;
    const int i = names().indexOf(w);
    return i >= 0 ? keys().at(i) : QString();
}
} // namespace CampaignPhases

} // namespace casereview
