// A school is one organisation however a list spells it: with or without its
// legal form («МБОУ», «МКОУ» after a change of ownership, spelled out), with
// «СОШ» written in full, with «№6» or «№ 6». Real registries name a school the
// way its own staff do; matching only the exact name created a second
// «МБОУ СОШ № 1» beside the registered «СОШ № 1» and split its teachers.

#include <catch2/catch.hpp>

#include "domain/OrganisationName.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString key(const QString &name)
{
    return OrganisationName::matchKey(name);
}

// A UTF-8 CSV of the given header and rows in the test's folder.
QString csv(const TempDatabase &t, const QString &header, const QStringList &rows)
{
    const QString path = t.file(u"учителя.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((header + u'\n' + rows.join(u'\n') + u'\n').toUtf8());
    return path;
}

qint64 registerSchool(TempDatabase &t, qint64 municipality, const QString &name, const QString &shortName)
{
    Organisation o;
    o.name = name;
    o.shortName = shortName;
    o.municipalityId = municipality;
    return OrganisationRepository(t.db()).insert(o);
}

QList<Teacher> allTeachers(TempDatabase &t)
{
    TeacherRepository repository(t.db());
    QList<Teacher> out;
    for (const TeacherRepository::Identity &i : repository.identities())
        out << repository.get(i.id);
    return out;
}

QString messages(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"rejected: row %1, %2: %3"_s.arg(e.row).arg(e.column, e.reason);
    for (const RowIssue &w : p.warnings)
        out << u"warning: row %1, %2: %3"_s.arg(w.row).arg(w.column, w.reason);
    return out.join(u'\n');
}

} // namespace

TEST_CASE("One school's spellings share a match key and different schools do not", "[import][organisation]")
{
    const QString kurdyukovo = u"курдюковская сош"_s;
    CHECK(key(u"МБОУ «Курдюковская СОШ»"_s) == kurdyukovo);
    CHECK(key(u"Курдюковская СОШ"_s) == kurdyukovo);
    CHECK(key(u"МКОУ Курдюковская СОШ"_s) == kurdyukovo);
    CHECK(key(u"мбоу \"Курдюковская  СОШ\""_s) == kurdyukovo);
    CHECK(key(u"Муниципальное бюджетное общеобразовательное учреждение «Курдюковская средняя общеобразовательная "
                "школа»"_s)
          == kurdyukovo);

    CHECK(key(u"МБОУ СОШ № 1"_s) == u"сош № 1"_s);
    CHECK(key(u"СОШ №1"_s) == u"сош № 1"_s);
    CHECK(key(u"МБУ ДО «Дом детского творчества»"_s) == u"ддт"_s);
    CHECK(key(u"МБУДО ДДТ"_s) == u"ддт"_s);
    CHECK(key(u"МАДОУ «Центр развития ребенка – детский сад № 1»"_s) == u"црр детский сад № 1"_s);
    CHECK(key(u"ЦРР – детский сад №1"_s) == u"црр детский сад № 1"_s);
    CHECK(key(u"Детский сад «Ёлочка»"_s) == u"детский сад елочка"_s);

    // The name itself still counts: a number, a kind of school, a garden's name.
    CHECK(key(u"СОШ № 1"_s) != key(u"СОШ № 11"_s));
    CHECK(key(u"Курдюковская СОШ"_s) != key(u"Курдюковская ООШ"_s));
    CHECK(key(u"МБДОУ детский сад № 3 «Солнышко»"_s) != key(u"МБДОУ детский сад № 3 «Ромашка»"_s));
    // Words of a legal form inside the name are the name («Школа-интернат» keeps «школа»).
    CHECK(key(u"МБОУ «Основная школа-интернат»"_s) == u"основная школа интернат"_s);
}

TEST_CASE("A registry that spells registered schools its own way puts every teacher in them", "[import][organisation]")
{
    ClockScope clock;
    TempDatabase t;
    const qint64 district = DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const qint64 kurdyukovo = registerSchool(t, district, u"МБОУ «Курдюковская СОШ»"_s, u"Курдюковская СОШ"_s);
    const qint64 first = registerSchool(t, district, u"МБОУ СОШ № 1"_s, {});

    TeacherImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(csv(t, u"ФИО;Дата рождения;Организация;Должность"_s, {
        u"Абрамова Анна Петровна;05.03.1980;МКОУ Курдюковская СОШ;учитель"_s,
        u"Белов Борис Ильич;12.07.1975;Муниципальное бюджетное общеобразовательное учреждение «Курдюковская средняя "
        "общеобразовательная школа»;учитель"_s,
        u"Волкова Вера Олеговна;01.09.1990;СОШ №1;учитель"_s,
        u"Волкова Вера Олеговна;01.09.1990;МБОУ СОШ № 1;учитель"_s,
    })));
    INFO(messages(preview).toStdString());
    // No «new organisation» warning: every spelling was recognised.
    CHECK(preview.warnings.isEmpty());
    // The last row is Волкова's post in the same school again, spelled the
    // registered way: a repeat, not a second post.
    REQUIRE(preview.errors.size() == 1);
    CHECK(preview.errors.first().row == 5);
    CHECK(preview.errors.first().reason == u"repeats row 4 (the same teacher, organisation and position)"_s);

    const ImportOutcome outcome = importer.apply(preview);
    CHECK(outcome.imported == 3);
    CHECK(outcome.organisationsCreated == 0);
    CHECK(OrganisationRepository(t.db()).all().size() == 2);
    QMap<QString, qint64> schoolOf;
    for (const Teacher &teacher : allTeachers(t)) {
        REQUIRE(teacher.employments.size() == 1);
        schoolOf.insert(teacher.surname, teacher.employments.first().organisationId);
    }
    CHECK(schoolOf.value(u"Абрамова"_s) == kurdyukovo);
    CHECK(schoolOf.value(u"Белов"_s) == kurdyukovo);
    CHECK(schoolOf.value(u"Волкова"_s) == first);
}

TEST_CASE("A name that fits two schools differing only in the legal form is refused, not guessed", "[import][organisation]")
{
    ClockScope clock;
    TempDatabase t;
    const qint64 district = DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    registerSchool(t, district, u"МБОУ СОШ № 1"_s, {});
    const qint64 treasury = registerSchool(t, district, u"МКОУ СОШ № 1"_s, {});

    TeacherImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(csv(t, u"ФИО;Дата рождения;Организация;Должность"_s, {
        u"Абрамова Анна Петровна;05.03.1980;СОШ № 1;учитель"_s,
        u"Белов Борис Ильич;12.07.1975;МКОУ СОШ № 1;учитель"_s,
    })));
    REQUIRE(preview.errors.size() == 1);
    CHECK(preview.errors.first().row == 2);
    CHECK(preview.errors.first().column == u"Организация"_s);
    CHECK(preview.errors.first().reason
          == u"\"СОШ № 1\" fits several registered organisations that differ only in the legal form; write the name "
             "as it is registered"_s);
    // Written as registered, it is that one.
    importer.apply(preview);
    const QList<Teacher> teachers = allTeachers(t);
    REQUIRE(teachers.size() == 1);
    CHECK(teachers.first().employments.first().organisationId == treasury);
    CHECK(OrganisationRepository(t.db()).all().size() == 2);
}

TEST_CASE("A school list without municipalities goes into the centre card's municipality", "[import][organisation]")
{
    ClockScope clock;
    TempDatabase t;
    const QString rows = u"Абрамова Анна Петровна;05.03.1980;МБОУ СОШ № 1;учитель"_s;

    SECTION("a fresh database without a card refuses the rows, naming where to fill it")
    {
        const auto preview = TeacherImporter(t.db(), referenceDay())
                                 .preview(TableReader::read(csv(t, u"ФИО;Дата рождения;Организация;Должность"_s, {rows})));
        REQUIRE(preview.errors.size() == 1);
        CHECK(preview.errors.first().reason
              == u"the municipality is empty, and neither the database nor the centre's card (Settings → "
                 "Организация (ИМЦ)) names one"_s);
    }
    SECTION("with the card's municipality the rows import into it")
    {
        CentreCard card;
        card.fullName = u"Муниципальное казённое учреждение «Информационно-методический центр»"_s;
        card.municipality = u"Ермаковский муниципальный округ"_s;
        CentreCardRepository(t.db()).save(card);

        TeacherImporter importer(t.db(), referenceDay());
        const auto preview =
            importer.preview(TableReader::read(csv(t, u"ФИО;Дата рождения;Организация;Должность"_s, {rows})));
        CHECK(preview.errors.isEmpty());
        CHECK(importer.apply(preview).imported == 1);
        const QList<Municipality> municipalities = DictionaryRepository(t.db()).municipalities();
        REQUIRE(municipalities.size() == 1);
        CHECK(municipalities.first().name == u"Ермаковский муниципальный округ"_s);
        const QList<Organisation> schools = OrganisationRepository(t.db()).all();
        REQUIRE(schools.size() == 1);
        CHECK(schools.first().municipalityId == municipalities.first().id);
    }
    SECTION("in a region's database the card's municipality is the default, not the first one")
    {
        DictionaryRepository dictionary(t.db());
        dictionary.ensureMunicipality(u"Абанский район"_s);
        const qint64 ermakovo = dictionary.ensureMunicipality(u"Ермаковский муниципальный округ"_s);
        CentreCard card;
        card.municipality = u"ермаковский  муниципальный округ"_s;
        CentreCardRepository(t.db()).save(card);

        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(
            TableReader::read(csv(t, u"ФИО;Дата рождения;Организация;Должность"_s, {rows}))));
        const QList<Organisation> schools = OrganisationRepository(t.db()).all();
        REQUIRE(schools.size() == 1);
        CHECK(schools.first().municipalityId == ermakovo);
    }
}
