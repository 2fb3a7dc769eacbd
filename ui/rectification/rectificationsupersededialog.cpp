// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationsupersededialog.h"

#include "rectificationerrortext.h"
#include "rectification/rectificationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

RectificationSupersedeDialog::RectificationSupersedeDialog(RectificationService &service, const RectificationItem &item,
                                                           qint64 preselect, const QString &actor, QWidget *parent)
    : QDialog(parent), m_service(service), m_item(item), m_actor(actor), m_attachment(new QComboBox), m_reason(new QLineEdit),
      m_replacement(new QLineEdit), m_error(new QLabel)
{
    setMinimumWidth(460);
    setWindowTitle(tr("Supersede Attachment of Item %1").arg(item.id));
    auto *form = new QFormLayout(this);
    auto *explain = new QLabel(tr("A superseded attachment no longer counts as the agency's report or evidence. It is not "
                                  "deleted: it stays in the store, struck through, with your reason."));
    explain->setWordWrap(true);
    form->addRow(explain);
    try {
        for (const RectificationAttachment &a : m_service.attachments(item.id))
            if (!a.superseded)
                m_attachment->addItem(tr("%1 (%2, added %3 by %4)")
                                          .arg(a.fileName, QLocale().formattedDataSize(a.size), a.addedAt.left(10), a.addedBy),
                                      a.id);
    } catch (const std::exception &) {
    }
    chooseAttachment(preselect);
    form->addRow(tr("Attachment:"), m_attachment);
    m_reason->setPlaceholderText(tr("Why it is superseded (required)"));
    form->addRow(tr("Reason:"), m_reason);
    auto *fileRow = new QHBoxLayout;
    m_replacement->setPlaceholderText(tr("optional: the correct file"));
    auto *browse = new QPushButton(tr("Choose…"));
    fileRow->addWidget(m_replacement, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Replacement:"), fileRow);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("Supersede"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RectificationSupersedeDialog::updateState);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The correct report or evidence"), {},
                                                          tr("PDF files and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)"));
        if (!path.isEmpty())
            m_replacement->setText(path);
    });
    updateState();
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
QString RectificationSupersedeDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void RectificationSupersedeDialog::updateState()
{
    m_apply->setEnabled(m_attachment->count() > 0 && !m_reason->text().trimmed().isEmpty());
}

bool RectificationSupersedeDialog::apply()
{
    if (!canApply())
        return false;
    return RectificationErrorText::tryWrite(
        [&] {
            m_service.supersedeAttachment(m_item.id, chosenAttachment(),
                                          {m_reason->text(), m_replacement->text().trimmed(), m_actor});
        },
        m_error);
}

void RectificationSupersedeDialog::accept()
{
    if (apply())
        QDialog::accept();
}
