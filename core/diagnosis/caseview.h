// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The facts of one case as the rules read them: documents (from the analysis, or from page
// headings when the analysis has none), flat text per document with page-exact evidence, and
// the key dates (extracted fields first, then read from the right document).
#include "domain/dossier.h"
#include "textscan.h"

#include <QString>
#include <initializer_list>
#include <map>
#include <set>
#include <optional>
#include <vector>

namespace casereview {

struct DiagnosisInput {
    std::vector<CaseDocument> documents;
    std::vector<QString> pageTexts;  // index 0 = page 1
    DossierFields fields;
    // Scans: field keys whose value rests on low-confidence OCR (OcrDoubt::uncertainFields,
    // "dates.decision"), and OCR pages holding low-confidence words (lines may be incomplete).
    std::set<QString> uncertainFields{};
    std::set<int> doubtfulPages{};
};

struct DateFact {
    QDate date;
    Evidence evidence;
};

class CaseView {
public:
    explicit CaseView(const DiagnosisInput &input);

    const DossierFields &fields() const { return m_fields; }
    const std::vector<CaseDocument> &documents() const { return m_documents; }
    // Documents that play `type`'s role: by their title, or by what their text does (a combined
    // 事先（听证）告知书 is both a prior notice and a hearing notice; a form titled in a way no
    // rule knows is what its content makes it). See DocumentTyper.
    std::vector<CaseDocument> ofType(DocumentType type) const;
    std::optional<CaseDocument> first(DocumentType type) const;
    bool has(DocumentType type) const { return first(type).has_value(); }
    bool plays(const CaseDocument &doc, DocumentType type) const;
    // A document the typing could not place (Other) whose text still speaks of `words` (every
    // one of them): where a missing document may be hiding, for a hint instead of a finding.
    std::optional<CaseDocument> unplacedMentioning(std::initializer_list<const char16_t *> words) const;

    // Flat text of a document's pages, joined; offsets map back to pages with evidence().
    QString text(const CaseDocument &doc) const;
    Evidence evidence(const CaseDocument &doc, qsizetype start, qsizetype length) const;
    Evidence pageEvidence(const CaseDocument &doc) const;  // first line of the document
    int pageCount() const { return int(m_flat.size()); }
    // Every page carries a text layer, so an absent document is really absent.
    bool textComplete() const { return m_unreadablePages == 0; }
    bool readable(const CaseDocument &doc) const;
    bool pageReadable(int page) const;

    // Keys: filed, decision, delivered, notice, notice_delivered, hearing_notice,
    // hearing_notice_delivered, inspected.
    std::optional<DateFact> date(const QString &key) const;
    // The date is an extracted field marked uncertain (OcrDoubt) that was read from running
    // text, a stand-in for the unreadable line where the date belongs, or completed from
    // another document's date because that line is damaged.
    bool uncertain(const DateFact &d) const;
    // An OCR page whose text may miss or misread words: absence on it is not proof.
    bool pageDoubtful(int page) const { return m_doubtfulPages.count(page) > 0; }
    // The first doubtful page of a document, or 0.
    int doubtfulPageOf(const CaseDocument &doc) const;
    // The 送达回证 for the document `served` (the first receipt after it naming its kind).
    std::optional<CaseDocument> receiptFor(const CaseDocument &served) const;

    static std::vector<CaseDocument> classifyPages(const std::vector<QString> &flatPages);

private:
    std::optional<DateFact> ownDate(const QString &key) const;
    // A date in the narrative of the decision (or notice, report) followed by `after`.
    std::optional<DateFact> narratedDate(const QString &after, const QString &mustContain) const;
    std::optional<DateFact> lastDate(const std::optional<CaseDocument> &doc) const;
    std::optional<DateFact> labelledDate(const std::optional<CaseDocument> &doc, const QString &labels) const;

    std::vector<QString> m_flat;
    std::vector<CaseDocument> m_documents;
    std::vector<std::vector<DocumentType>> m_roles;  // per document, its type first
    DossierFields m_fields;
    std::set<QString> m_uncertainFields;
    std::set<int> m_doubtfulPages;
    int m_unreadablePages = 0;
    mutable std::map<QString, std::optional<DateFact>> m_dateCache;
};

} // namespace casereview
