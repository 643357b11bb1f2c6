#pragma once

#include "documents/AttestationLines.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// The 5-year (перспективный) «План-график аттестации педагогических
// работников на 2027–2031 гг.», landscape: the first columns of the year
// schedule (№ п/п | Ф.И.О. | Должность | Имеющаяся категория (СЗД), дата
// присвоения | Срок окончания | Заявляемая категория) and one column per
// year with the month of attestation («февр.») in its year; grouped by
// organisation (a heading row, so no ОО column), «Итого» per year at the
// bottom; approval block at the top, signature at the end.
class AttestationPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(AttestationPlanDocument)
public:
    static QString title(int firstYear);
    static std::unique_ptr<QTextDocument> build(const AttestationDocumentData &data);
};

} // namespace profrost
