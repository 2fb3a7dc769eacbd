// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kCaseHeader = QStringLiteral("caselist/header");
const QString kLastStore = QStringLiteral("session/store");
const QString kLastCase = QStringLiteral("session/case");
const QString kLanguage = QStringLiteral("ui/language");
const QString kReviewer = QStringLiteral("review/reviewer");
const QString kReviewerUnit = QStringLiteral("review/unit");
const QString kImportDir = QStringLiteral("import/dir");
const QString kDiagnosisProfile = QStringLiteral("diagnosis/profile");
const QString kRectificationSeen = QStringLiteral("rectification/lastSeen");
const QString kBureau = QStringLiteral("reports/bureau");
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_s(fileName.isEmpty() ? std::make_unique<QSettings>()
                             : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

QByteArray AppSettings::windowGeometry() const { return m_s->value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &v) { m_s->setValue(kGeometry, v); }
QByteArray AppSettings::windowState() const { return m_s->value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &v) { m_s->setValue(kState, v); }
QByteArray AppSettings::caseTableHeader() const { return m_s->value(kCaseHeader).toByteArray(); }
void AppSettings::setCaseTableHeader(const QByteArray &v) { m_s->setValue(kCaseHeader, v); }
QString AppSettings::lastStore() const { return m_s->value(kLastStore).toString(); }
void AppSettings::setLastStore(const QString &path) { m_s->setValue(kLastStore, path); }
qint64 AppSettings::lastCase() const { return m_s->value(kLastCase, 0).toLongLong(); }
void AppSettings::setLastCase(qint64 id) { m_s->setValue(kLastCase, id); }

QString AppSettings::language() const
{
    const QString v = m_s->value(kLanguage, QStringLiteral("zh_CN")).toString();
    return v == QLatin1String("en") ? v : QStringLiteral("zh_CN");
}
void AppSettings::setLanguage(const QString &lang) { m_s->setValue(kLanguage, lang); }

QString AppSettings::reviewer() const
{
    const QString fallback = qEnvironmentVariable("USER", QStringLiteral("reviewer"));
    return m_s->value(kReviewer, fallback).toString();
}
void AppSettings::setReviewer(const QString &name) { m_s->setValue(kReviewer, name); }
bool AppSettings::hasReviewer() const { return !m_s->value(kReviewer).toString().trimmed().isEmpty(); }
QString AppSettings::reviewerUnit() const { return m_s->value(kReviewerUnit).toString(); }
void AppSettings::setReviewerUnit(const QString &unit) { m_s->setValue(kReviewerUnit, unit); }
QString AppSettings::reportBureau() const { return m_s->value(kBureau).toString(); }
void AppSettings::setReportBureau(const QString &name) { m_s->setValue(kBureau, name); }
QString AppSettings::diagnosisProfile() const { return m_s->value(kDiagnosisProfile).toString(); }
void AppSettings::setDiagnosisProfile(const QString &path) { m_s->setValue(kDiagnosisProfile, path); }
QString AppSettings::lastImportDir() const { return m_s->value(kImportDir).toString(); }
void AppSettings::setLastImportDir(const QString &dir) { m_s->setValue(kImportDir, dir); }
QDate AppSettings::rectificationLastSeen() const
{
    return QDate::fromString(m_s->value(kRectificationSeen).toString(), Qt::ISODate);
}
void AppSettings::setRectificationLastSeen(const QDate &day) { m_s->setValue(kRectificationSeen, day.toString(Qt::ISODate)); }
void AppSettings::sync() { m_s->sync(); }
