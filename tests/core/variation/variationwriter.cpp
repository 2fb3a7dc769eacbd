// SPDX-License-Identifier: GPL-3.0-or-later
// Page assembly of a generated dossier (see variationwriter.h): order, layout, pagination,
// footers and noise are applied here, after the documents' wording, so each is a separate
// transformation of the same facts.
#include "variationwriter.h"

#include "variationdocuments.h"

#include <QRegularExpression>
#include <algorithm>

using namespace casereview;

namespace {
// Documents in the family's archive order.
std::vector<VariationDoc> ordered(std::vector<VariationDoc> docs, int order)
{
    auto isDecisionPart = [](const VariationDoc &d) {
        return d.type == DocumentType::Decision || (d.type == DocumentType::DeliveryReceipt && d.served.contains(u"决定书"));
    };
    if (order == 1)
        std::stable_partition(docs.begin(), docs.end(), isDecisionPart);
    if (order == 3)
        std::reverse(docs.begin(), docs.end());
    if (order == 2) {
        auto closing = std::stable_partition(docs.begin(), docs.end(), [](const VariationDoc &d) { return d.type != DocumentType::ClosingReport; });
        std::stable_partition(docs.begin(), closing, [](const VariationDoc &d) { return d.type != DocumentType::DeliveryReceipt; });
    }
    return docs;
}

// Lines after the title block joined into one paragraph: `from` = first body line to join.
QStringList paragraph(const QStringList &lines, qsizetype from)
{
    if (from >= lines.size())
        return lines;
    QStringList out = lines.mid(0, from);
    out << lines.mid(from).join(QString());
    return out;
}

qsizetype titleLines(const QStringList &lines)
{
    // agency line and/or title, then the number line: everything up to the first line holding 号
    for (qsizetype i = 0; i < std::min<qsizetype>(4, lines.size()); ++i)
        if (lines[i].endsWith(u'号'))
            return i + 1;
    return 1;
}

// Every line cut into pieces of `width` characters, wherever the cut falls, as a text layer
// taken from a justified page has it.
QStringList hardWrapped(const QStringList &lines, qsizetype width)
{
    QStringList out;
    for (const QString &l : lines)
        for (qsizetype i = 0; i < std::max<qsizetype>(1, l.size()); i += width)
            out << l.mid(i, width);
    return out;
}

QString noisy(QString t, int noise)
{
    switch (noise) {
    case 1:
        t.replace(u'：', QStringLiteral("： ")).replace(u'，', QStringLiteral("， "));
        t.replace(u'\n', QStringLiteral("  \n"));
        return t;
    case 2:
        t.replace(u'：', u':').replace(u'，', u',').replace(u'（', u'(').replace(u'）', u')').replace(u'；', u';');
        return t;
    case 3: {
        QStringList lines = t.split(u'\n');
        for (QString &l : lines)
            l = QStringLiteral("　　") + l;
        return lines.join(QStringLiteral("\n\n"));
    }
    default:
        return t;
    }
}

VariationDossier assemble(const std::vector<VariationDoc> &docs, const VariationFamily &f, const QString &header)
{
    VariationDossier out;
    for (const VariationDoc &d : docs) {
        QStringList lines = d.lines;
        const int layout = f[Dim::Layout];
        const bool formal = d.type == DocumentType::Decision || d.type == DocumentType::PriorNotice;
        if (d.type == DocumentType::Decision && layout == 1) {
            // the narrative from the facts to the remedy clause as one paragraph
            const auto first = std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(u'。'); });
            qsizetype from = first - lines.begin(), to = lines.size() - 2;
            QStringList joined = lines.mid(0, from);
            joined << lines.mid(from, to - from).join(QString()) << lines.mid(to);
            lines = joined;
        } else if (formal && layout == 2) {
            lines = paragraph(lines, titleLines(lines));
        } else if (layout == 3) {
            lines = hardWrapped(lines, 23);
        }
        std::vector<QStringList> pages{lines};
        const int pagination = f[Dim::Pagination];
        const bool split = (pagination >= 1 && d.type == DocumentType::Decision) ||
                           (pagination == 2 && (d.type == DocumentType::InspectionRecord || d.type == DocumentType::PriorNotice)) ||
                           (pagination == 3 && lines.size() >= 8);
        if (split && lines.size() >= 4) {
            const qsizetype at = lines.size() / 2 + 1;
            pages = {lines.mid(0, at), lines.mid(at)};
        }
        for (size_t p = 0; p < pages.size(); ++p) {
            QString text = pages[p].join(u'\n');
            if (f[Dim::Footer] == 3)
                text = header + u'\n' + text;
            if (f[Dim::Footer] == 1)
                text += QStringLiteral("\n第 %1 页 共 %2 页").arg(p + 1).arg(pages.size());
            if (f[Dim::Footer] == 2)
                text += QStringLiteral("\n- %1 -").arg(out.pages.size() + 1);
            out.pages.push_back(noisy(text, f[Dim::Noise]));
            out.pageTypes.push_back(d.type);
            out.firstPages.push_back(p == 0);
        }
    }
    return out;
}
} // namespace

namespace VariationWriter {
VariationDossier dossier(const VariationSpec &spec, const VariationFamily &family)
{
    const VariationWording w(spec, family);
    const VariationDocuments docs(w);
    return assemble(ordered(docs.all(), family[Dim::Order]), family, spec.agency + QStringLiteral("行政处罚案卷"));
}

VariationDossier loneDecision(const VariationSpec &spec, const VariationFamily &family)
{
    const VariationWording w(spec, family);
    const VariationDocuments docs(w);
    return assemble({docs.loneDecision()}, family, spec.agency);
}
} // namespace VariationWriter
