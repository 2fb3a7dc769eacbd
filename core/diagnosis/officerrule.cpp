// SPDX-License-Identifier: GPL-3.0-or-later
// At least two officers, each with an enforcement certificate number, on every on-site
// inspection record (第42条、第55条; 河南省行政执法条例第24条).
#include "casefacts.h"
#include "extraction/chinesedate.h"
#include "rulecatalogue.h"
#include "rules.h"

#include <QRegularExpression>
#include <QSet>

namespace casereview {

namespace Rules {
void inspectionOfficers(const RuleContext &c, Findings &out)
{
    const CaseView &v = c.view;
    static const QRegularExpression label(QStringLiteral("(?<!被)(执法人员|检查人员|承办人员|办案人员|执法人)(?!向|签名|签字|出示|对|到|在|现场|已|依法|表明|进行|发现|告知)"));
    static const QRegularExpression sectionEnd(QStringLiteral("记录人|记录员|。|被检查人|当事人|我们是|执法人员向|出示"));
    // 豫03306415, 41010020001, and grouped forms like 51-0107-97302 (a date is not one).
    static const QRegularExpression cert(QStringLiteral("[A-Za-z]?\\d{6,}[A-Za-z0-9]*|\\d{2,}(?:-\\d{2,}){1,3}"));
    for (const CaseDocument &doc : v.ofType(DocumentType::InspectionRecord)) {
        if (!v.readable(doc)) {
            out.push_back(RuleCatalogue::hint("INSPECTION_RECORD_OFFICERS", QStringLiteral("现场检查笔录页面无文字层，无法核对执法人员及执法证号"),
                                              {v.pageEvidence(doc)}));
            continue;
        }
        const QString t = v.text(doc);
        const auto m = label.match(t);
        if (!m.hasMatch()) {
            out.push_back(RuleCatalogue::hint("INSPECTION_RECORD_OFFICERS", QStringLiteral("现场检查笔录中未找到执法人员栏，请人工核对"),
                                              {v.pageEvidence(doc)}));
            continue;
        }
        const auto e = sectionEnd.match(t, m.capturedEnd());
        const qsizetype end = e.hasMatch() ? std::min(e.capturedStart(), m.capturedStart() + 160) : m.capturedStart() + 160;
        const QStringView section = QStringView(t).mid(m.capturedStart(), end - m.capturedStart());
        QSet<QString> certs;
        auto it = cert.globalMatch(section);
        while (it.hasNext()) {
            const QString token = it.next().captured();
            if (token.size() != 18 && !ChineseDate::isDateLine(token))  // a 统一社会信用代码 or a date is no certificate
                certs.insert(token);
        }
        if (certs.size() >= 2)
            continue;
        const QString message = certs.isEmpty()
                                    ? QStringLiteral("现场检查笔录（第%1页）执法人员栏未载明执法证号：「%2」").arg(doc.firstPage).arg(section.left(60))
                                    : QStringLiteral("现场检查笔录（第%1页）仅载明1个执法证号（%2），应有两名以上执法人员并载明执法证号")
                                          .arg(doc.firstPage).arg(*certs.begin());
        out.push_back(RuleCatalogue::finding("INSPECTION_RECORD_OFFICERS", message,
                                             {v.evidence(doc, m.capturedStart(), section.size())},
                                             QStringLiteral("p%1:%2").arg(doc.firstPage).arg(certs.size())));
    }
}
} // namespace Rules

} // namespace casereview
