#include "sites/SitesModels.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

namespace profrost {

SiteListModel::SiteListModel(QObject *parent)
    : RecordListModel({tr("Organisation"), tr("Status"), tr("Level"), tr("Topic"), tr("Order"), tr("Period"),
                       tr("State"), tr("People"), tr("Reports")},
                      parent)
{
}

void SiteListModel::setSites(QList<InnovationSite> sites, QHash<qint64, QString> organisations, int year)
{
    beginResetModel();
    m_sites = std::move(sites);
    m_organisations = std::move(organisations);
    m_year = year;
    endResetModel();
}

int SiteListModel::records() const { return int(m_sites.size()); }

qint64 SiteListModel::idAt(int row) const { return m_sites.at(row).id; }

const InnovationSite *SiteListModel::siteAt(int row) const
{
    return row >= 0 && row < records() ? &m_sites.at(row) : nullptr;
}

QVariant SiteListModel::cell(int row, int column, int role) const
{
    const InnovationSite &s = m_sites.at(row);
    const auto state = [&]() -> QString {
        if (m_year == 0)
            return SiteText::displayName(s.state);
        const std::optional<SiteState> st = SiteRules::stateIn(s, m_year);
        return st ? SiteText::displayName(*st) : tr("not started");
    };
    QStringList years;
    for (const SiteReport &r : s.reports)
        years << (r.hasFile() ? tr("%1 (file)").arg(r.year) : QString::number(r.year));
    switch (role) {
    case SearchRole:
        return normalizedKey(m_organisations.value(s.organisationId) + u' ' + s.topic + u' ' + s.orderNumber);
    case SortRole:
        if (column == PeriodColumn)
            return s.from;
        if (column == PeopleColumn)
            return int(s.people.size());
        return lowerKey(cell(row, column, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        return column == PeopleColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case OrganisationColumn: return m_organisations.value(s.organisationId);
        case StatusColumn: return SiteText::displayName(s.status);
        case LevelColumn: return SiteText::displayName(s.level);
        case TopicColumn: return s.topic;
        case OrderColumn: return SiteText::order(s);
        case PeriodColumn: return SiteText::period(s);
        case StateColumn: return state();
        case PeopleColumn: return int(s.people.size());
        case ReportsColumn: return years.join(QStringLiteral(", "));
        default: return {};
        }
    default: return {};
    }
}

VacancyListModel::VacancyListModel(QObject *parent)
    : RecordListModel({tr("Municipality"), tr("Organisation"), tr("Post"), tr("Subject"), tr("Rate"), tr("Vacant since"),
                       tr("Reason"), tr("State"), tr("Filled by"), tr("Filled on")},
                      parent)
{
}

void VacancyListModel::setLines(QList<Line> lines, QDate day)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_day = day;
    endResetModel();
}

int VacancyListModel::records() const { return int(m_lines.size()); }

qint64 VacancyListModel::idAt(int row) const { return m_lines.at(row).vacancy.id; }

const Vacancy *VacancyListModel::vacancyAt(int row) const
{
    return row >= 0 && row < records() ? &m_lines.at(row).vacancy : nullptr;
}

QVariant VacancyListModel::cell(int row, int column, int role) const
{
    const Line &l = m_lines.at(row);
    const Vacancy &v = l.vacancy;
    const bool open = VacancyRules::isOpenOn(v, m_day);
    const auto state = [&]() -> QString {
        if (open)
            return tr("open");
        return v.since > m_day ? tr("not yet open") : tr("filled");
    };
    switch (role) {
    case SearchRole:
        return normalizedKey(l.organisation + u' ' + v.post + u' ' + v.subject + u' ' + l.filledBy);
    case SortRole:
        if (column == RateColumn)
            return v.rate;
        if (column == SinceColumn)
            return v.since;
        if (column == FilledOnColumn)
            return v.filledOn;
        return lowerKey(cell(row, column, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        return column == RateColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ForegroundRole:
        return open ? QVariant() : QVariant(StatusPalette::mutedText());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case MunicipalityColumn: return l.municipality;
        case OrganisationColumn: return l.organisation;
        case PostColumn: return v.post;
        case SubjectColumn: return v.subject;
        case RateColumn: return VacancyRules::rateText(v.rate);
        case SinceColumn: return DateText::numeric(v.since);
        case ReasonColumn: return v.reason;
        case StateColumn: return state();
        case FilledByColumn: return l.filledBy;
        case FilledOnColumn: return DateText::numeric(v.filledOn);
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
