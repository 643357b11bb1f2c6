#include "diagnostics/EffectModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

namespace profrost {

namespace {

using B = RouteEffectBuilder;

// The figures' columns after the row's labels.
enum Figure { Teachers, Before, After, Change, DeficitsBefore, Removed, FigureCount };

// The columns of the table by teacher.
enum TeacherColumn { Name, Places, Year, Area, ScoreBefore, ScoreAfter, ScoreChange_, Outcome, Work, TeacherColumns };

QVariant changeColour(int tenths)
{
    if (tenths > 0)
        return StatusPalette::ok();
    if (tenths < 0)
        return StatusPalette::errorText();
    return {};
}

} // namespace

void EffectModel::setEffect(std::shared_ptr<const RouteEffect> effect)
{
    beginResetModel();
    m_effect = std::move(effect);
    endResetModel();
}

void EffectModel::setView(View view)
{
    beginResetModel();
    m_view = view;
    endResetModel();
}

const QList<EffectRow> *EffectModel::rows() const
{
    if (!m_effect)
        return nullptr;
    switch (m_view) {
    case View::ByArea: return &m_effect->byArea;
    case View::ByProgramme: return &m_effect->byProgramme;
    case View::ByOrganisation: return &m_effect->byOrganisation;
    case View::ByTeacher: return nullptr;
    }
    return nullptr;
}

int EffectModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_effect)
        return 0;
    if (m_view == View::ByTeacher)
        return int(m_effect->byTeacher.size());
    return int(rows()->size());
}

int EffectModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_view) {
    case View::ByArea: return 1 + FigureCount;
    case View::ByTeacher: return TeacherColumns;
    default: return 2 + FigureCount;
    }
}

QVariant EffectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_view == View::ByTeacher) {
        switch (section) {
        case Name: return tr("Teacher");
        case Places: return tr("Organisation");
        case Year: return tr("Route");
        case Area: return tr("Area");
        case ScoreBefore: return tr("Before");
        case ScoreAfter: return tr("After");
        case ScoreChange_: return tr("Change");
        case Outcome: return tr("Deficit");
        case Work: return tr("Activities done");
        }
        return {};
    }
    const int labels = m_view == View::ByArea ? 1 : 2;
    if (section < labels) {
        if (section == labels - 1)
            return tr("Area");
        return m_view == View::ByProgramme ? tr("Programme") : tr("Organisation");
    }
    switch (section - labels) {
    case Teachers: return tr("Teachers");
    case Before: return tr("Before, %");
    case After: return tr("After, %");
    case Change: return tr("Change, points");
    case DeficitsBefore: return tr("Had a deficit");
    case Removed: return tr("Deficit removed");
    }
    return {};
}

QVariant EffectModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_effect)
        return {};
    if (m_view == View::ByTeacher)
        return teacherData(m_effect->byTeacher.at(index.row()), index.column(), role);
    const EffectRow &row = rows()->at(index.row());
    const int labels = m_view == View::ByArea ? 1 : 2;
    if (index.column() < labels) {
        const bool isArea = index.column() == labels - 1;
        const QString text = isArea ? upperFirst(TrainingText::displayName(row.area))
            : row.key == RouteEffect::kUnplaced ? tr("(no post on %1)").arg(DateText::numeric(m_effect->placesOn))
                                                : row.label;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return text;
        case SortRole: return isArea ? QVariant(int(TrainingText::allAreas().indexOf(row.area))) : QVariant(text.toLower());
        case IdRole: return row.key;
        default: return {};
        }
    }
    return figureData(row, index.column() - labels, role);
}

QVariant EffectModel::figureData(const EffectRow &row, int column, int role) const
{
    const EffectFigure &f = row.figure;
    if (role == Qt::ToolTipRole && f.isFew())
        return tr("Fewer than %n teachers: not a trend to judge by.", nullptr, RouteEffect::kFewTeachers);
    if (role == Qt::ForegroundRole) {
        if (f.isFew())
            return StatusPalette::mutedText();
        return column == Change ? changeColour(f.meanChangeTenths()) : QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return row.key;
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
    case Teachers: return sort ? QVariant(f.teachers) : QVariant(QString::number(f.teachers) + (f.isFew() ? u"*" : u""));
    case Before: return sort ? QVariant(f.meanBeforeTenths()) : QVariant(B::meanText(f.meanBeforeTenths()));
    case After: return sort ? QVariant(f.meanAfterTenths()) : QVariant(B::meanText(f.meanAfterTenths()));
    case Change: return sort ? QVariant(f.meanChangeTenths()) : QVariant(B::changeText(f.meanChangeTenths()));
    case DeficitsBefore: return f.deficitsBefore;
    case Removed: return f.removed;
    }
    return {};
}

QVariant EffectModel::teacherData(const ScoreChange &c, int column, int role) const
{
    if (role == IdRole)
        return c.teacherId;
    if (role == Qt::ForegroundRole) {
        if (column == ScoreChange_)
            return changeColour(c.changeTenths());
        if (column == Outcome && c.outcome() == DeficitOutcome::Removed)
            return StatusPalette::ok();
        if (column == Outcome && c.deficitAfter)
            return StatusPalette::errorText();
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= ScoreBefore && column <= ScoreChange_)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sort)
        return {};
    switch (column) {
    case Name: return sort ? QVariant(c.teacherName.toLower()) : QVariant(c.teacherName);
    case Places: return c.places;
    case Year: return sort ? QVariant(c.startYear) : QVariant(QStringLiteral("%1/%2").arg(c.startYear).arg(c.startYear + 1));
    case Area: return sort ? QVariant(int(TrainingText::allAreas().indexOf(c.area))) : QVariant(upperFirst(TrainingText::displayName(c.area)));
    case ScoreBefore:
        return sort ? QVariant(c.before)
                    : QVariant(tr("%1 (%2)").arg(DiagnosisText::percentText(c.before), c.beforeOn.toString(QStringLiteral("dd.MM.yy"))));
    case ScoreAfter:
        return sort ? QVariant(c.after)
                    : QVariant(tr("%1 (%2)").arg(DiagnosisText::percentText(c.after), c.afterOn.toString(QStringLiteral("dd.MM.yy"))));
    case ScoreChange_: return sort ? QVariant(c.change()) : QVariant(B::changeText(c.changeTenths()));
    case Outcome: return sort ? QVariant(int(c.outcome())) : QVariant(B::outcomeText(c.outcome()));
    case Work: return c.work.join(QStringLiteral("; "));
    }
    return {};
}

} // namespace profrost
