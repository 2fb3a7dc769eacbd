// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "caselist/caselistpanel.h"
#include "fixtures.h"
#include "import/caseimporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

using namespace casereview;

namespace UiTest {
// The event loop spun until the condition holds (Fixtures::spinUntil), never a fixed wait.
bool waitFor(const std::function<bool()> &done, int ms) { return Fixtures::spinUntil(done, ms); }

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &release);
    }
}

QString screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}

QStringList TempStore::writeDossiers(int count, bool withBad)
{
    QDir(dir.path()).mkpath(QStringLiteral("in"));
    QStringList files;
    const QStringList parties = {QStringLiteral("郑州市某某商贸有限公司"), QStringLiteral("洛阳市新华食品店"),
                                 QStringLiteral("开封市宏达建材有限公司")};
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("in/dossier-%1.pdf").arg(i + 1));
        const QString caseNo = QStringLiteral("郑市监罚〔2025〕%1号").arg(101 + i);
        Fixtures::writeFile(path, Fixtures::pdf(Fixtures::dossierPages(caseNo, parties[i % parties.size()])));
        files << path;
    }
    if (withBad) {
        const QString bad = dir.filePath(QStringLiteral("in/scan.pdf"));
        Fixtures::writeFile(bad, Fixtures::pngBytes());
        files << bad;
    }
    return files;
}

void TempStore::importDirect(const QStringList &files)
{
    Database db(store());
    CaseImporter(db).run(files, ImportOptions{});
}

Session::Session(const TempStore &store)
    : workspace(store.store()), db(store.store()), reviews(db), standards(db), settings(store.settings()),
      window(workspace, settings)
{
    standards.ensureBuiltins();
    QObject::connect(window.caseList(), &CaseListPanel::loaded, [this] { ++listLoads; });
    waitFor([this] { return listLoads >= 1; });
}

bool Session::reloadCases()
{
    const int before = listLoads;
    workspace.announce({ChangeEvent::Kind::StoreRestored, {}});
    return waitFor([&] { return listLoads > before && window.caseList()->isIdle(); });
}
} // namespace UiTest
