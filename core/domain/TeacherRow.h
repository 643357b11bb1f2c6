#pragma once

#include "domain/Teacher.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// Read models of the registry: what the store reads for lists, plans and
// documents. They live below the store so that every layer above it
// (planning, io, documents) can take them without knowing the store.

// A post held at the reference date, with the names spelled out (for export).
struct PostLine
{
    qint64 employmentId = 0;
    QString organisation; // full name
    QString municipality;
    QString organisationType; // code, see OrganisationTypeText
    QString position;
    QStringList subjects;
    QDate hired;
};

// One line of the teachers table: the teacher with their current posts
// flattened to text, and a key that filtering matches against.
struct TeacherRow
{
    qint64 id = 0;
    QString surname, name, patronymic;
    QDate birthDate;
    QString snils;
    QDate experienceStart;
    QDate firstHired; // the earliest hiring among the current posts (invalid: none known)
    Category category = Category::None;
    QDate categoryDate;
    QString organisations; // current organisations, "; "-separated
    QString positions;
    QString subjects;
    QList<qint64> organisationIds;
    QList<PostLine> posts;
    QString phone;
    QString email;
    bool pedagogical = false; // holds a current pedagogical post
    QString searchKey;        // normalised name + organisations + positions + subjects

    QString fullName() const;
};

// One teacher as a document names them on a day: the name and the first
// post held then (position, organisation's short name).
struct TeacherOnDay
{
    bool found = false;
    QString surname, name, patronymic;
    QString position;
    QString organisation;
};

// A subject a teacher teaches in a post held on a day, with where the post
// is: the demo district's associations are formed from these.
struct SubjectPost
{
    qint64 teacherId = 0;
    QString surname, name, patronymic;
    qint64 organisationId = 0;
    qint64 municipalityId = 0;
    QString subject;
    QDate hired;
};

// Where a teacher works on a day, one line per post: the organisation, its
// municipality and the post's subjects (none for a psychologist).
struct PostPlace
{
    qint64 teacherId = 0;
    qint64 organisationId = 0;
    qint64 municipalityId = 0;
    QList<qint64> subjectIds;
};

} // namespace profrost
