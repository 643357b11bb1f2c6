#pragma once

#include "domain/Meeting.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// A participant as the protocol and its registration list print them.
struct ProtocolPerson
{
    QString shortName;    // «Иванова М.П.»
    QString fullName;     // «Иванова Мария Петровна»
    QString position;
    QString organisation; // short name
};

struct ProtocolDocumentData
{
    Meeting meeting;
    int number = 0;               // № of the protocol in the academic year
    QString issuer;               // the centre (or the school of a ШМО) at the top, printed in capitals
    QString associationName;      // «РМО учителей математики»
    QString kindShort = QStringLiteral("РМО"); // «РМО», «ШМО»: in «Руководитель РМО»
    QString headShort;            // «Иванова М.П.» (the heading lines)
    QString headSignature;        // «М.П. Иванова» (the signature)
    QString secretaryShort;
    QString secretarySignature;
    int members = 0;              // members on the day
    QList<ProtocolPerson> present;
    QList<ProtocolPerson> absent;
};

// «Протокол заседания РМО» as core/documents/README.md lays it out: the issuer
// (the centre's full name, in capitals), ПРОТОКОЛ № N, «заседания районного
// методического объединения …», the date and place; Руководитель and Секретарь;
// Присутствовали: N чел. (список прилагается), Отсутствовали, Приглашённые;
// Тема and Форма проведения; Повестка дня (numbered); for each item СЛУШАЛИ,
// ВЫСТУПИЛИ, РЕШИЛИ (numbered 1.1, 1.2 …) and ГОЛОСОВАЛИ when a vote was
// taken; the signatures; and on a new page «Приложение к протоколу № N»,
// the registration list № п/п | Ф.И.О. | Должность | ОО | Подпись.
class ProtocolDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolDocument)
public:
    static QString title(int number, const QString &associationName, QDate date);
    // «районного методического объединения учителей математики» from «РМО
    // учителей математики»: the association as the heading names it.
    static QString ofAssociation(const QString &associationName);
    static std::unique_ptr<QTextDocument> build(const ProtocolDocumentData &data);
};

} // namespace profrost
