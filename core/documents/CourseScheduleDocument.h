#pragma once

#include "documents/DocumentStyle.h"
#include "store/TrainingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace profrost {

// What the schedule of courses prints; the GUI and the CLI fill it
// (TrainingReports::scheduleData from a database).
struct CourseScheduleDocumentData
{
    QDate from;
    QDate to;
    QString issuer;                   // the municipality or centre, a line under the title (may be empty)
    DocumentStyle::Approval approval; // «УТВЕРЖДАЮ» at the top right
    struct Run
    {
        CourseRunRow row;             // the run with its programme, provider and hours
        QString form;                 // «очно», «дистанционно», «смешанно» (empty: not known)
        QStringList participants;     // «Фамилия И.О. (ОО)» of the enrolled and completed
    };
    QList<Run> runs;                  // printed by start date, then programme
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «График курсов повышения квалификации на период с 01.01.2026 по
// 31.12.2026», landscape: № | Программа (тема) | Организатор | Часы | Форма |
// Сроки | Место | Группа | Участники (the count and, below, the names),
// and the totals at the end.
class CourseScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(CourseScheduleDocument)
public:
    static QString title(QDate from, QDate to);
    static std::unique_ptr<QTextDocument> build(const CourseScheduleDocumentData &data);
    // «12.01.2026–16.01.2026», one day written once.
    static QString period(QDate starts, QDate ends);
};

} // namespace profrost
