// The bank of practices as a methodist uses it (issue 15, section 2): the
// search answers as one types, any form of the words, the matched words in
// bold; a practice added in the dialog with an author and a file, a file
// over 20 MB refused when attached, the deletion undone; the teacher card
// shows the teacher's practices. The registry is teachers_good.csv.

#include <catch2/catch.hpp>

#include "common/FieldMessage.h"
#include "practices/PracticeDialog.h"
#include "practices/PracticesPage.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "store/PracticeRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("The practice bank's search answers as one types, the words found in bold", "[ui][practices]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"p.sqlite"_s)));
    Database &db = window->context().db();
    const qint64 ivanova = teacherIdBySurname(db, u"Иванова"_s);
    PracticeRepository repo(db);
    Practice literacy;
    literacy.title = u"Функциональная грамотность на уроках математики"_s;
    literacy.authors = {ivanova};
    literacy.level = PracticeLevel::Municipal;
    repo.save(literacy);
    Practice games;
    games.title = u"Игры для дошкольников"_s;
    repo.save(games);

    auto *page = qobject_cast<PracticesPage *>(goToArea(*window, u"Practice bank"_s));
    REQUIRE(page);
    page->search();
    CHECK(page->results()->count() == 2); // the whole bank while the box is empty
    CHECK(page->summary()->text() == u"2 practice(s) in the bank."_s);

    // Typing: the search runs by itself after a pause, the last word as a beginning.
    page->searchBox()->setText(u"функциональной грамот"_s);
    REQUIRE(waitUntil([page] { return page->results()->count() == 1; }, 3000));
    CHECK(page->resultHtml(0).contains(u"<b>Функциональная</b> <b>грамотность</b> на уроках математики"_s));
    CHECK(page->summary()->text().startsWith(u"1 practice(s) found in"_s));
    page->searchBox()->setText(u"астрономия"_s);
    page->search();
    CHECK(page->results()->count() == 0);
    CHECK(page->summary()->text() == u"Nothing found."_s);

    // The teacher card lists the teacher's practices.
    CHECK(TeacherCard::html(db, ivanova, referenceDay()).contains(u"«Функциональная грамотность на уроках математики»"_s));
}

TEST_CASE("A practice is added with an author and a file, a file over 20 MB is refused, and a deletion undone",
          "[ui][practices]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"p.sqlite"_s)));
    Database &db = window->context().db();
    const qint64 petrov = teacherIdBySurname(db, u"Петров"_s);
    auto *page = qobject_cast<PracticesPage *>(goToArea(*window, u"Practice bank"_s));
    REQUIRE(page);
    const QString plan = writeFile(dir.path(), u"План.txt"_s, QByteArray("lesson plan"));
    const QString video = dir.filePath(u"video.mp4"_s);
    {
        QFile big(video);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(21LL * 1024 * 1024)); // sparse: nothing to read
    }
    whenModal<PracticeDialog>([&](PracticeDialog *d) {
        d->titleEdit()->setText(u"Проектная деятельность на уроках технологии"_s);
        d->addAuthor(petrov);
        CHECK(d->attachFile(plan));
        CHECK_FALSE(d->attachFile(video));
        CHECK(d->message()->text() == u"The file «video.mp4» is 21.0 MB; files over 20.0 MB are not stored in the bank."_s);
        CHECK(d->filesList()->count() == 1);
        clickOk(d);
    });
    page->newPractice();
    PracticeRepository repo(db);
    REQUIRE(repo.count() == 1);
    const Practice stored = repo.all().first();
    CHECK(stored.authors == QList<qint64>{petrov});
    REQUIRE(stored.files.size() == 1);
    CHECK(repo.fileContent(stored.files.first().id) == QByteArray("lesson plan"));

    page->searchBox()->setText(u"проектной"_s);
    page->search();
    REQUIRE(page->results()->count() == 1);
    page->results()->setCurrentRow(0);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    page->deletePractice();
    CHECK(repo.count() == 0);
    window->context().undoStack()->undo();
    REQUIRE(repo.count() == 1);
    const Practice back = *repo.get(stored.id, true);
    CHECK(back.title == stored.title);
    REQUIRE(back.files.size() == 1);
    CHECK(back.files.first().content == QByteArray("lesson plan"));
}
