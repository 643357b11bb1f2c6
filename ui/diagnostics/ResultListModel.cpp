#include "diagnostics/ResultListModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

namespace profrost {

namespace {

// The areas' columns are narrow, headed by abbreviations (the whole name in
// the header's tooltip): five scores beside the teacher fit a laptop screen.
QString shortName(CompetencyArea area)
{
    switch (area) {
    case CompetencyArea::Subject: return ResultListModel::tr("Subj.");
    case CompetencyArea::Methodical: return ResultListModel::tr("Meth.");
    case CompetencyArea::Psychological: return ResultListModel::tr("Psych.");
    case CompetencyArea::Communicative: return ResultListModel::tr("Comm.");
    case CompetencyArea::Digital: return ResultListModel::tr("Digit.");
    case CompetencyArea::FunctionalLiteracy: return ResultListModel::tr("FL");
    }
    return {};
}

QStringList headers()
{
    QStringList out{ResultListModel::tr("Teacher"), ResultListModel::tr("Organisation"), ResultListModel::tr("Date")};
    for (CompetencyArea area : TrainingText::allAreas())
        out << shortName(area);
    out << ResultListModel::tr("Def.");
    return out;
}

const AreaScore *scoreOf(const DiagnosisResult &r, CompetencyArea area)
{
    for (const AreaScore &s : r.scores) {
        if (s.area == area)
            return &s;
    }
    return nullptr;
}

} // namespace

ResultListModel::ResultListModel(QObject *parent) : RecordListModel(headers(), parent) {}

QVariant ResultListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FirstAreaColumn
        && section < deficitsColumn())
        return TrainingText::displayName(CompetencyArea(section - FirstAreaColumn));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == deficitsColumn())
        return tr("The number of deficits: areas scored below the threshold");
    return RecordListModel::headerData(section, orientation, role);
}

void ResultListModel::setResults(const QList<DiagnosisResult> &results, const QHash<qint64, Person> &people,
                                 const DeficitThresholds &thresholds)
{
    beginResetModel();
    m_results = results;
    m_people = people;
    m_thresholds = thresholds;
    endResetModel();
}

QList<AreaScore> ResultListModel::deficitsOf(const DiagnosisResult &r) const
{
    QList<AreaScore> out;
    for (const AreaScore &s : r.scores) {
        if (DeficitRules::isDeficit(s, m_thresholds))
            out << s;
    }
    return out;
}

int ResultListModel::withDeficits() const
{
    int n = 0;
    for (const DiagnosisResult &r : m_results)
        n += deficitsOf(r).isEmpty() ? 0 : 1;
    return n;
}

QVariant ResultListModel::cell(int row, int column, int role) const
{
    const DiagnosisResult &r = m_results.at(row);
    const Person person = m_people.value(r.teacherId);
    const bool isArea = column >= FirstAreaColumn && column < deficitsColumn();
    const AreaScore *score = isArea ? scoreOf(r, CompetencyArea(column - FirstAreaColumn)) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column == TeacherColumn)
            return person.name;
        if (column == OrganisationColumn)
            return person.organisation;
        if (column == DateColumn)
            return DateText::numeric(r.takenOn);
        if (isArea)
            return score ? DiagnosisText::percentText(score->hundredths) : QString();
        if (column == deficitsColumn()) {
            const qsizetype n = deficitsOf(r).size();
            return n == 0 ? QVariant() : QVariant(int(n));
        }
        break;
    case SortRole:
        if (column == DateColumn)
            return r.takenOn;
        if (isArea)
            return score ? score->hundredths : -1;
        if (column == deficitsColumn())
            return int(deficitsOf(r).size());
        return cell(row, column, Qt::DisplayRole);
    case SearchRole:
        return normalizedKey(person.name + u' ' + person.organisation);
    case Qt::TextAlignmentRole:
        if (isArea || column == deficitsColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (score && DeficitRules::isDeficit(*score, m_thresholds))
            return StatusPalette::overdue();
        if (column == deficitsColumn())
            return StatusPalette::overdue();
        break;
    case Qt::ToolTipRole:
        if (score && DeficitRules::isDeficit(*score, m_thresholds))
            return tr("A deficit: below the threshold");
        if (column == deficitsColumn()) {
            QStringList names;
            for (const AreaScore &s : deficitsOf(r))
                names << TrainingText::displayName(s.area);
            return names.join(QStringLiteral(", "));
        }
        break;
    }
    return {};
}

} // namespace profrost
