#pragma once

#include "common/RecordListModel.h"
#include "domain/InnovationSite.h"
#include "domain/Vacancy.h"

#include <QDate>
#include <QHash>

namespace profrost {

// The sites, one a row (its id in IdRole): organisation, status, level,
// topic, order, period, state (in the chosen year when one is), people and reports.
class SiteListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { OrganisationColumn, StatusColumn, LevelColumn, TopicColumn, OrderColumn, PeriodColumn,
                  StateColumn, PeopleColumn, ReportsColumn };

    explicit SiteListModel(QObject *parent = nullptr);
    void setSites(QList<InnovationSite> sites, QHash<qint64, QString> organisations, int year);
    qint64 idAt(int row) const override;
    const InnovationSite *siteAt(int row) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<InnovationSite> m_sites;
    QHash<qint64, QString> m_organisations;
    int m_year = 0;
};

// The vacancies, one a row: municipality, organisation, post, subject,
// rate, since, reason, the state on the day and who filled it when.
class VacancyListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { MunicipalityColumn, OrganisationColumn, PostColumn, SubjectColumn, RateColumn, SinceColumn,
                  ReasonColumn, StateColumn, FilledByColumn, FilledOnColumn };

    explicit VacancyListModel(QObject *parent = nullptr);
    struct Line
    {
        Vacancy vacancy;
        QString municipality;
        QString organisation;
        QString filledBy;
    };
    void setLines(QList<Line> lines, QDate day);
    qint64 idAt(int row) const override;
    const Vacancy *vacancyAt(int row) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Line> m_lines;
    QDate m_day;
};

} // namespace profrost
