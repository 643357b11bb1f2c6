#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// Methodical associations (core/README.md): РМО of a district, ШМО of a
// school, creative groups, the school of the young teacher, network
// communities. Members join and leave on dates, so "who was a member" is
// always asked at a date (the protocol of a past meeting lists the members
// of that day).

enum class AssociationKind { Rmo, Shmo, CreativeGroup, YoungTeachers, Network, Other };
enum class AssociationLevel { School, Municipal, InterMunicipal };

struct Association
{
    qint64 id = 0;
    AssociationKind kind = AssociationKind::Rmo;
    AssociationLevel level = AssociationLevel::Municipal;
    QString name;            // «РМО учителей математики»
    qint64 organisationId = 0; // the school of a school-level association (ШМО); 0 otherwise
    qint64 subjectId = 0;    // optional: the subject it serves
    QString direction;       // the subject or direction as text («математика», «классные руководители»)
    qint64 headId = 0;       // руководитель (teacher id), 0 when not chosen
    qint64 secretaryId = 0;  // секретарь (teacher id), 0 when not chosen
    int activeFrom = 0;      // first academic year (2024 for 2024/2025); 0: unknown
    int activeTo = 0;        // last academic year; 0: still active
    ReadVersion version;     // as read from the store (store/RowVersion); 0 for a new one

    // Works in the academic year starting in September of `startYear`.
    bool activeInYear(int startYear) const
    {
        return (activeFrom == 0 || activeFrom <= startYear) && (activeTo == 0 || startYear <= activeTo);
    }
    bool operator==(const Association &) const = default;
};

struct AssociationMember
{
    qint64 id = 0;
    qint64 associationId = 0;
    qint64 teacherId = 0;
    QDate joined; // invalid: a member from the start
    QDate left;   // invalid: still a member; the day of leaving is no longer a member day

    bool memberOn(QDate date) const
    {
        return (!joined.isValid() || joined <= date) && (!left.isValid() || left > date);
    }
    bool operator==(const AssociationMember &) const = default;
};

class AssociationText
{
    Q_DECLARE_TR_FUNCTIONS(AssociationText)
public:
    static QString code(AssociationKind k);   // "rmo", "shmo", "creative", "young", "network", "other"
    static QString code(AssociationLevel l);  // "school", "municipal", "intermunicipal"
    static bool fromCode(const QString &code, AssociationKind *out);
    static bool fromCode(const QString &code, AssociationLevel *out);
    // As printed: «РМО», «ШМО», «творческая группа», «школа молодого педагога»...
    static QString russian(AssociationKind k);
    static QString russian(AssociationLevel l);
    static QString displayName(AssociationKind k);
    static QString displayName(AssociationLevel l);
};

class AssociationRules
{
    Q_DECLARE_TR_FUNCTIONS(AssociationRules)
public:
    // What is wrong with the association, each naming the field and the reason.
    static QStringList check(const Association &a);
    static QStringList check(const AssociationMember &m);
    // The teachers who were members on `date`, in the order given.
    static QList<qint64> membersOn(const QList<AssociationMember> &members, QDate date);
    // A member on `day` or joining later: adding the teacher again from
    // `day` would overlap.
    static bool memberOnOrLater(const QList<AssociationMember> &members, qint64 teacherId, QDate day);
    // The head and the secretary lead the meetings: they are members, from
    // `day` when they were not. Returns how many joined.
    static int addLeaders(const Association &a, QList<AssociationMember> &members, QDate day);
};

} // namespace profrost
