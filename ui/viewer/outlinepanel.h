// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dossier's outline: its documents (立案审批表, 决定书, …) with their pages, as a tree.
#include "domain/casedocument.h"

#include <QTreeWidget>
#include <vector>

class OutlinePanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    void setDocuments(const std::vector<casereview::CaseDocument> &documents, int pageCount);
    void setCurrentPage(int page);  // 0-based; marks the document holding it

signals:
    void pageActivated(int page);  // 0-based
};
