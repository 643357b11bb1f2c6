#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace profrost {

class Database;
struct Organisation;

// Everything known about one organisation as rich text for the card under
// the registry's list: who it is, its staff on the day, its young teachers
// with their support and its mentors with their load. The areas of the
// community (events, competitions) add their sections here.
class OrganisationCard
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationCard)
public:
    static QString html(Database &db, qint64 organisationId, QDate today);

private:
    // Young teachers of its staff (planning/YoungTeachers), the ones without
    // support in red; its teachers who mentor, their load and mentees.
    static QString mentoringSection(Database &db, qint64 organisationId, QDate today);
    // The academic year's events held at the organisation, and how many of
    // its staff took part in held events, how often they spoke.
    static QString eventsSection(Database &db, const Organisation &o, QDate today);
    // Its innovation and internship sites (working ones on `today` first,
    // ended ones greyed), and its vacancies: the open ones on `today` with
    // the sum of their rates, the filled ones of the last year greyed.
    static QString sitesSection(Database &db, qint64 organisationId, QDate today);
    // Its teachers on the tracks of development in this half-year and the
    // last («из N заявленных прошли M», in teachers), and the practices of
    // the bank its teachers wrote; empty when neither (OrganisationCardGrowth.cpp).
    static QString growthSection(Database &db, qint64 organisationId, QDate today);
    // The year's competitions its staff took part in, counted as the competitions page counts.
    static QString competitionsOf(Database &db, const QSet<qint64> &staff, int year);
};

} // namespace profrost
