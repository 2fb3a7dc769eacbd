// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"

#include "database.h"
#include "fieldrows.h"
#include "searchrepository.h"
#include "storageerror.h"

#include <QCryptographicHash>

namespace casereview {

namespace {
const QString kDatePrefix = QStringLiteral("date.");

void putField(Statement &st, qint64 caseId, const QString &key, const QString &value, const Evidence &ev,
              std::optional<bool> valid = std::nullopt)
{
    st.bind(1, caseId).bind(2, key).bind(3, value).bind(5, ev.page).bind(6, ev.snippet);
    if (valid)
        st.bind(4, qint64(*valid ? 1 : 0));
    else
        st.bindNull(4);
    st.exec();
    st.reset();
}

QString hashHex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

qint64 CaseRepository::add(const NewCase &c)
{
    if (c.pageTexts.empty())
        throw StorageError(StorageError::Kind::Integrity, QStringLiteral("a case needs at least one page"));
    if (hashHex(c.original) != c.sha256)
        throw StorageError(StorageError::Kind::Integrity,
                           QStringLiteral("SHA-256 of %1 does not match its content").arg(c.fileName));
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO files(sha256, size, data) VALUES (?, ?, ?)")
        .bind(1, c.sha256)
        .bind(2, qint64(c.original.size()))
        .bindBlob(3, c.original)
        .exec();
    const qint64 fileId = m_db.lastInsertId();
    m_db.prepare("INSERT INTO cases(file_id, file_name, source_path, page_count, imported_at, warnings, "
                 "uncertain_fields) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, fileId)
        .bind(2, c.fileName)
        .bind(3, c.sourcePath)
        .bind(4, qint64(c.pageTexts.size()))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(6, c.warnings.join(QLatin1Char('\n')))
        .bind(7, FieldRows::joinKeys(c.uncertainFields))
        .exec();
    const qint64 caseId = m_db.lastInsertId();

    Statement page = m_db.prepare("INSERT INTO pages(case_id, page_no, text) VALUES (?, ?, ?)");
    SearchRepository index(m_db);
    for (size_t i = 0; i < c.pageTexts.size(); ++i) {
        page.bind(1, caseId).bind(2, qint64(i + 1)).bind(3, c.pageTexts[i]).exec();
        page.reset();
        index.add(m_db.lastInsertId(), c.pageTexts[i]);
    }
    Statement pending = m_db.prepare("UPDATE pages SET source = 'pending' WHERE case_id = ? AND page_no = ?");
    for (int pageNo : c.pagesNeedingOcr) {
        pending.bind(1, caseId).bind(2, pageNo).exec();
        pending.reset();
    }
    writeAnalysis(caseId, c.analysis);
    tx.commit();
    return caseId;
}

void CaseRepository::writeAnalysis(qint64 caseId, const DossierAnalysis &analysis)
{
    Statement doc = m_db.prepare(
        "INSERT INTO documents(case_id, seq, type, first_page, last_page, title) VALUES (?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const CaseDocument &d : analysis.documents) {
        doc.bind(1, caseId).bind(2, seq++).bind(3, documentTypeKey(d.type)).bind(4, d.firstPage)
            .bind(5, d.lastPage).bind(6, d.title);
        doc.exec();
        doc.reset();
    }
    const DossierFields &f = analysis.fields;
    Statement field = m_db.prepare(
        "INSERT INTO fields(case_id, key, value, valid, page, snippet) VALUES (?, ?, ?, ?, ?, ?)");
    auto text = [&](const char *key, const std::optional<TextField> &v) {
        if (v)
            putField(field, caseId, QString::fromLatin1(key), v->value, v->evidence);
    };
    text("case_no", f.caseNo);
    text("agency", f.agency);
    text("party_name", f.partyName);
    text("case_type", f.caseType);
    if (f.partyType)
        putField(field, caseId, QStringLiteral("party_type"), partyTypeKey(f.partyType->value), f.partyType->evidence);
    if (f.partyUscc)
        putField(field, caseId, QStringLiteral("party_uscc"), f.partyUscc->value, f.partyUscc->evidence,
                 f.partyUscc->valid);
    if (f.fineAmount)
        putField(field, caseId, QStringLiteral("fine_amount_yuan"), QString::number(f.fineAmount->yuan, 'f', 2),
                 f.fineAmount->evidence);
    for (const auto &[key, date] : f.dates)
        putField(field, caseId, kDatePrefix + key, date.value.toString(Qt::ISODate), date.evidence);
    for (size_t i = 0; i < f.parties.size(); ++i) {
        const PartyRecord &p = f.parties[i];
        const QString prefix = QStringLiteral("party.%1.").arg(i + 1);
        putField(field, caseId, prefix + QLatin1String("name"), p.name.value, p.name.evidence);
        if (p.type)
            putField(field, caseId, prefix + QLatin1String("type"), partyTypeKey(p.type->value), p.type->evidence);
        if (p.uscc)
            putField(field, caseId, prefix + QLatin1String("uscc"), p.uscc->value, p.uscc->evidence, p.uscc->valid);
        if (p.penalty)
            putField(field, caseId, prefix + QLatin1String("penalty"), p.penalty->value, p.penalty->evidence);
        if (p.fine)
            putField(field, caseId, prefix + QLatin1String("fine_amount_yuan"), QString::number(p.fine->yuan, 'f', 2),
                     p.fine->evidence);
    }

    Statement officer = m_db.prepare("INSERT INTO officers(case_id, seq, name, cert_no, page) VALUES (?, ?, ?, ?, ?)");
    seq = 0;
    for (const Officer &o : f.officers) {
        officer.bind(1, caseId).bind(2, seq++).bind(3, o.name).bind(4, o.certNo)
            .bind(5, o.page);
        officer.exec();
        officer.reset();
    }
}

void CaseRepository::replaceAnalysis(qint64 caseId, const DossierAnalysis &analysis,
                                     const std::set<QString> &uncertainFields)
{
    Transaction tx(m_db);
    m_db.prepare("UPDATE cases SET uncertain_fields = ? WHERE id = ?")
        .bind(1, FieldRows::joinKeys(uncertainFields))
        .bind(2, caseId)
        .exec();
    for (const char *sql : {"DELETE FROM documents WHERE case_id = ?", "DELETE FROM fields WHERE case_id = ?",
                            "DELETE FROM officers WHERE case_id = ?"})
        m_db.prepare(sql).bind(1, caseId).exec();
    writeAnalysis(caseId, analysis);
    tx.commit();
}

DossierAnalysis CaseRepository::readAnalysis(qint64 caseId)
{
    DossierAnalysis a;
    Statement doc = m_db.prepare(
        "SELECT type, first_page, last_page, title FROM documents WHERE case_id = ? ORDER BY seq");
    doc.bind(1, caseId);
    while (doc.step())
        a.documents.push_back({documentTypeFromKey(doc.text(0)).value_or(DocumentType::Other), int(doc.int64(1)),
                               int(doc.int64(2)), doc.text(3)});

    Statement st = m_db.prepare("SELECT case_id, key, value, valid, page, snippet FROM fields WHERE case_id = ?");
    st.bind(1, caseId);
    DossierFields &f = a.fields;
    while (st.step()) {
        std::optional<bool> valid;
        if (!st.isNull(3))
            valid = st.int64(3) != 0;
        FieldRows::read(f, st.text(1), st.text(2), valid, {int(st.int64(4)), st.text(5)});
    }

    Statement off = m_db.prepare("SELECT name, cert_no, page FROM officers WHERE case_id = ? ORDER BY seq");
    off.bind(1, caseId);
    while (off.step())
        f.officers.push_back({off.text(0), off.text(1), int(off.int64(2))});
    return a;
}

std::optional<qint64> CaseRepository::findBySha256(const QString &sha256)
{
    Statement st = m_db.prepare("SELECT c.id FROM cases c JOIN files f ON f.id = c.file_id WHERE f.sha256 = ?");
    st.bind(1, sha256);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

std::vector<QString> CaseRepository::allSha256()
{
    std::vector<QString> out;
    Statement st = m_db.prepare("SELECT sha256 FROM files");
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::vector<CaseSummary> CaseRepository::list(std::optional<qint64> caseId)
{
    std::vector<CaseSummary> out;
    Statement st = m_db.prepare(R"sql(
SELECT c.id, c.file_name, f.sha256, c.page_count, c.imported_at,
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'case_no'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'agency'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'party_name'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'party_uscc'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'case_type'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'fine_amount_yuan'),
       (SELECT value FROM fields WHERE case_id = c.id AND key = 'date.decision'),
       c.uncertain_fields,
       (SELECT count(*) FROM fields WHERE case_id = c.id AND key LIKE 'party.%.name')
FROM cases c JOIN files f ON f.id = c.file_id
WHERE ?1 IS NULL OR c.id = ?1
ORDER BY c.id)sql");
    st.bind(1, caseId);
    while (st.step()) {
        CaseSummary s;
        s.id = st.int64(0);
        s.fileName = st.text(1);
        s.sha256 = st.text(2);
        s.pages = int(st.int64(3));
        s.importedAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        s.caseNo = st.text(5);
        s.agency = st.text(6);
        s.partyName = st.text(7);
        s.partyUscc = st.text(8);
        s.caseType = st.text(9);
        if (!st.isNull(10))
            s.fineAmountYuan = st.text(10).toDouble();
        s.decisionDate = QDate::fromString(st.text(11), Qt::ISODate);
        s.uncertainFields = FieldRows::splitKeys(st.text(12));
        s.partyCount = int(st.int64(13));
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<CaseRecord> CaseRepository::get(qint64 caseId)
{
    Statement st = m_db.prepare(
        "SELECT c.id, c.file_name, c.source_path, f.sha256, f.size, c.page_count, c.imported_at, c.warnings, "
        "c.uncertain_fields "
        "FROM cases c JOIN files f ON f.id = c.file_id WHERE c.id = ?");
    st.bind(1, caseId);
    if (!st.step())
        return std::nullopt;
    CaseRecord r;
    r.id = st.int64(0);
    r.fileName = st.text(1);
    r.sourcePath = st.text(2);
    r.sha256 = st.text(3);
    r.sizeBytes = st.int64(4);
    r.pages = int(st.int64(5));
    r.importedAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    const QString warnings = st.text(7);
    if (!warnings.isEmpty())
        r.warnings = warnings.split(QLatin1Char('\n'));
    r.uncertainFields = FieldRows::splitKeys(st.text(8));
    r.analysis = readAnalysis(caseId);
    return r;
}

std::optional<int> CaseRepository::pageCount(qint64 caseId)
{
    Statement st = m_db.prepare("SELECT page_count FROM cases WHERE id = ?");
    st.bind(1, caseId);
    if (!st.step())
        return std::nullopt;
    return int(st.int64(0));
}

std::vector<PageText> CaseRepository::pages(qint64 caseId)
{
    std::vector<PageText> out;
    Statement st = m_db.prepare("SELECT page_no, text FROM pages WHERE case_id = ? ORDER BY page_no");
    st.bind(1, caseId);
    while (st.step())
        out.push_back({int(st.int64(0)), st.text(1)});
    return out;
}

QByteArray CaseRepository::originalFile(qint64 caseId)
{
    Statement st = m_db.prepare("SELECT f.sha256, f.data FROM cases c JOIN files f ON f.id = c.file_id WHERE c.id = ?");
    st.bind(1, caseId);
    if (!st.step())
        throw StorageError(StorageError::Kind::NotFound, QStringLiteral("no case %1 in the store").arg(caseId));
    QByteArray data = st.blob(1);
    if (hashHex(data) != st.text(0))
        throw StorageError(StorageError::Kind::Integrity,
                           QStringLiteral("the stored file of case %1 is damaged: its SHA-256 no longer matches")
                               .arg(caseId));
    return data;
}

int CaseRepository::count()
{
    Statement st = m_db.prepare("SELECT count(*) FROM cases");
    st.step();
    return int(st.int64(0));
}

CaseRepository::Totals CaseRepository::totals()
{
    Statement st = m_db.prepare("SELECT (SELECT count(*) FROM pages), (SELECT coalesce(sum(size), 0) FROM files)");
    st.step();
    return {st.int64(0), st.int64(1)};
}

} // namespace casereview
