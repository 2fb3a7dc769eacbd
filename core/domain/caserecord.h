// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stored case as the store returns it: identity, source file and its analysis.
#include "dossier.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

struct CaseSummary {
    qint64 id = 0;
    QString fileName;
    QString sha256;
    int pages = 0;
    QDateTime importedAt;
    QString caseNo;
    QString agency;
    QString partyName;
    QString partyUscc;
    QString caseType;
    std::optional<double> fineAmountYuan;
    QDate decisionDate;
};

struct CaseRecord {
    qint64 id = 0;
    QString fileName;    // the name it was imported under (display only)
    QString sourcePath;  // where it was imported from
    QString sha256;
    qint64 sizeBytes = 0;
    int pages = 0;
    QDateTime importedAt;
    QStringList warnings;  // import-time notes (no text found, repaired, restrictions …)
    DossierAnalysis analysis;
};

struct PageText {
    int page = 0;  // 1-based
    QString text;
};
