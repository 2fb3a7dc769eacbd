// SPDX-License-Identifier: GPL-3.0-or-later
// Who the reviewer is (issue #19): the Settings dialog keeps the name, unit, bureau, profile and
// language, and refuses a missing name or a profile that does not load, changing nothing; signing
// a review asks first, naming who signs and what gets locked, from the button or Review ▸ Sign
// Review…, and a No leaves the review as it was.
#include "uitestsupport.h"

#include "actionregistry.h"
#include "appsettings.h"
#include "checklist/checklistpanel.h"
#include "checklist/checklistprompts.h"
#include "dialogs/settingsdialog.h"
#include "viewer/documentviewer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <doctest/doctest.h>

using namespace casereview;
using UiTest::waitFor;

namespace {
// Answers the next message boxes in turn, recording what each asked (text, then informative text).
void answerQuestions(QList<QMessageBox::StandardButton> buttons, QStringList *asked)
{
    auto *poll = new QTimer;
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, buttons, asked]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        *asked << box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(buttons.takeFirst())->click();
        if (buttons.isEmpty())
            poll->deleteLater();
    });
    poll->start();
}
} // namespace

TEST_CASE("settings keep who the reviewer is and refuse a missing name or a bad profile")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    CHECK_FALSE(settings.hasReviewer());
    SettingsDialog welcome(settings, true);
    CHECK(welcome.windowTitle() == QStringLiteral("Welcome to the Case Review Workstation"));
    CHECK(welcome.reviewerEdit()->text().isEmpty()); // the login name is not offered as a name
    welcome.show();
    UiTest::screenshot(&welcome, QStringLiteral("settings-welcome"));
    welcome.accept();
    CHECK(welcome.result() != QDialog::Accepted);
    CHECK(welcome.problem().startsWith(QStringLiteral("Give the reviewer's name")));
    CHECK_FALSE(settings.hasReviewer());

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    welcome.reviewerEdit()->setText(QStringLiteral("  王评查 "));
    welcome.unitEdit()->setText(QStringLiteral("某市司法局监督科"));
    welcome.bureauEdit()->setText(QStringLiteral("某市司法局"));
    welcome.profileEdit()->setText(bad.fileName());
    welcome.accept();
    CHECK(welcome.result() != QDialog::Accepted);
    CHECK(welcome.problem().startsWith(QStringLiteral("The parameter profile bad.json cannot be used")));
    CHECK_FALSE(settings.hasReviewer()); // nothing kept from a refused form

    welcome.profileEdit()->clear();
    welcome.languageBox()->setCurrentIndex(1);
    welcome.accept();
    CHECK(welcome.result() == QDialog::Accepted);
    CHECK(settings.hasReviewer());
    CHECK(settings.reviewer() == QStringLiteral("王评查"));
    CHECK(settings.reviewerUnit() == QStringLiteral("某市司法局监督科"));
    CHECK(settings.reportBureau() == QStringLiteral("某市司法局"));
    CHECK(settings.language() == QStringLiteral("en"));
    SettingsDialog again(settings);
    CHECK(again.windowTitle() == QStringLiteral("Settings"));
    CHECK(again.reviewerEdit()->text() == QStringLiteral("王评查"));
}

TEST_CASE("signing asks first, naming who signs, from the button or the Review menu")
{
    UiTest::TempStore ws;
    ws.importDirect(ws.writeDossiers(1));
    UiTest::Session s(ws);
    s.settings.setReviewer(QStringLiteral("王评查"));
    s.settings.setReviewerUnit(QStringLiteral("某市司法局监督科"));
    MainWindow &window = s.window;
    window.resize(1500, 900);
    window.show();
    window.openCase(1);
    ChecklistPanel *panel = window.checklist();
    REQUIRE(waitFor([&] { return window.viewer()->hasDocument() && !panel->currentItem().isEmpty() && panel->isIdle(); }));
    QAction *sign = window.actions().action(QStringLiteral("review.sign"));
    REQUIRE(sign);
    CHECK(sign == panel->signAction());
    CHECK(sign->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    CHECK_FALSE(sign->isEnabled()); // nothing to sign yet
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_1);
    REQUIRE(waitFor([&] { return panel->isIdle() && panel->review().has_value(); }));
    CHECK(sign->isEnabled());

    // Yes to signing with items open, then No to signing: nothing changes.
    QStringList asked;
    answerQuestions({QMessageBox::Yes, QMessageBox::No}, &asked);
    sign->trigger();
    REQUIRE(asked.size() == 2);
    CHECK(asked[1].startsWith(QStringLiteral("Sign this case's review as 王评查 (某市司法局监督科)?")));
    CHECK(asked[1].contains(QStringLiteral("reopened with a reason")));
    REQUIRE(waitFor([&] { return panel->isIdle(); }));
    CHECK(panel->review()->status == ReviewStatus::Draft);

    asked.clear();
    answerQuestions({QMessageBox::Yes, QMessageBox::Yes}, &asked);
    sign->trigger();
    REQUIRE(asked.size() == 2);
    REQUIRE(waitFor([&] { return panel->isIdle() && panel->review()->status == ReviewStatus::Signed; }));
    CHECK(panel->review()->reviewer == QStringLiteral("王评查"));
    CHECK_FALSE(sign->isEnabled());
    asked.clear();
    sign->trigger(); // the shortcut on a signed review asks nothing and does nothing
    CHECK(asked.isEmpty());
}

TEST_CASE("the checklist's questions speak Chinese with the zh_CN translation")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/casereview_zh_CN")));
    QCoreApplication::installTranslator(&translator);
    QStringList asked;
    answerQuestions({QMessageBox::No}, &asked);
    CHECK_FALSE(ChecklistPrompts::confirmSign(nullptr, QStringLiteral("王评查"), QStringLiteral("监督科")));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].startsWith(QStringLiteral("以 王评查（监督科） 的名义签署本案卷的评查表？")));
    CHECK(asked[0].contains(QStringLiteral("审计日志将予记录")));
    QCoreApplication::removeTranslator(&translator);
}
