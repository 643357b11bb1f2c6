// Innovation sites and staffing needs (issue 15, items 1 and 3; core/README.md
// «Innovation sites and staffing needs»): the vacancies open at a date and
// their totals (the day a vacancy is filled it is no longer open), the sites
// a year, level and status choose, what a site and a vacancy must hold, the
// 20 MB limit of a report file (nothing stored when refused), the store and
// the printed texts. The district is tests/support/SitesFixture.h.
#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "documents/SitesDocument.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Query.h"
#include "support/SitesFixture.h"
#include "util/Error.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QTextDocument &doc)
{
    return doc.toPlainText().replace(QChar::Nbsp, u' ').replace(QChar::LineSeparator, u'\n');
}

QList<qint64> idsOf(const QList<InnovationSite> &sites)
{
    QList<qint64> out;
    for (const InnovationSite &s : sites)
        out << s.id;
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

int rowCount(Database &db, const QString &table)
{
    return Query(db, u"SELECT COUNT(*) FROM "_s + table).scalar().toInt();
}

} // namespace

TEST_CASE("Vacancy totals at a date: the open ones counted and their rates summed by municipality, post and subject",
          "[sites][vacancies]")
{
    SitesFixture f;
    const VacancyTotals t = VacancyRepository(f.t.db()).totals(QDate(2026, 12, 1));
    // V1 (1), V3 (1,5, filled the day after) and V4 (1, open from this very day).
    CHECK(t.total == VacancyTally{3, 3.5});
    CHECK(t.byMunicipality.size() == 2);
    CHECK(t.byMunicipality.value(u"Ермаковский район"_s) == VacancyTally{2, 2.5});
    CHECK(t.byMunicipality.value(u"Шушенский район"_s) == VacancyTally{1, 1.0});
    CHECK(t.byPost.size() == 2);
    CHECK(t.byPost.value(u"учитель"_s) == VacancyTally{2, 2.5});
    CHECK(t.byPost.value(u"педагог-психолог"_s) == VacancyTally{1, 1.0});
    CHECK(t.bySubject.size() == 2);
    CHECK(t.bySubject.value(u"математика"_s) == VacancyTally{2, 2.5});
    CHECK(t.bySubject.value(VacancyRules::noSubjectKey()) == VacancyTally{1, 1.0});

    // The day before: V2 still open (filled on 01.12), V4 not yet.
    const VacancyTotals before = VacancyRepository(f.t.db()).totals(QDate(2026, 11, 30));
    CHECK(before.total == VacancyTally{3, 3.0});
    CHECK(before.bySubject.value(u"физика"_s) == VacancyTally{1, 0.5});
    CHECK(!before.byPost.contains(u"педагог-психолог"_s));
}

TEST_CASE("A vacancy is open from its first day until the day it is filled, that day excluded", "[sites][vacancies]")
{
    Vacancy v;
    v.organisationId = 1;
    v.post = u"учитель"_s;
    v.since = QDate(2026, 10, 15);
    v.filledOn = QDate(2026, 12, 1);
    v.filledByName = u"Кузнецов А.А."_s;
    CHECK(!VacancyRules::isOpenOn(v, QDate(2026, 10, 14)));
    CHECK(VacancyRules::isOpenOn(v, QDate(2026, 10, 15)));
    CHECK(VacancyRules::isOpenOn(v, QDate(2026, 11, 30)));
    CHECK(!VacancyRules::isOpenOn(v, QDate(2026, 12, 1)));
    v.filledOn = {};
    v.filledByName.clear();
    CHECK(VacancyRules::isOpenOn(v, QDate(2030, 1, 1)));
    CHECK(VacancyRules::rateText(1.5) == u"1,5"_s);
    CHECK(VacancyRules::rateText(1.0) == u"1"_s);
    CHECK(VacancyRules::rateText(0.25) == u"0,25"_s);
}

TEST_CASE("A vacancy needs an organisation, a post, a rate above 0 and a first day, and is filled after it opened",
          "[sites][vacancies]")
{
    Vacancy v;
    v.organisationId = 1;
    v.post = u"учитель"_s;
    v.rate = 1;
    v.since = QDate(2026, 9, 1);
    CHECK(VacancyRules::check(v).isEmpty());
    v.rate = 0;
    CHECK(VacancyRules::check(v) == QStringList{u"The rate must be above 0 (for example 0.5, 1 or 1.5)."_s});
    v.rate = 18;
    CHECK(VacancyRules::check(v)
          == QStringList{u"A rate of 18 is more than 10: give the rate in stavki, not hours."_s});
    v.rate = 0.5;
    v.filledOn = QDate(2026, 8, 31);
    v.filledByTeacherId = 7;
    CHECK(VacancyRules::check(v)
          == QStringList{u"The vacancy is filled on 31.08.2026, before it opened on 01.09.2026."_s});
    v.filledOn = QDate(2026, 9, 1); // the same day: allowed
    CHECK(VacancyRules::check(v).isEmpty());
    v.filledByTeacherId = 0;
    CHECK(VacancyRules::check(v) == QStringList{u"Say who filled the vacancy."_s});
    v.filledOn = {};
    v.filledByName = u"Кузнецов"_s;
    CHECK(VacancyRules::check(v) == QStringList{u"Give the day the vacancy was filled."_s});

    SitesFixture f;
    Vacancy bad;
    CHECK_THROWS_WITH(VacancyRepository(f.t.db()).save(bad),
                      "Choose the organisation of the vacancy. Give the post of the vacancy. "
                      "Give the day since which the post is vacant.");
    CHECK(rowCount(f.t.db(), u"vacancy"_s) == 6);
}

TEST_CASE("The sites a year, a level and a status choose", "[sites]")
{
    SitesFixture f;
    SiteRepository sites(f.t.db());
    const auto id = [&](const char *key) { return f.site.value(QString::fromUtf8(key)); };
    CHECK(sites.all().size() == 4);
    SiteFilter filter;
    filter.year = 2025; // S3 starts in 2026; S2 ends 31.08.2025
    CHECK(idsOf(sites.filtered(filter)) == sorted({id("S1"), id("S2"), id("S4")}));
    filter.year = 2026;
    CHECK(idsOf(sites.filtered(filter)) == sorted({id("S1"), id("S3"), id("S4")}));
    filter.year = 2022;
    CHECK(idsOf(sites.filtered(filter)) == QList<qint64>{id("S2")});
    filter.year = 2021;
    CHECK(sites.filtered(filter).isEmpty());
    filter = {};
    filter.level = SiteLevel::Municipal;
    CHECK(idsOf(sites.filtered(filter)) == sorted({id("S2"), id("S4")}));
    filter.year = 2026;
    CHECK(idsOf(sites.filtered(filter)) == QList<qint64>{id("S4")});
    filter = {};
    filter.status = SiteStatus::Internship;
    CHECK(idsOf(sites.filtered(filter)) == QList<qint64>{id("S2")});
    filter.level = SiteLevel::Regional;
    CHECK(sites.filtered(filter).isEmpty());

    CHECK(idsOf(sites.ofOrganisation(f.organisation.value(u"СОШ № 1"_s))) == sorted({id("S1"), id("S4")}));
    CHECK(idsOf(sites.ofTeacher(f.teacher.value(u"Петрова"_s))) == QList<qint64>{id("S1")});
    CHECK(idsOf(sites.ofTeacher(f.teacher.value(u"Сидорова"_s))) == QList<qint64>{id("S3")});
}

TEST_CASE("A site's state in a year and whether it works on a day", "[sites]")
{
    SitesFixture f;
    SiteRepository sites(f.t.db());
    const InnovationSite s2 = *sites.get(f.site.value(u"S2"_s));
    const InnovationSite s3 = *sites.get(f.site.value(u"S3"_s));
    const InnovationSite s4 = *sites.get(f.site.value(u"S4"_s));
    CHECK(SiteRules::activeOn(s2, QDate(2025, 8, 31)));
    CHECK(!SiteRules::activeOn(s2, QDate(2025, 9, 1)));
    CHECK(!SiteRules::activeOn(s2, QDate(2022, 8, 31)));
    CHECK(SiteRules::activeOn(s3, QDate(2040, 1, 1))); // no last day
    CHECK(SiteRules::stateIn(s2, 2024) == SiteState::Active); // it finished in 2025
    CHECK(SiteRules::stateIn(s2, 2025) == SiteState::Finished);
    CHECK(SiteRules::stateIn(s2, 2026) == SiteState::Finished);
    CHECK(SiteRules::stateIn(s3, 2025) == std::nullopt);
    CHECK(SiteRules::stateIn(s4, 2026) == SiteState::Prolonged);
    CHECK(SiteRules::stateIn(s4, 2027) == SiteState::Finished);
    CHECK(SiteText::order(s2) == u"приказ от 20.08.2022 № 45-о"_s);
    CHECK(SiteText::period(s3) == u"с 01.01.2026"_s);
    SiteLevel level = SiteLevel::Municipal;
    CHECK(SiteText::parse(u"краевая"_s, &level));
    CHECK(level == SiteLevel::Regional);
}

TEST_CASE("A site needs an organisation, a topic and a first day in order, a teacher and a year once", "[sites]")
{
    SitesFixture f;
    InnovationSite s = *SiteRepository(f.t.db()).get(f.site.value(u"S1"_s));
    CHECK(SiteRules::check(s).isEmpty());
    s.to = QDate(2024, 8, 31);
    CHECK(SiteRules::check(s) == QStringList{u"The site's period ends before it starts."_s});
    s.to = QDate(2027, 8, 31);
    s.orderDate = QDate(2024, 9, 2);
    CHECK(SiteRules::check(s) == QStringList{u"The order is dated after the site's period starts."_s});
    s.orderDate = QDate(2024, 8, 1);
    s.people << s.people.first();
    CHECK(SiteRules::check(s) == QStringList{u"A teacher is listed twice among the site's people."_s});
    s.people.removeLast();
    SiteReport late;
    late.year = 2029;
    late.text = u"…"_s;
    s.reports << late;
    CHECK(SiteRules::check(s) == QStringList{u"The report for 2029 is of a year the site did not work in."_s});
    s.reports.last().year = 2025;
    CHECK(SiteRules::check(s) == QStringList{u"There are two reports for 2025."_s});
    s.reports.removeLast();
    s.state = SiteState::Finished;
    s.to = {};
    CHECK(SiteRules::check(s) == QStringList{u"A finished site needs the last day of its period."_s});
}

TEST_CASE("A report file over 20 MB is refused with a clear message and nothing is stored", "[sites][files]")
{
    SitesFixture f;
    SiteRepository sites(f.t.db());
    const qint64 s1 = f.site.value(u"S1"_s);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString big = dir.filePath(u"отчёт 2026.pdf"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(SiteRules::kMaxFileBytes + 1));
    }
    SiteReport r;
    r.year = 2026;
    r.text = u"Отчёт за 2026 год"_s;
    CHECK_THROWS_WITH(SiteRepository::withFile(r, big),
                      "The file отчёт 2026.pdf is 20.0 MB; a report file may hold at most 20 MB.");

    // Bytes over the limit given directly are refused by the store as well, before anything is written.
    InnovationSite s = *sites.get(s1);
    r.fileName = u"отчёт 2026.pdf"_s;
    r.file = QByteArray(int(SiteRules::kMaxFileBytes) + 1, 'x');
    s.reports << r;
    s.topic = u"Другая тема"_s;
    CHECK_THROWS_AS(sites.save(s), Error);
    const InnovationSite stored = *sites.get(s1);
    CHECK(stored.topic == u"Формирование функциональной грамотности"_s);
    CHECK(stored.reports.size() == 2);
    CHECK(rowCount(f.t.db(), u"site_report"_s) == 2);

    // Exactly 20 MB is within the limit.
    const QString fits = dir.filePath(u"fits.pdf"_s);
    {
        QFile file(fits);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(SiteRules::kMaxFileBytes));
    }
    r.fileName.clear();
    r.file.clear();
    const SiteReport attached = SiteRepository::withFile(r, fits);
    CHECK(attached.fileName == u"fits.pdf"_s);
    CHECK(attached.file.size() == SiteRules::kMaxFileBytes);
}

TEST_CASE("A site is stored whole: its people, its reports and their files, kept when saved from a list",
          "[sites]")
{
    SitesFixture f;
    SiteRepository sites(f.t.db());
    const qint64 s1 = f.site.value(u"S1"_s);
    const InnovationSite whole = *sites.get(s1);
    REQUIRE(whole.reports.size() == 2);
    CHECK(whole.reports.at(1).file == QByteArray("report 2025"));
    CHECK(whole.people.size() == 2);

    // A list reads the name and the size, not the bytes; saving it back keeps the file.
    InnovationSite listed;
    for (const InnovationSite &s : sites.all()) {
        if (s.id == s1)
            listed = s;
    }
    CHECK(listed.reports.at(1).file.isEmpty());
    CHECK(listed.reports.at(1).fileSize == 11);
    listed.note = u"Продолжает работу"_s;
    sites.save(listed);
    CHECK(sites.reportFile(s1, 2025) == QByteArray("report 2025"));
    CHECK(sites.get(s1)->note == u"Продолжает работу"_s);

    // Deleted, and back with its old id (undo).
    sites.remove(s1);
    CHECK(!sites.get(s1));
    CHECK(rowCount(f.t.db(), u"site_person"_s) == 1); // Сидорова's on S3
    CHECK(sites.save(whole) == s1);
    CHECK(*sites.get(s1) == whole);
    CHECK(f.t.db().schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("The printed list of sites and the staffing needs", "[sites][documents]")
{
    SitesFixture f;
    SiteFilter filter;
    filter.year = 2026;
    const SitesListData sitesData = SiteReports::sitesData(f.t.db(), filter);
    REQUIRE(sitesData.lines.size() == 3);
    const QString sites = plain(*SitesListDocument::build(sitesData));
    CHECK(sites.contains(u"Перечень инновационных и стажировочных площадок на 2026 год"_s));
    CHECK(sites.contains(u"Формирование функциональной грамотности"_s));
    CHECK(sites.contains(u"приказ от 01.08.2024 № 1234"_s));
    CHECK(sites.contains(u"01.09.2024–\n31.08.2027"_s));
    CHECK(sites.contains(u"с 01.01.2026"_s));
    CHECK(sites.contains(u"ресурсный центр"_s));
    CHECK(sites.contains(u"продлена"_s));
    CHECK(!sites.contains(u"Наставничество молодых педагогов"_s)); // finished in 2025
    CHECK(sites.contains(u"Всего: 3 площадки, из них по уровням: муниципальная — 1, региональная — 1, "
                         "федеральная — 1."_s));
    CHECK(sites.contains(u"Директор МКУ «ИМЦ»"_s));
    CHECK(sites.contains(u"Н.В. Орлова"_s));
    CHECK(SitesListDocument::stateText(sitesData.lines.at(0).site, 2027) == u"завершена"_s); // S4 ends 2026

    const StaffingData staffing = SiteReports::staffingData(f.t.db(), QDate(2026, 12, 1));
    REQUIRE(staffing.lines.size() == 3);
    const QString text = plain(*StaffingDocument::build(staffing));
    CHECK(text.contains(u"Кадровая потребность образовательных организаций на 01.12.2026"_s));
    CHECK(text.contains(u"СОШ № 1: 1 вакансия (1 ст.)"_s));
    CHECK(text.contains(u"СОШ № 2: 1 вакансия (1,5 ст.)"_s));
    CHECK(!text.contains(u"физика"_s)); // filled that day
    CHECK(!text.contains(u"русский язык"_s)); // V5 not yet, V6 filled
    CHECK(text.contains(u"Всего на 01.12.2026: 3 вакансии, 3,5 ст."_s));
    CHECK(text.contains(u"Итоги по должностям"_s));
    CHECK(text.contains(u"Итоги по предметам"_s));
    CHECK(text.contains(u"без предмета"_s));
    CHECK(text.contains(u"Итоги по муниципалитетам"_s));
    CHECK(text.contains(u"Н.В. Орлова"_s));

    const TableSheet sheet = StaffingDocument::sheet(SiteReports::vacancyLines(f.t.db()), QDate(2026, 12, 1));
    REQUIRE(sheet.rows.size() == 6);
    QStringList states;
    for (const QStringList &row : sheet.rows)
        states << row.at(7);
    CHECK(states.count(u"открыта"_s) == 3);
    CHECK(states.count(u"замещена"_s) == 2);
    CHECK(states.count(u"ещё не открыта"_s) == 1);
}

TEST_CASE("The demo district has a dozen sites at three levels and vacancies in a third of its schools",
          "[sites][demo]")
{
    ClockScope clock;
    TempDatabase temp;
    Database &db = temp.db();
    DemoOptions options;
    options.teachers = 900;
    options.seed = 1;
    options.today = referenceDay();
    DemoGenerator::generate(db, options);
    const QList<InnovationSite> sites = SiteRepository(db).all();
    CHECK(sites.size() == 12);
    QSet<SiteLevel> levels;
    int finished = 0, withFile = 0;
    for (const InnovationSite &s : sites) {
        INFO(s.topic.toStdString());
        CHECK(SiteRules::check(s).isEmpty());
        CHECK(s.people.size() >= 3);
        levels.insert(s.level);
        finished += s.state == SiteState::Finished ? 1 : 0;
        for (const SiteReport &r : s.reports)
            withFile += r.hasFile() ? 1 : 0;
    }
    CHECK(levels.size() == 3);
    CHECK(finished >= 1);
    CHECK(withFile >= 5);

    QSet<qint64> schools, needy;
    for (const Organisation &o : OrganisationRepository(db).all()) {
        if (o.type == OrganisationType::School)
            schools.insert(o.id);
    }
    const QList<Vacancy> vacancies = VacancyRepository(db).all();
    int filled = 0;
    for (const Vacancy &v : vacancies) {
        CHECK(VacancyRules::check(v).isEmpty());
        needy.insert(v.organisationId);
        filled += v.isFilled() ? 1 : 0;
    }
    CHECK(needy.size() == (schools.size() + 2) / 3);
    CHECK(filled > 0);
    CHECK(filled < vacancies.size());
    CHECK(VacancyRepository(db).totals(referenceDay()).total.count == vacancies.size() - filled);
}

TEST_CASE("The posts and subjects a vacancy form offers: those teachers hold and those the vacancies name",
          "[sites][vacancies]")
{
    SitesFixture f;
    // Held: учитель (the three teachers); not the dictionary's posts nobody holds.
    CHECK(TeacherRepository(f.t.db()).postNamesInUse() == QStringList{u"учитель"_s});
    CHECK(TeacherRepository(f.t.db()).subjectNamesInUse().isEmpty());
    QStringList posts = VacancyRepository(f.t.db()).postNames();
    posts.sort();
    CHECK(posts == QStringList{u"педагог-психолог"_s, u"учитель"_s});
    QStringList subjects = VacancyRepository(f.t.db()).subjectNames();
    subjects.sort();
    CHECK(subjects == QStringList{u"математика"_s, u"русский язык"_s, u"физика"_s}); // V4 has none
}
