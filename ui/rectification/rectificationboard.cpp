// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationboard.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "overduebanner.h"
#include "rectificationattachmentlist.h"
#include "rectificationcorrectionactions.h"
#include "rectificationcreatedialog.h"
#include "rectificationdetailsdialog.h"
#include "rectificationfilterbar.h"
#include "rectificationhistorytext.h"
#include "rectificationledgerexport.h"
#include "rectificationrecheckdialog.h"
#include "rectificationstatusdialog.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationworkflow.h"
#include "support/failuretext.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace casereview;

// What one read of the board brings: the items and the selected item's details.
struct RectificationBoard::Snapshot {
    std::vector<RectificationItem> items;
    std::optional<Details> details;
};

RectificationBoard::RectificationBoard(Workspace &workspace, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_jobs(workspace), m_settings(settings), m_model(new RectificationBoardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new OverdueBanner;
    layout->addWidget(m_banner);
    m_filters = new RectificationFilterBar;
    layout->addWidget(m_filters);

    auto *split = new QSplitter(Qt::Vertical);
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(24);
    m_tree->header()->setSectionResizeMode(RectificationBoardModel::Problem, QHeaderView::Interactive);
    m_tree->header()->resizeSection(RectificationBoardModel::Problem, 260);
    split->addWidget(m_tree);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("rectificationDetails"));
    m_details->setWordWrap(true);
    // A word-wrapped label in a splitter pane is not given its height-for-width: reserve four lines.
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4 + 6);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_statusButton = new QPushButton(tr("Change Status…"));
    m_recheckButton = new QPushButton(tr("Re-check…"));
    m_openButton = new QPushButton(tr("Open Case at Page"));
    m_detailsButton = new QPushButton(tr("Edit Details…"));
    m_detailsButton->setToolTip(tr("Contact, kind and deadline"));
    buttons->addWidget(m_statusButton);
    buttons->addWidget(m_recheckButton);
    buttons->addWidget(m_detailsButton);
    buttons->addWidget(m_openButton);
    m_attachments = new RectificationAttachmentList;
    m_corrections = new RectificationCorrectionActions(workspace, settings, this, [this] { return m_attachments->currentAttachment(); });
    for (QAction *a : {m_corrections->withdrawAction(), m_corrections->supersedeAction()}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    detailLayout->addLayout(buttons);
    auto *lists = new QSplitter(Qt::Horizontal);
    for (auto [title, list] : {std::pair<QString, QListWidget *>{tr("Attachments (struck through: superseded):"), m_attachments},
                               {tr("History (from the audit log):"), m_history = new QListWidget}}) {
        auto *pane = new QWidget;
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->addWidget(new QLabel(title));
        paneLayout->addWidget(list, 1);
        lists->addWidget(pane);
    }
    lists->setStretchFactor(1, 2);
    detailLayout->addWidget(lists, 1);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RectificationBoard::showDetails);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] { changeStatus(); });
    connect(m_statusButton, &QPushButton::clicked, this, &RectificationBoard::changeStatus);
    connect(m_recheckButton, &QPushButton::clicked, this, &RectificationBoard::recheck);
    connect(m_detailsButton, &QPushButton::clicked, this, &RectificationBoard::editDetails);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem())
            emit caseRequested(item->caseId, item->pages().empty() ? 0 : item->pages().front());
    });
    connect(m_corrections, &RectificationCorrectionActions::applied, this, [this](qint64 id) { selectItem(id); });
    connect(m_filters, &RectificationFilterBar::changed, this, &RectificationBoard::showItems);
    connect(&workspace, &Workspace::changed, this, &RectificationBoard::onChanged);
    showItems();
    refresh();
}

void RectificationBoard::registerActions(ActionRegistry &registry)
{
    auto *create = new QAction(tr("Create &Rectification Items for This Case…"), this);
    registry.add(QStringLiteral("review.rectifyCreate"), ActionRegistry::Menu::Review, create);
    connect(create, &QAction::triggered, this, &RectificationBoard::createForCurrentCase);
    auto *exportLedger = new QAction(tr("Export Rectification &Ledger…"), this);
    exportLedger->setToolTip(tr("The items the rectification board shows, as XLSX, CSV or PDF"));
    registry.add(QStringLiteral("review.rectifyExport"), ActionRegistry::Menu::Review, exportLedger);
    connect(exportLedger, &QAction::triggered, this,
            [this] { RectificationLedgerExport::run(this, m_jobs.workspace(), m_filters->filter(), m_settings.reviewer()); });
    m_corrections->registerActions(registry);
}

void RectificationBoard::setGrouping(RectificationBoardModel::Grouping grouping)
{
    m_filters->setGrouping(grouping);
    showItems();
}

void RectificationBoard::setFilter(const RectificationBoardFilter &filter)
{
    m_filters->setFilter(filter);
    showItems();
}

QCheckBox *RectificationBoard::includeWithdrawnBox() const { return m_filters->includeWithdrawnBox(); }

QDate RectificationBoard::today() { return QDate::currentDate(); }  // RectificationService's clock

void RectificationBoard::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    if (event.kind == K::Rectification || event.kind == K::Review || event.kind == K::Findings ||
        event.kind == K::StoreRestored || event.kind == K::CasesAdded)
        refresh();
}

void RectificationBoard::refresh()
{
    if (m_loading) {
        m_loadAgain = true;  // the running read may predate the change
        return;
    }
    m_loading = true;
    const qint64 selected = currentItem() ? currentItem()->id : 0;
    onFinished(
        this, m_jobs.read([selected](RectificationService &service) {
            Snapshot out;
            if (!service.available())
                return out;
            RectificationFilter everything;
            everything.includeWithdrawn = true;  // the board filter decides
            out.items = service.items(everything);
            if (selected > 0)
                out.details = Details{selected, service.attachments(selected), service.history(selected)};
            return out;
        }),
        [this](const Snapshot &snapshot) {
            m_loading = false;
            if (std::exchange(m_loadAgain, false)) {
                refresh();
                return;
            }
            showSnapshot(snapshot);
        },
        [this](const Failure &f) {
            m_loading = false;
            if (std::exchange(m_loadAgain, false)) {
                refresh();
                return;
            }
            m_details->setText(tr("The case store could not be read.") + QLatin1Char(' ') + FailureText::message(f).toHtmlEscaped());
        });
}

void RectificationBoard::showSnapshot(const Snapshot &snapshot)
{
    m_all = snapshot.items;
    ++m_detailsGeneration;  // details read before these items are older than them
    m_fresh = snapshot.details;
    m_detailsId = 0;  // show the details again: the fresh ones, or read anew
    showItems();
    m_fresh.reset();
    if (m_selectWhenShown > 0 && selectItem(m_selectWhenShown))
        m_selectWhenShown = 0;
    emit loaded();
}

void RectificationBoard::showItems()
{
    const auto selected = currentItem();
    std::vector<RectificationItem> all = m_all;
    const QDate day = today();
    m_filters->fillAgencies(all, day);
    std::erase_if(all, [&](const RectificationItem &i) { return !m_filters->filter().matches(i, day); });
    m_model->setItems(std::move(all), day, m_filters->grouping());
    for (int g = 0; g < m_model->groupCount(); ++g)
        m_tree->setFirstColumnSpanned(g, {}, true);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(RectificationBoardModel::Light);
    m_tree->resizeColumnToContents(RectificationBoardModel::Deadline);
    if (!selected || !selectItem(selected->id))
        showDetails();
}

bool RectificationBoard::selectItem(qint64 itemId)
{
    const QModelIndex index = m_model->indexOf(itemId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showDetails();
    return true;
}

std::optional<RectificationItem> RectificationBoard::currentItem() const
{
    if (const RectificationItem *i = m_model->item(m_tree->currentIndex()))
        return *i;
    return std::nullopt;
}

bool RectificationBoard::bannerVisible() const { return !m_banner->isHidden(); }
QLabel *RectificationBoard::banner() const { return m_banner->text(); }

void RectificationBoard::showDetails()
{
    const auto item = currentItem();
    const bool live = item && !item->withdrawal;
    m_statusButton->setEnabled(live && !RectificationWorkflow::next(item->status).empty());
    m_recheckButton->setEnabled(live && RectificationWorkflow::afterRecheck(item->status, RecheckResult::Fail).has_value());
    m_openButton->setEnabled(item.has_value());
    m_detailsButton->setEnabled(live);
    m_corrections->setItem(item);
    if (!item) {
        m_detailsId = 0;
        m_history->clear();
        m_attachments->clear();
        m_details->setText(m_model->groupCount() ? tr("Select an item to see its details and history.")
                                                 : tr("No rectification items. Create them from a signed review with "
                                                      "Review ▸ Create Rectification Items for This Case…"));
        return;
    }
    QStringList pages;
    for (int p : item->pages())
        pages << QString::number(p);
    m_details->setText(tr("<b>%1</b><br>Legal basis: %2<br>%3 · %4 · case %5, page(s) %6<br>Deadline: %7 · contact: %8 · "
                          "%n attachment(s)", nullptr, item->attachmentCount)
                           .arg(item->problem.toHtmlEscaped(), item->legalBasis.toHtmlEscaped(),
                                item->agency.isEmpty() ? tr("(agency not recognised)") : item->agency.toHtmlEscaped(),
                                RectificationBoardModel::kindName(item->kind))
                           .arg(item->caseId)
                           .arg(pages.isEmpty() ? tr("not recorded") : pages.join(QStringLiteral(", ")),
                                m_model->deadlineText(*item), item->contact.isEmpty() ? tr("none") : item->contact.toHtmlEscaped()));
    if (item->withdrawal)
        m_details->setText(QStringLiteral("<span style='color:#777'><b>%1</b></span><br>%2")
                               .arg(RectificationBoardModel::withdrawalText(*item->withdrawal).toHtmlEscaped(), m_details->text()));
    if (m_fresh && m_fresh->itemId == item->id) {
        fillDetails(*m_fresh);
    } else if (item->id != m_detailsId) {
        m_history->clear();
        m_attachments->clear();
        loadDetails(item->id);
    }
    m_detailsId = item->id;
}

void RectificationBoard::loadDetails(qint64 itemId)
{
    const int generation = ++m_detailsGeneration;
    onFinished(
        this, m_jobs.read([itemId](RectificationService &service) {
            return Details{itemId, service.attachments(itemId), service.history(itemId)};
        }),
        [this, generation](const Details &details) {
            if (generation == m_detailsGeneration && details.itemId == m_detailsId)
                fillDetails(details);
        },
        [this, generation](const Failure &f) {
            if (generation == m_detailsGeneration)
                m_history->addItem(tr("The history could not be read.") + QLatin1Char(' ') + FailureText::message(f));
        });
}

void RectificationBoard::fillDetails(const Details &details)
{
    const int keep = m_attachments->currentRow();
    m_attachments->setAttachments(details.attachments);
    if (keep >= 0 && keep < m_attachments->count())
        m_attachments->setCurrentRow(keep);
    m_history->clear();
    for (const AuditEntry &e : details.history)
        m_history->addItem(RectificationHistoryText::describe(e));
}

void RectificationBoard::announceOverdue()
{
    onFinished(
        this, m_jobs.read([](RectificationService &service) {
            return service.available() ? service.items() : std::vector<RectificationItem>();
        }),
        [this](const std::vector<RectificationItem> &items) {
            const QDate day = today();
            const auto fresh = RectificationRules::newlyOverdue(items, m_settings.rectificationLastSeen(), day);
            m_settings.setRectificationLastSeen(day);
            if (const QString message = m_banner->announce(fresh); !message.isEmpty())
                emit notice(message);
            emit overdueAnnounced(int(fresh.size()));
        },
        [this](const Failure &) { emit overdueAnnounced(0); });  // the board itself says the store could not be read
}

void RectificationBoard::createForCurrentCase()
{
    if (m_caseId <= 0) {
        emit notice(tr("Open a case first."));
        return;
    }
    RectificationCreateDialog dialog(m_caseId, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RectificationService::CreateRequest request = dialog.request(m_settings.reviewer());
    RectificationJobs::whenDone(
        this, m_jobs.write({m_caseId}, [request](RectificationService &service) { return service.create(request); }),
        [this](const RectificationService::CreateResult &result) {
            QString message = tr("%n rectification item(s) created", nullptr, int(result.created.size()));
            if (result.alreadyTracked)
                message += tr("; %n problem(s) already had an item", nullptr, result.alreadyTracked);
            if (!result.casesWithoutSignedReview.empty())
                message += tr("; the case has no signed review, so only its findings were taken");
            emit notice(message);
            // The board reads the new items from the change stream: select the first once shown.
            if (!result.created.empty() && !selectItem(result.created.front().id))
                m_selectWhenShown = result.created.front().id;
        },
        [this](const QString &why) { QMessageBox::warning(this, tr("Rectification"), why); });
}

void RectificationBoard::changeStatus()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationStatusDialog dialog(m_jobs.workspace(), *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}

void RectificationBoard::recheck()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationRecheckDialog dialog(m_jobs.workspace(), *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}

void RectificationBoard::editDetails()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationDetailsDialog dialog(m_jobs.workspace(), *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}
