#pragma once

#include "documents/DocumentStyle.h"
#include "domain/Diagnosis.h"
#include "domain/Route.h"

#include <QCoreApplication>
#include <QMap>
#include <memory>

class QTextDocument;

namespace profrost {

// What the printed route holds (DiagnosisReports::routeData).
struct RouteDocumentData
{
    IndividualRoute route;
    QString teacher; // «Иванова Мария Петровна»
    QString positions, subjects, organisation;
    int experienceYears = -1; // unknown: -1
    QString category;         // «высшая», «соответствие занимаемой должности», «без категории»
    QMap<CompetencyArea, AreaScore> latest; // the scores the deficits were found by
    QList<Completion> finished;             // the teacher's courses: a finished one marks its activity done
    bool schoolApproval = true;             // the school's approval block at the top
    DocumentStyle::Approval approval;       // the school's director
    DocumentStyle::Signature teacherSignature;
    DocumentStyle::Signature curatorSignature;
};

// «Индивидуальный образовательный маршрут педагога на 2026/2027 учебный
// год» (forms.md; ministry recommendations Р-201): the school's approval
// block, the teacher's data, the deficits found by area with their scores,
// the goal, the tasks, the table «№ п/п | Выявленный дефицит | Задача
// (ожидаемый результат) | Мероприятия (форма работы) | Сроки | Форма
// предъявления результата | Отметка о выполнении», the signatures of the
// teacher and the curator. Landscape: seven columns.
class RouteDocument
{
    Q_DECLARE_TR_FUNCTIONS(RouteDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const RouteDocumentData &data);
    // «15 лет», «1 год», «3 года».
    static QString yearsText(int years);
};

} // namespace profrost
