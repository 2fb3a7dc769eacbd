// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationitem.h"

#include <algorithm>

namespace casereview {

std::vector<qint64> RectificationItem::caseIds() const
{
    std::vector<qint64> out{caseId};
    for (const RectificationSource &s : sources)
        if (std::find(out.begin(), out.end(), s.caseId) == out.end())
            out.push_back(s.caseId);
    return out;
}

std::vector<int> RectificationItem::pages() const { return pagesIn(caseId); }

std::vector<int> RectificationItem::pagesIn(qint64 id) const
{
    std::vector<int> out;
    for (const RectificationSource &s : sources)
        if (s.caseId == id)
            for (int p : s.pages)
                if (p > 0 && std::find(out.begin(), out.end(), p) == out.end())
                    out.push_back(p);
    std::sort(out.begin(), out.end());
    return out;
}

namespace RectificationKeys {
const std::vector<RectificationStatus> &allStatuses()
{
    static const std::vector<RectificationStatus> all{RectificationStatus::Pending, RectificationStatus::InProgress,
                                                      RectificationStatus::Reported, RectificationStatus::Closed,
                                                      RectificationStatus::Failed, RectificationStatus::Withdrawn};
    return all;
}

QString status(RectificationStatus s)
{
    switch (s) {
    case RectificationStatus::Pending: return QStringLiteral("pending");
    case RectificationStatus::InProgress: return QStringLiteral("in_progress");
    case RectificationStatus::Reported: return QStringLiteral("reported");
    case RectificationStatus::Closed: return QStringLiteral("closed");
    case RectificationStatus::Failed: return QStringLiteral("failed");
    case RectificationStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

QString statusZh(RectificationStatus s)
{
    switch (s) {
    case RectificationStatus::Pending: return QStringLiteral("待整改");
    case RectificationStatus::InProgress: return QStringLiteral("整改中");
    case RectificationStatus::Reported: return QStringLiteral("已报告");
    case RectificationStatus::Closed: return QStringLiteral("复查通过");
    case RectificationStatus::Failed: return QStringLiteral("复查未通过");
    case RectificationStatus::Withdrawn: return QStringLiteral("已撤销");
    }
    return {};
}

std::optional<RectificationStatus> statusFrom(const QString &word)
{
    QString w = word.trimmed().toLower();
    w.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (RectificationStatus s : allStatuses())
        if (w == status(s) || w == statusZh(s))
            return s;
    if (w == QLatin1String("inprogress") || w == QStringLiteral("整改"))
        return RectificationStatus::InProgress;
    if (w == QLatin1String("passed") || w == QStringLiteral("已销号") || w == QStringLiteral("销号"))
        return RectificationStatus::Closed;
    if (w == QStringLiteral("撤销") || w == QLatin1String("withdraw"))
        return RectificationStatus::Withdrawn;
    return std::nullopt;
}

QString kind(RectificationKind k) { return k == RectificationKind::CaseCorrection ? QStringLiteral("case") : QStringLiteral("systemic"); }

QString kindZh(RectificationKind k)
{
    return k == RectificationKind::CaseCorrection ? QStringLiteral("个案纠正") : QStringLiteral("制度整改");
}

std::optional<RectificationKind> kindFrom(const QString &word)
{
    for (RectificationKind k : {RectificationKind::CaseCorrection, RectificationKind::Systemic})
        if (word.trimmed() == kind(k) || word.trimmed() == kindZh(k))
            return k;
    return std::nullopt;
}

QString light(TrafficLight t)
{
    switch (t) {
    case TrafficLight::Green: return QStringLiteral("green");
    case TrafficLight::Yellow: return QStringLiteral("yellow");
    case TrafficLight::Red: return QStringLiteral("red");
    }
    return {};
}

QString sourceKind(RectificationSourceKind k)
{
    switch (k) {
    case RectificationSourceKind::Deduction: return QStringLiteral("deduction");
    case RectificationSourceKind::Veto: return QStringLiteral("veto");
    case RectificationSourceKind::Finding: return QStringLiteral("finding");
    }
    return {};
}

std::optional<RectificationSourceKind> sourceKindFrom(const QString &key)
{
    for (RectificationSourceKind k : {RectificationSourceKind::Deduction, RectificationSourceKind::Veto, RectificationSourceKind::Finding})
        if (key == sourceKind(k))
            return k;
    return std::nullopt;
}

QString result(RecheckResult r) { return r == RecheckResult::Pass ? QStringLiteral("pass") : QStringLiteral("fail"); }

std::optional<RecheckResult> resultFrom(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("pass") || w == QStringLiteral("通过"))
        return RecheckResult::Pass;
    if (w == QLatin1String("fail") || w == QStringLiteral("未通过") || w == QStringLiteral("不通过"))
        return RecheckResult::Fail;
    return std::nullopt;
}
} // namespace RectificationKeys

} // namespace casereview
