// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistpanel.h"

#include "caselistmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

CaseListPanel::CaseListPanel(QWidget *parent)
    : QWidget(parent), m_model(new CaseListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Search cases: number, agency, party, type…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Case filter"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaseListModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Case list"));
    m_table->setColumnHidden(CaseListModel::File, true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toLongLong());
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filter, m_table);
    updateEmptyState();
}

void CaseListPanel::setCases(std::vector<CaseSummary> cases)
{
    const qint64 current = currentCase();
    m_model->setCases(std::move(cases));
    m_table->resizeColumnsToContents();
    if (current)
        selectCase(current);
    updateEmptyState();
}

void CaseListPanel::selectCase(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CaseListModel::CaseIdRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

qint64 CaseListPanel::currentCase() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CaseListModel::CaseIdRole).toLongLong() : 0;
}

int CaseListPanel::visibleCount() const { return m_proxy->rowCount(); }
QByteArray CaseListPanel::headerState() const { return m_table->horizontalHeader()->saveState(); }

void CaseListPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void CaseListPanel::updateEmptyState()
{
    if (m_model->rowCount() == 0)
        m_empty->setText(tr("No cases yet.\n\nImport PDF case files with File ▸ Import (Ctrl+O), "
                            "or drop files and folders here."));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(tr("No case matches “%1”.").arg(m_filter->text()));
    m_stack->setCurrentWidget(m_proxy->rowCount() ? static_cast<QWidget *>(m_table) : m_empty);
}

void CaseListPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaseListPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit importRequested(paths);
}

bool CaseListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down/Enter in the search box move on to the table, so the keyboard never has to leave.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_proxy->rowCount()) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            if (key != Qt::Key_Down)
                emit caseActivated(currentCase());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
