// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepanel.h"

#include <QHeaderView>
#include <QSignalBlocker>

using namespace casereview;

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
}

OutlinePanel::OutlinePanel(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Document"), tr("Pages")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setAccessibleName(tr("Dossier outline"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit pageActivated(item->data(0, kPageRole).toInt());
    });
}

void OutlinePanel::setDocuments(const std::vector<CaseDocument> &documents, int pageCount)
{
    const QSignalBlocker block(this);
    clear();
    if (documents.empty() && pageCount > 0) {
        auto *item = new QTreeWidgetItem(this, {tr("Whole file (no documents recognised)"),
                                                QStringLiteral("1–%1").arg(pageCount)});
        item->setData(0, kPageRole, 0);
        return;
    }
    for (const CaseDocument &doc : documents) {
        const QString name = doc.type == DocumentType::Other && !doc.title.isEmpty() ? doc.title : documentTypeTitle(doc.type);
        const QString pages = doc.firstPage == doc.lastPage ? QString::number(doc.firstPage)
                                                            : QStringLiteral("%1–%2").arg(doc.firstPage).arg(doc.lastPage);
        auto *item = new QTreeWidgetItem(this, {name, pages});
        item->setData(0, kPageRole, doc.firstPage - 1);
        item->setToolTip(0, doc.title.isEmpty() ? name : doc.title);
        if (doc.lastPage > doc.firstPage)
            for (int p = doc.firstPage; p <= doc.lastPage; ++p) {
                auto *child = new QTreeWidgetItem(item, {tr("Page %1").arg(p), QString::number(p)});
                child->setData(0, kPageRole, p - 1);
            }
    }
}

void OutlinePanel::setCurrentPage(int page)
{
    const QSignalBlocker block(this);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        const int first = top->data(0, kPageRole).toInt();
        const int next = i + 1 < topLevelItemCount() ? topLevelItem(i + 1)->data(0, kPageRole).toInt() : INT_MAX;
        if (page >= first && page < next) {
            QTreeWidgetItem *target = top;
            for (int c = 0; c < top->childCount(); ++c)
                if (top->child(c)->data(0, kPageRole).toInt() == page)
                    target = top->child(c);
            if (top->isExpanded() || target == top)
                setCurrentItem(target);
            else
                setCurrentItem(top);
            return;
        }
    }
}
