#include "planning/AttestationReminders.h"

#include "domain/AttestationRules.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QList<ExpiringCategory> AttestationReminders::compute(const QList<TeacherRow> &teachers,
                                                      const QList<AttestationRecord> &history, QDate at, int months,
                                                      int validityYears)
{
    QHash<qint64, QList<AttestationRecord>> byTeacher;
    for (const AttestationRecord &r : history)
        byTeacher[r.teacherId].append(r);
    const QDate until = at.addMonths(months);
    QList<ExpiringCategory> out;
    for (const TeacherRow &t : teachers) {
        if (!t.pedagogical)
            continue;
        const auto it = byTeacher.constFind(t.id);
        if (it == byTeacher.cend())
            continue;
        const AttestationStanding s = AttestationRules::standing(*it, at, validityYears);
        if (!s.category || !(s.lapsed || (s.categoryValid && s.categoryUntil <= until)))
            continue;
        ExpiringCategory e;
        e.teacherId = t.id;
        e.fullName = t.fullName();
        e.organisations = t.organisations;
        e.positions = t.positions;
        e.category = s.category->category;
        e.granted = s.category->granted;
        e.validUntil = s.categoryUntil;
        e.lapsed = s.lapsed;
        e.daysLeft = int(at.daysTo(s.categoryUntil));
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const ExpiringCategory &a, const ExpiringCategory &b) {
        if (a.lapsed != b.lapsed)
            return a.lapsed;
        if (a.validUntil != b.validUntil)
            return a.validUntil < b.validUntil;
        return lowerKey(a.fullName) < lowerKey(b.fullName);
    });
    return out;
}

QStringList AttestationReminders::header()
{
    return {u"ФИО"_s, u"Организация"_s, u"Должность"_s, u"Категория"_s, u"Дата присвоения"_s,
            u"Действительна до"_s, u"Состояние"_s};
}

QList<QStringList> AttestationReminders::cells(const QList<ExpiringCategory> &items)
{
    QList<QStringList> out;
    out.reserve(items.size());
    for (const ExpiringCategory &e : items) {
        const QString state = e.lapsed ? u"истекла"_s : u"истекает через %1 дн."_s.arg(e.daysLeft);
        out.append({e.fullName, e.organisations, e.positions, CategoryText::russian(e.category),
                    DateText::numeric(e.granted), DateText::numeric(e.validUntil), state});
    }
    return out;
}

void AttestationReminders::write(const QString &path, const QList<ExpiringCategory> &items)
{
    TableWriter::write(path, header(), cells(items), tr("Expiring categories"));
}

} // namespace profrost
