// SPDX-License-Identifier: GPL-3.0-or-later
// The blind double review rule (Blindness), table-driven: who may see a reviewer's answers,
// score and notes of a campaign file, from its assignment and who has submitted.
#include "review/blindness.h"

#include <doctest/doctest.h>

using namespace casereview;

namespace {
struct Row {
    const char *what;
    QStringList assigned;
    QStringList submitted;
    QString owner;
    QString viewer;
    bool revealed;
    bool maySee;
    const char *progress;
};
} // namespace

TEST_CASE("a reviewer's work on a campaign file is blind to everyone else until every assigned reviewer has submitted")
{
    const QString a = QStringLiteral("甲"), b = QStringLiteral("乙"), c = QStringLiteral("丙");
    const Row rows[] = {
        {"nobody submitted: the other reviewer may not see", {a, b}, {}, a, b, false, false, "2 assigned, 0 submitted"},
        {"nobody submitted: the owner sees their own", {a, b}, {}, a, a, false, true, "2 assigned, 0 submitted"},
        {"nobody submitted: a list (no viewer) may not", {a, b}, {}, a, {}, false, false, "2 assigned, 0 submitted"},
        {"one submitted: the one who has not may not see it", {a, b}, {a}, a, b, false, false, "2 assigned, 1 submitted"},
        {"one submitted: the one who has may not see the draft", {a, b}, {a}, b, a, false, false, "2 assigned, 1 submitted"},
        {"both submitted: revealed to the other reviewer", {a, b}, {a, b}, a, b, true, true, "2 assigned, 2 submitted"},
        {"both submitted: revealed to lists and reports", {a, b}, {b, a}, b, {}, true, true, "2 assigned, 2 submitted"},
        {"a submission by someone not assigned does not count", {a, b}, {a, c}, a, {}, false, false, "2 assigned, 1 submitted"},
        {"three assigned, two submitted: still blind", {a, b, c}, {a, b}, a, c, false, false, "3 assigned, 2 submitted"},
        {"three assigned, all submitted", {a, b, c}, {a, b, c}, c, a, true, true, "3 assigned, 3 submitted"},
        {"a single assigned reviewer: blind to others until submitted", {a}, {}, a, b, false, false, "1 assigned, 0 submitted"},
        {"a file nobody is assigned any more has nobody to wait for", {}, {}, a, b, true, true, "0 assigned, 0 submitted"},
    };
    for (const Row &r : rows) {
        CAPTURE(r.what);
        const BlindFile file{r.assigned, r.submitted};
        CHECK(Blindness::revealed(file) == r.revealed);
        CHECK(Blindness::maySee(file, r.owner, r.viewer) == r.maySee);
        CHECK(Blindness::progress(file) == QLatin1String(r.progress));
    }
}
