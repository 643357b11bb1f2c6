#include "documents/TracksSheet.h"

#include "documents/DocumentText.h"
#include "store/TrackRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

QString TracksSheet::halfYearText(HalfYear h)
{
    return (h.half == 1 ? u"I"_s : u"II"_s) + u" полугодие %1 г."_s.arg(h.year);
}

QString TracksSheet::outcomeText(const TrackTally &t)
{
    // The verb agrees with the number that follows it: «прошёл 1», «прошли 2», «прошли 11».
    const bool one = t.completed % 10 == 1 && t.completed % 100 != 11;
    return u"из "_s + DocumentText::plural(t.applied, u"заявленного"_s, u"заявленных"_s, u"заявленных"_s)
           + (one ? u" прошёл "_s : u" прошли "_s) + QString::number(t.completed);
}

TableSheet TracksSheet::build(Database &db, HalfYear halfYear, QDate today)
{
    TableSheet sheet{u"Треки, %1 полугодие %2"_s.arg(halfYear.half == 1 ? u"I"_s : u"II"_s).arg(halfYear.year),
                     {u"№ п/п"_s, u"Трек развития"_s, u"Ф.И.О. педагога"_s, u"Место работы"_s, u"Трек пройден"_s},
                     {},
                     {}};
    TrackRepository repo(db);
    const QList<DevelopmentTrack> tracks = repo.tracks();
    const QList<TrackEnrolmentLine> lines = repo.linesIn(halfYear, today); // by track, then surname
    QHash<qint64, QString> trackNames;
    for (const DevelopmentTrack &t : tracks)
        trackNames.insert(t.id, t.name);
    QList<TrackEnrolment> enrolments;
    int number = 0;
    for (const TrackEnrolmentLine &l : lines) {
        enrolments << l.enrolment;
        sheet.rows << QStringList{QString::number(++number), trackNames.value(l.enrolment.trackId), l.teacher,
                                  l.organisation, l.enrolment.completed ? u"да"_s : u"нет"_s};
    }
    sheet.rows << QStringList{};
    for (const DevelopmentTrack &t : tracks) {
        const TrackTally tally = TrackRules::tally(enrolments, t.id, halfYear);
        if (tally.applied > 0)
            sheet.rows << QStringList{QString(), t.name, u"Итого"_s, QString(), outcomeText(tally)};
    }
    sheet.rows << QStringList{QString(), u"Все треки (педагогов; на двух треках — один раз)"_s, u"Итого"_s, QString(),
                              outcomeText(TrackRules::teachersTally(enrolments, halfYear))};
    return sheet;
}

} // namespace profrost
