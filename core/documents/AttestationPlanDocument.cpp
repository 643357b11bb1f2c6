#include "documents/AttestationPlanDocument.h"

#include "documents/DocumentText.h"
#include "documents/PlanGraphTable.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

constexpr int kFixedColumns = 6;
constexpr qreal kBodyPt = DocumentStyle::kSmallPt;
// «212 чел.» in bold on one line of a year column: 10 pt, the smallest size of tables.
constexpr qreal kTotalsPt = 10;

} // namespace

QString AttestationPlanDocument::title(int firstYear)
{
    return u"План-график аттестации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + AttestationPlan::kYears - 1);
}

std::unique_ptr<QTextDocument> AttestationPlanDocument::build(const AttestationDocumentData &data)
{
    // The year cells hold a short month name («сент.»): narrow columns, as
    // wide as the totals «212 чел.» in bold; the width goes to the names,
    // posts and the category held.
    PlanGraphTable::Form form{title(data.firstYear),
                              data.issuer,
                              data.approval,
                              {
                                  {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
                                  {u"Ф.И.О."_s, 19, Qt::AlignLeft},
                                  {u"Должность"_s, 13, Qt::AlignLeft},
                                  {u"Имеющаяся категория (СЗД), дата присвоения"_s, 13.5, Qt::AlignLeft},
                                  {u"Срок окончания"_s, 9, Qt::AlignHCenter},
                                  {u"Заявляемая категория (вид аттестации)"_s, 10, Qt::AlignLeft},
                              },
                              u"Нет педагогических работников, аттестуемых в эти годы."_s,
                              data.signature};
    for (int y = 0; y < AttestationPlan::kYears; ++y)
        form.columns.append({QString::number(data.firstYear + y), 6, Qt::AlignHCenter});

    const QList<AttestationLine> printed = AttestationLines::lines(
        data, QDate(data.firstYear, 1, 1), QDate(data.firstYear + AttestationPlan::kYears, 1, 1), true);
    QList<PlanGraphTable::Line> rows;
    rows.reserve(printed.size());
    QList<int> perYear(AttestationPlan::kYears, 0);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const AttestationLine &l = printed.at(i);
        QString wanted = l.wanted;
        if (l.lapsed)
            wanted += u" (срок истёк)"_s;
        const QStringList cells{QString::number(i + 1), l.fullName, DocumentText::shortPosts(l.positions), l.held, l.heldUntil, wanted};
        PlanGraphTable::Line row{l.organisation, {}};
        for (int c = 0; c < cells.size(); ++c)
            row.cells.append({cells.at(c), form.columns.at(c).alignment, kBodyPt});
        // The month in the column of its year; the other years stay empty.
        const int year = l.attest.year() - data.firstYear;
        ++perYear[year];
        for (int y = 0; y < AttestationPlan::kYears; ++y)
            row.cells.append(y == year ? PlanGraphTable::Cell{AttestationLines::shortMonth(l.attest.month()),
                                                              Qt::AlignHCenter, kBodyPt}
                                       : PlanGraphTable::Cell{});
        rows.append(std::move(row));
    }
    PlanGraphTable::Totals totals{kFixedColumns, u"Итого по годам (всего в плане: %1 чел.)"_s.arg(printed.size()), {}};
    for (int y = 0; y < AttestationPlan::kYears; ++y)
        totals.cells.append({u"%1 чел."_s.arg(perYear.at(y)), Qt::AlignHCenter, kTotalsPt});
    return PlanGraphTable::build(form, rows, totals);
}

} // namespace profrost
