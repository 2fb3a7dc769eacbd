// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationsupersededialog.h"


#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace casereview;

RectificationSupersedeDialog::RectificationSupersedeDialog(Workspace &workspace, const RectificationItem &item,
                                                           qint64 preselect, const QString &actor, QWidget *parent)
    : RectificationWriteDialog(workspace, parent), m_item(item), m_actor(actor), m_attachment(new QComboBox), m_reason(new QLineEdit),
      m_replacement(new QLineEdit)
{
    setMinimumWidth(460);
    setWindowTitle(tr("Supersede Attachment of Item %1").arg(item.id));
    auto *form = new QFormLayout(this);
    auto *explain = new QLabel(tr("A superseded attachment no longer counts as the agency's report or evidence. It is not "
                                  "deleted: it stays in the store, struck through, with your reason."));
    explain->setWordWrap(true);
    form->addRow(explain);
    m_attachment->setPlaceholderText(tr("Reading the attachments…"));
    form->addRow(tr("Attachment:"), m_attachment);
    m_reason->setPlaceholderText(tr("Why it is superseded (required)"));
    form->addRow(tr("Reason:"), m_reason);
    auto *fileRow = new QHBoxLayout;
    m_replacement->setPlaceholderText(tr("optional: the correct file"));
    auto *browse = new QPushButton(tr("Choose…"));
    fileRow->addWidget(m_replacement, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Replacement:"), fileRow);
    form->addRow(errorLabel());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("Supersede"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RectificationSupersedeDialog::updateState);
    connect(this, &RectificationWriteDialog::busyChanged, this, &RectificationSupersedeDialog::updateState);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The correct report or evidence"), {},
                                                          tr("PDF files and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)"));
        if (!path.isEmpty())
            m_replacement->setText(path);
    });
    updateState();
    load(preselect);
}

void RectificationSupersedeDialog::load(qint64 preselect)
{
    RectificationJobs::whenDone(
        this, jobs().read([id = m_item.id](RectificationService &service) { return service.attachments(id); }),
        [this, preselect](const std::vector<RectificationAttachment> &attachments) {
            for (const RectificationAttachment &a : attachments)
                if (!a.superseded)
                    m_attachment->addItem(tr("%1 (%2, added %3 by %4)")
                                              .arg(a.fileName, QLocale().formattedDataSize(a.size), a.addedAt.left(10), a.addedBy),
                                          a.id);
            m_attachment->setPlaceholderText(tr("The item has no current attachment."));
            chooseAttachment(preselect);
            m_loaded = true;
            updateState();
        },
        [this](const QString &why) {
            m_attachment->setPlaceholderText(tr("The attachments could not be read."));
            errorLabel()->setText(why);
            errorLabel()->show();
            m_loaded = true;
        });
}

int RectificationSupersedeDialog::choiceCount() const { return m_attachment->count(); }
qint64 RectificationSupersedeDialog::chosenAttachment() const { return m_attachment->currentData().toLongLong(); }

void RectificationSupersedeDialog::chooseAttachment(qint64 attachmentId)
{
    m_attachment->setCurrentIndex(qMax(0, m_attachment->findData(attachmentId)));
}

void RectificationSupersedeDialog::setReason(const QString &reason) { m_reason->setText(reason); }
void RectificationSupersedeDialog::setReplacement(const QString &path) { m_replacement->setText(path); }
bool RectificationSupersedeDialog::canApply() const { return m_apply->isEnabled(); }

void RectificationSupersedeDialog::updateState()
{
    m_apply->setEnabled(m_attachment->count() > 0 && !m_reason->text().trimmed().isEmpty() && !isBusy());
}

bool RectificationSupersedeDialog::apply()
{
    if (!canApply())
        return false;
    const RectificationService::SupersedeRequest request{m_reason->text(), m_replacement->text().trimmed(), m_actor};
    return submit(jobs().write(m_item.caseIds(), [id = m_item.id, attachment = chosenAttachment(), request](RectificationService &service) {
        return service.supersedeAttachment(id, attachment, request);
    }));
}
