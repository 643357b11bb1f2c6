// RecordComparison of two versions of a plan-graph (further training,
// attestation): a plan is saved whole, so its conflict shows the lines of
// the teachers that differ, each in the words of the plan's table.
#include "store/RecordComparison.h"

#include "domain/Category.h"
#include "store/ComparedNames.h"
#include "store/TrainingRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// «05.2027»: a planned month as the attestation plan's table shows it.
QString monthText(int year, int month)
{
    return u"%1.%2"_s.arg(month, 2, 10, QLatin1Char('0')).arg(year);
}

} // namespace

QList<ComparedField> RecordComparison::planLines(Database &db, const QHash<qint64, QString> &mine,
                                                 const QHash<qint64, QString> &theirs)
{
    QList<ComparedField> out{{tr("Teachers in the plan"), QString::number(mine.size()), QString::number(theirs.size())}};
    QList<qint64> differing;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.value(it.key()) != it.value())
            differing.append(it.key());
    }
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (!mine.contains(it.key()))
            differing.append(it.key());
    }
    ComparedNames names(db);
    QList<std::pair<QString, qint64>> byName;
    byName.reserve(differing.size());
    for (qint64 id : std::as_const(differing))
        byName.append({names.of(id), id});
    std::sort(byName.begin(), byName.end());
    const QString absent = tr("not in the plan");
    const qsizetype shown = std::min<qsizetype>(byName.size(), kMaxPlanLines);
    for (qsizetype i = 0; i < shown; ++i) {
        const qint64 id = byName.at(i).second;
        out.append({byName.at(i).first, mine.value(id, absent), theirs.value(id, absent)});
    }
    if (byName.size() > shown) {
        const QString more = tr("%n more teacher(s) whose lines differ", nullptr, int(byName.size() - shown));
        out.append({tr("Not shown"), more, more});
    }
    return out;
}

QList<ComparedField> RecordComparison::trainingPlans(Database &db, const SavedPlanGraph<TrainingPlanEntry> &mine,
                                                     const SavedPlanGraph<TrainingPlanEntry> &theirs)
{
    TrainingRepository training(db);
    QHash<qint64, QString> titles;
    auto text = [&](const SavedPlanGraph<TrainingPlanEntry> &plan) {
        QHash<qint64, QString> lines;
        for (const TrainingPlanEntry &e : plan.lines) {
            QString course = e.topic;
            if (e.programmeId > 0) {
                auto title = titles.constFind(e.programmeId);
                if (title == titles.cend())
                    title = titles.insert(e.programmeId, training.programme(e.programmeId).title);
                course = *title;
            }
            lines.insert(e.teacherId, course.isEmpty() ? QString::number(e.plannedYear)
                                                       : tr("%1: %2").arg(e.plannedYear).arg(course));
        }
        return lines;
    };
    return planLines(db, text(mine), text(theirs));
}

QList<ComparedField> RecordComparison::attestationPlans(Database &db, const SavedPlanGraph<AttestationPlanEntry> &mine,
                                                        const SavedPlanGraph<AttestationPlanEntry> &theirs)
{
    auto text = [](const SavedPlanGraph<AttestationPlanEntry> &plan) {
        QHash<qint64, QString> lines;
        for (const AttestationPlanEntry &e : plan.lines) {
            const QString what = e.kind == AttestationKind::Category ? CategoryText::displayName(e.category)
                                                                     : AttestationText::displayName(e.kind);
            const QString when = monthText(e.attestYear, e.attestMonth);
            lines.insert(e.teacherId, e.applyMonth >= 1
                                          ? tr("%1: application %2, attestation %3")
                                                .arg(what, monthText(e.applyYear, e.applyMonth), when)
                                          : tr("%1: attestation %2").arg(what, when));
        }
        return lines;
    };
    return planLines(db, text(mine), text(theirs));
}

} // namespace profrost
