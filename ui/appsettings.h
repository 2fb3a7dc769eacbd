// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one typed facade over QSettings: every key, its type and its default live here.
#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

class AppSettings {
public:
    // Empty `fileName`: the user's settings; otherwise an INI file (tests use their own).
    explicit AppSettings(const QString &fileName = {});

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &v);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &v);
    QByteArray caseTableHeader() const;
    void setCaseTableHeader(const QByteArray &v);

    QString lastStore() const;
    void setLastStore(const QString &path);
    qint64 lastCase() const;
    void setLastCase(qint64 id);
    QString language() const;  // "zh_CN" (default) or "en"
    void setLanguage(const QString &lang);
    QString reviewer() const;  // the name reviews are saved under
    void setReviewer(const QString &name);
    // Whether the reviewer has given their name (else reviewer() is the login name): the
    // workstation asks for it on first start.
    bool hasReviewer() const;
    QString reviewerUnit() const; // the reviewer's unit, shown when signing
    void setReviewerUnit(const QString &unit);
    QString reportBureau() const;  // printed in report headers; empty: the renderer's placeholder
    void setReportBureau(const QString &name);
    // A parameter profile (JSON, keys it omits keep the Henan defaults) for every diagnosis the
    // workstation runs; empty: the Henan defaults.
    QString diagnosisProfile() const;
    void setDiagnosisProfile(const QString &path);
    QString lastImportDir() const;
    void setLastImportDir(const QString &dir);

    // The day the supervisor last saw the rectification board; items overdue since are announced.
    QDate rectificationLastSeen() const;
    void setRectificationLastSeen(const QDate &day);

    void sync();

private:
    std::unique_ptr<QSettings> m_s;
};
