#pragma once

#include "domain/Association.h"
#include "domain/Organisation.h"
#include "domain/Position.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QList>

namespace profrost {

// Seed 002, 2.6: a school forms a ШМО where more than two teachers teach the
// same subject, or more than three teach subjects of one cycle (гуманитарный,
// естественно-математический...). One line per organisation and subject
// that has no ШМО yet; a cycle's line only when none of its subjects has a
// line of its own or a ШМО already.
struct ShmoHint
{
    qint64 organisationId = 0;
    QString organisation; // full name
    QString subject;      // a subject; for a cycle, its subjects taught there («история, обществознание»)
    QString cycle;        // empty, or the cycle («гуманитарный»)
    int teachers = 0;     // distinct teachers of the subject or the cycle
};

class ShmoHints
{
public:
    // The cycle of a subject (any letter case), empty when it belongs to none.
    static QString cycleOf(const QString &subject);
    // A name to start the new ШМО with: «ШМО учителей гуманитарного цикла»,
    // «ШМО учителей (математика)».
    static QString suggestedName(const ShmoHint &hint);
    // The hint: the rows are the registry at a date (TeacherRepository::rows);
    // a ШМО covers a subject when its subject id or its direction names it
    // (letter case ignored). Sorted by organisation, then subject.
    static QList<ShmoHint> compute(const QList<TeacherRow> &rows, const QList<Organisation> &organisations,
                                     const QHash<qint64, QString> &municipalityNames,
                                     const QList<Association> &associations, const QList<Subject> &subjects);
};

} // namespace profrost
