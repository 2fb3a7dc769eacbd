// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistpanel.h"

#include "casefilterproxy.h"
#include "caselistmodel.h"
#include "rectification/trafficlightstyle.h"
#include "support/futurecallback.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace casereview;

CaseListPanel::CaseListPanel(Workspace &workspace, const QString &reviewer, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new CaseListModel(this)), m_proxy(new CaseFilterProxy(this)),
      m_filter(new QLineEdit(this)), m_state(new QComboBox(this)), m_light(new QComboBox(this)),
      m_uncertain(new QToolButton(this)), m_only(new QLabel(this)),
      m_clearOnly(new QToolButton(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    setAcceptDrops(true);
    m_model->setReviewer(reviewer);
    m_proxy->setSourceModel(m_model);
    using F = CaseFilterProxy::StateFilter;
    for (const auto &[filter, text] : {std::pair{F::All, tr("All cases")}, std::pair{F::NotReviewed, tr("Not reviewed")},
                                       std::pair{F::InProgress, tr("In review")}, std::pair{F::Submitted, tr("Submitted")},
                                       std::pair{F::Signed, tr("Signed")},
                                       std::pair{F::WithOpenFindings, tr("With open findings")}})
        m_state->addItem(text, int(filter));
    m_state->setAccessibleName(tr("Review state filter"));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(F(m_state->currentData().toInt()));
        updateEmptyState();
    });
    // -1 = any colour; otherwise the TrafficLight value.
    m_light->addItem(tr("All colours"), -1);
    for (TrafficLight light : {TrafficLight::Red, TrafficLight::Yellow, TrafficLight::Green})
        m_light->addItem(TrafficLightStyle::icon(light), TrafficLightStyle::name(light), int(light));
    m_light->setAccessibleName(tr("Rectification colour filter"));
    m_light->setToolTip(tr("Show only cases whose rectification traffic light (三色) has the chosen colour"));
    connect(m_light, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_light->currentData().toInt();
        m_proxy->setLightFilter(v < 0 ? std::nullopt : std::optional(TrafficLight(v)));
        updateEmptyState();
    });
    m_uncertain->setCheckable(true);
    m_uncertain->setText(tr("To check"));
    m_uncertain->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_uncertain->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_uncertain->setAccessibleName(tr("To-check filter"));
    m_uncertain->setToolTip(tr("Show only scanned cases with values read from doubtful OCR words, "
                               "which a reviewer must compare with the page"));
    connect(m_uncertain, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setUncertainOnly(on);
        updateEmptyState();
    });
    m_only->setWordWrap(true);
    m_only->setStyleSheet(QStringLiteral("background: #fff4d6; padding: 3px;"));
    m_clearOnly->setText(tr("Show all"));
    m_clearOnly->setAccessibleName(tr("Show all cases again"));
    connect(m_clearOnly, &QToolButton::clicked, this, &CaseListPanel::clearShowOnly);

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

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_state);
    top->addWidget(m_light);
    top->addWidget(m_uncertain);
    auto *only = new QHBoxLayout;
    only->addWidget(m_only, 1);
    only->addWidget(m_clearOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(only);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filter, m_state);
    setTabOrder(m_state, m_light);
    setTabOrder(m_light, m_uncertain);
    setTabOrder(m_uncertain, m_table);
    clearShowOnly();
    connect(&m_workspace, &Workspace::changed, this, &CaseListPanel::onChanged);
}

void CaseListPanel::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    switch (event.kind) {
    case K::CasesAdded:
    case K::StoreRestored:
        reload();
        return;
    case K::Standards:
    case K::Campaign:
    case K::Reports: return; // no column of the list shows them
    case K::CaseText:
    case K::Findings:
    case K::Review:
    case K::Rectification:
        if (event.caseIds.empty()) {
            reload();
            return;
        }
        for (qint64 id : event.caseIds)
            reloadCase(id);
        return;
    }
}

void CaseListPanel::reload()
{
    if (m_loading) {
        m_reloadAgain = true;  // read again once this read is in, so the list ends current
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    onFinished(this, m_workspace.caseSummaries(),
               [this](const std::vector<CaseSummary> &cases) {
                   m_loading = false;
                   if (m_reloadAgain)
                       return reload();
                   setCases(cases);
                   emit loaded(int(cases.size()));
               },
               [this](const Failure &failure) {
                   m_loading = false;
                   if (m_reloadAgain)
                       return reload();
                   emit loadFailed(failure);
               });
}

void CaseListPanel::reloadCase(qint64 id)
{
    if (m_loading) {
        m_reloadAgain = true;  // the read under way may have missed this change
        return;
    }
    ++m_rowReads;
    onFinished(this, m_workspace.caseSummary(id),
               [this](const std::optional<CaseSummary> &summary) {
                   --m_rowReads;
                   if (summary)
                       updateCase(*summary);
               },
               [this](const Failure &failure) {
                   --m_rowReads;
                   emit loadFailed(failure);
               });
}

void CaseListPanel::setCases(std::vector<CaseSummary> cases)
{
    const qint64 current = currentCase();
    m_model->setCases(std::move(cases));
    m_table->resizeColumnsToContents();
    // A long list of values to check is elided; the tooltip names them all.
    const int cap = fontMetrics().horizontalAdvance(QChar(0x4E00)) * 12 + 2 * style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (m_table->columnWidth(CaseListModel::UncertainColumn) > cap)
        m_table->setColumnWidth(CaseListModel::UncertainColumn, cap);
    if (current)
        selectCase(current);
    updateEmptyState();
}

void CaseListPanel::updateCase(const CaseSummary &summary) { m_model->updateCase(summary); }

void CaseListPanel::showOnly(const QSet<qint64> &ids, const QString &label)
{
    m_proxy->setIdFilter(ids);
    m_only->setText(tr("%1 — %n case(s)", nullptr, int(ids.size())).arg(label));
    m_only->show();
    m_clearOnly->show();
    updateEmptyState();
}

void CaseListPanel::clearShowOnly()
{
    m_proxy->setIdFilter(std::nullopt);
    m_only->hide();
    m_clearOnly->hide();
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

QList<qint64> CaseListPanel::selectedCases() const
{
    QList<qint64> ids;
    if (m_table->selectionModel())
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
            ids << row.data(CaseListModel::CaseIdRole).toLongLong();
    return ids;
}

int CaseListPanel::visibleCount() const { return m_proxy->rowCount(); }
// The saved state starts with the column count: a state saved with other columns is dropped
// rather than restored onto the wrong ones.
QByteArray CaseListPanel::headerState() const
{
    return QByteArray::number(int(CaseListModel::ColumnCount)) + ':' + m_table->horizontalHeader()->saveState();
}

void CaseListPanel::restoreHeaderState(const QByteArray &state)
{
    const QByteArray prefix = QByteArray::number(int(CaseListModel::ColumnCount)) + ':';
    if (state.startsWith(prefix))
        m_table->horizontalHeader()->restoreState(state.mid(prefix.size()));
}

void CaseListPanel::updateEmptyState()
{
    if (m_model->rowCount() == 0)
        m_empty->setText(tr("No cases yet.\n\nImport PDF case files with File ▸ Import (Ctrl+O), "
                            "or drop files and folders here."));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(m_filter->text().isEmpty() ? tr("No case matches the chosen filter.")
                                                    : tr("No case matches “%1”.").arg(m_filter->text()));
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
