#pragma once

#include "demo/DemoRandom.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost::demo {

// A first name and the birth years in which it was commonly given.
struct GivenName
{
    QString name;
    int fromYear = 0;
    int toYear = 9999;
};

// A village: «с. Курдюково» and, when it has one, the adjective of its
// school names («Курдюковская»).
struct Settlement
{
    QString name;
    QString adjective;
};

// A municipality and its centre, where the numbered schools are.
struct District
{
    QString name;   // «Ермаковский муниципальный округ»
    QString centre; // «с. Ермаковское»
};

struct PersonName
{
    QString surname;
    QString name;
    QString patronymic;
};

// The name lists of the demo database (resources/demo/*.txt, embedded under
// :/demo) and the Russian word forms the generator needs.
class DemoNames
{
    Q_DECLARE_TR_FUNCTIONS(DemoNames)
public:
    // Reads the embedded lists; throws profrost::Error when one is missing or empty
    // (a build without the resources must fail loudly, not fill "?" names).
    static DemoNames load();

    // A name typical of someone born in `birthYear`; surnames by frequency rank.
    PersonName person(DemoRandom &random, bool female, int birthYear) const;

    const QList<Settlement> &settlements() const { return m_settlements; }
    const QStringList &kindergartens() const { return m_kindergartens; }

    // The i-th district (0-based): real-sounding names, numbered when the list runs out.
    static District district(int index);
    static const QStringList &streets();
    // «имени А. С. Пушкина» and the like, for one school of a district now and then.
    static const QStringList &honorifics();

    // Иванов → Иванова, Толстой → Толстая, Вишневский → Вишневская; Белых, Шевченко stay.
    static QString feminineSurname(const QString &masculine);
    // Курдюковская → Курдюковский (for «Курдюковский детский сад»).
    static QString masculineAdjective(const QString &feminine);
    // Latin letters for e-mail addresses (a simplified passport transliteration).
    static QString transliterate(const QString &text);

private:
    QStringList m_surnames;
    WeightedTable m_surnameWeights;
    QList<GivenName> m_female;
    QList<GivenName> m_male;
    QList<std::pair<QString, QString>> m_patronymics; // masculine, feminine
    QList<Settlement> m_settlements;
    QStringList m_kindergartens;
};

} // namespace profrost::demo
