// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kinds of document a penalty dossier is split into; keys are stable ids used in
// the store, the CLI JSON and the diagnosis rules.
#include <QString>
#include <QStringView>
#include <optional>
#include <span>

namespace casereview {

enum class DocumentType {
    FilingApproval,        // 立案审批表
    InspectionRecord,      // 现场检查笔录
    InquiryRecord,         // 询问笔录
    EvidenceList,          // 证据材料
    InvestigationReport,   // 调查终结报告
    LegalReview,           // 法制审核意见书
    CollectiveDiscussion,  // 集体讨论记录
    PriorNotice,           // 行政处罚事先告知书
    HearingNotice,         // 听证告知书
    StatementRecord,       // 陈述申辩笔录 / 放弃声明
    Decision,              // 行政处罚决定书
    DeliveryReceipt,       // 送达回证
    PaymentReceipt,        // 罚没款缴款凭证
    ClosingReport,         // 结案报告
    ExtensionApproval,     // 延期审批
    Other,
};

QString documentTypeKey(DocumentType type);
QString documentTypeTitle(DocumentType type);  // Chinese title, as printed on the form
std::optional<DocumentType> documentTypeFromKey(QStringView key);
std::span<const DocumentType> allDocumentTypes();

} // namespace casereview
