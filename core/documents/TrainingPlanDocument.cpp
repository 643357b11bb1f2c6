#include "documents/TrainingPlanDocument.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

constexpr int kFixedColumns = 5; // № | ФИО | ОО | Должность | Последние КПК

QString noOrganisation() { return u"Без места работы"_s; }

} // namespace

QString TrainingPlanDocument::title(int firstYear)
{
    return u"План-график повышения квалификации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + TrainingPlan::kYears - 1);
}

QList<TrainingPlanDocument::Line> TrainingPlanDocument::lines(const TrainingPlanDocumentData &data)
{
    QHash<qint64, const TeacherRow *> teachers;
    for (const TeacherRow &t : data.teachers)
        teachers.insert(t.id, &t);

    // The course the plan was made from: the latest completed by 1 January.
    const QDate planStart(data.firstYear, 1, 1);
    QHash<qint64, const Completion *> last;
    for (const Completion &c : data.completions) {
        if (!c.ends.isValid() || c.ends > planStart)
            continue;
        const Completion *&known = last[c.teacherId];
        if (!known || known->ends < c.ends)
            known = &c;
    }

    QHash<qint64, qsizetype> indexOf;
    QList<Line> out;
    for (const TrainingPlanEntry &e : data.entries) {
        const int year = e.plannedYear - data.firstYear;
        const TeacherRow *t = teachers.value(e.teacherId);
        if (!t || year < 0 || year >= TrainingPlan::kYears)
            continue;
        qsizetype index = indexOf.value(e.teacherId, -1);
        if (index < 0) {
            Line line;
            line.teacherId = t->id;
            line.group = t->posts.isEmpty() ? noOrganisation() : t->posts.constFirst().organisation;
            line.fullName = t->fullName();
            line.organisations = t->organisations;
            line.positions = t->positions;
            if (const Completion *c = last.value(t->id)) {
                line.lastCourse = u"%1, %2 ч"_s.arg(c->ends.year()).arg(c->hours);
                line.lastTitle = c->programme;
            }
            for (int y = 0; y < TrainingPlan::kYears; ++y)
                line.years << QString();
            index = out.size();
            indexOf.insert(t->id, index);
            out.append(line);
        }
        QString what = e.programmeId > 0 ? data.programmeTitles.value(e.programmeId) : QString();
        if (what.trimmed().isEmpty())
            what = e.topic.trimmed();
        if (what.isEmpty())
            what = u"+"_s;
        QString &cell = out[index].years[year];
        if (cell.isEmpty() || cell == u"+")
            cell = what;
        else if (what != u"+" && !cell.contains(what))
            cell += u"; "_s + what;
    }

    // By organisation, then by name, as people look for themselves;
    // «СОШ № 2» before «СОШ № 10».
    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(), [&](const Line &a, const Line &b) {
        const bool aNone = a.group == noOrganisation(), bNone = b.group == noOrganisation();
        if (aNone != bNone)
            return bNone;
        if (const int c = collator.compare(a.group, b.group))
            return c < 0;
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    return out;
}

std::unique_ptr<QTextDocument> TrainingPlanDocument::build(const TrainingPlanDocumentData &data)
{
    const QString heading = title(data.firstYear);
    // Eight columns with programme titles need the width of a landscape
    // page; tables in landscape are common in official practice.
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval);
    QStringList titleLines{heading};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    const QList<Line> printed = lines(data);
    int groups = 0;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        if (i == 0 || printed.at(i).group != printed.at(i - 1).group)
            ++groups;
    }

    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"ФИО"_s, 14, Qt::AlignLeft},
        {u"ОО"_s, 10, Qt::AlignLeft},
        {u"Должность"_s, 11, Qt::AlignLeft},
        {u"Последние КПК (год, часы)"_s, 14, Qt::AlignLeft},
    };
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        columns.append({QString::number(data.firstYear + y), 15, Qt::AlignLeft});

    const int bodyRows = int(printed.size()) + groups + (printed.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows);

    QList<int> perYear(TrainingPlan::kYears, 0);
    int row = 1;
    if (printed.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, u"Нет педагогов, которым повышение квалификации требуется в эти годы."_s,
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const Line &line = printed.at(i);
        if (i == 0 || line.group != printed.at(i - 1).group)
            DocumentStyle::setSpanningRow(table, row++, line.group);
        DocumentStyle::setCell(table, row, 0, QString::number(i + 1), false, Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 1, line.fullName);
        DocumentStyle::setCell(table, row, 2, line.organisations);
        DocumentStyle::setCell(table, row, 3, line.positions);
        if (!line.lastCourse.isEmpty())
            DocumentStyle::setCellLines(table, row, 4, {line.lastCourse, line.lastTitle}, Qt::AlignLeft,
                                        DocumentStyle::kSmallPt);
        else
            DocumentStyle::setCell(table, row, 4, u"нет сведений"_s);
        for (int y = 0; y < TrainingPlan::kYears; ++y) {
            const QString &cell = line.years.at(y);
            if (cell.isEmpty())
                continue;
            ++perYear[y];
            if (cell == u"+")
                DocumentStyle::setCell(table, row, kFixedColumns + y, cell, false, Qt::AlignHCenter);
            else // a programme title, in the size of the titles of the last courses
                DocumentStyle::setCell(table, row, kFixedColumns + y, cell, false, Qt::AlignLeft,
                                       DocumentStyle::kSmallPt);
        }
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, kFixedColumns, u"Всего в плане: %1 чел."_s.arg(printed.size()), true);
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        DocumentStyle::setCell(table, row, kFixedColumns + y, u"Итого: %1 чел."_s.arg(perYear.at(y)), true);

    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
