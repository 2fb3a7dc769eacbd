// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store with reviewed cases of two agencies and a runner for casereview-cli on it, for the
// `rectify` contract tests.
#include "clirunner.h"
#include "storage/database.h"

#include "fixtures.h"
#include "rectificationfixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>

namespace RectifyCli {
using Run = CliResult;

class Store {
public:
    Store()
    {
        path = dir.filePath(QStringLiteral("s.crstore"));
        casereview::Database db(path);
        caseA = RectificationFixture::addCase(db, QStringLiteral("A"), QStringLiteral("甲局"), QDate(2025, 1, 1));
        reviewA = RectificationFixture::signedReview(db, caseA, true);
        RectificationFixture::findings(db, caseA);
        caseB = RectificationFixture::addCase(db, QStringLiteral("B"), QStringLiteral("乙局"), QDate(2025, 2, 1));
        reviewB = RectificationFixture::signedReview(db, caseB);
        caseC = RectificationFixture::addCase(db, QStringLiteral("C"), QStringLiteral("甲局"), QDate(2025, 5, 1));
    }
    Run cli(QStringList args) const { return CliRunner::onStore(path, std::move(args)); }
    qint64 count(const char *sql) const
    {
        casereview::Database db(path);
        casereview::Statement st = db.prepare(sql);
        st.step();
        return st.int64(0);
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString p = dir.filePath(name);
        Fixtures::writeFile(p, bytes);
        return p;
    }
    QTemporaryDir dir;
    QString path;
    qint64 caseA = 0, caseB = 0, caseC = 0, reviewA = 0, reviewB = 0;
};

inline QString s(qint64 v) { return QString::number(v); }
inline QStringList words(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }
} // namespace RectifyCli
