// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosisexport.h"

#include <QStringList>

namespace casereview {

namespace {
QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}
} // namespace

namespace DiagnosisExport {
QJsonObject finding(const Finding &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence)
        evidence.append(QJsonObject{{QStringLiteral("page"), e.page}, {QStringLiteral("snippet"), e.snippet}});
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("severity"), severityKey(f.severity)},
                       {QStringLiteral("dimension"), dimensionKey(f.dimension)},
                       {QStringLiteral("legal_basis"), f.legalBasis},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("item"), f.item},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("reader"), f.reader}};
}

QJsonArray json(const std::vector<CaseDiagnosis> &results)
{
    QJsonArray out;
    for (const CaseDiagnosis &r : results) {
        QJsonArray findings;
        for (const Finding &f : r.findings)
            findings.append(finding(f));
        QJsonObject o{{QStringLiteral("case_id"), r.caseId}, {QStringLiteral("findings"), findings}};
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        out.append(o);
    }
    return out;
}

QByteArray csv(const std::vector<CaseDiagnosis> &results, const std::map<qint64, QString> &fileNames)
{
    QString out = QStringLiteral("\uFEFFcase_id,file,rule,severity,dimension,legal_basis,message,item,pages,evidence\r\n");
    for (const CaseDiagnosis &r : results) {
        const auto name = fileNames.find(r.caseId);
        for (const Finding &f : r.findings) {
            QStringList pages, snippets;
            for (const Evidence &e : f.evidence) {
                pages << QString::number(e.page);
                snippets << QStringLiteral("p.%1: %2").arg(e.page).arg(e.snippet);
            }
            const QStringList row{QString::number(r.caseId), csvField(name != fileNames.end() ? name->second : QString()),
                                  f.rule, severityKey(f.severity), dimensionKey(f.dimension), csvField(f.legalBasis),
                                  csvField(f.message), f.item, csvField(pages.join(u' ')), csvField(snippets.join(QStringLiteral(" | ")))};
            out += row.join(u',') + QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}
} // namespace DiagnosisExport

} // namespace casereview
