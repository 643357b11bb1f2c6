#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace profrost {

// Staffing needs (core/README.md «Innovation sites and staffing needs»;
// seed 001 «выявление кадровых потребностей»): a vacancy of an
// organisation — the post, the subject, the rate in ставки, since when and
// why — until someone fills it. Open or filled is derived, never stored.
struct Vacancy
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString post;       // «учитель», «педагог-психолог»
    QString subject;    // «математика»; empty for posts without one
    double rate = 1.0;  // ставки: 0.5, 1.0, 1.5 …
    QDate since;
    QString reason;     // «увольнение», «декретный отпуск», «рост контингента»
    qint64 filledByTeacherId = 0; // a teacher of the registry, or 0
    QString filledByName;         // or a name as written (someone not yet in the registry)
    QDate filledOn;               // invalid: open
    QString note;
    ReadVersion version;          // as read from the store (store/RowVersion); 0 for a new one

    bool isFilled() const { return filledOn.isValid(); }
    bool operator==(const Vacancy &) const = default;
};

// A count of vacancies and the sum of their rates.
struct VacancyTally
{
    int count = 0;
    double rate = 0;
    bool operator==(const VacancyTally &) const = default;
};

// The open vacancies at a date, in total and per municipality, post and subject
// («—» keys the vacancies without a subject).
struct VacancyTotals
{
    QDate asOf;
    VacancyTally total;
    QMap<QString, VacancyTally> byMunicipality;
    QMap<QString, VacancyTally> byPost;
    QMap<QString, VacancyTally> bySubject;
};

class VacancyRules
{
    Q_DECLARE_TR_FUNCTIONS(VacancyRules)
public:
    // An organisation, a post, a rate above 0 (at most 10 ставок), a first
    // day; filled: filled on a day not before it, by a teacher or a name;
    // open: no one named as filling it.
    static QStringList check(const Vacancy &v);
    // Open on `day`: since ≤ day and (not filled or filled after `day`).
    // The day it is filled it is no longer open.
    static bool isOpenOn(const Vacancy &v, QDate day);
    // The vacancies open on `day`, tallied. `municipalityOf` names the
    // municipality of a vacancy's organisation (empty: «—»).
    template <typename MunicipalityOf>
    static VacancyTotals totals(const QList<Vacancy> &vacancies, QDate day, MunicipalityOf municipalityOf);
    // «1», «0,5», «1,25» — a rate as printed.
    static QString rateText(double rate);
    static QString noSubjectKey() { return QStringLiteral("—"); }
};

template <typename MunicipalityOf>
VacancyTotals VacancyRules::totals(const QList<Vacancy> &vacancies, QDate day, MunicipalityOf municipalityOf)
{
    VacancyTotals t;
    t.asOf = day;
    const auto add = [](VacancyTally &tally, double rate) {
        ++tally.count;
        tally.rate += rate;
    };
    for (const Vacancy &v : vacancies) {
        if (!isOpenOn(v, day))
            continue;
        add(t.total, v.rate);
        const QString municipality = municipalityOf(v.organisationId);
        add(t.byMunicipality[municipality.isEmpty() ? noSubjectKey() : municipality], v.rate);
        add(t.byPost[v.post.trimmed()], v.rate);
        add(t.bySubject[v.subject.trimmed().isEmpty() ? noSubjectKey() : v.subject.trimmed()], v.rate);
    }
    return t;
}

} // namespace profrost
