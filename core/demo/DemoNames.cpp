#include "demo/DemoNames.h"

#include "util/Error.h"

#include <QFile>
#include <QHash>

#include <iterator>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

// The lines of an embedded list without blank lines and "#" comments.
QStringList readList(const QString &fileName)
{
    QFile file(u":/demo/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(DemoNames::tr("The demo data list %1 is missing from this build.").arg(fileName));
    QStringList out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            out.append(line);
    }
    if (out.isEmpty())
        throw Error(DemoNames::tr("The demo data list %1 is empty.").arg(fileName));
    return out;
}

QList<GivenName> readGivenNames(const QString &fileName)
{
    QList<GivenName> out;
    for (const QString &line : readList(fileName)) {
        const QStringList parts = line.split(u';');
        GivenName n;
        n.name = parts.at(0).trimmed();
        if (parts.size() >= 3) {
            n.fromYear = parts.at(1).trimmed().toInt();
            n.toYear = parts.at(2).trimmed().toInt();
        }
        out.append(n);
    }
    return out;
}

const GivenName &givenName(DemoRandom &random, const QList<GivenName> &names, int birthYear)
{
    // Names that fit the birth year, so that a 25-year-old is rarely a Галина
    // and a 60-year-old rarely a Дарья; any name when none fits.
    int fitting = 0;
    for (const GivenName &n : names)
        fitting += (n.fromYear <= birthYear && birthYear <= n.toYear) ? 1 : 0;
    if (fitting == 0)
        return random.pick(names);
    int k = random.between(0, fitting - 1);
    for (const GivenName &n : names) {
        if (n.fromYear <= birthYear && birthYear <= n.toYear && k-- == 0)
            return n;
    }
    return names.constFirst();
}

} // namespace

DemoNames DemoNames::load()
{
    DemoNames d;
    d.m_surnames = readList(u"surnames.txt"_s);
    // Frequency falls with rank, but slowly: the 100th surname is still common.
    QList<double> weights;
    for (qsizetype rank = 0; rank < d.m_surnames.size(); ++rank)
        weights.append(1.0 / double(rank + 15));
    d.m_surnameWeights = WeightedTable(weights);
    d.m_female = readGivenNames(u"female_names.txt"_s);
    d.m_male = readGivenNames(u"male_names.txt"_s);
    for (const QString &line : readList(u"patronymic_roots.txt"_s)) {
        const QStringList parts = line.split(u';');
        if (parts.size() >= 2)
            d.m_patronymics.append({parts.at(0).trimmed(), parts.at(1).trimmed()});
    }
    if (d.m_patronymics.isEmpty())
        throw Error(tr("The demo data list %1 is empty.").arg(u"patronymic_roots.txt"_s));
    for (const QString &line : readList(u"settlements.txt"_s)) {
        const qsizetype semicolon = line.indexOf(u';');
        Settlement s;
        s.name = line.left(semicolon).trimmed();
        if (semicolon >= 0)
            s.adjective = line.mid(semicolon + 1).trimmed();
        d.m_settlements.append(s);
    }
    d.m_kindergartens = readList(u"kindergarten_names.txt"_s);
    return d;
}

PersonName DemoNames::person(DemoRandom &random, bool female, int birthYear) const
{
    PersonName p;
    const QString &surname = m_surnames.at(m_surnameWeights.draw(random));
    p.surname = female ? feminineSurname(surname) : surname;
    p.name = givenName(random, female ? m_female : m_male, birthYear).name;
    const auto &pair = random.pick(m_patronymics);
    p.patronymic = female ? pair.second : pair.first;
    return p;
}

District DemoNames::district(int index)
{
    // Districts of a real region (Krasnoyarsk krai) and their centres.
    static const char16_t *const list[][2] = {
        {u"Ермаковский муниципальный округ", u"с. Ермаковское"},
        {u"Каратузский муниципальный округ", u"с. Каратузское"},
        {u"Шушенский муниципальный район", u"пгт Шушенское"},
        {u"Идринский муниципальный округ", u"с. Идринское"},
        {u"Курагинский муниципальный район", u"пгт Курагино"},
        {u"Краснотуранский муниципальный округ", u"с. Краснотуранск"},
        {u"Новоселовский муниципальный округ", u"с. Новоселово"},
        {u"Балахтинский муниципальный район", u"пгт Балахта"},
        {u"Ужурский муниципальный округ", u"г. Ужур"},
        {u"Назаровский муниципальный округ", u"г. Назарово"},
        {u"Бирилюсский муниципальный округ", u"с. Новобирилюссы"},
        {u"Большеулуйский муниципальный округ", u"с. Большой Улуй"},
        {u"Козульский муниципальный округ", u"пгт Козулька"},
        {u"Емельяновский муниципальный район", u"пгт Емельяново"},
        {u"Сухобузимский муниципальный округ", u"с. Сухобузимское"},
        {u"Казачинский муниципальный округ", u"с. Казачинское"},
        {u"Пировский муниципальный округ", u"с. Пировское"},
        {u"Большемуртинский муниципальный район", u"пгт Большая Мурта"},
        {u"Манский муниципальный округ", u"с. Шалинское"},
        {u"Уярский муниципальный округ", u"г. Уяр"},
        {u"Партизанский муниципальный округ", u"с. Партизанское"},
        {u"Рыбинский муниципальный район", u"г. Заозерный"},
        {u"Саянский муниципальный округ", u"с. Агинское"},
        {u"Ирбейский муниципальный округ", u"с. Ирбейское"},
        {u"Абанский муниципальный округ", u"пгт Абан"},
        {u"Дзержинский муниципальный округ", u"с. Дзержинское"},
        {u"Тасеевский муниципальный округ", u"с. Тасеево"},
        {u"Нижнеингашский муниципальный район", u"пгт Нижний Ингаш"},
        {u"Иланский муниципальный округ", u"г. Иланский"},
        {u"Богучанский муниципальный район", u"с. Богучаны"},
        {u"Кежемский муниципальный район", u"г. Кодинск"},
        {u"Мотыгинский муниципальный район", u"пгт Мотыгино"},
        {u"Енисейский муниципальный округ", u"г. Енисейск"},
        {u"Минусинский муниципальный округ", u"г. Минусинск"},
        {u"Тюхтетский муниципальный округ", u"с. Тюхтет"},
        {u"Канский муниципальный округ", u"г. Канск"},
    };
    constexpr int size = int(std::size(list));
    District d{QString::fromUtf16(list[index % size][0]), QString::fromUtf16(list[index % size][1])};
    if (index >= size) // more than a region: keep names unique
        d.name += QStringLiteral(" (%1)").arg(index / size + 1);
    return d;
}

const QStringList &DemoNames::streets()
{
    static const QStringList list = {
        u"Ленина"_s, u"Советская"_s, u"Мира"_s, u"Школьная"_s, u"Молодежная"_s, u"Центральная"_s,
        u"Садовая"_s, u"Набережная"_s, u"Лесная"_s, u"Октябрьская"_s, u"Комсомольская"_s,
        u"Первомайская"_s, u"Гагарина"_s, u"Новая"_s, u"Степная"_s, u"Пионерская"_s, u"Кирова"_s,
        u"Заречная"_s, u"Строителей"_s, u"Юбилейная"_s, u"Трудовая"_s, u"Рабочая"_s};
    return list;
}

const QStringList &DemoNames::honorifics()
{
    static const QStringList list = {
        u"имени А. С. Пушкина"_s, u"имени Ю. А. Гагарина"_s, u"имени В. П. Астафьева"_s,
        u"имени Героя Советского Союза И. Н. Кожедуба"_s, u"имени М. В. Ломоносова"_s,
        u"имени Героя Советского Союза А. П. Маресьева"_s};
    return list;
}

QString DemoNames::feminineSurname(const QString &m)
{
    if (m.endsWith(u"ский") || m.endsWith(u"цкий") || m.endsWith(u"ой") || m.endsWith(u"ый"))
        return m.chopped(2) + u"ая";
    if (m.endsWith(u"ов") || m.endsWith(u"ев") || m.endsWith(u"ёв") || m.endsWith(u"ин")
        || m.endsWith(u"ын"))
        return m + u'а';
    return m; // Белых, Черных, Шевченко, Ковальчук, Мельник
}

QString DemoNames::masculineAdjective(const QString &f)
{
    if (f.endsWith(u"ская") || f.endsWith(u"цкая"))
        return f.chopped(2) + u"ий";
    if (f.endsWith(u"ая"))
        return f.chopped(2) + u"ый";
    return f;
}

QString DemoNames::transliterate(const QString &text)
{
    static const QHash<QChar, QString> table = [] {
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя"_s;
        const QStringList to = {u"a"_s, u"b"_s, u"v"_s, u"g"_s, u"d"_s, u"e"_s, u"e"_s, u"zh"_s,
                                u"z"_s, u"i"_s, u"i"_s, u"k"_s, u"l"_s, u"m"_s, u"n"_s, u"o"_s,
                                u"p"_s, u"r"_s, u"s"_s, u"t"_s, u"u"_s, u"f"_s, u"kh"_s, u"ts"_s,
                                u"ch"_s, u"sh"_s, u"shch"_s, u"ie"_s, u"y"_s, QString(), u"e"_s,
                                u"iu"_s, u"ia"_s};
        QHash<QChar, QString> t;
        for (qsizetype i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        return t;
    }();
    QString out;
    for (const QChar c : text.toLower()) {
        const auto it = table.constFind(c);
        if (it != table.cend())
            out += *it;
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

} // namespace profrost::demo
