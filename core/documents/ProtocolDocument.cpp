#include "documents/ProtocolDocument.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "domain/DateText.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QString names(const QList<ProtocolPerson> &people)
{
    QStringList out;
    for (const ProtocolPerson &p : people)
        out << p.shortName;
    return out.join(u", "_s);
}

// «Иванова М.П. — текст»: the speaker and the summary of СЛУШАЛИ.
QString heard(const AgendaItem &a)
{
    if (a.speaker.trimmed().isEmpty())
        return a.heard.trimmed();
    if (a.heard.trimmed().isEmpty())
        return a.speaker.trimmed();
    return a.speaker.trimmed() + u" — "_s + a.heard.trimmed();
}

void agendaRecords(QTextCursor &cursor, const QList<AgendaItem> &agenda)
{
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const AgendaItem &a = agenda.at(i);
        const int n = int(i + 1);
        DocumentText::paragraph(cursor, {{u"%1. СЛУШАЛИ:"_s.arg(n), true}, {u" "_s + heard(a), false}},
                                Qt::AlignLeft, true, 4);
        const QStringList spoke = nonEmptyLines(a.spoke);
        if (!spoke.isEmpty())
            DocumentText::labelled(cursor, u"ВЫСТУПИЛИ:"_s, spoke.join(u"; "_s));
        const QStringList decided = nonEmptyLines(a.decided);
        if (decided.size() == 1) {
            DocumentText::labelled(cursor, u"РЕШИЛИ:"_s, decided.constFirst());
        } else {
            DocumentText::labelled(cursor, u"РЕШИЛИ:"_s, QString());
            for (qsizetype d = 0; d < decided.size(); ++d)
                DocumentText::paragraph(cursor, {{u"%1.%2. %3"_s.arg(n).arg(d + 1).arg(decided.at(d)), false}},
                                        Qt::AlignLeft, true, 0);
        }
        if (a.voted)
            DocumentText::labelled(cursor, u"ГОЛОСОВАЛИ:"_s,
                                   u"за – %1, против – %2, воздержались – %3."_s.arg(a.votesFor)
                                       .arg(a.votesAgainst).arg(a.votesAbstained));
    }
}

void registrationList(QTextCursor &cursor, const ProtocolDocumentData &data)
{
    DocumentText::paragraph(cursor, {{u"Приложение к протоколу № %1"_s.arg(data.number), false}}, Qt::AlignRight,
                            false, 0, true);
    DocumentText::paragraph(cursor, {{u"от "_s + DateText::numeric(data.meeting.date), false}}, Qt::AlignRight,
                            false, 0);
    DocumentStyle::insertTitle(cursor, {u"Лист регистрации участников заседания"_s, data.associationName});
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 9, Qt::AlignHCenter}, // «№ п/п» of 12 pt bold on one line on a portrait page
        {u"Ф.И.О."_s, 33, Qt::AlignLeft},
        {u"Должность"_s, 20, Qt::AlignLeft},
        {u"ОО"_s, 24, Qt::AlignLeft},
        {u"Подпись"_s, 14, Qt::AlignLeft},
    };
    const int guests = int(data.meeting.guests.size());
    const int rows = int(data.present.size()) + guests;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, qMax(rows, 1));
    int row = 1;
    for (const ProtocolPerson &p : data.present) {
        DocumentStyle::setCell(table, row, 0, u"%1."_s.arg(row), false, Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 1, p.fullName);
        DocumentStyle::setCell(table, row, 2, p.position);
        DocumentStyle::setCell(table, row, 3, p.organisation);
        ++row;
    }
    for (const QString &guest : data.meeting.guests) { // invited guests sign the list too
        DocumentStyle::setCell(table, row, 0, u"%1."_s.arg(row), false, Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 1, guest);
        DocumentStyle::setCell(table, row, 2, u"приглашённый"_s);
        ++row;
    }
}

} // namespace

QString ProtocolDocument::ofAssociation(const QString &associationName)
{
    // The heading spells the association out (/work/shared/forms.md):
    // «заседания районного методического объединения учителей …».
    const QString name = associationName.trimmed();
    const struct
    {
        QString abbreviation, words;
    } spelled[] = {{u"РМО"_s, u"районного методического объединения"_s},
                   {u"ШМО"_s, u"школьного методического объединения"_s},
                   {u"ММО"_s, u"межмуниципального методического объединения"_s}};
    for (const auto &s : spelled) {
        if (name == s.abbreviation)
            return s.words;
        if (name.startsWith(s.abbreviation + u' '))
            return s.words + name.mid(s.abbreviation.size());
    }
    return name;
}

QString ProtocolDocument::title(int number, const QString &associationName, QDate date)
{
    return u"Протокол № %1 заседания %2 от %3"_s.arg(number).arg(associationName, DateText::numeric(date));
}

std::unique_ptr<QTextDocument> ProtocolDocument::build(const ProtocolDocumentData &data)
{
    const Meeting &m = data.meeting;
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(
        QPageLayout::Portrait, title(data.number, data.associationName, m.date));
    QTextCursor cursor(doc.get());
    if (!data.issuer.trimmed().isEmpty())
        DocumentText::paragraph(cursor, {{data.issuer.trimmed().toUpper(), false}}, Qt::AlignHCenter, false, 0);
    DocumentStyle::insertTitle(cursor, {u"ПРОТОКОЛ № %1"_s.arg(data.number), u"заседания "_s + ofAssociation(data.associationName),
                                        u"от "_s + DateText::numeric(m.date)});
    if (!m.place.trimmed().isEmpty())
        DocumentText::labelled(cursor, u"Место проведения:"_s, m.place.trimmed(), false);
    DocumentText::labelled(cursor, u"Руководитель %1:"_s.arg(data.kindShort), data.headShort, false);
    DocumentText::labelled(cursor, u"Секретарь:"_s, data.secretaryShort, false);
    DocumentText::labelled(cursor, u"Всего членов %1:"_s.arg(data.kindShort), QString::number(data.members), false);
    DocumentText::labelled(cursor, u"Присутствовали:"_s,
                           u"%1 чел. (список прилагается)"_s.arg(data.present.size()), false);
    DocumentText::labelled(cursor, u"Отсутствовали:"_s,
                           data.absent.isEmpty() ? u"нет"_s
                                                 : u"%1 чел. (%2)"_s.arg(data.absent.size()).arg(names(data.absent)),
                           false);
    if (!m.guests.isEmpty())
        DocumentText::labelled(cursor, u"Приглашённые:"_s, m.guests.join(u"; "_s), false);
    if (!m.topic.trimmed().isEmpty())
        DocumentText::labelled(cursor, u"Тема:"_s, m.topic.trimmed(), false);
    if (!m.form.trimmed().isEmpty())
        DocumentText::labelled(cursor, u"Форма проведения:"_s, m.form.trimmed(), false);

    DocumentText::paragraph(cursor, {{u"Повестка дня:"_s, true}}, Qt::AlignLeft, false, 4);
    for (qsizetype i = 0; i < m.agenda.size(); ++i)
        DocumentText::paragraph(cursor, {{u"%1. %2"_s.arg(i + 1).arg(m.agenda.at(i).title.trimmed()), false}},
                                Qt::AlignLeft, true, 0);
    agendaRecords(cursor, m.agenda);

    DocumentStyle::insertSignatures(cursor, {{u"Руководитель "_s + data.kindShort, data.headSignature},
                                             {u"Секретарь"_s, data.secretarySignature}});
    registrationList(cursor, data);
    return doc;
}

} // namespace profrost
