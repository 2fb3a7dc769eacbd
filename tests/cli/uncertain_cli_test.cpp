// SPDX-License-Identifier: GPL-3.0-or-later
// `cases` names the values of a scanned case that rest on doubtful OCR words, as `show` does.
#include "clirunner.h"
#include "scannedcase.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <doctest/doctest.h>

using namespace casereview;

TEST_CASE("cases lists the values to check of a scanned case in its text and JSON output")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("scan.crstore"));
    qint64 doubtful = 0;
    qint64 clear = 0;
    {
        Database db(store);
        doubtful = ScannedCase::add(db, 1);
        clear = ScannedCase::add(db, 2, 91.0f);
    }
    const CliResult json = CliRunner::onStore(store, {QStringLiteral("cases"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonArray list = json.json().array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value("case_id").toInteger() == doubtful);
    CHECK(list[0].toObject().value("uncertain_fields").toArray() == QJsonArray{QStringLiteral("dates.decision")});
    CHECK(list[1].toObject().value("case_id").toInteger() == clear);
    CHECK(list[1].toObject().value("uncertain_fields").toArray().isEmpty());

    // `show` gives the same keys: both read what the analysis stored.
    const CliResult show = CliRunner::onStore(store, {QStringLiteral("show"), QString::number(doubtful), QStringLiteral("--json")});
    REQUIRE(show.code == 0);
    CHECK(show.json().object().value("uncertain_fields").toArray() == QJsonArray{QStringLiteral("dates.decision")});
    CHECK(show.json().object().value("fields").toObject().value("dates").toObject().value("decision").toObject()
              .value("uncertain").toBool());

    const CliResult text = CliRunner::onStore(store, {QStringLiteral("cases")});
    REQUIRE(text.code == 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(QLatin1Char('\t')).contains(QStringLiteral("check dates.decision")));
    CHECK_FALSE(lines[1].contains(QStringLiteral("check")));
    CHECK(lines[1].split(QLatin1Char('\t'))[6] == QStringLiteral("-"));
}
