// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationboard.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "overduebanner.h"
#include "rectificationattachmentlist.h"
#include "rectificationcorrectionactions.h"
#include "rectificationcreatedialog.h"
#include "rectificationdetailsdialog.h"
#include "rectificationerrortext.h"
#include "rectificationhistorytext.h"
#include "rectificationledgerexport.h"
#include "rectificationrecheckdialog.h"
#include "rectificationstatusdialog.h"
#include "trafficlightstyle.h"
#include "rectification/rectificationrules.h"
#include "rectification/rectificationservice.h"
#include "rectification/rectificationworkflow.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

RectificationBoard::RectificationBoard(Database &db, RectificationService &service, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_db(db), m_service(service), m_settings(settings), m_model(new RectificationBoardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new OverdueBanner;
    layout->addWidget(m_banner);
    layout->addWidget(buildFilters());

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
    m_corrections = new RectificationCorrectionActions(service, settings, this, [this] { return m_attachments->currentAttachment(); });
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
    connect(&m_service, &RectificationService::changed, this, [this](RectificationService::ChangeKind, qint64 id) { onServiceChanged(id); });
    refresh();
}

QWidget *RectificationBoard::buildFilters()
{
    auto *bar = new QWidget;
    auto *l = new QHBoxLayout(bar);
    l->setContentsMargins(0, 0, 0, 0);
    m_groupBox = new QComboBox;
    m_groupBox->addItem(tr("By status"));
    m_groupBox->addItem(tr("By agency"));
    m_agencyBox = new QComboBox;
    m_agencyBox->setMinimumContentsLength(10);
    m_agencyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusBox = new QComboBox;
    m_statusBox->addItem(tr("All statuses"));
    for (RectificationStatus s : RectificationKeys::allStatuses())
        m_statusBox->addItem(RectificationBoardModel::statusName(s), int(s));
    m_lightBox = new QComboBox;
    m_lightBox->addItem(tr("All colours"));
    for (TrafficLight t : {TrafficLight::Red, TrafficLight::Yellow, TrafficLight::Green})
        m_lightBox->addItem(TrafficLightStyle::icon(t), TrafficLightStyle::name(t), int(t));
    m_overdueBox = new QCheckBox(tr("Overdue only"));
    m_withdrawnBox = new QCheckBox(tr("Include withdrawn"));
    m_withdrawnBox->setToolTip(tr("Also list items withdrawn as made by mistake; they count nowhere"));
    l->addWidget(m_groupBox);
    l->addWidget(m_agencyBox, 1);
    l->addWidget(m_statusBox);
    l->addWidget(m_lightBox);
    l->addWidget(m_overdueBox);
    l->addWidget(m_withdrawnBox);
    auto changed = [this] {
        readFilters();
        refresh();
    };
    connect(m_groupBox, &QComboBox::activated, this, changed);
    connect(m_agencyBox, &QComboBox::activated, this, changed);
    connect(m_statusBox, &QComboBox::activated, this, changed);
    connect(m_lightBox, &QComboBox::activated, this, changed);
    connect(m_overdueBox, &QCheckBox::toggled, this, changed);
    connect(m_withdrawnBox, &QCheckBox::toggled, this, changed);
    return bar;
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
            [this] { RectificationLedgerExport::run(this, m_db.path(), m_filter, m_settings.reviewer()); });
    m_corrections->registerActions(registry);
}

void RectificationBoard::readFilters()
{
    m_grouping = m_groupBox->currentIndex() == 1 ? RectificationBoardModel::Grouping::ByAgency : RectificationBoardModel::Grouping::ByStatus;
    m_filter.agency = m_agencyBox->currentIndex() > 0 ? m_agencyBox->currentData().toString() : QString();
    m_filter.status = m_statusBox->currentIndex() > 0 ? std::optional(RectificationStatus(m_statusBox->currentData().toInt())) : std::nullopt;
    m_filter.light = m_lightBox->currentIndex() > 0 ? std::optional(TrafficLight(m_lightBox->currentData().toInt())) : std::nullopt;
    m_filter.overdueOnly = m_overdueBox->isChecked();
    m_filter.includeWithdrawn = m_withdrawnBox->isChecked();
}

void RectificationBoard::setGrouping(RectificationBoardModel::Grouping grouping)
{
    m_groupBox->setCurrentIndex(grouping == RectificationBoardModel::Grouping::ByAgency ? 1 : 0);
    readFilters();
    refresh();
}

void RectificationBoard::setFilter(const RectificationBoardFilter &filter)
{
    const QSignalBlocker block(m_overdueBox);
    const QSignalBlocker blockWithdrawn(m_withdrawnBox);
    m_filter = filter;
    m_withdrawnBox->setChecked(filter.includeWithdrawn);
    m_statusBox->setCurrentIndex(filter.status ? m_statusBox->findData(int(*filter.status)) : 0);
    m_lightBox->setCurrentIndex(filter.light ? m_lightBox->findData(int(*filter.light)) : 0);
    m_overdueBox->setChecked(filter.overdueOnly);
    refresh();
    m_agencyBox->setCurrentIndex(qMax(0, m_agencyBox->findData(filter.agency)));
}

void RectificationBoard::fillAgencies(const std::vector<RectificationItem> &items)
{
    const QSignalBlocker block(m_agencyBox);
    m_agencyBox->clear();
    m_agencyBox->addItem(tr("All agencies"), QString());
    const auto summaries = RectificationRules::perAgency(items, m_service.today());
    for (auto it = summaries.begin(); it != summaries.end(); ++it)
        m_agencyBox->addItem(TrafficLightStyle::icon(it->light), it.key().isEmpty() ? tr("(agency not recognised)") : it.key(), it.key());
    m_agencyBox->setCurrentIndex(m_filter.agency.isEmpty() ? 0 : qMax(0, m_agencyBox->findData(m_filter.agency)));
}

void RectificationBoard::refresh()
{
    const auto selected = currentItem();
    std::vector<RectificationItem> all;
    try {
        if (m_service.available()) {
            RectificationFilter everything;
            everything.includeWithdrawn = true;  // the board filter decides
            all = m_service.items(everything);
        }
    } catch (const StorageError &) {
        m_details->setText(tr("The case store could not be read."));
    }
    fillAgencies(all);
    const QDate today = m_service.today();
    std::erase_if(all, [&](const RectificationItem &i) { return !m_filter.matches(i, today); });
    m_model->setItems(std::move(all), today, m_grouping);
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
    m_history->clear();
    m_attachments->clear();
    const auto item = currentItem();
    const bool live = item && !item->withdrawal;
    m_statusButton->setEnabled(live && !RectificationWorkflow::next(item->status).empty());
    m_recheckButton->setEnabled(live && RectificationWorkflow::afterRecheck(item->status, RecheckResult::Fail).has_value());
    m_openButton->setEnabled(item.has_value());
    m_detailsButton->setEnabled(live);
    m_corrections->setItem(item);
    if (!item) {
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
    try {
        m_attachments->setAttachments(m_service.attachments(item->id));
        for (const AuditEntry &e : m_service.history(item->id))
            m_history->addItem(RectificationHistoryText::describe(e));
    } catch (const StorageError &) {
    }
}

void RectificationBoard::onServiceChanged(qint64 itemId)
{
    // Creating many items signals once per item: refresh once, when the event loop is next free.
    m_changedItems.insert(itemId);
    if (m_changedItems.size() > 1)
        return;
    QTimer::singleShot(0, this, [this] {
        QSet<qint64> cases;
        for (qint64 id : std::exchange(m_changedItems, {})) {
            try {
                for (qint64 c : m_service.item(id).caseIds())
                    cases.insert(c);
            } catch (const std::exception &) {
            }
        }
        refresh();
        for (qint64 c : cases)
            emit caseChanged(c);
    });
}

int RectificationBoard::announceOverdue()
{
    const QDate today = m_service.today();
    std::vector<RectificationItem> fresh;
    try {
        if (m_service.available())
            fresh = RectificationRules::newlyOverdue(m_service.items(), m_settings.rectificationLastSeen(), today);
    } catch (const StorageError &) {
        return 0;
    }
    m_settings.setRectificationLastSeen(today);
    if (const QString message = m_banner->announce(fresh); !message.isEmpty())
        emit notice(message);
    return int(fresh.size());
}

void RectificationBoard::createForCurrentCase()
{
    if (m_caseId <= 0) {
        emit notice(tr("Open a case first."));
        return;
    }
    RectificationCreateDialog dialog(m_caseId, m_service.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const auto result = m_service.create(dialog.request(m_settings.reviewer()));
        QString message = tr("%n rectification item(s) created", nullptr, int(result.created.size()));
        if (result.alreadyTracked)
            message += tr("; %n problem(s) already had an item", nullptr, result.alreadyTracked);
        if (!result.casesWithoutSignedReview.empty())
            message += tr("; the case has no signed review, so only its findings were taken");
        emit notice(message);
        if (!result.created.empty())
            selectItem(result.created.front().id);
    } catch (const RectificationError &e) {
        QMessageBox::warning(this, tr("Rectification"), RectificationErrorText::describe(e));
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("Rectification"), RectificationErrorText::describe(e));
    }
}

void RectificationBoard::changeStatus()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationStatusDialog dialog(m_service, *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}

void RectificationBoard::recheck()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationRecheckDialog dialog(m_db, m_service, *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}

void RectificationBoard::editDetails()
{
    const auto item = currentItem();
    if (!item)
        return;
    RectificationDetailsDialog dialog(m_service, *item, m_settings.reviewer(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectItem(item->id);
}
