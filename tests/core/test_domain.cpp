#include <catch2/catch.hpp>

#include "domain/Category.h"
#include "domain/DateText.h"
#include "domain/Organisation.h"
#include "domain/Position.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"
#include "domain/TeacherValidation.h"
#include "util/TextNormalize.h"

#include <QRegularExpression>

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
    // The check number of digits d1..d9 is S = 9*d1 + 8*d2 + ... + 1*d9:
    // S < 100 is the check number itself, S = 100 or 101 gives 00, and a
    // larger S is taken modulo 101, where a remainder of 100 gives 00 too.
    // Each sum below is worked out by hand.

    // 1*9 + 1*8 + 2*7 + 2*6 + 3*5 + 3*4 + 4*3 + 4*2 + 5*1
    //   = 9 + 8 + 14 + 12 + 15 + 12 + 12 + 8 + 5 = 95 < 100: 95
    CHECK(Snils::checksum(QStringLiteral("112233445")) == 95);
    CHECK(Snils::validate(QStringLiteral("112-233-445 95")).isEmpty());
    // 2*(9+8+7+6+5+4+3+1) + 7*2 = 2*43 + 14 = 100: 00
    CHECK(Snils::checksum(QStringLiteral("222222272")) == 0);
    CHECK(Snils::validate(QStringLiteral("222-222-272 00")).isEmpty());
    CHECK_FALSE(Snils::validate(QStringLiteral("222-222-272 99")).isEmpty());
    // the same with the last digit 3: 100 + 1 = 101: 00
    CHECK(Snils::checksum(QStringLiteral("222222273")) == 0);
    CHECK(Snils::validate(QStringLiteral("222-222-273 00")).isEmpty());
    CHECK_FALSE(Snils::validate(QStringLiteral("222-222-273 01")).isEmpty());
    // last digit 4: 100 + 2 = 102 = 101 + 1: 01
    CHECK(Snils::checksum(QStringLiteral("222222274")) == 1);
    CHECK(Snils::validate(QStringLiteral("222-222-274 01")).isEmpty());
    CHECK_FALSE(Snils::validate(QStringLiteral("222-222-274 00")).isEmpty());
    // 4*(9+8+7+6+5+4+3+2+1) + 3*7 (the third digit is 7, not 4)
    //   = 4*45 + 21 = 201 = 101 + 100: the remainder 100 gives 00
    CHECK(Snils::checksum(QStringLiteral("447444444")) == 0);
    CHECK(Snils::validate(QStringLiteral("447-444-444 00")).isEmpty());
    // 9*45 = 405 = 4*101 + 1: 01
    CHECK(Snils::checksum(QStringLiteral("999999999")) == 1);
    // 1*9 + 2*8 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 + 9*1
    //   = 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 + 9 = 165 = 101 + 64: 64
    CHECK(Snils::checksum(QStringLiteral("123456789")) == 64);
    CHECK(Snils::validate(QStringLiteral("123-456-789 64")).isEmpty());
    // 1*1 = 1 and 2*(9+8+...+1) = 90: below 100, the sum itself
    CHECK(Snils::checksum(QStringLiteral("000000001")) == 1);
    CHECK(Snils::checksum(QStringLiteral("222222222")) == 90);
    // Numbers up to 001-001-998 carry no checksum; 001-001-999 does:
    // 1*7 + 1*4 + 9*3 + 9*2 + 9*1 = 7 + 4 + 27 + 18 + 9 = 65.
    CHECK(Snils::validate(QStringLiteral("001-001-998 00")).isEmpty());
    CHECK_FALSE(Snils::validate(QStringLiteral("001-001-999 00")).isEmpty());
    CHECK(Snils::validate(QStringLiteral("001-001-999 65")).isEmpty());
}

TEST_CASE("Dates are read as dd.mm.yyyy or yyyy-mm-dd, impossible dates refused", "[domain][dates]")
{
    CHECK(DateText::parse(QStringLiteral("05.06.2026")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("5.6.2026")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("2026-06-05")) == QDate(2026, 6, 5));
    CHECK(DateText::parse(QStringLiteral("29.02.2024")) == QDate(2024, 2, 29));
    // Typed without the dots: ddmmyyyy; an impossible one or a yyyymmdd refused.
    CHECK(DateText::parse(QStringLiteral("15041990")) == QDate(1990, 4, 15));
    CHECK(DateText::parse(QStringLiteral(" 01092026 ")) == QDate(2026, 9, 1));
    CHECK_FALSE(DateText::parse(QStringLiteral("31042020")).isValid());
    CHECK_FALSE(DateText::parse(QStringLiteral("19900415")).isValid());
    CHECK_FALSE(DateText::parse(QStringLiteral("1504199")).isValid());
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

TEST_CASE("Dotted dates read without the regular expression are read as with it", "[domain][dates]")
{
    // DateText::parse reads d.m.yyyy itself (three dates a row of an import)
    // and leaves everything else to its regular expressions: the general rule
    // here, written out, must give the same date and the same refusal.
    const auto general = [](const QString &raw) -> QDate {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)")).match(raw.trimmed());
        if (!m.hasMatch())
            return {};
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return date.isValid() && date.year() >= 1900 && date.year() <= 2200 ? date : QDate();
    };
    QStringList samples{QStringLiteral("1.1.1900"), QStringLiteral("31.12.2200"), QStringLiteral("31.12.1899"),
                        QStringLiteral("01.01.2201"), QStringLiteral("001.01.2020"), QStringLiteral("01.001.2020"),
                        QStringLiteral("1.1.20201"), QStringLiteral(".1.2020"), QStringLiteral("1..2020"),
                        QStringLiteral("1.1.202"), QStringLiteral("1.1.2020."), QStringLiteral(" 1.1.2020"),
                        QStringLiteral("1.1.2020 "), QStringLiteral("1,1.2020"), QStringLiteral("00.00.2020"),
                        QStringLiteral("29.02.2023"), QStringLiteral("29.02.2024"), QStringLiteral("31.04.2020"),
                        QString::fromUtf8("\u0661.1.2020"), QString::fromUtf8("1.1.２０２０"), QStringLiteral("1a.1.2020")};
    for (int d = 0; d <= 32; d += 1)
        for (int m = 0; m <= 13; ++m)
            samples << QStringLiteral("%1.%2.2024").arg(d).arg(m) << QStringLiteral("%1.%2.1987").arg(d, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    for (const QString &text : std::as_const(samples)) {
        INFO(text.toStdString());
        QString why;
        const QDate read = DateText::parse(text, &why);
        CHECK(read == general(text));
        if (!read.isValid() && general(text).isNull())
            CHECK_FALSE(why.isEmpty());
    }
    // And written back as QDate::toString writes it.
    for (QDate day(1899, 12, 25); day < QDate(2031, 1, 5); day = day.addDays(37))
        CHECK(DateText::numeric(day) == day.toString(u"dd.MM.yyyy"));
    CHECK(DateText::numeric(QDate(999, 3, 4)) == QDate(999, 3, 4).toString(u"dd.MM.yyyy"));
    CHECK(DateText::numeric(QDate()).isNull());
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

TEST_CASE("Names gathered from several places: each once whatever its case or ё, alphabetical", "[domain][text]")
{
    const QStringList names{QString::fromUtf8("учитель"), QString::fromUtf8(" Педагог-психолог "), QString(),
                            QString::fromUtf8("Учитель"), QString::fromUtf8("педагог-психолог"),
                            QString::fromUtf8("Учитель-логопед"), QStringLiteral("   "),
                            QString::fromUtf8("зам.  директора")};
    // The first spelling met is kept; blanks are dropped; spaces simplified.
    CHECK(distinctNames(names) == QStringList{QString::fromUtf8("зам. директора"),
                                              QString::fromUtf8("Педагог-психолог"), QString::fromUtf8("учитель"),
                                              QString::fromUtf8("Учитель-логопед")});
    CHECK(distinctNames({}).isEmpty());
}

TEST_CASE("Matching keys of Russian and Latin text are the general rule's keys", "[domain][text]")
{
    // normalizedKey() folds ASCII and the Russian alphabet in one pass of its
    // own (an import makes some 15 keys a row) and leaves everything else to
    // simplified().toLower(): both must give the same key.
    const auto general = [](const QString &text) {
        QString key = text.simplified().toLower();
        key.replace(QChar(0x0451), QChar(0x0435));
        key.replace(QChar(0x00A0), QChar(u' '));
        return key;
    };
    const QStringList samples{
        QString(), QStringLiteral("   "), QString::fromUtf8("Ёлкина АЛЁНА  Петровна"),
        QString::fromUtf8("\t МБОУ «СОШ № 1»\r\n г. Шушенское \v"), QStringLiteral("E-Mail; Teacher\f42"),
        QString::fromUtf8("Заместитель директора по УВР"), QString::fromUtf8("ЀЂЃЄЅІЇЈЉЊЋЌЍЎЏ ѐђ"),
        QString::fromUtf8("Müller ÄÖÜ"), QString::fromUtf8("СОШ\u00a0№\u00a06"), QString::fromUtf8("a\u2003b\u3000c"),
        QString::fromUtf8("İstanbul ΣΟΦΙΑ"), QString::fromUtf8("учитель 🙂 информатики"),
        QString::fromUtf8("ЯЗЫК и литература; Ъ ь Ы"), QStringLiteral("@[`{")};
    for (const QString &text : samples) {
        INFO(text.toStdString());
        CHECK(normalizedKey(text) == general(text));
    }
    // Every character of the ASCII and Cyrillic blocks, alone and between letters.
    for (char16_t u = 1; u < 0x0530; ++u) {
        const QString text = QStringLiteral(" Аб") + QChar(u) + QStringLiteral("Вг ") + QChar(u);
        INFO(int(u));
        CHECK(normalizedKey(text) == general(text));
    }
}
