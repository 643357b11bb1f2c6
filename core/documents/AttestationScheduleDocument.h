#pragma once

#include "documents/AttestationLines.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// «План-график аттестации педагогических работников на 2027 год», landscape,
// the columns of core/documents/README.md: № п/п | Ф.И.О. | ОО | Должность | Имеющаяся
// категория (СЗД), дата присвоения | Срок окончания | Заявляемая категория
// (вид аттестации) | Месяц подачи заявления | Месяц аттестации. The entries
// attested in data.firstYear, grouped by month (a heading row «Февраль 2027
// — 3 чел.») or by organisation; the approval block at the top, the totals
// by kind and the signature at the end.
class AttestationScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(AttestationScheduleDocument)
public:
    enum class Grouping { ByMonth, ByOrganisation };
    static QString title(int year);
    static std::unique_ptr<QTextDocument> build(const AttestationDocumentData &data,
                                                Grouping grouping = Grouping::ByMonth);
};

} // namespace profrost
