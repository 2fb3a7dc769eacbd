// SPDX-License-Identifier: GPL-3.0-or-later
#include "rectificationwritedialog.h"

#include <QLabel>

using namespace casereview;

RectificationWriteDialog::RectificationWriteDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_jobs(workspace), m_error(new QLabel)
{
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
}

QString RectificationWriteDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void RectificationWriteDialog::accept()
{
    if (!m_busy)
        apply();
}

void RectificationWriteDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->hide();
    emit busyChanged(busy);
}

void RectificationWriteDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}
