// No lost edits, as the user meets them (issue 17 item 5): a teacher's card
// saved after another user saved the same teacher shows both versions
// (ConflictDialog) and writes only what the user chooses. The other user is
// a second connection to the same database.
#include <catch2/catch.hpp>

#include "common/ConflictDialog.h"
#include "registry/TeacherDialog.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

void retype(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromUtf8(name));
    REQUIRE(edit);
    edit->clear();
    typeText(edit, text);
}

// The rows of the conflict's table: «field: mine | theirs» of those marked as differing.
QStringList markedRows(ConflictDialog *dialog)
{
    auto *table = dialog->findChild<QTableWidget *>();
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->font().bold())
            out << table->item(r, 0)->text() + u": "_s + table->item(r, 1)->text() + u" | "_s + table->item(r, 2)->text();
    }
    return out;
}

} // namespace

TEST_CASE("A teacher's card saved after another user's save asks which version stays", "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(u"ui.sqlite"_s)));
    window.show();
    QApplication::setActiveWindow(&window);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    REQUIRE(sidebar);
    sidebar->setCurrentRow(1);
    auto *page = window.findChild<TeachersPage *>();
    REQUIRE(page);
    Database &db = window.context().db();
    const qint64 id = teacherIdBySurname(db, u"Козлова"_s);
    REQUIRE(id != 0);
    REQUIRE(waitUntil([page] { return !page->isLoading(); }));
    page->selectId(id);
    const QString phoneBefore = TeacherRepository(db).get(id).phone;

    // The second user: another connection, saving the same teacher's phone.
    Database other(db.connectionSpec());
    other.open();
    auto otherSaves = [&] {
        Teacher t = TeacherRepository(other).get(id);
        t.phone = u"8 900 111-11-11"_s;
        TeacherRepository(other).update(t);
    };
    QUndoStack *undo = window.context().undoStack();
    const int steps = undo->count();

    SECTION("saving one's own version writes it whole, and undo brings theirs back")
    {
        QStringList marked;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            retype(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves(); // while the card is open
            whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
                marked = markedRows(conflict);
                clickButton(conflict, "keepMine");
            });
            dialog->accept();
        });
        page->editTeacher();
        CHECK(marked == QStringList{u"Phone: %1 | 8 900 111-11-11"_s.arg(phoneBefore.isEmpty() ? u"—"_s : phoneBefore),
                                    u"E-mail: kozlova@mail.ru | —"_s});
        Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.email == u"kozlova@mail.ru"_s);
        CHECK(stored.phone == phoneBefore);
        REQUIRE(undo->count() == steps + 1);
        undo->undo();
        stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        undo->redo();
        CHECK(TeacherRepository(db).get(id).email == u"kozlova@mail.ru"_s);
    }

    SECTION("keeping their version drops one's own and writes nothing")
    {
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            retype(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "takeTheirs"); });
            dialog->accept();
        });
        page->editTeacher();
        const Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        CHECK(undo->count() == steps);
    }

    SECTION("going back to editing keeps the card open with one's values and says why")
    {
        QString said;
        QString kept;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            retype(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { conflict->reject(); }); // Escape
            dialog->accept();
            if (dialog->isVisible()) {
                said = dialog->findChild<QLabel *>(u"saveError"_s)->text();
                kept = dialog->findChild<QLineEdit *>(u"email"_s)->text();
                dialog->reject();
            }
        });
        page->editTeacher();
        CHECK(said.startsWith(u"Not saved: another user saved this record after you opened it"_s));
        CHECK(kept == u"kozlova@mail.ru"_s);
        CHECK(TeacherRepository(db).get(id).email.isEmpty());
        CHECK(undo->count() == steps);
    }
}
