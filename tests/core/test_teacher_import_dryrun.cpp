// Issue 11, item 3: a dry run is the real run without the writing. Every
// check the apply step can fail on (the store's own validation, unique
// keys, dates against each other and against the registry) is made while
// validating, so a real import never fails on a row the dry run passed.
// Each kind of bad row is imported next to a good one, with and without
// applying: the same row is rejected, and applying never throws. The
// checks were removed one by one to see this test fail.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QFile>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader = u"ФИО;Дата рождения;СНИЛС;Организация;Должность;Категория;Дата присвоения категории;"
                        "Дата приема;Дата увольнения"_s;
const QString kGood = u"Морозов Алексей Игоревич;17.04.1992;;МБОУ СОШ № 2;учитель;;;;"_s;

// Registered: Петрова (with a post since 2015) and Иванова, born the same
// day with the same given names.
void registerTwo(TempDatabase &t)
{
    DictionaryRepository dictionary(t.db());
    dictionary.ensureMunicipality(u"Ермаковский район"_s);
    const QString file = t.file(u"реестр.csv"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write((kHeader + u"\n"_s
             + u"Петрова Анна Петровна;05.03.1980;123-456-789 64;МБОУ СОШ № 1;учитель;;;01.09.2015;\n"_s
             + u"Иванова Анна Петровна;05.03.1980;234-567-890 99;МБОУ СОШ № 1;учитель;;;01.09.2016;\n"_s)
                .toUtf8());
    f.close();
    TeacherImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(file));
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(importer.apply(preview).imported == 2);
}

struct Run
{
    QStringList rejected; // row:column
    bool threw = false;
    QString message;
    int teachers = 0;
};

// The file «header, good row, bad row»: previewed only (dry run) or
// previewed and applied (real run) in a database of its own.
Run run(const QString &badRow, bool apply)
{
    TempDatabase t;
    registerTwo(t);
    const QString file = t.file(u"файл.csv"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write((kHeader + u'\n' + kGood + u'\n' + badRow + u'\n').toUtf8());
    f.close();
    TeacherImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(file));
    Run out;
    for (const RowIssue &e : preview.errors)
        out.rejected << u"%1:%2"_s.arg(e.row).arg(e.column);
    if (apply) {
        try {
            importer.apply(preview);
        } catch (const Error &e) {
            out.threw = true;
            out.message = e.message();
        }
    }
    out.teachers = TeacherRepository(t.db()).count();
    return out;
}

} // namespace

TEST_CASE("Teacher import: a dry run rejects every row the real import would fail on", "[import][dryrun]")
{
    ClockScope clock;
    const QList<std::pair<QString, QString>> cases{
        {u"31.02.1980 is no date"_s, u"Белова Ирина Сергеевна;31.02.1980;;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"a wrong SNILS checksum"_s, u"Белова Ирина Сергеевна;11.11.1981;111-222-333 44;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"an unknown category"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;вторая;01.02.2024;;"_s},
        {u"a category without its date"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;первая;;;"_s},
        {u"a category date in the future"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;первая;01.02.2027;;"_s},
        {u"СЗД in the future"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;СЗД;01.02.2027;;"_s},
        {u"a birth date in the future"_s, u"Белова Ирина Сергеевна;11.11.2030;;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"a hiring in the future"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;;;01.09.2027;"_s},
        {u"a dismissal before the hiring"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;учитель;;;01.09.2020;01.09.2019"_s},
        {u"a dismissal before the registered hiring"_s, u"Петрова Анна Петровна;05.03.1980;123-456-789 64;МБОУ СОШ № 1;учитель;;;;01.09.2014"_s},
        {u"a SNILS of another registered person"_s, u"Белова Ирина Сергеевна;11.11.1981;123-456-789 64;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"a changed surname that makes her another registered teacher"_s, u"Иванова Анна Петровна;05.03.1980;123-456-789 64;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"a registered person given another SNILS"_s, u"Петрова Анна Петровна;05.03.1980;345-678-901 23;МБОУ СОШ № 1;учитель;;;;"_s},
        {u"an organisation without a post"_s, u"Белова Ирина Сергеевна;11.11.1981;;МБОУ СОШ № 1;;;;;"_s},
    };
    for (const auto &[what, row] : cases) {
        INFO(what.toStdString());
        const Run dry = run(row, false);
        const Run real = run(row, true);
        INFO(real.message.toStdString());
        CHECK_FALSE(dry.rejected.isEmpty());
        for (const QString &r : dry.rejected)
            CHECK(r.startsWith(u"3:"_s));
        CHECK(real.rejected == dry.rejected);
        CHECK_FALSE(real.threw);
        CHECK(real.teachers == 3); // the two registered and the good row
    }
}
