#pragma once

#include "domain/ReadVersion.h"
#include "domain/Training.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// Individual educational routes (ИОМ, core/README.md «Individual routes»):
// one per teacher and academic year, built from the teacher's deficits
// (ministry recommendations Р-201 of 27.08.2021).

// курс из каталога; самообразование; консультация; наставничество; работа в
// МО; стажировка; конкурс; мероприятие.
enum class RouteActivityKind { Course, SelfEducation, Consultation, Mentoring, Association, Internship, Competition, Event };
// запланировано; выполнено; отменено.
enum class RouteStatus { Planned, Done, Cancelled };

struct RouteActivity
{
    qint64 id = 0;
    RouteActivityKind kind = RouteActivityKind::Course;
    QString title;             // a course's programme title, a topic of self-education, an event's name
    bool hasArea = false;      // the deficit it addresses, when one
    CompetencyArea area = CompetencyArea::Subject;
    qint64 programmeId = 0;    // a course from the catalogue (0: none)
    qint64 enrolmentId = 0;    // the application made for it (0: none)
    QDate starts, ends;        // invalid: not fixed yet
    QString expectedResult;    // «разработан урок с использованием ЦОР»
    QString evidence;          // the form it is shown in: «открытый урок», «сертификат»
    RouteStatus status = RouteStatus::Planned;
    QString responsible;       // the mentor or methodist («Белова И.Г.»)
    bool operator==(const RouteActivity &) const = default;
};

struct IndividualRoute
{
    qint64 id = 0;
    qint64 teacherId = 0;
    int startYear = 0; // the academic year startYear/startYear+1 (DateText::academicYearStart)
    QList<CompetencyArea> deficits; // the deficits it addresses, in the areas' order
    QString goal;
    QString tasks;      // one per line
    QString curator;    // the mentor or methodist who accompanies it
    QList<RouteActivity> activities; // in the order of the plan
    ReadVersion version;             // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const IndividualRoute &) const = default;
};

class RouteText
{
    Q_DECLARE_TR_FUNCTIONS(RouteText)
public:
    static QString code(RouteActivityKind k);
    static bool fromCode(const QString &code, RouteActivityKind *out);
    // «курсы повышения квалификации», «самообразование», … as printed.
    static QString russian(RouteActivityKind k);
    static QString displayName(RouteActivityKind k);
    static QList<RouteActivityKind> allKinds();

    static QString code(RouteStatus s);
    static bool fromCode(const QString &code, RouteStatus *out);
    static QString russian(RouteStatus s); // «запланировано», «выполнено», «отменено»
    static QString displayName(RouteStatus s);
};

} // namespace profrost
