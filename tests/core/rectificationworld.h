// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An in-memory store with one signed, reviewed case and a RectificationService on a fixed
// "today", for the rectification store tests.
#include "rectification/rectificationerror.h"
#include "rectification/rectificationservice.h"
#include "storage/database.h"

#include "fixtures.h"
#include "rectificationfixture.h"

#include <QTemporaryDir>
#include <doctest/doctest.h>

namespace RectificationWorld {
const QDate kToday(2025, 6, 10);

inline qint64 scalar(casereview::Database &db, const char *sql)
{
    casereview::Statement st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

struct World {
    World() : db(QStringLiteral(":memory:")), service(db, nullptr, [] { return kToday; })
    {
        caseA = RectificationFixture::addCase(db, QStringLiteral("郑市监罚〔2025〕1号"), QStringLiteral("郑州市市场监督管理局"), QDate(2025, 1, 10));
        reviewA = RectificationFixture::signedReview(db, caseA);
        RectificationFixture::findings(db, caseA);
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        Fixtures::writeFile(path, bytes);
        return path;
    }
    casereview::RectificationService::CreateRequest fromReview() const
    {
        casereview::RectificationService::CreateRequest r;
        r.reviewIds = {reviewA};
        r.actor = QStringLiteral("督查员");
        return r;
    }
    QTemporaryDir dir;
    casereview::Database db;
    casereview::RectificationService service;
    qint64 caseA = 0;
    qint64 reviewA = 0;
};

template <typename F> casereview::RectificationError::Kind refusal(F &&f)
{
    try {
        f();
    } catch (const casereview::RectificationError &e) {
        CHECK_FALSE(e.message().isEmpty());
        return e.kind();
    }
    FAIL("not refused");
    return casereview::RectificationError::Kind::Invalid;
}
} // namespace RectificationWorld
