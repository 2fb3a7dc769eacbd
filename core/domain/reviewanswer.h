// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reviewer's answer to one standard item: the verdict, a deduction, a note and the places
// in the dossier that support it.
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

namespace casereview {

// 符合 / 扣分 / 不适用 / 不符合 (the last only for veto gates).
enum class Verdict { Pass, Deduct, NotApplicable, Fail };

struct EvidenceAnchor {
    int page = 0;                 // 1-based physical page of the case PDF
    std::optional<QRectF> rect;   // in PDF points on that page, when the reviewer marked one
    QString quote;

    bool operator==(const EvidenceAnchor &) const = default;
};

struct Answer {
    QString itemId;
    Verdict verdict = Verdict::Pass;
    double deduction = 0;  // only with Verdict::Deduct
    QString note;
    std::vector<EvidenceAnchor> evidence;

    bool operator==(const Answer &) const = default;
};

namespace VerdictKeys {
inline QString key(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Deduct: return QStringLiteral("deduct");
    case Verdict::NotApplicable: return QStringLiteral("na");
    case Verdict::Fail: return QStringLiteral("fail");
    }
    return {};
}
inline std::optional<Verdict> from(const QString &key)
{
    for (Verdict v : {Verdict::Pass, Verdict::Deduct, Verdict::NotApplicable, Verdict::Fail})
        if (key == VerdictKeys::key(v))
            return v;
    return std::nullopt;
}
} // namespace VerdictKeys

} // namespace casereview
