#pragma once

#include "io/HeaderMap.h"
#include "io/ImportReport.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace profrost {

class Database;

// Finds the registry's teacher a row of an import file speaks of: by СНИЛС,
// else by full name (one column or three) and birth date; a СНИЛС that
// contradicts the name or birth date is rejected. Shared by the importers
// of records about existing teachers (courses, attestation); the registry
// is loaded once, so matching costs a hash lookup per row.
class TeacherMatcher
{
public:
    // The importer's column ids of the person columns (-1: the importer has none).
    struct Columns
    {
        int fullName;
        int surname;
        int name;
        int patronymic;
        int birthDate;
        int snils;
    };

    explicit TeacherMatcher(Database &db);

    // The six person columns as every import of records about teachers
    // names them (ФИО with its usual spellings, Фамилия, Имя, Отчество,
    // Дата рождения, СНИЛС); `fullNameAliases`: the kind's own words for the
    // person («Слушатель», «Педагог»).
    static QList<ColumnSpec> columnSpecs(const Columns &c, const QStringList &fullNameAliases = {});

    // Whether the file's columns can recognise a teacher at all; when not,
    // the file-level issue to report (row 0).
    static bool canRecognise(const HeaderMap &map, const Columns &c);
    static RowIssue cannotRecogniseIssue(const HeaderMap &map, const Columns &c);

    struct Match
    {
        qint64 teacherId = 0;
        QString teacherName; // as the registry spells it
        // The row found the teacher by СНИЛС but names them otherwise
        // (a changed surname): the importer warns in its own words.
        bool otherName = false;
    };
    // Parses the person cells of `row` and finds the teacher; problems are
    // appended to `issues` (row, canonical column, reason), and the match is
    // empty then.
    Match match(const HeaderMap &map, const TableRow &row, const Columns &c, QList<RowIssue> *issues) const;

    bool contains(qint64 teacherId) const { return m_byId.contains(teacherId); }

private:
    QHash<qint64, TeacherRepository::Identity> m_byId;
    QHash<QString, qint64> m_bySnils;
    QHash<QString, qint64> m_byPerson;
};

} // namespace profrost
