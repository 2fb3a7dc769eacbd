// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small generated penalty dossier (one page per document) for the diagnosis rule tests:
// lawful as built, with helpers to break or vary one fact at a time.
#include "diagnosis/diagnosisengine.h"

#include <QString>
#include <algorithm>
#include <vector>

struct TestDossier {
    struct Page {
        casereview::DocumentType type;
        QString text;
    };
    std::vector<Page> pages;

    static TestDossier lawful()
    {
        TestDossier d;
        d.pages = {
            {casereview::DocumentType::FilingApproval, QStringLiteral("立案审批表\n当事人 洛阳某某食品有限公司\n立案时间 2024年1月3日\n负责人意见 同意立案。2024年1月3日")},
            {casereview::DocumentType::InspectionRecord,
             QStringLiteral("现场检查笔录\n检查时间：2024年1月2日9时至10时\n被检查人：洛阳某某食品有限公司\n统一社会信用代码：91410305MA41T6K90J\n"
                            "执法人员：张三（执法证号：豫03306415）、李四（执法证号：豫03306416）\n记录人：李四\n执法人员向被检查人出示了执法证件。")},
            {casereview::DocumentType::InquiryRecord, QStringLiteral("询问笔录\n询问时间：2024年1月5日10时\n询问人：张三 李四")},
            {casereview::DocumentType::PriorNotice,
             QStringLiteral("行政处罚事先告知书\n洛阳某某食品有限公司：\n本局拟对你公司作出如下行政处罚：罚款人民币叁万元整。\n"
                            "你公司有陈述、申辩的权利，请于收到本告知书之日起五日内提出，逾期视为放弃。\n洛阳市市场监督管理局\n2024年3月1日")},
            {casereview::DocumentType::DeliveryReceipt, QStringLiteral("送达回证\n送达文书名称 《行政处罚事先告知书》\n受送达人 洛阳某某食品有限公司\n送达时间 2024年3月1日")},
            {casereview::DocumentType::Decision,
             QStringLiteral("行政处罚决定书\n当事人：洛阳某某食品有限公司\n统一社会信用代码：91410305MA41T6K90J\n住所：洛阳市涧西区长安路42号\n"
                            "经查，当事人于2023年5月1日至2023年6月1日期间销售超过保质期的食品。\n以上事实有现场检查笔录、询问笔录等证据为证。\n"
                            "当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条的规定。该法第一百二十四条规定，处一万元以上五万元以下罚款。\n"
                            "依据上述规定，本局决定对当事人作出如下行政处罚：罚款人民币叁万元整。\n当事人应当自收到本决定书之日起十五日内缴纳罚款。\n"
                            "如不服本决定，可以在收到本决定书之日起六十日内向洛阳市涧西区人民政府申请行政复议，也可以在六个月内向洛阳市涧西区人民法院提起行政诉讼。\n"
                            "洛阳市市场监督管理局\n2024年3月12日")},
            {casereview::DocumentType::DeliveryReceipt, QStringLiteral("送达回证\n送达文书名称 《行政处罚决定书》\n受送达人 洛阳某某食品有限公司\n送达时间 2024年3月14日")},
        };
        return d;
    }

    // The lawful dossier with a fine of 80,000 yuan (above the Henan hearing threshold) and the
    // cited range moved to match it.
    static TestDossier bigFine()
    {
        TestDossier d = lawful();
        d.replace(casereview::DocumentType::PriorNotice, QStringLiteral("叁万元"), QStringLiteral("捌万元"));
        d.replace(casereview::DocumentType::Decision, QStringLiteral("罚款人民币叁万元整"), QStringLiteral("罚款人民币捌万元整"));
        d.replace(casereview::DocumentType::Decision, QStringLiteral("处一万元以上五万元以下罚款"), QStringLiteral("处五万元以上十万元以下罚款"));
        return d;
    }

    Page &page(casereview::DocumentType type, int nth = 0)
    {
        for (Page &p : pages)
            if (p.type == type && nth-- == 0)
                return p;
        return pages.front();
    }
    TestDossier &replace(casereview::DocumentType type, const QString &from, const QString &to, int nth = 0)
    {
        page(type, nth).text.replace(from, to);
        return *this;
    }
    TestDossier &remove(casereview::DocumentType type)
    {
        pages.erase(std::remove_if(pages.begin(), pages.end(), [&](const Page &p) { return p.type == type; }), pages.end());
        return *this;
    }
    TestDossier &insertBefore(casereview::DocumentType before, casereview::DocumentType type, const QString &text)
    {
        auto it = std::find_if(pages.begin(), pages.end(), [&](const Page &p) { return p.type == before; });
        pages.insert(it, Page{type, text});
        return *this;
    }

    casereview::DiagnosisInput input() const
    {
        casereview::DiagnosisInput in;
        for (const Page &p : pages) {
            const int n = int(in.pageTexts.size()) + 1;
            in.pageTexts.push_back(p.text);
            in.documents.push_back({p.type, n, n, {}});
        }
        return in;
    }

    std::vector<casereview::Finding> diagnose(const casereview::ParameterProfile &profile = casereview::ParameterProfile::henan()) const
    {
        return casereview::DiagnosisEngine::diagnose(input(), profile);
    }

    // The non-hint findings of `rule`.
    int count(const QString &rule, const casereview::ParameterProfile &profile = casereview::ParameterProfile::henan()) const
    {
        const auto all = diagnose(profile);
        return int(std::count_if(all.begin(), all.end(), [&](const casereview::Finding &f) { return f.rule == rule && f.severity != casereview::Severity::Hint; }));
    }
    int hints(const QString &rule) const
    {
        const auto all = diagnose();
        return int(std::count_if(all.begin(), all.end(), [&](const casereview::Finding &f) { return f.rule == rule && f.severity == casereview::Severity::Hint; }));
    }
};
