// Sites and staffing as a methodist uses them (issue 15, items 1 and 3), on
// the district of support/SitesFixture.h (02.12.2026): the sites of a year
// narrowed by level, a new site with a teacher and a report whose too big
// file is refused, undo; the vacancies of a day, open and filled, of a
// municipality, their totals beside the list, one marked filled and undone;
// the organisation's and the teacher's cards.
#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "sites/SiteDialog.h"
#include "sites/SitesPage.h"
#include "sites/SitesTab.h"
#include "sites/VacanciesTab.h"
#include "support/SitesFixture.h"
#include "support/UiFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

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
