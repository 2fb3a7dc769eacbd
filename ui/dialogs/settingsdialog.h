// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File ▸ Settings (and the welcome on first start): who the reviewer is — the name reviews are
// saved and signed under and its unit —, the bureau printed in report headers, the diagnosis
// parameter profile and the interface language. A profile file is checked before it is kept,
// so a bad one is refused with its reason instead of being ignored at the next start.
#include <QDialog>

class AppSettings;
class QComboBox;
class QLabel;
class QLineEdit;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `welcome`: the first-start form, which asks for the reviewer's name above all.
    SettingsDialog(AppSettings &settings, bool welcome = false, QWidget *parent = nullptr);

    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *bureauEdit() const { return m_bureau; }
    QLineEdit *profileEdit() const { return m_profile; }
    QComboBox *languageBox() const { return m_language; }
    // Why the form cannot be kept (empty: it can): no name, or a profile that does not load.
    QString problem() const;

    void accept() override;

private:
    void chooseProfile();

    AppSettings &m_settings;
    QLineEdit *m_reviewer;
    QLineEdit *m_unit;
    QLineEdit *m_bureau;
    QLineEdit *m_profile;
    QComboBox *m_language;
    QLabel *m_problem;
};
