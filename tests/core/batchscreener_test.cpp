// SPDX-License-Identifier: GPL-3.0-or-later
// Batch diagnosis runs on threads of its own: Qt 6.4's raster engine hands the GUI thread's
// larger fills to QThreadPool::globalInstance() and waits for them, so a batch there froze the
// window after an import.
#include "diagnosis/batchscreener.h"
#include "diagnosis/parameterprofile.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("batch diagnosis: every case is diagnosed off Qt's global thread pool, which stays idle")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("cases.crstore"));
    std::vector<qint64> ids;
    {
        Database db(store);
        for (int i = 0; i < 24; ++i) {
            NewCase c;
            c.fileName = QStringLiteral("case%1.pdf").arg(i);
            c.original = QByteArray("%PDF-1.4 case ") + QByteArray::number(i);
            c.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.original, QCryptographicHash::Sha256).toHex());
            c.pageTexts = {QStringLiteral("行政处罚决定书\n当事人：郑州惠民商贸有限公司\n罚款人民币伍万元整。\n2025年3月28日")};
            ids.push_back(CaseRepository(db).add(c));
        }
    }
    QThreadPool *global = QThreadPool::globalInstance();
    int calls = 0, onGlobal = 0, globalBusy = 0;
    const auto results = BatchScreener(store, ParameterProfile::henan()).run(ids, [&](int, int) {
        ++calls; // serialised by the screener
        onGlobal += global->contains(QThread::currentThread());
        globalBusy += global->activeThreadCount() > 0;
    });
    REQUIRE(results.size() == ids.size());
    for (const CaseDiagnosis &r : results)
        CHECK(r.error.isEmpty());
    CHECK(calls == int(ids.size()));
    CHECK(onGlobal == 0);
    CHECK(globalBusy == 0);
}
