#include "diagnostics/ResultListModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

namespace profrost {

namespace {

// The areas' columns are narrow, headed by abbreviations (the whole name in
// the header's tooltip): five scores beside the teacher fit a laptop screen.
QString shortName(const CompetencyArea &area)
{
    const QString name = TrainingText::russian(area);
    if (name == CompetencyAreas::defaults().name(area)) {
        if (area == CompetencyArea::Subject)
            return ResultListModel::tr("Subj.");
        if (area == CompetencyArea::Methodical)
            return ResultListModel::tr("Meth.");
        if (area == CompetencyArea::Psychological)
            return ResultListModel::tr("Psych.");
        if (area == CompetencyArea::Communicative)
            return ResultListModel::tr("Comm.");
        if (area == CompetencyArea::Digital)
            return ResultListModel::tr("Digit.");
        if (area == CompetencyArea::FunctionalLiteracy)
            return ResultListModel::tr("FL");
    }
    // An area the methodist added or renamed: its first letters («Управ.»).
    const QString whole = upperFirst(name);
    return whole.size() <= 6 ? whole : whole.left(5) + u'.';
}

QStringList headers(const QList<CompetencyArea> &areas)
{
    QStringList out{ResultListModel::tr("Teacher"), ResultListModel::tr("Organisation"), ResultListModel::tr("Date")};
    for (const CompetencyArea &area : areas)
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

ResultListModel::ResultListModel(QObject *parent)
    : RecordListModel(headers(TrainingText::allAreas()), parent), m_areas(TrainingText::allAreas())
{
}

int ResultListModel::columnOf(const CompetencyArea &area)
{
    const qsizetype i = TrainingText::allAreas().indexOf(area);
    return i < 0 ? -1 : FirstAreaColumn + int(i);
}

int ResultListModel::deficitsColumn()
{
    return FirstAreaColumn + int(TrainingText::allAreas().size());
}

QVariant ResultListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FirstAreaColumn
        && section < ownDeficitsColumn())
        return TrainingText::displayName(m_areas.value(section - FirstAreaColumn));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ownDeficitsColumn())
        return tr("The number of deficits: areas scored below the threshold");
    return RecordListModel::headerData(section, orientation, role);
}

void ResultListModel::setResults(const QList<DiagnosisResult> &results, const QHash<qint64, Person> &people,
                                 const DeficitThresholds &thresholds)
{
    beginResetModel();
    if (const QList<CompetencyArea> areas = TrainingText::allAreas(); areas != m_areas) {
        m_areas = areas;
        setHeaders(headers(m_areas));
    }
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
    const bool isArea = column >= FirstAreaColumn && column < ownDeficitsColumn();
    const AreaScore *score = isArea ? scoreOf(r, m_areas.value(column - FirstAreaColumn)) : nullptr;
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
        if (column == ownDeficitsColumn()) {
            const qsizetype n = deficitsOf(r).size();
            return n == 0 ? QVariant() : QVariant(int(n));
        }
        break;
    case SortRole:
        if (column == DateColumn)
            return r.takenOn;
        if (isArea)
            return score ? score->hundredths : -1;
        if (column == ownDeficitsColumn())
            return int(deficitsOf(r).size());
        return cell(row, column, Qt::DisplayRole);
    case SearchRole:
        return normalizedKey(person.name + u' ' + person.organisation);
    case Qt::TextAlignmentRole:
        if (isArea || column == ownDeficitsColumn())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (score && DeficitRules::isDeficit(*score, m_thresholds))
            return StatusPalette::overdue();
        if (column == ownDeficitsColumn())
            return StatusPalette::overdue();
        break;
    case Qt::ToolTipRole:
        if (score && DeficitRules::isDeficit(*score, m_thresholds))
            return tr("A deficit: below the threshold");
        if (column == ownDeficitsColumn()) {
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
