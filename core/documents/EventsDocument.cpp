#include "documents/EventsDocument.h"

#include "domain/DateText.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Landscape, 252 mm: «межмуниципальный», «Ответственный» and the dates
// («05.10.2026») unbroken; the topic takes what is left.
QList<DocumentStyle::Column> eventColumns(bool withCounts)
{
    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Наименование (тема)"_s, withCounts ? 16.0 : 23.0, Qt::AlignLeft},
        {u"Форма"_s, 10.5, Qt::AlignLeft},
        {u"Дата"_s, 9.5, Qt::AlignHCenter},
        {u"Уровень"_s, 11.5, Qt::AlignLeft},
        {u"Место проведения"_s, 11.5, Qt::AlignLeft},
        {u"Ответственный"_s, 13.5, Qt::AlignLeft},
        {u"Категория участников"_s, withCounts ? 11.5 : 14.5, Qt::AlignLeft},
    };
    if (withCounts)
        columns.append({u"Число участников (из них высту\u00adпающих)"_s, 10, Qt::AlignHCenter});
    return columns;
}

// Space under a table before the next paragraph (Qt drops the top margin of a paragraph after a table).
void spaceAfter(QTextTable *table)
{
    QTextTableFormat spaced = table->format();
    spaced.setBottomMargin(DocumentStyle::fromMm(3));
    table->setFormat(spaced);
}

void cell(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment)
{
    DocumentStyle::setCell(table, row, column, text.trimmed(), false, alignment, DocumentStyle::kSmallPt);
}

// «межмуниципальный» with a soft hyphen: it breaks after «меж-» where the column ends, not inside the word.
QString levelText(EventLevel level)
{
    return level == EventLevel::InterMunicipal ? u"меж\u00adмуниципальный"_s : EventText::russian(level);
}

// The columns both forms share, for one event.
void eventCells(QTextTable *table, int row, int number, const MethodicalEvent &e,
                const QList<DocumentStyle::Column> &columns)
{
    const QStringList texts{QString::number(number),
                            e.topic,
                            EventText::russian(e.kind),
                            EventsReportDocument::dateText(e),
                            levelText(e.level),
                            e.place,
                            e.organiser,
                            e.audience};
    for (int c = 0; c < texts.size(); ++c)
        cell(table, row, c, texts.at(c), columns.at(c).alignment);
}

// «1 мероприятие», «3 мероприятия», «5 мероприятий».
QString eventsWord(int n)
{
    const int tens = n % 100, units = n % 10;
    const char16_t *word = (tens >= 11 && tens <= 14) ? u"мероприятий"
                           : units == 1                ? u"мероприятие"
                           : (units >= 2 && units <= 4) ? u"мероприятия"
                                                         : u"мероприятий";
    return QString::number(n) + u' ' + QString::fromUtf16(word);
}

int speakersOf(const MethodicalEvent &e)
{
    int n = 0;
    for (const EventParticipant &p : e.participants)
        n += p.role != EventRole::Listener ? 1 : 0;
    for (const EventGuest &g : e.guests)
        n += g.role != EventRole::Listener ? 1 : 0;
    return n;
}

// A totals table: the tallies of a grouping (forms or levels) and «Всего».
template <typename Key>
void insertTotals(QTextCursor &cursor, const QString &heading, const QString &firstHeader,
                  const QMap<Key, EventTally> &tallies, const QList<Key> &order, const EventTally &total)
{
    DocumentStyle::insertParagraph(cursor, heading, DocumentStyle::kTextPt, true);
    const QList<DocumentStyle::Column> columns{
        {firstHeader, 28, Qt::AlignLeft},
        {u"Мероприятий"_s, 16, Qt::AlignHCenter},
        {u"Участников (разных педагогов)"_s, 20, Qt::AlignHCenter},
        {u"Из них выступающих"_s, 18, Qt::AlignHCenter},
        {u"Гостей (вне реестра)"_s, 18, Qt::AlignHCenter},
    };
    QList<Key> shown;
    for (const Key &k : order) {
        if (tallies.contains(k))
            shown << k;
    }
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(shown.size()) + 1, 0.6);
    const auto put = [&](int row, const QString &name, const EventTally &t, bool bold) {
        const QStringList texts{name, QString::number(t.events), QString::number(t.participants),
                                QString::number(t.speakers), QString::number(t.guests)};
        for (int c = 0; c < texts.size(); ++c)
            DocumentStyle::setCell(table, row, c, texts.at(c), bold, columns.at(c).alignment, DocumentStyle::kSmallPt);
    };
    for (qsizetype i = 0; i < shown.size(); ++i)
        put(int(i) + 1, EventText::russian(shown.at(i)), tallies.value(shown.at(i)), false);
    put(int(shown.size()) + 1, u"Всего"_s, total, true);
    spaceAfter(table);
}

QStringList titleLines(const QString &title, const QString &issuer)
{
    QStringList lines{title};
    if (!issuer.trimmed().isEmpty())
        lines << issuer.trimmed();
    return lines;
}

} // namespace

QString EventsReportDocument::title(QDate from, QDate to)
{
    return u"Отчёт о проведённых мероприятиях за период с %1 по %2"_s.arg(DateText::numeric(from),
                                                                          DateText::numeric(to));
}

QString EventsReportDocument::dateText(const MethodicalEvent &e)
{
    return DateText::period(e.starts, e.lastDay());
}

QString EventsReportDocument::countText(const MethodicalEvent &e)
{
    return u"%1 (%2)"_s.arg(e.participants.size() + e.guests.size()).arg(speakersOf(e));
}

std::unique_ptr<QTextDocument> EventsReportDocument::build(const EventsReportData &data)
{
    const QString heading = title(data.from, data.to);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertTitle(cursor, titleLines(heading, data.issuer));

    const QList<DocumentStyle::Column> columns = eventColumns(true);
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(data.events.size()), 1), 0.6);
    if (data.events.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Проведённых мероприятий в этот период нет."_s, Qt::AlignHCenter);
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const MethodicalEvent &e = data.events.at(i);
        const int row = int(i) + 1;
        eventCells(table, row, row, e, columns);
        QStringList count{countText(e)};
        if (!e.guests.isEmpty())
            count << u"в т. ч. гостей: %1"_s.arg(e.guests.size());
        // Lines one under another in the same paragraph (Qt's ODF writer makes paragraphs into cells).
        DocumentStyle::setCell(table, row, 8, count.join(QChar::LineSeparator), false, Qt::AlignHCenter,
                               DocumentStyle::kSmallPt);
    }

    spaceAfter(table);
    const EventCounts &c = data.counts;
    DocumentStyle::insertParagraph(cursor,
                                   u"Всего проведено: %1; участников — %2 чел. (разных педагогов), из них "
                                   "выступающих — %3 чел.; гостей — %4."_s
                                       .arg(eventsWord(c.total.events))
                                       .arg(c.total.participants)
                                       .arg(c.total.speakers)
                                       .arg(c.total.guests),
                                   DocumentStyle::kTextPt);
    if (!data.events.isEmpty()) {
        insertTotals(cursor, u"Итоги по формам проведения"_s, u"Форма"_s, c.byKind, EventText::allKinds(), c.total);
        insertTotals(cursor, u"Итоги по уровням"_s, u"Уровень"_s, c.byLevel, EventText::allLevels(), c.total);
    }
    DocumentStyle::insertParagraph(
        cursor,
        u"Примечание. Учтены проведённые мероприятия, начавшиеся в отчётном периоде. Участники в итогах — разные "
        "педагоги реестра: педагог, участвовавший в нескольких мероприятиях, учтён один раз (в итогах по формам и "
        "уровням — один раз в каждой строке); выступающие — выступившие или организовавшие. Гости (приглашённые "
        "вне реестра) учтены отдельно, по каждому мероприятию; в графе «Число участников» они входят в число "
        "участников мероприятия."_s,
        DocumentStyle::kTablePt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

TableSheet EventsReportDocument::sheet(const EventsReportData &data)
{
    TableSheet sheet{u"Мероприятия"_s,
                     {u"Наименование (тема)"_s, u"Форма"_s, u"Дата начала"_s, u"Дата окончания"_s, u"Уровень"_s,
                      u"Место проведения"_s, u"Ответственный"_s, u"Категория участников"_s, u"Часы"_s,
                      u"Участников из реестра"_s, u"Выступающих"_s, u"Гостей"_s},
                     {},
                     {}};
    for (const MethodicalEvent &e : data.events) {
        int speakers = 0;
        for (const EventParticipant &p : e.participants)
            speakers += p.role != EventRole::Listener ? 1 : 0;
        sheet.rows << QStringList{e.topic,
                                  EventText::russian(e.kind),
                                  DateText::numeric(e.starts),
                                  DateText::numeric(e.lastDay()),
                                  EventText::russian(e.level),
                                  e.place,
                                  e.organiser,
                                  e.audience,
                                  e.hours > 0 ? QString::number(e.hours) : QString(),
                                  QString::number(e.participants.size()),
                                  QString::number(speakers),
                                  QString::number(e.guests.size())};
    }
    return sheet;
}

QString EventScheduleDocument::title(QDate from, QDate to)
{
    return u"График мероприятий на период с %1 по %2"_s.arg(DateText::numeric(from), DateText::numeric(to));
}

std::unique_ptr<QTextDocument> EventScheduleDocument::build(const EventScheduleData &data)
{
    const QString heading = title(data.from, data.to);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval);
    DocumentStyle::insertTitle(cursor, titleLines(heading, data.issuer));

    const QList<DocumentStyle::Column> columns = eventColumns(false);
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(data.events.size()), 1), 0.6);
    if (data.events.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Запланированных мероприятий в этот период нет."_s, Qt::AlignHCenter);
    for (qsizetype i = 0; i < data.events.size(); ++i)
        eventCells(table, int(i) + 1, int(i) + 1, data.events.at(i), columns);
    spaceAfter(table);
    DocumentStyle::insertParagraph(cursor, u"Всего запланировано: %1."_s.arg(eventsWord(int(data.events.size()))),
                                   DocumentStyle::kTextPt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
