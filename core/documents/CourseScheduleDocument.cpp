#include "documents/CourseScheduleDocument.h"

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
        {u"Программа (тема)"_s, 18, Qt::AlignLeft},
        {u"Организатор"_s, 13, Qt::AlignLeft},
        {u"Часы"_s, 6, Qt::AlignHCenter},
        {u"Форма"_s, 11, Qt::AlignLeft},
        {u"Сроки"_s, 10, Qt::AlignHCenter},
        {u"Место"_s, 11, Qt::AlignLeft},
        {u"Группа"_s, 9, Qt::AlignLeft},
        {u"Участники"_s, 16, Qt::AlignLeft},
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
        QString count = u"%1 чел."_s.arg(r.participants.size());
        if (r.row.run.seats > 0)
            count += u" (мест: %1)"_s.arg(r.row.run.seats);
        DocumentStyle::setCellLines(table, row, 8, QStringList{count} + r.participants, Qt::AlignLeft,
                                    DocumentStyle::kSmallPt);
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, 8, u"Итого: %1"_s.arg(courses(int(runs.size()))), true);
    DocumentStyle::setCell(table, row, 8, u"%1 чел."_s.arg(participants), true);

    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
