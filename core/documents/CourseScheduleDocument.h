#pragma once

#include "documents/DocumentStyle.h"
#include "store/TrainingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <memory>

class QTextCursor;
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
        struct Participant
        {
            QString name;         // «Фамилия Имя Отчество»
            QString organisation; // as TrainingRules::participantOrganisation finds it
        };
        QList<Participant> participants; // the enrolled and those who finished, by name
    };
    QList<Run> runs;                  // printed by start date, then programme
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «График курсов повышения квалификации на период с 01.01.2026 по
// 31.12.2026», landscape: № | Программа (тема) | Организатор | Часы | Форма |
// Сроки | Место | Группа | Участники (the count, and the seats), the totals
// and the signature; then the annex «Списки участников курсов», from a new
// page: for each course with participants its number and programme, and a
// table № п/п | Ф.И.О. | Организация. (A list in the schedule's cell made
// one course take more than a page.)
class CourseScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(CourseScheduleDocument)
public:
    static QString title(QDate from, QDate to);
    static std::unique_ptr<QTextDocument> build(const CourseScheduleDocumentData &data);
    // «12.01.2026–16.01.2026», one day written once.
    static QString period(QDate starts, QDate ends);

private:
    static void insertParticipants(QTextCursor &cursor, const QList<CourseScheduleDocumentData::Run> &runs);
};

} // namespace profrost
