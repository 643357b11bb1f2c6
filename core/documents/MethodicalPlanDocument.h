#pragma once

#include "documents/DocumentStyle.h"
#include "domain/MethodicalPlan.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// What the printed plan needs besides the plan: the approval block as
// DocumentStyle prints it and the signatures at the end.
struct PlanDocumentData
{
    MethodicalPlan plan;
    DocumentStyle::Approval approval;          // from plan.approval (position, name, date)
    DocumentStyle::Review review;              // from plan.review: «на заседании РМО, протокол от … № …»
    QList<DocumentStyle::Signature> signatures; // «Руководитель РМО ____ И.О. Фамилия»
};

// A plan as core/documents/README.md lays it out: the approval block at the top right, the
// title, «Методическая тема», «Цель», «Задачи» (numbered), then the table.
// A year plan of an association and the centre's work plan (portrait):
// № п/п | Тема заседания / Наименование мероприятия | Форма проведения |
// Сроки | Ответственные, a meeting printed as «Заседание № 1» above its
// questions. A roadmap (landscape): № п/п | Наименование
// мероприятия | Планируемые результаты | Сроки | Уровни реализации |
// Ответственные, grouped by stage in rows spanning the table, numbered
// within the stage (1.1, 1.2 … 2.1). Every plan ends with its signatures:
// the association's head, or for the centre's plans whoever the centre's
// card names (CentreSignatures).
class MethodicalPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(MethodicalPlanDocument)
public:
    static std::unique_ptr<QTextDocument> build(const PlanDocumentData &data);
};

} // namespace profrost
