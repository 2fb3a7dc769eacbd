// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A dossier's page texts seen through its documents: the lines of one document, of all
// documents of a kind, or of the whole file. Borrows both vectors; keep them alive.
#include "domain/casedocument.h"
#include "pagelines.h"

#include <QString>
#include <vector>

namespace casereview {

class DossierText {
public:
    DossierText(const std::vector<QString> &pages, const std::vector<CaseDocument> &docs) : m_pages(pages), m_docs(docs) {}

    std::vector<const CaseDocument *> all(DocumentType t) const
    {
        std::vector<const CaseDocument *> out;
        for (const CaseDocument &d : m_docs)
            if (d.type == t)
                out.push_back(&d);
        return out;
    }
    const CaseDocument *first(DocumentType t) const
    {
        const auto v = all(t);
        return v.empty() ? nullptr : v.front();
    }
    PageLines lines(const CaseDocument *d) const { return d ? PageLines(m_pages, d->firstPage, d->lastPage) : PageLines(); }
    PageLines everything() const { return PageLines(m_pages, 1, int(m_pages.size())); }
    const std::vector<CaseDocument> &docs() const { return m_docs; }
    const std::vector<QString> &pages() const { return m_pages; }

private:
    const std::vector<QString> &m_pages;
    const std::vector<CaseDocument> &m_docs;
};

} // namespace casereview
