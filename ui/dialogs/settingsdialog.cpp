// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "appsettings.h"
#include "diagnosis/parameterprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace casereview;

SettingsDialog::SettingsDialog(AppSettings &settings, bool welcome, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_reviewer(new QLineEdit(this)),
      m_unit(new QLineEdit(this)),
      m_bureau(new QLineEdit(this)),
      m_profile(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(welcome ? tr("Welcome to the Case Review Workstation") : tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    if (welcome) {
        auto *intro = new QLabel(tr("Reviews are saved and signed under your name, and the printed review sheets show it. "
                                    "Please give your name and unit; you can change them later under File ▸ Settings."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    m_reviewer->setText(settings.hasReviewer() ? settings.reviewer() : QString());
    m_reviewer->setPlaceholderText(tr("e.g. 张三"));
    m_unit->setText(settings.reviewerUnit());
    m_unit->setPlaceholderText(tr("e.g. 某市司法局行政执法监督科"));
    m_bureau->setText(settings.reportBureau());
    m_bureau->setPlaceholderText(tr("e.g. 某市司法局 (printed in every report header)"));
    m_profile->setText(settings.diagnosisProfile());
    m_profile->setPlaceholderText(tr("none: the Henan defaults"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Reviewer &name:"), m_reviewer);
    form->addRow(tr("Reviewer &unit:"), m_unit);
    form->addRow(tr("&Bureau in report headers:"), m_bureau);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    auto *browse = new QPushButton(tr("Choose…"), this);
    profileRow->addWidget(browse);
    auto *profileLabel = new QLabel(tr("Diagnosis &parameter profile:"), this);
    profileLabel->setBuddy(m_profile); // a row of a layout gets no buddy by itself
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *later = new QLabel(tr("The parameter profile and the language take effect when the workstation starts again."), this);
    later->setWordWrap(true);
    later->setEnabled(false);
    layout->addWidget(later);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseProfile);
    m_reviewer->setFocus();
    resize(560, sizeHint().height());
}

QString SettingsDialog::problem() const
{
    if (m_reviewer->text().trimmed().isEmpty())
        return tr("Give the reviewer's name: reviews are saved and signed under it.");
    if (const QString file = m_profile->text().trimmed(); !file.isEmpty()) {
        QString error;
        if (!ParameterProfile::fromFile(file, &error))
            return tr("The parameter profile %1 cannot be used: %2").arg(QFileInfo(file).fileName(), error);
    }
    return {};
}

void SettingsDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    if (!why.isEmpty())
        return;
    m_settings.setReviewer(m_reviewer->text().trimmed());
    m_settings.setReviewerUnit(m_unit->text().trimmed());
    m_settings.setReportBureau(m_bureau->text().trimmed());
    m_settings.setDiagnosisProfile(m_profile->text().trimmed());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::chooseProfile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Diagnosis Parameter Profile"), m_profile->text(), tr("Parameter profiles (*.json)"));
    if (!file.isEmpty())
        m_profile->setText(file);
}
