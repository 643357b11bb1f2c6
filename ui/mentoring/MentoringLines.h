#pragma once

#include "planning/YoungTeachers.h"

#include <QCoreApplication>
#include <QHash>

namespace profrost {

class Database;

// What the mentoring page shows on a day, read once (on a worker thread for
// a region) and computed by planning/YoungTeachers: the young teachers with
// their support, the mentors' load, and every pair with its people's names.
struct MentoringLines
{
    QDate day;
    QList<YoungTeacher> young;
    QList<MentorLoad> mentors;
    QList<Mentorship> pairs;        // every pair, by first day
    QHash<qint64, QString> names;   // every teacher's «Фамилия Имя Отчество»
    int loadLimit = MentorshipRules::kDefaultLoadLimit;

    static MentoringLines read(Database &db, QDate day); // throws profrost::Error
    QString nameOf(qint64 teacherId) const;
};

// The words the page uses for a pair and for a young teacher's support.
class MentoringWords
{
    Q_DECLARE_TR_FUNCTIONS(MentoringWords)
public:
    // «Петров Пётр Петрович (педагог – педагог); Школа молодого педагога»; empty: no support.
    static QString support(const YoungTeacher &y, const MentoringLines &lines);
    // «active», «finished», «from 01.09.2027» on the day.
    static QString state(const Mentorship &m, QDate day);
};

} // namespace profrost
