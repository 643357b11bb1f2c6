// The main window on a database it may not write: it opens quietly (no
// alarm, no daily backup), says «read-only» in its title and status bar, and
// a save shows core's message naming the file instead of failing obscurely.
#include <catch2/catch.hpp>

#include "registry/OrganisationDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QAction *registryAction(QMainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text() != u"&Registry"_s)
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    FAIL("no action " << text.toStdString() << " in the registry menu");
    return nullptr;
}


} // namespace

TEST_CASE("A read-only database opens quietly, says so, and a save shows why it was refused", "[ui][shell][readonly]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ui.sqlite"_s);
    registryDatabase(path).reset(); // made and closed
    const QByteArray before = readBytes(path);
    // Asked for, as root would need (permissions do not stop root); the
    // permission checks themselves are in the core tests.
    ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    spec.readOnly = true;
    auto db = std::make_unique<Database>(spec);
    Database::OpenOptions open;
    open.quickCheck = false; // as the GUI opens it
    db->open(open);
    MainWindow::Options options;
    options.checkInBackground = true;
    MainWindow window(std::move(db), options);
    QSignalSpy checked(&window, &MainWindow::startupChecked);
    window.show();
    REQUIRE(checked.wait(30000));
    CHECK(checked.first().first().toString().isEmpty()); // not damaged
    CHECK(window.isReadOnly());
    CHECK(window.windowTitle() == u"ProfRost — ui.sqlite (read-only)"_s);
    auto *label = window.findChild<QLabel *>(u"databaseLabel"_s);
    REQUIRE(label);
    CHECK(label->text() == u"ui.sqlite (read-only)"_s);
    CHECK_FALSE(QFileInfo::exists(QDir(dir.path()).filePath(u"backups"_s))); // no daily copy

    const auto organisations = OrganisationRepository(window.context().db()).all().size();
    REQUIRE(organisations > 0);
    // Registry → Add organisation...: the dialog stays open and shows core's message.
    const QString expected = u"was opened for reading only"_s;
    QString shown;
    whenModal<OrganisationDialog>([&shown](OrganisationDialog *d) {
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"МБОУ СОШ № 9"_s);
        auto *municipality = d->findChildren<QComboBox *>().first();
        municipality->setEditText(u"Ермаковский район"_s);
        d->accept();
        for (QLabel *l : d->findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(u"read"_s))
                shown = l->text();
        }
        d->reject();
    });
    registryAction(window, u"&Add organisation..."_s)->trigger();
    INFO(shown.toStdString());
    CHECK(shown.contains(expected));
    CHECK(shown.contains(QDir::toNativeSeparators(path)));
    CHECK(OrganisationRepository(window.context().db()).all().size() == organisations);
    window.close();
    CHECK(readBytes(path) == before);
}
