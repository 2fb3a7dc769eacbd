// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationstatusdialog.h"

#include "rectificationboardmodel.h"
#include "rectification/rectificationworkflow.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace casereview;

RectificationStatusDialog::RectificationStatusDialog(Workspace &workspace, const RectificationItem &item,
                                                     const QString &actor, QWidget *parent)
    : RectificationWriteDialog(workspace, parent), m_item(item), m_actor(actor), m_group(new QButtonGroup(this)),
      m_note(new QPlainTextEdit), m_files(new QListWidget), m_hint(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Change Rectification Status"));
    auto *layout = new QVBoxLayout(this);
    auto *head = new QLabel(tr("<b>Item %1</b>: %2<br>Current status: <b>%3</b>")
                                .arg(item.id)
                                .arg(item.problem.toHtmlEscaped(), RectificationBoardModel::statusName(item.status)));
    head->setWordWrap(true);
    layout->addWidget(head);

    auto *box = new QGroupBox(tr("New status"));
    auto *boxLayout = new QVBoxLayout(box);
    // Withdrawing has its own dialog, which asks for the reason.
    auto allowed = RectificationWorkflow::next(item.status);
    std::erase(allowed, RectificationStatus::Withdrawn);
    for (RectificationStatus s : RectificationKeys::allStatuses()) {
        if (s == item.status || s == RectificationStatus::Withdrawn)
            continue;
        auto *radio = new QRadioButton(RectificationBoardModel::statusName(s));
        const bool legal = std::find(allowed.begin(), allowed.end(), s) != allowed.end();
        radio->setEnabled(legal);
        if (!legal)
            radio->setToolTip(tr("Not allowed from “%1”.").arg(RectificationBoardModel::statusName(item.status)));
        m_group->addButton(radio);
        m_targets[s] = radio;
        boxLayout->addWidget(radio);
    }
    layout->addWidget(box);

    auto *form = new QFormLayout;
    m_note->setPlaceholderText(tr("What was done or checked (needed for a re-check)"));
    m_note->setMaximumHeight(90);
    form->addRow(tr("Note:"), m_note);
    auto *fileRow = new QHBoxLayout;
    m_files->setMaximumHeight(80);
    fileRow->addWidget(m_files, 1);
    auto *add = new QPushButton(tr("Attach Files…"));
    add->setToolTip(tr("The agency's rectification report or evidence: PDF files or images"));
    fileRow->addWidget(add, 0, Qt::AlignTop);
    form->addRow(tr("Attachments:"), fileRow);
    layout->addLayout(form);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(errorLabel());
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &RectificationStatusDialog::chooseFiles);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &RectificationStatusDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &RectificationWriteDialog::busyChanged, this, &RectificationStatusDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (allowed.size() == 1)
        m_targets[allowed.front()]->setChecked(true);
    updateState();
    resize(520, sizeHint().height());
}

bool RectificationStatusDialog::isTargetEnabled(RectificationStatus status) const
{
    const auto it = m_targets.find(status);
    return it != m_targets.end() && it->second->isEnabled();
}

void RectificationStatusDialog::setTarget(RectificationStatus status)
{
    if (const auto it = m_targets.find(status); it != m_targets.end() && it->second->isEnabled())
        it->second->setChecked(true);
}

void RectificationStatusDialog::setNote(const QString &note) { m_note->setPlainText(note); }

void RectificationStatusDialog::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        auto *row = new QListWidgetItem(QFileInfo(p).fileName(), m_files);
        row->setData(Qt::UserRole, p);
        row->setToolTip(p);
    }
    updateState();
}

void RectificationStatusDialog::chooseFiles()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Attach the agency's report or evidence"), {},
                                           tr("Reports and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff);;All files (*)")));
}

std::optional<RectificationStatus> RectificationStatusDialog::target() const
{
    for (const auto &[status, radio] : m_targets)
        if (radio->isChecked())
            return status;
    return std::nullopt;
}

void RectificationStatusDialog::updateState()
{
    const auto to = target();
    const RectificationWorkflow::Context ctx{m_item.attachmentCount + m_files->count() > 0, !m_note->toPlainText().trimmed().isEmpty()};
    const auto check = to ? RectificationWorkflow::check(m_item.status, *to, ctx) : RectificationWorkflow::Check::Illegal;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check == RectificationWorkflow::Check::Allowed && !isBusy());
    switch (check) {
    case RectificationWorkflow::Check::NeedsAttachment:
        m_hint->setText(tr("Closing needs the agency's report or evidence: attach a PDF or an image."));
        break;
    case RectificationWorkflow::Check::NeedsNote: m_hint->setText(tr("This is a re-check: write a re-check note.")); break;
    default: m_hint->setText(to ? QString() : tr("Choose the new status.")); break;
    }
}

bool RectificationStatusDialog::canApply() const { return m_buttons->button(QDialogButtonBox::Ok)->isEnabled(); }

bool RectificationStatusDialog::apply()
{
    const auto to = target();
    if (!to || !canApply())
        return false;
    QStringList files;
    for (int r = 0; r < m_files->count(); ++r)
        files << m_files->item(r)->data(Qt::UserRole).toString();
    const QString note = m_note->toPlainText().trimmed();
    const RectificationService::StatusChange change{*to, note, files, m_actor};
    return submit(jobs().write(m_item.caseIds(), [id = m_item.id, change](RectificationService &service) {
        return service.changeStatus(id, change);
    }));
}
