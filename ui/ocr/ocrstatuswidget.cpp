// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

OcrStatusWidget::OcrStatusWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_stop(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop reading scanned pages. The pages read so far are kept; the rest are read the next "
                          "time (Document ▸ Read Scanned Pages, or when the program starts)."));
    connect(m_stop, &QToolButton::clicked, this, &OcrStatusWidget::stopRequested);
}

void OcrStatusWidget::showProgress(int done, int total)
{
    m_label->setText(tr("Reading scanned pages (OCR): %1 of %2").arg(done).arg(total));
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_stop->setEnabled(true);
}

void OcrStatusWidget::showStopping()
{
    m_label->setText(tr("Stopping OCR after the pages in hand…"));
    m_stop->setEnabled(false);
}

QString OcrStatusWidget::text() const { return m_label->text(); }
