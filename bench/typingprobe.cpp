// SPDX-License-Identifier: GPL-3.0-or-later
// Prints, for dossier texts given as files (pages separated by form feeds, as `pdftotext -layout`
// writes them), the documents the splitter finds with their roles and the notice and decision
// dates, one JSON object per line. For measuring document typing on text variations without
// making PDFs: bench/typing_variations.py writes the variations and compares the output.
#include "extraction/documenttyper.h"
#include "extraction/dossierdates.h"
#include "extraction/dossiersplitter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace casereview;

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        std::vector<QString> pages;
        for (const QString &p : QString::fromUtf8(file.readAll()).split(u'\f'))
            pages.push_back(p);
        if (!pages.empty() && pages.back().trimmed().isEmpty())
            pages.pop_back();
        const auto docs = DossierSplitter::split(pages);
        QJsonArray docArray;
        for (const CaseDocument &d : docs) {
            QString text;
            for (int p = d.firstPage; p <= d.lastPage; ++p)
                text += pages[size_t(p - 1)] + u'\n';
            QJsonArray roles;
            for (const auto &r : DocumentTyper::roles(d.title, text))
                roles.append(documentTypeKey(r.type));
            docArray.append(QJsonObject{{QStringLiteral("type"), documentTypeKey(d.type)},
                                        {QStringLiteral("first"), d.firstPage},
                                        {QStringLiteral("last"), d.lastPage},
                                        {QStringLiteral("title"), d.title},
                                        {QStringLiteral("roles"), roles}});
        }
        DossierFields fields;
        DossierDates::read(DossierText(pages, docs), fields);
        QJsonObject dates;
        for (const auto &[key, value] : fields.dates)
            dates.insert(key, value.value.toString(Qt::ISODate));
        const QJsonObject out{{QStringLiteral("id"), QFileInfo(file.fileName()).completeBaseName()},
                              {QStringLiteral("documents"), docArray},
                              {QStringLiteral("dates"), dates}};
        std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
