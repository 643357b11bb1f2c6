#include "demo/DemoCentre.h"

#include "demo/DemoNames.h"
#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace profrost::demo {

QString DemoCentre::genitive(const QString &municipality)
{
    // The district names of DemoNames: «<adjective> муниципальный округ|район».
    QStringList words = municipality.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w.endsWith(u"ый"_s) || w.endsWith(u"ий"_s))
            w = w.left(w.size() - 2) + u"ого"_s;
        else if (w == u"округ"_s || w == u"район"_s)
            w += u'а';
    }
    return words.join(u' ');
}

CentreCard DemoCentre::card(const QStringList &municipalities)
{
    CentreCard c;
    if (municipalities.size() == 1) {
        const QString district = municipalities.constFirst();
        c.fullName = u"Муниципальное казённое учреждение «Информационно-методический центр» "_s + genitive(district);
        c.shortName = u"МКУ «ИМЦ»"_s;
        c.municipality = district;
        for (int i = 0; i < 30; ++i) {
            const District d = DemoNames::district(i);
            if (d.name == district) {
                c.address = u"Красноярский край, %1, ул. Ленина, д. 12"_s.arg(d.centre);
                break;
            }
        }
        c.headPosition = u"Директор МКУ «ИМЦ»"_s;
    } else {
        c.fullName = u"Краевое государственное автономное учреждение «Межмуниципальный методический центр»"_s;
        c.shortName = u"КГАУ «ММЦ»"_s;
        c.headPosition = u"Директор КГАУ «ММЦ»"_s;
    }
    c.headName = u"Орлова Наталья Викторовна"_s;
    c.signers.insert(SignedDocument::TrainingPlan, {u"Методист"_s, u"Соколова Елена Андреевна"_s});
    c.signers.insert(SignedDocument::CourseSchedule, {u"Методист"_s, u"Соколова Елена Андреевна"_s});
    c.signers.insert(SignedDocument::Expiring, {u"Методист по аттестации"_s, u"Кузнецова Ольга Ивановна"_s});
    c.signers.insert(SignedDocument::Diagnostics, {u"Методист"_s, u"Белова Ирина Геннадьевна"_s});
    c.signers.insert(SignedDocument::Mentoring, {u"Методист"_s, u"Зайцева Светлана Михайловна"_s});
    c.signers.insert(SignedDocument::Events, {u"Методист"_s, u"Лебедева Анна Викторовна"_s});
    c.signers.insert(SignedDocument::Monitoring, {u"Заместитель директора"_s, u"Соколова Елена Андреевна"_s});
    // The attestation plan-graphs and the centre's plans: the head, as at the top.
    return c;
}

void DemoCentre::fill(Database &db)
{
    QStringList names;
    for (const Municipality &m : DictionaryRepository(db).municipalities())
        names << m.name;
    CentreCardRepository(db).save(card(names));
}

} // namespace profrost::demo
