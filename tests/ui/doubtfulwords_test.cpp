// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned pages: words OCR read with low confidence are marked over the page, and the
// values resting on them are named for the reviewer.
#include "uitestsupport.h"

#include "fixtures.h"
#include "viewer/documentview.h"
#include "viewer/documentviewer.h"
#include "viewer/doubtfulwordsoverlay.h"
#include "viewer/uncertainfieldstext.h"

#include <QAction>
#include <QCoreApplication>
#include <doctest/doctest.h>

using namespace casereview;

using UiTest::waitFor;

TEST_CASE("doubtful OCR words are marked where the page shows them and the marks can be hidden")
{
    DocumentViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();
    viewer.setDocument(Fixtures::pdf({QStringLiteral("立案审批表"), QString()}), {});
    REQUIRE(waitFor([&] { return viewer.hasDocument(); }));
    const QRectF word(100, 200, 60, 14);
    viewer.setDoubtfulWords({{1, {word}}});
    viewer.goToPage(1);
    QCoreApplication::processEvents();

    DoubtfulWordsOverlay *overlay = viewer.doubtfulWords();
    REQUIRE(overlay);
    CHECK(overlay->wordCount() == 1);
    CHECK(overlay->isVisible());
    const auto marks = overlay->visibleMarks();
    REQUIRE(marks.size() == 1);
    // Drawn exactly over the word as the view places page 2.
    CHECK(marks[0].topLeft() == viewer.view()->mapFromPage(1, word.topLeft()));
    CHECK(marks[0].width() > 0);
    CHECK(overlay->geometry() == viewer.view()->viewport()->rect());
    UiTest::screenshot(&viewer, QStringLiteral("doubtful-words"));

    overlay->toggleAction()->setChecked(false);
    CHECK_FALSE(overlay->isVisible());
    overlay->toggleAction()->setChecked(true);
    CHECK(overlay->isVisible());

    viewer.clear();
    CHECK(overlay->wordCount() == 0);
}

TEST_CASE("the reviewer is told which values rest on doubtful OCR words")
{
    CHECK(UncertainFieldsText::describe({}).isEmpty());
    const QString text = UncertainFieldsText::describe(
        {QStringLiteral("case_no"), QStringLiteral("dates.decision"), QStringLiteral("officers.0"), QStringLiteral("officers.1")});
    CHECK(text.contains(UncertainFieldsText::fieldName(QStringLiteral("case_no"))));
    CHECK(text.contains(UncertainFieldsText::fieldName(QStringLiteral("dates.decision"))));
    CHECK(text.count(UncertainFieldsText::fieldName(QStringLiteral("officers.0"))) == 1);
}
