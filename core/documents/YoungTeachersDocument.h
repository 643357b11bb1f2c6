#pragma once

#include "documents/DocumentStyle.h"
#include "io/TableWriter.h"
#include "planning/YoungTeachers.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

class QTextDocument;

namespace profrost {

// A mentor as the list of young teachers names them: their posts on the day.
struct MentorOnDay
{
    QString name; // «Фамилия Имя Отчество»
    QString organisations, positions;
};

// What the list of young teachers prints (MentoringReports::youngTeachersData).
struct YoungTeachersDocumentData
{
    QDate day;
    QString issuer; // the municipality, under the title
    QList<YoungTeacher> teachers;          // YoungTeachers::list, by name
    QHash<qint64, MentorOnDay> mentors;    // by teacher id: the mentors of their pairs
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// What the mentors' load prints (MentoringReports::mentorsData).
struct MentorsDocumentData
{
    QDate day;
    QString issuer;
    QList<MentorLoad> mentors; // YoungTeachers::mentors; the category only when valid on the day
    int loadLimit = MentorshipRules::kDefaultLoadLimit;
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Список молодых педагогов и их наставников на DATE» (forms.md «Forms of
// the community and staffing areas», core/documents/README.md), landscape:
// 1. the young teachers with support — № п/п | Ф.И.О. молодого педагога | ОО
// | Должность (предмет) | Дата начала работы / стаж | Ф.И.О. наставника |
// Должность наставника | Форма наставничества | Период; one line per pair,
// a teacher with two mentors has two lines under their cells merged; a
// young-teachers association stands in the mentor's place, form «школа
// молодого педагога», the academic year as its period;
// 2. the young teachers without support, the same first columns;
// the counts and the methodist's signature.
class YoungTeachersDocument
{
    Q_DECLARE_TR_FUNCTIONS(YoungTeachersDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const YoungTeachersDocumentData &data);
    // The same list as one sheet («Молодые педагоги»): a line per pair or
    // association, one for a teacher without support; .xlsx or .csv.
    static TableSheet sheet(const YoungTeachersDocumentData &data);

    // «01.09.2025 / 1 год», «01.09.2026 / менее 1 года».
    static QString experienceText(QDate start, int years);
    // «01.09.2026–31.05.2027», «с 01.09.2026» while ongoing.
    static QString periodText(const Mentorship &m);
};

// «Нагрузка наставников на DATE», landscape: № п/п | Ф.И.О. наставника | ОО |
// Должность, категория | Наставляемые (Ф.И.О.) | Число наставляемых; a load
// above the limit marked «*» and explained under the table; «Итого» last,
// the counts and the methodist's signature.
class MentorsDocument
{
    Q_DECLARE_TR_FUNCTIONS(MentorsDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const MentorsDocumentData &data);
    // One sheet «Наставники»; .xlsx or .csv.
    static TableSheet sheet(const MentorsDocumentData &data);
};

} // namespace profrost
