// Sites and staffing as a methodist uses them (issue 15, items 1 and 3), on
// the district of support/SitesFixture.h (02.12.2026): the sites of a year
// narrowed by level, a new site with a teacher and a report whose too big
// file is refused, undo; the vacancies of a day, open and filled, of a
// municipality, their totals beside the list, one marked filled and undone;
// the organisation's and the teacher's cards. The sites as listed to Excel,
// teachers added to a site through the picker with one role, a vacancy
// filled by a registry teacher picked or by a name typed, and the vacancy
// form's posts and subjects from the registry and the vacancies.
#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/RecordView.h"
#include "documents/SitesDocument.h"
#include "io/TableReader.h"
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "sites/FillVacancyDialog.h"
#include "sites/SiteDialog.h"
#include "sites/SitesPage.h"
#include "sites/SitesTab.h"
#include "sites/SitesModels.h"
#include "sites/VacanciesTab.h"
#include "sites/VacancyDialog.h"
#include "training/TeacherPickerDialog.h"
#include "support/SitesFixture.h"
#include "support/UiFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// The sites page of a window on the district, its sites tab shown.
struct SitesWindow
{
    SitesFixture f;
    std::unique_ptr<MainWindow> window;
    SitesPage *page = nullptr;

    SitesWindow()
    {
        auto db = std::make_unique<Database>(f.t.path());
        db->open();
        window = openWindow(std::move(db));
        page = qobject_cast<SitesPage *>(goToArea(*window, u"Sites and staffing"_s));
        REQUIRE(page);
    }
    Database &db() { return window->context().db(); }
};

// Clicks the button named `button`, then names `path` in the save dialog it opens.
void saveAs(QWidget *root, const char *button, const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *save) {
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    clickButton(root, button);
}

} // namespace

TEST_CASE("The sites page: the sites of a year by level, a new site with a report file, undo", "[ui][sites]")
{
    SitesFixture f;
    auto db = std::make_unique<Database>(f.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = qobject_cast<SitesPage *>(goToArea(*window, u"Sites and staffing"_s));
    REQUIRE(page);
    SitesTab *sites = page->sites();
    showTab(sites);
    sites->reload();
    CHECK(sites->yearBox()->currentData().toInt() == 2026);
    CHECK(rowCount(sites->view()) == 3); // S2 finished in 2025
    CHECK(sites->summary()->text() == u"3 site(s) (municipal: 1, regional: 1, federal: 1)"_s);
    sites->levelBox()->setCurrentIndex(sites->levelBox()->findData(int(SiteLevel::Municipal)));
    REQUIRE(rowCount(sites->view()) == 1);
    CHECK(cellText(sites->view(), 0, 3) == u"Инклюзивное образование"_s);
    CHECK(cellText(sites->view(), 0, 6) == u"prolonged"_s);
    sites->yearBox()->setCurrentIndex(sites->yearBox()->findData(0));
    CHECK(rowCount(sites->view()) == 2);
    sites->yearBox()->setCurrentIndex(sites->yearBox()->findData(2025));
    REQUIRE(rowCount(sites->view()) == 2);
    const int s2 = rowWithText(sites->view(), 3, u"Наставничество молодых педагогов"_s);
    REQUIRE(s2 >= 0);
    CHECK(cellText(sites->view(), s2, 6) == u"finished"_s); // its last year
    sites->levelBox()->setCurrentIndex(0);
    sites->yearBox()->setCurrentIndex(sites->yearBox()->findData(2026));

    QTemporaryDir dir;
    const QString big = dir.filePath(u"big.pdf"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(SiteRules::kMaxFileBytes + 1));
    }
    const QString small = dir.filePath(u"report.txt"_s);
    {
        QFile file(small);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Отчёт");
    }
    const qint64 sidorova = f.teacher.value(u"Сидорова"_s);
    whenModal<SiteDialog>([&](SiteDialog *d) {
        d->organisationBox()->setCurrentIndex(d->organisationBox()->findText(u"СОШ № 3"_s));
        d->statusBox()->setCurrentIndex(d->statusBox()->findData(int(SiteStatus::Internship)));
        d->levelBox()->setCurrentIndex(d->levelBox()->findData(int(SiteLevel::Regional)));
        d->topicEdit()->setText(u"Школа молодого педагога"_s);
        d->fromEdit()->setText(u"01.09.2025"_s);
        d->addPerson(sidorova, u"руководитель"_s);
        d->addReport(2025, u"Проведено 3 занятия."_s);
        CHECK(!d->attachFile(2025, big));
        CHECK(d->message()->text().contains(u"a report file may hold at most 20 MB"_s));
        CHECK(d->attachFile(2025, small));
        CHECK(d->reportsTable()->item(0, 1)->text() == u"report.txt (1 KB)"_s);
        clickOk(d);
    });
    clickButton(sites, "newSiteButton");
    REQUIRE(rowCount(sites->view()) == 4);
    const int row = rowWithText(sites->view(), 3, u"Школа молодого педагога"_s);
    REQUIRE(row >= 0);
    CHECK(cellText(sites->view(), row, 0) == u"СОШ № 3"_s);
    CHECK(cellText(sites->view(), row, 8) == u"2025 (file)"_s);
    CHECK(TeacherCard::html(window->context().db(), sidorova, SitesFixture::day()).contains(u"Школа молодого педагога"_s));

    window->context().undoStack()->undo();
    sites->reload();
    CHECK(rowCount(sites->view()) == 3);
}

TEST_CASE("The vacancies page: a day's open and filled vacancies, their totals, one marked filled and undone",
          "[ui][vacancies]")
{
    SitesFixture f;
    auto db = std::make_unique<Database>(f.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = qobject_cast<SitesPage *>(goToArea(*window, u"Sites and staffing"_s));
    REQUIRE(page);
    VacanciesTab *tab = page->vacancies();
    showTab(tab);
    tab->setDay(QDate(2026, 12, 1));
    CHECK(rowCount(tab->view()) == 3); // open, the default
    CHECK(tab->totals()->text().contains(u"Open on 01.12.2026: 3 vacancy(ies), 3,5 rate(s)"_s));
    CHECK(tab->totals()->text().contains(u"педагог-психолог"_s));
    tab->setShow(VacanciesTab::Show::Filled);
    CHECK(column(tab->view(), 3).contains(u"физика"_s)); // filled that very day
    CHECK(rowCount(tab->view()) == 2);
    tab->setShow(VacanciesTab::Show::All);
    CHECK(rowCount(tab->view()) == 6);
    tab->municipalityBox()->setCurrentIndex(tab->municipalityBox()->findText(u"Шушенский район"_s));
    CHECK(rowCount(tab->view()) == 2);
    CHECK(tab->totals()->text().contains(u"Open on 01.12.2026: 1 vacancy(ies), 1 rate(s)"_s));
    tab->municipalityBox()->setCurrentIndex(0);
    tab->setShow(VacanciesTab::Show::Open);

    const int maths = rowWithText(tab->view(), 1, u"СОШ № 1"_s);
    REQUIRE(maths >= 0);
    clickRow(tab->view(), maths);
    tab->markFilled(u"Сидорова Ольга Игоревна"_s, QDate(2026, 12, 1));
    tab->reload();
    CHECK(tab->lastError().isEmpty());
    CHECK(rowCount(tab->view()) == 2);
    CHECK(tab->totals()->text().contains(u"Open on 01.12.2026: 2 vacancy(ies), 2,5 rate(s)"_s));
    const QString card =
        OrganisationCard::html(window->context().db(), f.organisation.value(u"СОШ № 1"_s), QDate(2026, 12, 1));
    CHECK(card.contains(u"Формирование функциональной грамотности"_s));
    CHECK(card.contains(u"0 open vacancy(ies)"_s));
    CHECK(card.contains(u"filled by Сидорова Ольга Игоревна on 01.12.2026"_s));

    window->context().undoStack()->undo();
    tab->reload();
    CHECK(rowCount(tab->view()) == 3);
}

TEST_CASE("The sites page: the list as filtered and sorted goes to Excel, its rows those shown", "[ui][sites]")
{
    SitesWindow w;
    SitesTab *sites = w.page->sites();
    showTab(sites);
    sites->reload();
    QTemporaryDir dir;
    // 2026 (three of the four, S2 finished in 2025), the topics Я→А.
    sites->view()->sortByColumn(SiteListModel::TopicColumn, Qt::DescendingOrder);
    const QString all = dir.filePath(u"sites-2026.xlsx"_s);
    saveAs(sites, "exportSitesButton", all);
    const Table table = TableReader::read(all);
    CHECK(table.header == SitesListDocument::sheet({}).header); // the columns of `export sites`
    REQUIRE(rowCount(sites->view()) == 3);
    REQUIRE(table.rows.size() == 3);
    for (int r = 0; r < 3; ++r) {
        INFO("row " << r);
        CHECK(table.rows.at(r).cells.at(0) == cellText(sites->view(), r, SiteListModel::OrganisationColumn));
        CHECK(table.rows.at(r).cells.at(4) == cellText(sites->view(), r, SiteListModel::TopicColumn));
    }
    CHECK(table.rows.at(0).cells.at(4) == u"Цифровая образовательная среда"_s);
    CHECK(table.rows.at(0).cells.at(1) == u"Шушенский район"_s);

    // Municipal ones of 2026: S4 alone, «продлена» in it.
    sites->levelBox()->setCurrentIndex(sites->levelBox()->findData(int(SiteLevel::Municipal)));
    const QString municipal = dir.filePath(u"sites-municipal.xlsx"_s);
    saveAs(sites, "exportSitesButton", municipal);
    const Table one = TableReader::read(municipal);
    REQUIRE(one.rows.size() == 1);
    CHECK(one.rows.at(0).cells.at(4) == u"Инклюзивное образование"_s);
    CHECK(one.rows.at(0).cells.at(9) == u"продлена"_s);
}

TEST_CASE("The site dialog: two teachers found in the picker join the site with the one role asked", "[ui][sites]")
{
    SitesWindow w;
    SitesTab *sites = w.page->sites();
    showTab(sites);
    sites->reload();
    const qint64 ivanova = w.f.teacher.value(u"Иванова"_s);
    const qint64 sidorova = w.f.teacher.value(u"Сидорова"_s);
    whenModal<SiteDialog>([&](SiteDialog *d) {
        d->organisationBox()->setCurrentIndex(d->organisationBox()->findText(u"СОШ № 3"_s));
        d->topicEdit()->setText(u"Читательская грамотность"_s);
        d->fromEdit()->setText(u"01.09.2026"_s);
        d->findChild<QTabWidget *>()->setCurrentIndex(1);
        whenModal<TeacherPickerDialog>([](TeacherPickerDialog *picker) {
            // A CHECK, not a REQUIRE, inside a dialog's exec(): a failure
            // ends the test cleanly instead of throwing through Qt's event loop.
            typeText(picker->filterEdit(), u"ова"_s); // all three: Иванова, Петрова, Сидорова
            CHECK(rowCount(picker->view()) == 3);
            clickRowWithText(picker->view(), 0, u"Иванова Мария Петровна"_s);
            clickRowWithText(picker->view(), 0, u"Сидорова Ольга Игоревна"_s, Qt::ControlModifier);
            clickOk(picker);
        });
        whenModal<QInputDialog>([](QInputDialog *ask) {
            ask->setTextValue(u"участник проекта"_s);
            ask->accept();
        });
        clickButton(d, "addSitePeople");
        CHECK(d->peopleTable()->rowCount() == 2);
        clickOk(d);
    });
    clickButton(sites, "newSiteButton");
    std::optional<InnovationSite> made;
    for (const InnovationSite &s : SiteRepository(w.db()).all()) {
        if (s.topic == u"Читательская грамотность"_s)
            made = s;
    }
    REQUIRE(made);
    REQUIRE(made->people.size() == 2);
    QList<qint64> ids;
    for (const SitePerson &p : made->people) {
        ids << p.teacherId;
        CHECK(p.role == u"участник проекта"_s);
    }
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{ivanova, sidorova};
    std::sort(expected.begin(), expected.end());
    CHECK(ids == expected);
}

TEST_CASE("Mark filled: a teacher picked in the registry is stored by id, a name typed as written", "[ui][vacancies]")
{
    SitesWindow w;
    VacanciesTab *tab = w.page->vacancies();
    showTab(tab);
    tab->setDay(QDate(2026, 12, 1));
    const qint64 v1 = w.f.vacancy.value(u"V1"_s);
    const auto chooseV1 = [&] {
        tab->setShow(VacanciesTab::Show::All);
        REQUIRE(RecordView::selectId(tab->view(), v1));
        REQUIRE(RecordView::currentId(tab->view()) == v1);
    };
    chooseV1();
    whenModal<FillVacancyDialog>([](FillVacancyDialog *d) {
        whenModal<TeacherPickerDialog>([](TeacherPickerDialog *picker) {
            typeText(picker->filterEdit(), u"сидор"_s);
            CHECK(rowCount(picker->view()) == 1);
            clickRow(picker->view(), 0);
            clickOk(picker);
        });
        clickButton(d, "chooseFilledBy");
        CHECK(child<QLineEdit>(d, "filledByName")->text() == u"Сидорова Ольга Игоревна"_s);
        typeInto(d, "filledOn", u"01.12.2026"_s);
        clickOk(d);
    });
    clickButton(tab, "fillVacancyButton");
    CHECK(tab->lastError().isEmpty());
    std::optional<Vacancy> v = VacancyRepository(w.db()).get(v1);
    REQUIRE(v);
    CHECK(v->filledByTeacherId == w.f.teacher.value(u"Сидорова"_s));
    CHECK(v->filledByName.isEmpty());
    CHECK(v->filledOn == QDate(2026, 12, 1));

    // A newcomer not registered yet: the name as typed, no teacher.
    w.window->context().undoStack()->undo();
    tab->reload();
    chooseV1();
    whenModal<FillVacancyDialog>([](FillVacancyDialog *d) {
        typeInto(d, "filledByName", u"Новиков  Пётр Ильич"_s);
        clickOk(d);
    });
    clickButton(tab, "fillVacancyButton");
    CHECK(tab->lastError().isEmpty());
    v = VacancyRepository(w.db()).get(v1);
    REQUIRE(v);
    CHECK(v->filledByTeacherId == 0);
    CHECK(v->filledByName == u"Новиков Пётр Ильич"_s);
    CHECK(v->filledOn == SitesFixture::day());
}

TEST_CASE("The vacancy form offers the posts and subjects of the registry and of the vacancies, each once",
          "[ui][vacancies]")
{
    SitesWindow w;
    {
        // A social teacher of СОШ № 2 teaching информатика and математика; a
        // vacancy's «Учитель» and «Математика» spelled with a capital.
        DictionaryRepository dict(w.db());
        Teacher x;
        x.surname = u"Орлов"_s;
        x.name = u"Игорь"_s;
        x.patronymic = u"Петрович"_s;
        x.birthDate = QDate(1985, 3, 3);
        x.experienceStart = QDate(2010, 9, 1);
        Employment e;
        e.organisationId = w.f.organisation.value(u"СОШ № 2"_s);
        e.positionId = dict.ensurePosition(u"социальный педагог"_s, PositionKind::Pedagogical);
        e.subjectIds = {dict.ensureSubject(u"информатика"_s), dict.ensureSubject(u"математика"_s)};
        e.hired = QDate(2020, 9, 1);
        x.employments = {e};
        TeacherRepository(w.db()).insert(x);
        Vacancy v;
        v.organisationId = w.f.organisation.value(u"СОШ № 1"_s);
        v.post = u"Учитель"_s;
        v.subject = u"Математика"_s;
        v.rate = 1;
        v.since = QDate(2026, 11, 1);
        v.reason = u"увольнение"_s;
        VacancyRepository(w.db()).save(v);
    }
    VacanciesTab *tab = w.page->vacancies();
    showTab(tab);
    tab->reload();
    const auto items = [](QComboBox *box) {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    };
    const int before = int(VacancyRepository(w.db()).all().size());
    whenModal<VacancyDialog>([&](VacancyDialog *d) {
        auto *post = child<QComboBox>(d, "vacancyPost");
        // учитель of the registry and of the vacancies (either case), педагог-психолог
        // of V4, социальный педагог of the registry; not учитель-логопед, a
        // post of the dictionary nobody holds.
        CHECK(items(post) == QStringList{u"педагог-психолог"_s, u"социальный педагог"_s, u"учитель"_s});
        // информатика of the registry alone; математика of both, the registry's spelling.
        CHECK(items(child<QComboBox>(d, "vacancySubject"))
              == QStringList{u"информатика"_s, u"математика"_s, u"русский язык"_s, u"физика"_s});
        CHECK(post->currentText().isEmpty()); // a new vacancy starts with no post
        // Chosen from the list, and typed: a post nobody has yet.
        post->setCurrentIndex(post->findText(u"педагог-психолог"_s));
        clickOk(d);
    });
    clickButton(tab, "newVacancyButton");
    QList<Vacancy> all = VacancyRepository(w.db()).all();
    REQUIRE(all.size() == before + 1);
    CHECK(std::count_if(all.cbegin(), all.cend(), [](const Vacancy &v) { return v.post == u"педагог-психолог"_s; })
          == 2);
    whenModal<VacancyDialog>([&](VacancyDialog *d) {
        auto *post = child<QComboBox>(d, "vacancyPost");
        post->setFocus();
        typeText(post->lineEdit(), u"тьютор"_s);
        clickOk(d);
    });
    clickButton(tab, "newVacancyButton");
    all = VacancyRepository(w.db()).all();
    REQUIRE(all.size() == before + 2);
    CHECK(std::count_if(all.cbegin(), all.cend(), [](const Vacancy &v) { return v.post == u"тьютор"_s; }) == 1);
}
