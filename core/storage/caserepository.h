// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cases and everything imported with them: the original file (byte-exact), page texts,
// documents, extracted fields and the search index rows. Returns plain structs.
#include "domain/caserecord.h"

#include <QByteArray>
#include <optional>
#include <set>
#include <vector>

namespace casereview {

class Database;

struct NewCase {
    QString fileName;
    QString sourcePath;
    QString sha256;  // hex, lower case, of `original`
    QByteArray original;
    QStringList warnings;
    std::vector<QString> pageTexts;  // index 0 = page 1
    std::vector<int> pagesNeedingOcr;  // 1-based pages without a usable text layer
    DossierAnalysis analysis;
    std::set<QString> uncertainFields;  // OcrDoubt keys; none until pages are OCR'd
};

class CaseRepository {
public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    // Writes the case and all its rows in one transaction; returns the new case id.
    // Throws StorageError (nothing is written then).
    qint64 add(const NewCase &c);
    std::optional<qint64> findBySha256(const QString &sha256);
    std::vector<QString> allSha256();

    // Every case, or just `caseId`.
    std::vector<CaseSummary> list(std::optional<qint64> caseId = std::nullopt);
    std::optional<CaseRecord> get(qint64 caseId);
    // The case's page count; nullopt when there is no such case. Reads only the case row.
    std::optional<int> pageCount(qint64 caseId);
    std::vector<PageText> pages(qint64 caseId);
    // Replaces documents, fields, officers and the keys of the fields resting on doubtful OCR
    // words (after OCR added text). One transaction.
    void replaceAnalysis(qint64 caseId, const DossierAnalysis &analysis, const std::set<QString> &uncertainFields);
    // The original PDF bytes; throws StorageError(Integrity) if they no longer match the SHA-256.
    QByteArray originalFile(qint64 caseId);
    int count();
    // How much the store holds: every page of every case, and the bytes of the original PDFs.
    struct Totals {
        qint64 pages = 0;
        qint64 originalBytes = 0;
    };
    Totals totals();

private:
    void writeAnalysis(qint64 caseId, const DossierAnalysis &analysis);
    DossierAnalysis readAnalysis(qint64 caseId);

    Database &m_db;
};

} // namespace casereview
