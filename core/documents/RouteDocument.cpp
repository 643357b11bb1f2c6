#include "documents/RouteDocument.h"

#include "documents/DocumentText.h"
#include "domain/DateText.h"
#include "domain/MethodicalPlan.h"
#include "domain/RouteRules.h"
#include "util/TextNormalize.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

QString RouteDocument::title()
{
    return u"Индивидуальный образовательный маршрут педагога"_s;
}

QString RouteDocument::yearsText(int years)
{
    const int lastTwo = years % 100, last = years % 10;
    const QString word = (lastTwo >= 11 && lastTwo <= 14) ? u"лет"_s
        : last == 1                                      ? u"год"_s
        : (last >= 2 && last <= 4)                       ? u"года"_s
                                                         : u"лет"_s;
    return u"%1 %2"_s.arg(years).arg(word);
}

std::unique_ptr<QTextDocument> RouteDocument::build(const RouteDocumentData &data)
{
    const IndividualRoute &route = data.route;
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, title());
    QTextCursor cursor(doc.get());
    if (data.schoolApproval)
        DocumentStyle::insertApproval(cursor, data.approval);
    DocumentStyle::insertTitle(cursor, {title(), u"на %1 учебный год"_s.arg(PlanText::academicYear(route.startYear))});

    // The teacher's data in three lines, so that a route of a few
    // activities stays on one page with its signatures.
    QList<DocumentText::Run> who{{u"Ф.И.О. педагога:"_s, true}, {u" "_s + data.teacher + u". "_s, false},
                                 {u"Должность:"_s, true}, {u" "_s + data.positions, false}};
    if (!data.subjects.isEmpty())
        who << DocumentText::Run{u", предмет: "_s + data.subjects, false};
    who << DocumentText::Run{u"."_s, false};
    DocumentText::paragraph(cursor, who, Qt::AlignLeft, false);
    QString facts = data.experienceYears >= 0 ? u"педагогический стаж — "_s + yearsText(data.experienceYears) + u"; "_s
                                              : QString();
    facts += u"квалификационная категория — "_s + (data.category.isEmpty() ? u"без категории"_s : data.category) + u"."_s;
    DocumentText::paragraph(cursor,
                            {{u"Образовательная организация:"_s, true}, {u" "_s + data.organisation + u"; "_s, false},
                             {facts, false}},
                            Qt::AlignLeft, false);
    DocumentText::labelled(cursor, u"Куратор (наставник, методист):"_s, route.curator, false);

    QStringList deficits;
    for (CompetencyArea area : route.deficits) {
        QString text = TrainingText::russianPlural(area);
        if (const auto score = data.latest.constFind(area); score != data.latest.cend())
            text += u" (%1)"_s.arg(DiagnosisText::percentText(score->hundredths));
        deficits << text;
    }
    DocumentText::labelled(cursor, u"Выявленные профессиональные дефициты:"_s,
                           deficits.isEmpty() ? u"не выявлены"_s : deficits.join(u"; "_s) + u"."_s, false);
    DocumentText::labelled(cursor, u"Цель:"_s, route.goal, false);
    QStringList tasks;
    for (const QString &task : route.tasks.split(u'\n', Qt::SkipEmptyParts))
        tasks << u"%1) %2"_s.arg(tasks.size() + 1).arg(task.trimmed());
    if (!tasks.isEmpty())
        DocumentText::labelled(cursor, u"Задачи:"_s, tasks.join(u"; "_s) + u"."_s, false);

    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 5, Qt::AlignHCenter},
        {u"Выявленный дефицит"_s, 13, Qt::AlignLeft},
        {u"Задача (ожидаемый результат)"_s, 20, Qt::AlignLeft},
        {u"Мероприятия (форма работы)"_s, 25, Qt::AlignLeft},
        {u"Сроки"_s, 11, Qt::AlignHCenter},
        {u"Форма предъявления результата"_s, 15, Qt::AlignLeft},
        {u"Отметка о выполнении"_s, 11, Qt::AlignHCenter},
    };
    const int bodyRows = route.activities.isEmpty() ? 1 : int(route.activities.size());
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.8);
    if (route.activities.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Мероприятия не запланированы."_s, Qt::AlignHCenter);
    for (qsizetype i = 0; i < route.activities.size(); ++i) {
        const RouteActivity &a = route.activities[i];
        const int row = int(i) + 1;
        const RouteStatus status = RouteRules::effectiveStatus(a, route.startYear, data.finished);
        // The kind says the form of work; the title what it is.
        const QString activity = upperFirst(RouteText::russian(a.kind)) + u": "_s + a.title;
        const QStringList cells{QString::number(row), a.hasArea ? upperFirst(TrainingText::russianPlural(a.area)) : QString(),
                                a.expectedResult, activity, DateText::period(a.starts, a.ends), a.evidence,
                                status == RouteStatus::Planned ? QString() : RouteText::russian(status)};
        for (int c = 0; c < cells.size(); ++c)
            DocumentStyle::setCell(table, row, c, cells[c], false, columns[c].alignment, DocumentStyle::kSmallPt);
    }
    DocumentStyle::insertSignatures(cursor, {data.teacherSignature, data.curatorSignature});
    return doc;
}

} // namespace profrost
