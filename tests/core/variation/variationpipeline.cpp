// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline run of the variation suite (see variationpipeline.h).
#include "variationpipeline.h"

#include "diagnosis/diagnosisengine.h"
#include "extraction/dossieranalyzer.h"

#include <QRegularExpression>

using namespace casereview;

std::set<QString> VariationOutcome::defects() const
{
    std::set<QString> out;
    for (const auto &[rule, severity] : findings)
        if (severity != Severity::Hint)
            out.insert(rule);
    return out;
}

std::set<QString> VariationOutcome::hints() const
{
    std::set<QString> out;
    for (const auto &[rule, severity] : findings)
        if (severity == Severity::Hint)
            out.insert(rule);
    return out;
}

QString VariationOutcome::describe() const
{
    QStringList parts;
    for (const auto &[rule, severity] : findings)
        parts << rule + u'/' + severityKey(severity);
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(u' ');
}

namespace VariationPipeline {
QString canonicalCaseNo(QString no)
{
    no.remove(QRegularExpression(QStringLiteral("\\s")));
    QString out;
    for (QChar c : no) {
        if (c.unicode() >= 0xff10 && c.unicode() <= 0xff19)
            c = QChar(char16_t(c.unicode() - 0xfee0));
        if (QStringLiteral("[【（(［").contains(c))
            c = u'〔';
        if (QStringLiteral("]】）)］").contains(c))
            c = u'〕';
        out += c;
    }
    static const QRegularExpression serial(QStringLiteral("〕第?0*(\\d+)号"));
    out.replace(serial, QStringLiteral("〕\\1号"));
    return out;
}

VariationOutcome run(const VariationDossier &dossier)
{
    const DossierAnalysis analysis = DossierAnalyzer::analyze(dossier.pages);
    DiagnosisInput input{analysis.documents, dossier.pages, analysis.fields};
    VariationOutcome out;
    out.documents = analysis.documents;
    out.raw = DiagnosisEngine::diagnose(input);
    for (const Finding &f : out.raw)
        out.findings.insert({f.rule, f.severity});
    const DossierFields &f = analysis.fields;
    auto compact = [](QString s) {
        s.remove(QRegularExpression(QStringLiteral("\\s")));
        return s.replace(u'(', u'（').replace(u')', u'）');
    };
    if (f.caseNo)
        out.fields[QStringLiteral("case_no")] = canonicalCaseNo(f.caseNo->value);
    if (f.agency)
        out.fields[QStringLiteral("agency")] = compact(f.agency->value);
    if (f.partyName)
        out.fields[QStringLiteral("party_name")] = compact(f.partyName->value);
    if (f.fineAmount)
        out.fields[QStringLiteral("fine_amount_yuan")] = QString::number(f.fineAmount->yuan, 'f', 2);
    for (const auto &[key, d] : f.dates)
        if (d.value.isValid())
            out.fields[QStringLiteral("dates.") + key] = d.value.toString(Qt::ISODate);
    return out;
}

QStringList fieldDiff(const std::map<QString, QString> &expected, const std::map<QString, QString> &got)
{
    QStringList out;
    for (const auto &[key, value] : expected) {
        const auto it = got.find(key);
        const QString g = it == got.end() ? QStringLiteral("(none)") : it->second;
        if (g != value)
            out << QStringLiteral("%1: %2 ≠ %3").arg(key, value, g);
    }
    return out;
}
} // namespace VariationPipeline
