#pragma once

#include "domain/Association.h"
#include "domain/Organisation.h"
#include "domain/Position.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QList>

namespace profrost {

// Seed 002, 2.6: a school forms a ШМО where more than two teachers teach the
// same subject. One line per organisation and subject that has no ШМО yet.
struct ShmoHint
{
    qint64 organisationId = 0;
    QString organisation; // full name
    QString subject;
    int teachers = 0;
};

class ShmoHints
{
public:
    // The hint: the rows are the registry at a date (TeacherRepository::rows);
    // a ШМО covers a subject when its subject id or its direction names it
    // (letter case ignored). Sorted by organisation, then subject.
    static QList<ShmoHint> compute(const QList<TeacherRow> &rows, const QList<Organisation> &organisations,
                                     const QHash<qint64, QString> &municipalityNames,
                                     const QList<Association> &associations, const QList<Subject> &subjects);
};

} // namespace profrost
