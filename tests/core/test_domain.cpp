#include <catch2/catch.hpp>

#include "domain/Category.h"
#include "domain/DateText.h"
#include "domain/Organisation.h"
#include "domain/Position.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"
#include "domain/TeacherValidation.h"
#include "util/TextNormalize.h"

using namespace profrost;

TEST_CASE("SNILS: valid numbers pass in any common spelling", "[domain][snils]")
{
    CHECK(Snils::validate(QStringLiteral("112-233-445 95")).isEmpty());
    CHECK(Snils::validate(QStringLiteral("11223344595")).isEmpty());
    CHECK(Snils::validate(QStringLiteral("112 233 445 95")).isEmpty());
    CHECK(Snils::digits(QStringLiteral("112-233-445 95")) == QStringLiteral("11223344595"));
    CHECK(Snils::formatted(QStringLiteral("11223344595")) == QStringLiteral("112-233-445 95"));
}

TEST_CASE("SNILS: a wrong checksum or length is refused with a reason", "[domain][snils]")
{
    CHECK_FALSE(Snils::validate(QStringLiteral("112-233-445 96")).isEmpty());
    CHECK(Snils::validate(QStringLiteral("112-233-445 96")).contains(QStringLiteral("checksum")));
    CHECK_FALSE(Snils::validate(QStringLiteral("1122334459")).isEmpty());
    CHECK_FALSE(Snils::validate(QStringLiteral("112-233-44A 95")).isEmpty());
}

TEST_CASE("SNILS: checksum rules for sums of 100, 101 and above", "[domain][snils]")
{
    // 9*9+9*8+...: sums below 100 are the checksum, 100 and 101 give 00,
    // larger sums are taken modulo 101.
    CHECK(Snils::checksum(QStringLiteral("112233445")) == 95);
    CHECK(Snils::checksum(QStringLiteral("000000001")) == 1);
    CHECK(Snils::checksum(QStringLiteral("222222222")) == 90);
    CHECK(Snils::checksum(QStringLiteral("999999999")) == (405 % 101));
    // Numbers up to 001-001-998 carry no checksum.
    CHECK(Snils::validate(QStringLiteral("001-001-998 00")).isEmpty());
}

TEST_CASE("Dates are read as dd.mm.yyyy or yyyy-mm-dd, impossible dates refused", "[domain][dates]")
{
    CHECK(DateText::parse(QStringLiteral("05.06.2026")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("5.6.2026")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("2026-06-05")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("29.02.2024")) == QDate(2024, 2, 29));
    QString why;
    CHECK_FALSE(DateText::parse(QStringLiteral("29.02.2023"), &why).isValid());
    CHECK(why.contains(QStringLiteral("29.02.2023")));
    CHECK_FALSE(DateText::parse(QStringLiteral("31.04.2020")).isValid());
    CHECK_FALSE(DateText::parse(QStringLiteral("2020/01/01"), &why).isValid());
    CHECK(why.contains(QStringLiteral("dd.mm.yyyy")));
    CHECK(DateText::numeric(QDate(2026, 6, 5)) == QStringLiteral("05.06.2026"));
    CHECK(DateText::words(QDate(2026, 6, 5)) == QString::fromUtf8("5 июня 2026 г."));
    CHECK(DateText::academicYearStart(QDate(2026, 9, 1)) == 2026);
    CHECK(DateText::academicYearStart(QDate(2026, 8, 31)) == 2025);
}

TEST_CASE("Age and experience count full years, birthdays on 29 February included", "[domain][facts]")
{
    Teacher t;
    t.birthDate = QDate(1990, 5, 10);
    CHECK(TeacherFacts::age(t, QDate(2026, 5, 9)) == 35);
    CHECK(TeacherFacts::age(t, QDate(2026, 5, 10)) == 36);
    t.birthDate = QDate(2000, 2, 29);
    CHECK(TeacherFacts::age(t, QDate(2025, 2, 28)) == 24);
    CHECK(TeacherFacts::age(t, QDate(2025, 3, 1)) == 25);
    CHECK(TeacherFacts::age(t, QDate(2028, 2, 29)) == 28);
    Teacher unknown;
    CHECK(TeacherFacts::age(unknown, QDate(2026, 1, 1)) == -1);
}

TEST_CASE("A young teacher is under 35 with under 3 years of experience at the reference date", "[domain][facts]")
{
    Teacher t;
    t.birthDate = QDate(1992, 3, 1);
    t.experienceStart = QDate(2024, 9, 1);
    CHECK(TeacherFacts::isYoung(t, QDate(2026, 11, 22)));      // 34 years, 2 years of experience
    CHECK_FALSE(TeacherFacts::isYoung(t, QDate(2027, 3, 1)));  // turns 35 that day
    t.birthDate = QDate(1998, 1, 1);
    CHECK(TeacherFacts::isYoung(t, QDate(2027, 8, 31)));
    CHECK_FALSE(TeacherFacts::isYoung(t, QDate(2027, 9, 1))); // third anniversary of work
    Teacher noExperience;
    noExperience.birthDate = QDate(2000, 1, 1);
    CHECK_FALSE(TeacherFacts::isYoung(noExperience, QDate(2026, 1, 1)));
}

TEST_CASE("A category is valid five years from the order, to the day before", "[domain][facts]")
{
    Teacher t;
    t.category = Category::Highest;
    t.categoryDate = QDate(2021, 12, 24);
    CHECK(TeacherFacts::categoryValidUntil(t) == QDate(2026, 12, 23));
    CHECK(TeacherFacts::hasValidCategory(t, QDate(2026, 12, 23)));
    CHECK_FALSE(TeacherFacts::hasValidCategory(t, QDate(2026, 12, 24)));
    t.categoryDate = QDate(2024, 2, 29);
    CHECK(TeacherFacts::categoryValidUntil(t) == QDate(2029, 2, 28));
    t.category = Category::None;
    CHECK_FALSE(TeacherFacts::categoryValidUntil(t).isValid());
}

TEST_CASE("Categories, organisation types and posts are read as people write them", "[domain]")
{
    Category c;
    REQUIRE(CategoryText::parse(QString::fromUtf8("Высшая"), &c));
    CHECK(c == Category::Highest);
    REQUIRE(CategoryText::parse(QString::fromUtf8("первая квалификационная категория"), &c));
    CHECK(c == Category::First);
    REQUIRE(CategoryText::parse(QString::fromUtf8("Педагог - методист"), &c));
    CHECK(c == Category::Methodist);
    REQUIRE(CategoryText::parse(QString::fromUtf8("нет"), &c));
    CHECK(c == Category::None);
    CHECK_FALSE(CategoryText::parse(QString::fromUtf8("вторая"), &c));

    OrganisationType type;
    REQUIRE(OrganisationTypeText::parse(QString::fromUtf8("ДОУ"), &type));
    CHECK(type == OrganisationType::Preschool);
    CHECK(OrganisationTypeText::guessFromName(QString::fromUtf8("МБДОУ детский сад № 3 «Звездочка»"))
          == OrganisationType::Preschool);
    CHECK(OrganisationTypeText::guessFromName(QString::fromUtf8("МБУ ДО «Дом детского творчества»"))
          == OrganisationType::Additional);
    CHECK(OrganisationTypeText::guessFromName(QString::fromUtf8("МАОУ СОШ № 27")) == OrganisationType::School);

    CHECK(PositionCatalog::defaultKindFor(QString::fromUtf8("Заместитель директора по УВР")) == PositionKind::Managerial);
    CHECK(PositionCatalog::defaultKindFor(QString::fromUtf8("заведующий")) == PositionKind::Managerial);
    CHECK(PositionCatalog::defaultKindFor(QString::fromUtf8("учитель")) == PositionKind::Pedagogical);
}

TEST_CASE("Validation names the field and the reason", "[domain][validation]")
{
    const QDate today(2026, 11, 22);
    Teacher t;
    t.surname = QString::fromUtf8("Иванова");
    t.name = QString::fromUtf8("Мария");
    t.birthDate = QDate(2027, 1, 1);
    t.snils = QStringLiteral("112-233-445 96");
    t.email = QStringLiteral("not-an-address");
    t.category = Category::First;
    auto problems = TeacherValidation::check(t, today);
    QList<FieldProblem::Field> fields;
    for (const auto &p : problems)
        fields << p.field;
    CHECK(fields.contains(FieldProblem::Field::BirthDate));
    CHECK(fields.contains(FieldProblem::Field::Snils));
    CHECK(fields.contains(FieldProblem::Field::Email));
    CHECK(fields.contains(FieldProblem::Field::CategoryDate));
    CHECK(TeacherValidation::describe(problems).contains(QStringLiteral("SNILS")));

    t.birthDate = QDate(1980, 1, 1);
    t.snils = QStringLiteral("112-233-445 95");
    t.email = QStringLiteral("ivanova@school.ru");
    t.categoryDate = QDate(2024, 3, 1);
    CHECK(TeacherValidation::check(t, today).isEmpty());
}

TEST_CASE("Search keys fold case and ё for Cyrillic and Latin alike", "[domain][text]")
{
    CHECK(lowerKey(QString::fromUtf8("ЁЛКИНА Алёна, МБОУ СОШ № 1; Teacher")) ==
          QString::fromUtf8("елкина алена, мбоу сош № 1; teacher"));
    CHECK(lowerKey(QString::fromUtf8("ÄÖÜ Ђ")) == QString::fromUtf8("äöü ђ"));
    CHECK(normalizedKey(QString::fromUtf8("  Дата   приёма ")) == QString::fromUtf8("дата приема"));
    CHECK(compactKey(QString::fromUtf8("E-mail")) == QStringLiteral("email"));
}
