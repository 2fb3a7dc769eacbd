// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttype.h"

#include <array>

namespace casereview {

namespace {
struct TypeInfo {
    DocumentType type;
    const char *key;
    const char *title;
};

constexpr std::array<TypeInfo, 16> kTypes{{
    {DocumentType::FilingApproval, "filing_approval", "立案审批表"},
    {DocumentType::InspectionRecord, "inspection_record", "现场检查笔录"},
    {DocumentType::InquiryRecord, "inquiry_record", "询问笔录"},
    {DocumentType::EvidenceList, "evidence", "证据材料"},
    {DocumentType::InvestigationReport, "investigation_report", "调查终结报告"},
    {DocumentType::LegalReview, "legal_review", "法制审核意见书"},
    {DocumentType::CollectiveDiscussion, "collective_discussion", "集体讨论记录"},
    {DocumentType::PriorNotice, "prior_notice", "行政处罚事先告知书"},
    {DocumentType::HearingNotice, "hearing_notice", "听证告知书"},
    {DocumentType::StatementRecord, "statement_record", "陈述申辩记录"},
    {DocumentType::Decision, "decision", "行政处罚决定书"},
    {DocumentType::DeliveryReceipt, "delivery_receipt", "送达回证"},
    {DocumentType::PaymentReceipt, "payment_receipt", "罚没款缴款凭证"},
    {DocumentType::ClosingReport, "closing_report", "结案报告"},
    {DocumentType::ExtensionApproval, "extension_approval", "延期审批表"},
    {DocumentType::Other, "other", "其他材料"},
}};

std::array<DocumentType, kTypes.size()> makeTypeList()
{
    std::array<DocumentType, kTypes.size()> list{};
    for (size_t i = 0; i < kTypes.size(); ++i)
        list[i] = kTypes[i].type;
    return list;
}

const TypeInfo &info(DocumentType type)
{
    for (const auto &t : kTypes)
        if (t.type == type)
            return t;
    return kTypes.back();
}
} // namespace

QString documentTypeKey(DocumentType type) { return QString::fromLatin1(info(type).key); }

QString documentTypeTitle(DocumentType type) { return QString::fromUtf8(info(type).title); }

std::optional<DocumentType> documentTypeFromKey(QStringView key)
{
    for (const auto &t : kTypes)
        if (key == QLatin1String(t.key))
            return t.type;
    return std::nullopt;
}

std::span<const DocumentType> allDocumentTypes()
{
    static const auto list = makeTypeList();
    return list;
}

} // namespace casereview
