// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One change to the store, as the Workspace announces it after the write committed: what kind
// of thing changed and which cases it touched. Panels and models listen to Workspace::changed
// and refresh themselves from it; nobody refreshes a panel by hand.
#include <QMetaType>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace casereview {

struct ChangeEvent {
    enum class Kind {
        CasesAdded, // new cases stored (import)
        CaseText, // a case's pages, fields or documents changed (OCR, re-analysis)
        Findings, // a case's findings or the decisions on them changed
        Review, // a review or its answers changed
        Rectification, // rectification items, their status or evidence changed
        Standards, // the standards library changed
        Campaign, // a campaign's records changed
        Reports, // a report was issued or printed: the audit log has its record
        StoreRestored, // the whole store may differ (a backup restored, a store recovered)
    };

    Kind kind = Kind::CaseText;
    std::vector<qint64> caseIds;  // empty: not tied to particular cases

    bool touches(qint64 caseId) const
    {
        return caseIds.empty() || std::find(caseIds.begin(), caseIds.end(), caseId) != caseIds.end();
    }
};

} // namespace casereview

Q_DECLARE_METATYPE(casereview::ChangeEvent)
