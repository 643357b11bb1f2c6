#include "documents/CourseScheduleDocument.h"

#include "documents/DocumentText.h"
#include "domain/DateText.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// «1 курс», «3 курса», «5 курсов».
QString courses(int n)
{
    const int tens = n % 100, units = n % 10;
    const char16_t *word = (tens >= 11 && tens <= 14) ? u"курсов"
                           : units == 1                ? u"курс"
                           : (units >= 2 && units <= 4) ? u"курса"
                                                         : u"курсов";
    return QString::number(n) + u' ' + QString::fromUtf16(word);
}

} // namespace

QString CourseScheduleDocument::title(QDate from, QDate to)
{
    return u"График курсов повышения квалификации на период с %1 по %2"_s.arg(DateText::numeric(from),
                                                                                DateText::numeric(to));
}

QString CourseScheduleDocument::period(QDate starts, QDate ends)
{
    if (!ends.isValid() || ends == starts)
        return DateText::numeric(starts);
    if (!starts.isValid())
        return DateText::numeric(ends);
    return DateText::numeric(starts) + u'–' + DateText::numeric(ends);
}

std::unique_ptr<QTextDocument> CourseScheduleDocument::build(const CourseScheduleDocumentData &data)
{
    const QString heading = title(data.from, data.to);
    // Nine columns: a landscape page, as official practice allows for tables.
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval);
    QStringList titleLines{heading};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    QList<CourseScheduleDocumentData::Run> runs = data.runs;
    std::stable_sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) {
        if (a.row.run.starts != b.row.run.starts)
            return a.row.run.starts < b.row.run.starts;
        return a.row.programme < b.row.programme;
    });

    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Программа (тема)"_s, 19, Qt::AlignLeft},
        {u"Организатор"_s, 18, Qt::AlignLeft},
        {u"Часы"_s, 5.5, Qt::AlignHCenter},
        {u"Форма"_s, 11, Qt::AlignLeft},
        {u"Сроки"_s, 9, Qt::AlignHCenter},
        {u"Место"_s, 12.5, Qt::AlignLeft},
        {u"Группа"_s, 9, Qt::AlignLeft},
        {u"Участники"_s, 10, Qt::AlignHCenter},
    };
    const int bodyRows = int(runs.size()) + (runs.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows);

    int row = 1;
    int participants = 0;
    if (runs.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, u"Курсов в этот период нет."_s, Qt::AlignHCenter);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const auto &r = runs.at(i);
        participants += int(r.participants.size());
        DocumentStyle::setCell(table, row, 0, QString::number(i + 1), false, Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 1, r.row.programme);
        // The secondary columns a size smaller, so that «дистанционно» or
        // «ПК-2026-01» fit their narrow columns without breaking the word.
        constexpr qreal small = DocumentStyle::kSmallPt;
        DocumentStyle::setCell(table, row, 2, r.row.provider, false, Qt::AlignLeft, small);
        DocumentStyle::setCell(table, row, 3, QString::number(r.row.hours), false, Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 4, r.form, false, Qt::AlignLeft, small);
        DocumentStyle::setCell(table, row, 5, period(r.row.run.starts, r.row.run.ends), false, Qt::AlignHCenter, small);
        DocumentStyle::setCell(table, row, 6, r.row.run.place, false, Qt::AlignLeft, small);
        DocumentStyle::setCell(table, row, 7, r.row.run.groupName, false, Qt::AlignLeft, small);
        QStringList count{u"%1\u00a0чел."_s.arg(r.participants.size())};
        if (r.row.run.seats > 0)
            count << u"мест: %1"_s.arg(r.row.run.seats);
        DocumentStyle::setCellLines(table, row, 8, count, Qt::AlignHCenter, DocumentStyle::kSmallPt);
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, 8, u"Итого: %1"_s.arg(courses(int(runs.size()))), true);
    DocumentStyle::setCell(table, row, 8, u"%1\u00a0чел."_s.arg(participants), true, Qt::AlignHCenter);

    DocumentStyle::insertSignatures(cursor, {data.signature});
    insertParticipants(cursor, runs);
    return doc;
}

void CourseScheduleDocument::insertParticipants(QTextCursor &cursor, const QList<CourseScheduleDocumentData::Run> &runs)
{
    bool first = true;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const auto &r = runs.at(i);
        if (r.participants.isEmpty())
            continue;
        if (first) {
            DocumentText::paragraph(cursor, {{u"Приложение к графику курсов"_s, false}}, Qt::AlignRight, false, 0,
                                    true);
            DocumentStyle::insertTitle(cursor, {u"Списки участников курсов"_s});
            first = false;
        }
        // «3. Инклюзивное образование … (12.01.2026–16.01.2026, группа ПК-1)»: the
        // course's number in the schedule, a heading kept with its list.
        QString heading = u"%1. %2 (%3"_s.arg(i + 1).arg(r.row.programme, period(r.row.run.starts, r.row.run.ends));
        if (!r.row.run.groupName.trimmed().isEmpty())
            heading += u", группа "_s + r.row.run.groupName.trimmed();
        heading += u')';
        DocumentStyle::insertParagraph(cursor, heading, DocumentStyle::kTextPt, true);
        const QList<DocumentStyle::Column> columns{
            {u"№ п/п"_s, 8, Qt::AlignHCenter},
            {u"Ф.И.О."_s, 40, Qt::AlignLeft},
            {u"Организация"_s, 52, Qt::AlignLeft},
        };
        QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(r.participants.size()), 0.6);
        // Space before the next course's heading: Qt drops the top margin
        // of a paragraph that follows a table.
        QTextTableFormat spaced = table->format();
        spaced.setBottomMargin(DocumentStyle::fromMm(4));
        table->setFormat(spaced);
        for (qsizetype p = 0; p < r.participants.size(); ++p) {
            const int row = int(p) + 1;
            DocumentStyle::setCell(table, row, 0, QString::number(p + 1), false, Qt::AlignHCenter);
            DocumentStyle::setCell(table, row, 1, r.participants.at(p).name);
            DocumentStyle::setCell(table, row, 2, r.participants.at(p).organisation);
        }
    }
}

} // namespace profrost
