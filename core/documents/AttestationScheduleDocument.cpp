#include "documents/AttestationScheduleDocument.h"

#include <QHash>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Hundreds of rows: the body in 11 pt (forms.md allows 10–12 pt in tables).
constexpr qreal kBodyPt = DocumentStyle::kSmallPt;
// The smallest size forms.md allows in tables, for the texts that run long.
constexpr qreal kDetailPt = 10;

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

QString AttestationScheduleDocument::title(int year)
{
    return u"План-график аттестации педагогических работников на %1 год"_s.arg(year);
}

std::unique_ptr<QTextDocument> AttestationScheduleDocument::build(const AttestationDocumentData &data,
                                                                  Grouping grouping)
{
    const QString heading = title(data.firstYear);
    // Nine columns need the width of a landscape page.
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval);
    QStringList titleLines{heading};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    const bool byOrganisation = grouping == Grouping::ByOrganisation;
    const QList<AttestationLine> printed =
        AttestationLines::lines(data, QDate(data.firstYear, 1, 1), QDate(data.firstYear + 1, 1, 1), byOrganisation);
    auto groupOf = [&](const AttestationLine &l) {
        return byOrganisation ? l.organisation : capitalised(AttestationText::monthName(l.attest.year(), l.attest.month()));
    };
    QHash<QString, int> perGroup;
    for (const AttestationLine &l : printed)
        ++perGroup[groupOf(l)];

    // The columns of forms.md; the widths give the names and the
    // organisations the room, the dates and months one line each.
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Ф.И.О."_s, 16.5, Qt::AlignLeft},
        {u"ОО"_s, 13, Qt::AlignLeft},
        {u"Должность"_s, 13, Qt::AlignLeft},
        {u"Имеющаяся категория (СЗД), дата присвоения"_s, 12.5, Qt::AlignLeft},
        {u"Срок окончания"_s, 9, Qt::AlignHCenter},
        {u"Заявляемая категория (вид аттестации)"_s, 11, Qt::AlignLeft},
        {u"Месяц подачи заявления"_s, 9.5, Qt::AlignHCenter},
        {u"Месяц аттестации"_s, 9.5, Qt::AlignHCenter},
    };
    const int bodyRows = int(printed.size() + perGroup.size()) + (printed.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.6);

    int row = 1;
    if (printed.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, u"Нет педагогических работников, аттестуемых в этом году."_s,
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const AttestationLine &l = printed.at(i);
        const QString group = groupOf(l);
        if (i == 0 || group != groupOf(printed.at(i - 1)))
            DocumentStyle::setSpanningRow(table, row++, u"%1 — %2 чел."_s.arg(group).arg(perGroup.value(group)));
        QString wanted = l.wanted;
        if (l.lapsed)
            wanted += u" (срок истёк)"_s;
        const QStringList cells{QString::number(i + 1), l.fullName, l.organisationShort, l.positions, l.held, l.heldUntil,
                                wanted, l.applyMonth, l.attestMonth};
        for (int c = 0; c < cells.size(); ++c) // the long texts (ОО, posts, category held) in 10 pt
            DocumentStyle::setCell(table, row, c, cells.at(c), false, columns.at(c).alignment,
                                   c >= 2 && c <= 4 ? kDetailPt : kBodyPt);
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, int(columns.size()), AttestationLines::totals(printed), true);

    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
