#include "demo/DemoRecommendations.h"

#include "domain/DateText.h"
#include "store/RecommendationRepository.h"

using namespace Qt::StringLiterals;

namespace profrost::demo {

int DemoRecommendations::fill(Database &db, QDate today)
{
    const int year = DateText::academicYearStart(today); // this academic year: year/year+1
    const QDate june(year, 6, 15);                        // the last monitoring of the year before
    const QDate month = today.addMonths(-1);              // one this year
    struct Line
    {
        QDate made;
        const char16_t *to;
        const char16_t *what;
        QDate due;
        const char16_t *indicator;
        RecommendationState state;
        QDate checked;
    };
    const Line lines[] = {
        {june, u"руководителям ОО", u"Включить в план-график повышения квалификации всех педагогов без курсов за 3 года",
         QDate(year, 9, 30), u"I1", RecommendationState::Done, QDate(year, 10, 5)},
        {june, u"руководителям РМО", u"Утвердить планы работы РМО на учебный год до начала учебного года",
         QDate(year, 9, 15), u"I8", RecommendationState::Done, QDate(year, 9, 20)},
        {june, u"методистам ИМЦ", u"Составить индивидуальные маршруты всем педагогам с выявленными дефицитами",
         QDate(year, 10, 31), u"I7", RecommendationState::NotDone, QDate(year, 11, 10)},
        {june, u"руководителям ОО", u"Закрепить наставников за всеми молодыми педагогами",
         QDate(year + 1, 1, 31), u"I5", RecommendationState::Planned, QDate()},
        {month, u"руководителям ОО", u"Направить на курсы по ДПП из федерального реестра педагогов с предметными дефицитами",
         month.addMonths(4), u"I2", RecommendationState::Planned, QDate()},
        {month, u"методистам ИМЦ", u"Провести диагностику функциональной грамотности в школах, не участвовавших в ней",
         month.addMonths(3), u"I3a", RecommendationState::Planned, QDate()},
    };
    RecommendationRepository repo(db);
    int written = 0;
    for (const Line &l : lines) {
        const bool checked = l.checked.isValid() && l.checked <= today; // else still on watch on the demo's day
        Recommendation r;
        r.madeOn = l.made;
        r.addressee = QString::fromUtf16(l.to);
        r.text = QString::fromUtf16(l.what);
        r.due = l.due;
        r.indicator = QString::fromUtf16(l.indicator);
        r.state = checked ? l.state : RecommendationState::Planned;
        r.checkedOn = checked ? l.checked : QDate();
        repo.save(r);
        ++written;
    }
    return written;
}

} // namespace profrost::demo
