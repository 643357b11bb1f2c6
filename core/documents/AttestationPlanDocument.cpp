#include "documents/AttestationPlanDocument.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

constexpr int kFixedColumns = 6;
constexpr qreal kBodyPt = DocumentStyle::kSmallPt;

} // namespace

QString AttestationPlanDocument::title(int firstYear)
{
    return u"План-график аттестации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + AttestationPlan::kYears - 1);
}

std::unique_ptr<QTextDocument> AttestationPlanDocument::build(const AttestationDocumentData &data)
{
    const QString heading = title(data.firstYear);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval);
    QStringList titleLines{heading};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    const QList<AttestationLine> printed = AttestationLines::lines(
        data, QDate(data.firstYear, 1, 1), QDate(data.firstYear + AttestationPlan::kYears, 1, 1), true);
    int groups = 0;
    for (qsizetype i = 0; i < printed.size(); ++i) {
        if (i == 0 || printed.at(i).organisation != printed.at(i - 1).organisation)
            ++groups;
    }

    // The year cells hold a short month name («сент.»): narrow columns, and
    // the width goes to the names, posts and the category held.
    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Ф.И.О."_s, 20, Qt::AlignLeft},
        {u"Должность"_s, 13.5, Qt::AlignLeft},
        {u"Имеющаяся категория (СЗД), дата присвоения"_s, 13.5, Qt::AlignLeft},
        {u"Срок окончания"_s, 9, Qt::AlignHCenter},
        {u"Заявляемая категория (вид аттестации)"_s, 11, Qt::AlignLeft},
    };
    for (int y = 0; y < AttestationPlan::kYears; ++y)
        columns.append({QString::number(data.firstYear + y), 5.4, Qt::AlignHCenter});

    const int bodyRows = int(printed.size()) + groups + (printed.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.6);

    QList<int> perYear(AttestationPlan::kYears, 0);
    int row = 1;
    if (printed.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, u"Нет педагогических работников, аттестуемых в эти годы."_s,
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const AttestationLine &l = printed.at(i);
        if (i == 0 || l.organisation != printed.at(i - 1).organisation)
            DocumentStyle::setSpanningRow(table, row++, l.organisation);
        QString wanted = l.wanted;
        if (l.lapsed)
            wanted += u" (срок истёк)"_s;
        const QStringList cells{QString::number(i + 1), l.fullName, l.positions, l.held, l.heldUntil, wanted};
        for (int c = 0; c < cells.size(); ++c)
            DocumentStyle::setCell(table, row, c, cells.at(c), false, columns.at(c).alignment, kBodyPt);
        const int year = l.attest.year() - data.firstYear;
        ++perYear[year];
        DocumentStyle::setCell(table, row, kFixedColumns + year, AttestationLines::shortMonth(l.attest.month()),
                               false, Qt::AlignHCenter, kBodyPt);
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, kFixedColumns,
                                 u"Итого по годам (всего в плане: %1 чел.)"_s.arg(printed.size()), true);
    for (int y = 0; y < AttestationPlan::kYears; ++y)
        DocumentStyle::setCell(table, row, kFixedColumns + y, u"%1 чел."_s.arg(perYear.at(y)), true,
                               Qt::AlignHCenter, kBodyPt);

    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
