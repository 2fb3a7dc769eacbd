// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A rectification item (整改事项): one problem an agency has to fix by a deadline, where it came
// from (deductions of a signed review, accepted or open diagnosis findings) and where it stands.
// 逾期 (overdue) and 三色 are never stored: see RectificationRules.
#include "trafficlight.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace casereview {

// 待整改 → 整改中 → 已报告 → 复查通过 (closed) | 复查未通过 (back to 整改中); 已撤销 (withdrawn: the
// item was made by mistake) is final and leaves every count, but the item stays on record.
enum class RectificationStatus { Pending, InProgress, Reported, Closed, Failed, Withdrawn };
// 个案纠正 (correct / revoke the act itself) or 制度整改 (templates, training, rules).
enum class RectificationKind { CaseCorrection, Systemic };
enum class RectificationSourceKind { Deduction, Veto, Finding };

// One problem an item was made from. `key` is unique in the store, so creating twice adds nothing.
struct RectificationSource {
    QString key;  // "review:<review id>:<standard item>" or "finding:<case id>:<rule>:<fact key>"
    qint64 caseId = 0;
    RectificationSourceKind kind = RectificationSourceKind::Deduction;
    std::optional<qint64> reviewId;
    QString standardItem;  // standard item id of a deduction, or the finding's suggested item
    QString rule;          // diagnosis rule of a finding
    QString factKey;
    double deduction = 0;
    std::vector<int> pages;  // 1-based evidence pages in the case PDF
    QString quote;

    bool operator==(const RectificationSource &) const = default;
};

// Why and by whom an item was withdrawn (撤销), and the status it had then.
struct RectificationWithdrawal {
    RectificationStatus from = RectificationStatus::Pending;
    QString reason;
    QString at;  // ISO 8601 UTC
    QString by;
};

struct RectificationItem {
    qint64 id = 0;
    qint64 caseId = 0;  // the (first) case the problem was found in
    QString agency;
    QString contact;
    QString problem;
    QString legalBasis;
    RectificationKind kind = RectificationKind::Systemic;
    bool veto = false;  // a veto-level problem (否决项): red until closed
    QDate deadline;
    RectificationStatus status = RectificationStatus::Pending;
    QString createdAt;  // ISO 8601 UTC
    QString createdBy;
    QString updatedAt;
    std::vector<RectificationSource> sources;
    std::optional<RectificationWithdrawal> withdrawal;  // set exactly when status is Withdrawn
    // Read with the item for the rules: current (not superseded) attachments, re-checks done and
    // how the last one went.
    int attachmentCount = 0;
    int supersededCount = 0;
    int recheckCount = 0;
    bool lastRecheckFailed = false;

    std::vector<qint64> caseIds() const;  // every case behind the item, first one first
    std::vector<int> pages() const;       // evidence pages of the sources in the item's own case
    std::vector<int> pagesIn(qint64 caseId) const;  // evidence pages of the sources in `caseId`, sorted
};

// A wrong attachment is superseded, never deleted: its bytes stay stored and checked.
struct AttachmentSupersession {
    QString reason;
    QString at;
    QString by;
    std::optional<qint64> replacedBy;  // the attachment that took its place, when one came with it
};

struct RectificationAttachment {
    qint64 id = 0;
    qint64 itemId = 0;
    QString fileName;
    QString mimeType;  // application/pdf, image/png, image/jpeg, image/gif, image/tiff
    qint64 size = 0;
    QString sha256;
    QString note;
    QString addedAt;
    QString addedBy;
    std::optional<AttachmentSupersession> superseded;  // not part of the current evidence when set
};

enum class RecheckResult { Pass, Fail };

struct RectificationRecheck {
    qint64 id = 0;
    qint64 itemId = 0;
    RecheckResult result = RecheckResult::Pass;
    QString note;
    QDate checkedOn;
    std::vector<qint64> linkedCases;  // newer cases of the same agency re-reviewed for the same defect
    std::optional<bool> recurred;     // did the defect show up again in them; nullopt: not assessed
    QString at;
    QString by;
};

namespace RectificationKeys {
QString status(RectificationStatus s);  // pending | in_progress | reported | closed | failed | withdrawn
QString statusZh(RectificationStatus s);  // 待整改 | 整改中 | 已报告 | 复查通过 | 复查未通过 | 已撤销
// Accepts the ASCII key, the Chinese name and a few spellings (in-progress, passed …).
std::optional<RectificationStatus> statusFrom(const QString &word);
QString kind(RectificationKind k);  // case | systemic
QString kindZh(RectificationKind k);  // 个案纠正 | 制度整改
std::optional<RectificationKind> kindFrom(const QString &word);
QString light(TrafficLight t);  // green | yellow | red
QString sourceKind(RectificationSourceKind k);  // deduction | veto | finding
std::optional<RectificationSourceKind> sourceKindFrom(const QString &key);
QString result(RecheckResult r);  // pass | fail
std::optional<RecheckResult> resultFrom(const QString &word);
const std::vector<RectificationStatus> &allStatuses();
} // namespace RectificationKeys

} // namespace casereview
