#include "documents/AttestationScheduleDocument.h"

#include "documents/DocumentText.h"
#include "documents/PlanGraphTable.h"

#include <QHash>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Hundreds of rows: the body in 11 pt (the official style allows 10–12 pt in tables).
constexpr qreal kBodyPt = DocumentStyle::kSmallPt;
// The smallest size the official style allows in tables, for the texts that run long.
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
    // The columns of core/documents/README.md; the widths give the names and
    // the posts the room, the dates, months and the headers' longest words
    // («Заявляемая», «аттестации») one line each. Grouped by organisation,
    // the heading names the organisation: no «ОО» column repeats it, and
    // its width goes to the names, posts and categories.
    const bool byOrganisation = grouping == Grouping::ByOrganisation;
    PlanGraphTable::Form form{title(data.firstYear),
                              data.issuer,
                              data.approval,
                              {},
                              u"Нет педагогических работников, аттестуемых в этом году."_s,
                              data.signature};
    if (byOrganisation)
        form.columns = {
            {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
            {u"Ф.И.О."_s, 22, Qt::AlignLeft},
            {u"Должность"_s, 17, Qt::AlignLeft},
            {u"Имеющаяся категория (СЗД), дата присвоения"_s, 14.5, Qt::AlignLeft},
            {u"Срок окончания"_s, 9, Qt::AlignHCenter},
            {u"Заявляемая категория (вид аттестации)"_s, 12, Qt::AlignLeft},
            {u"Месяц подачи заявления"_s, 10, Qt::AlignHCenter},
            {u"Месяц аттестации"_s, 10, Qt::AlignHCenter},
        };
    else
        form.columns = {
            {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
            {u"Ф.И.О."_s, 17, Qt::AlignLeft},
            {u"ОО"_s, 13, Qt::AlignLeft},
            {u"Должность"_s, 13, Qt::AlignLeft},
            {u"Имеющаяся категория (СЗД), дата присвоения"_s, 12.5, Qt::AlignLeft},
            {u"Срок окончания"_s, 9, Qt::AlignHCenter},
            {u"Заявляемая категория (вид аттестации)"_s, 10, Qt::AlignLeft},
            {u"Месяц подачи заявления"_s, 10, Qt::AlignHCenter},
            {u"Месяц аттестации"_s, 10, Qt::AlignHCenter},
        };

    const QList<AttestationLine> printed =
        AttestationLines::lines(data, QDate(data.firstYear, 1, 1), QDate(data.firstYear + 1, 1, 1), byOrganisation);
    auto groupOf = [&](const AttestationLine &l) {
        return byOrganisation ? l.organisation : capitalised(AttestationText::monthName(l.attest.year(), l.attest.month()));
    };
    QHash<QString, int> perGroup;
    for (const AttestationLine &l : printed)
        ++perGroup[groupOf(l)];

    QList<PlanGraphTable::Line> rows;
    rows.reserve(printed.size());
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const AttestationLine &l = printed.at(i);
        const QString group = groupOf(l);
        QString wanted = l.wanted;
        if (l.lapsed)
            wanted += u" (срок истёк)"_s;
        QStringList cells{QString::number(i + 1), l.fullName, l.organisationShort, DocumentText::shortPosts(l.positions), l.held, l.heldUntil,
                          wanted, l.applyMonth, l.attestMonth};
        if (byOrganisation) {
            // The heading names the organisation of the first post; posts
            // in several say where: «учитель; педагог-организатор (СОШ № 3; ДДТ)».
            if (l.organisationShort.contains(u';'))
                cells[3] += u" ("_s + l.organisationShort + u')';
            cells.removeAt(2);
        }
        // The long texts (ОО, posts, category held) in 10 pt.
        const int firstDetail = 2, lastDetail = byOrganisation ? 3 : 4;
        PlanGraphTable::Line row{u"%1 — %2 чел."_s.arg(group).arg(perGroup.value(group)), {}};
        for (int c = 0; c < cells.size(); ++c)
            row.cells.append({cells.at(c), form.columns.at(c).alignment,
                              c >= firstDetail && c <= lastDetail ? kDetailPt : kBodyPt});
        rows.append(std::move(row));
    }
    return PlanGraphTable::build(form, rows, {int(form.columns.size()), AttestationLines::totals(printed), {}});
}

} // namespace profrost
