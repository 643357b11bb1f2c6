// Settings → «Организация (ИМЦ)»: the centre's card is saved into the
// database and shown again; the program offers it on the first start of a
// database whose card is empty, and tests' windows are not stopped by it.
#include "support/UiFixtures.h"

#include "shell/AppContext.h"
#include "shell/CentreCardDialog.h"
#include "store/CentreCardRepository.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

CentreCardDialog *openCentreCard(MainWindow &window)
{
    triggerMenu(window, {u"&Settings"_s, u"Methodical &centre..."_s});
    REQUIRE(waitUntil([] { return activeModal<CentreCardDialog>() != nullptr; }, 5000));
    return activeModal<CentreCardDialog>();
}

} // namespace

TEST_CASE("The centre's card is saved from its settings page and shown again", "[ui][centre]")
{
    ClockScope clock;
    TempDatabase t;
    auto window = openWindow(registryDatabase(t.file(u"card.db"_s)));
    Database &db = window->context().db();

    CentreCardDialog *dialog = openCentreCard(*window);
    typeInto(dialog, "fullName", u"МКУ «Информационно-методический центр» Ермаковского района"_s);
    typeInto(dialog, "shortName", u"МКУ «ИМЦ»"_s);
    typeInto(dialog, "municipality", u"Ермаковский район"_s);
    typeInto(dialog, "headPosition", u"Директор МКУ «ИМЦ»"_s);
    typeInto(dialog, "headName", u"Орлова Наталья Викторовна"_s);
    typeInto(dialog, "course_schedulePosition", u"Методист"_s);
    typeInto(dialog, "course_scheduleName", u"Соколова Елена Андреевна"_s);
    clickOk(dialog);
    REQUIRE(waitUntil([] { return activeModal<CentreCardDialog>() == nullptr; }, 5000));

    const CentreCard stored = CentreCardRepository(db).load();
    CHECK(stored.fullName == u"МКУ «Информационно-методический центр» Ермаковского района"_s);
    CHECK(stored.headName == u"Орлова Наталья Викторовна"_s);
    CHECK(stored.signers.value(SignedDocument::CourseSchedule)
          == DocumentSigner{u"Методист"_s, u"Соколова Елена Андреевна"_s});
    CHECK_FALSE(stored.signers.contains(SignedDocument::Attestation));

    // Reopened: the values are there.
    dialog = openCentreCard(*window);
    CHECK(child<QLineEdit>(dialog, "shortName")->text() == u"МКУ «ИМЦ»"_s);
    CHECK(child<QLineEdit>(dialog, "municipality")->text() == u"Ермаковский район"_s);
    CHECK(child<QLineEdit>(dialog, "headPosition")->text() == u"Директор МКУ «ИМЦ»"_s);
    CHECK(child<QLineEdit>(dialog, "course_scheduleName")->text() == u"Соколова Елена Андреевна"_s);
    CHECK(child<QLineEdit>(dialog, "attestationName")->text().isEmpty());
    // «Позже» changes nothing.
    typeInto(dialog, "headName", u"Белова Ирина Петровна"_s);
    dialog->reject();
    CHECK(CentreCardRepository(db).load().headName == u"Орлова Наталья Викторовна"_s);
}

TEST_CASE("A new database asks for the centre's card after the first frame, only when asked to", "[ui][centre]")
{
    ClockScope clock;
    TempDatabase t;
    {
        // The tests' windows (no option): nothing opens.
        auto window = openWindow(registryDatabase(t.file(u"quiet.db"_s)));
        QTest::qWait(200);
        CHECK(activeModal<CentreCardDialog>() == nullptr);
    }
    MainWindow::Options options;
    options.askForCentreCard = true;
    const QString path = t.file(u"asks.db"_s);
    {
        MainWindow window(registryDatabase(path), options);
        window.show();
        REQUIRE(waitUntil([] { return activeModal<CentreCardDialog>() != nullptr; }, 5000));
        activeModal<CentreCardDialog>()->reject(); // «Позже»: skipped
        REQUIRE(waitUntil([] { return activeModal<CentreCardDialog>() == nullptr; }, 5000));
        CHECK(CentreCardRepository(window.context().db()).load().isEmpty());
    }
    // Skipped once: the next start of the same file does not ask again.
    auto db = std::make_unique<Database>(path);
    db->open();
    MainWindow again(std::move(db), options);
    again.show();
    QTest::qWait(300);
    CHECK(activeModal<CentreCardDialog>() == nullptr);
}
