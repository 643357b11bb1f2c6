#include "planning/ActiveWorkers.h"

#include "domain/TeacherFacts.h"
#include "store/DictionaryRepository.h"
#include "util/Error.h"

namespace profrost {

QList<TeacherRow> ActiveWorkers::on(Database &db, QDate at)
{
    QList<TeacherRow> out = TeacherRepository(db).rows(at);
    out.removeIf([](const TeacherRow &r) { return !r.pedagogical; });
    return out;
}

TeacherRow ActiveWorkers::one(Database &db, qint64 teacherId, QDate at)
{
    TeacherRow row;
    row.id = teacherId;
    Teacher t;
    try {
        t = TeacherRepository(db).get(teacherId);
    } catch (const Error &) {
        return row; // removed meanwhile: not active
    }
    QSet<qint64> pedagogical;
    for (const Position &p : DictionaryRepository(db).positions()) {
        if (p.kind == PositionKind::Pedagogical)
            pedagogical.insert(p.id);
    }
    row.surname = t.surname;
    row.name = t.name;
    row.patronymic = t.patronymic;
    row.birthDate = t.birthDate;
    row.experienceStart = t.experienceStart;
    for (const Employment &e : t.employments) {
        if (!e.activeOn(at))
            continue;
        if (!row.organisationIds.contains(e.organisationId))
            row.organisationIds.append(e.organisationId);
        if (e.hired.isValid() && (!row.firstHired.isValid() || e.hired < row.firstHired))
            row.firstHired = e.hired;
    }
    row.pedagogical = TeacherFacts::isActivePedagogical(t, at, pedagogical);
    return row;
}

} // namespace profrost
