#pragma once

#include "documents/DocumentStyle.h"
#include "domain/InnovationSite.h"
#include "domain/Vacancy.h"
#include "io/TableWriter.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// A site with the names the list prints.
struct SiteLine
{
    InnovationSite site;
    QString organisation; // the short name
    QString municipality;
};

// What the list of sites prints (SiteReports::sitesData).
struct SitesListData
{
    SiteFilter filter;
    QString issuer;
    QList<SiteLine> lines; // SiteRules::matches, by organisation then first day
    DocumentStyle::Signature signature{QString::fromUtf8("Директор МКУ «ИМЦ»"), QString()};
};

// A vacancy with the names the forms print.
struct VacancyLine
{
    Vacancy vacancy;
    QString organisation;
    QString municipality;
    QString filledBy; // the teacher's «Фамилия И.О.» or the name as written
};

// What the staffing needs print (SiteReports::staffingData).
struct StaffingData
{
    QDate asOf;
    QString issuer;
    QList<VacancyLine> lines; // open on asOf (VacancyRules::isOpenOn), by municipality, organisation, post
    VacancyTotals totals;     // VacancyRules::totals of the same day
    DocumentStyle::Signature signature{QString::fromUtf8("Директор МКУ «ИМЦ»"), QString()};
};

// «Перечень инновационных и стажировочных площадок [на YEAR год]»
// (core/documents/README.md), landscape: № п/п | Образовательная
// организация | Статус | Уровень | Тема | Приказ | Срок реализации |
// Состояние (SiteRules::stateIn the year, else the stored state); the count
// by level at the end and the head's signature.
class SitesListDocument
{
public:
    static QString title(int year);
    static std::unique_ptr<QTextDocument> build(const SitesListData &data);
    static TableSheet sheet(const SitesListData &data);
    // The state a line prints: in the filter's year when given.
    static QString stateText(const InnovationSite &s, int year);
};

// «Кадровая потребность образовательных организаций на DATE», landscape:
// № п/п | Должность | Предмет | Нагрузка (ставок) | Вакантна с | Причина |
// Примечание, one row a vacancy open on the day under a row naming its
// organisation with its count and rates; the totals by post, by subject and (more
// than one) by municipality; the head's signature.
class StaffingDocument
{
public:
    static QString title(QDate asOf);
    static std::unique_ptr<QTextDocument> build(const StaffingData &data);
    // Every vacancy open or filled, one sheet «Вакансии» (.xlsx or .csv).
    static TableSheet sheet(const QList<VacancyLine> &lines, QDate asOf);
};

// The sites' and staffing documents from a database, shared by the GUI and the CLI.
class SiteReports
{
public:
    static SitesListData sitesData(Database &db, const SiteFilter &filter);
    static StaffingData staffingData(Database &db, QDate asOf);
    // Every vacancy with its names, by municipality, organisation, since.
    static QList<VacancyLine> vacancyLines(Database &db);
};

} // namespace profrost
