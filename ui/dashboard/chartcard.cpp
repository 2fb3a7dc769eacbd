// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcard.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

ChartCard::ChartCard(const QString &id, QWidget *parent) : QFrame(parent), m_view(new QChartView(this)), m_hint(new QLabel(this))
{
    setObjectName(id);
    setFrameShape(QFrame::StyledPanel);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 300);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #606060"));
    auto *png = new QToolButton(this);
    png->setText(tr("Export PNG…"));
    connect(png, &QToolButton::clicked, this, [this] { exportAs(QStringLiteral("png")); });
    auto *svg = new QToolButton(this);
    svg->setText(tr("Export SVG…"));
    connect(svg, &QToolButton::clicked, this, [this] { exportAs(QStringLiteral("svg")); });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(png);
    bottom->addWidget(svg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void ChartCard::setChart(QChart *chart, const QString &emptyText)
{
    QChart *old = m_view->chart();
    if (!chart) {
        chart = new QChart;
        chart->setTitle(emptyText);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(chart);
    m_view->setAccessibleName(chart->title());
    delete old;
}

QChart *ChartCard::chart() const { return m_view->chart(); }

void ChartCard::setHint(const QString &hint) { m_hint->setText(hint); }

bool ChartCard::exportPng(const QString &path) const
{
    QImage image(m_view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter);
    painter.end();
    return image.save(path, "PNG");
}

bool ChartCard::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(m_view->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    m_view->render(&painter);
    return painter.end();
}

void ChartCard::exportAs(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), id() + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const bool ok = suffix == QLatin1String("png") ? exportPng(path) : exportSvg(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"), tr("The chart could not be written to %1.").arg(path));
}
