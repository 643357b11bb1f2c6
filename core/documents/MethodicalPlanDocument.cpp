#include "documents/MethodicalPlanDocument.h"

#include "documents/DocumentText.h"

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

void insertHeading(QTextCursor &cursor, const MethodicalPlan &plan)
{
    if (!plan.theme.trimmed().isEmpty())
        DocumentText::labelled(cursor, u"Методическая тема:"_s, plan.theme.trimmed());
    if (!plan.goal.trimmed().isEmpty())
        DocumentText::labelled(cursor, u"Цель:"_s, plan.goal.trimmed());
    const QStringList tasks = nonEmptyLines(plan.tasks);
    if (!tasks.isEmpty()) {
        DocumentText::labelled(cursor, u"Задачи:"_s, QString());
        for (qsizetype i = 0; i < tasks.size(); ++i)
            DocumentText::paragraph(cursor, {{u"%1. %2"_s.arg(i + 1).arg(tasks.at(i)), false}}, Qt::AlignLeft,
                                    true, 0);
    }
}

void meetingsTable(QTextCursor &cursor, const MethodicalPlan &plan)
{
    const bool association = plan.kind == PlanKind::RmoYear;
    const QList<DocumentStyle::Column> columns{
        // The topic with its questions is the widest; the others as wide as
        // their longest word in 12 pt: «№ п/п» on one line, «ориентированный»
        // of «практико-ориентированный» in the form column, a date
        // «16.09.2026» in the term, the header «Ответственные».
        {u"№ п/п"_s, 8.5, Qt::AlignHCenter},
        {association ? u"Тема заседания (вопросы для обсуждения)"_s : u"Наименование мероприятия"_s, 36, Qt::AlignLeft},
        {u"Форма проведения"_s, 22, Qt::AlignLeft},
        {u"Сроки"_s, 13.5, Qt::AlignHCenter},
        {u"Ответственные"_s, 20, Qt::AlignLeft},
    };
    const int rows = plan.items.isEmpty() ? 1 : int(plan.items.size());
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, rows);
    if (plan.items.isEmpty()) {
        DocumentStyle::setSpanningRow(table, 1, u"Мероприятия не запланированы."_s, Qt::AlignHCenter);
        return;
    }
    int meeting = 0;
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        const int row = i + 1;
        DocumentStyle::setCell(table, row, 0, u"%1."_s.arg(i + 1), false, Qt::AlignHCenter);
        QStringList lines = nonEmptyLines(item.title);
        // core/documents/README.md: each meeting as «Заседание № 1» with its questions
        // below — unless the head already wrote the title that way.
        if (item.isMeeting) {
            ++meeting;
            if (lines.isEmpty() || !lines.first().startsWith(u"Заседание"_s))
                lines.prepend(u"Заседание № %1"_s.arg(meeting));
        }
        DocumentStyle::setCellLines(table, row, 1, lines);
        DocumentStyle::setCell(table, row, 2, item.form, false, columns.at(2).alignment);
        DocumentStyle::setCell(table, row, 3, PlanText::term(item), false, columns.at(3).alignment);
        DocumentStyle::setCellLines(table, row, 4, nonEmptyLines(item.responsible));
    }
}

// The roadmap numbers an event within its stage, as the document does: 1.1,
// 1.2 … 2.1; events outside any stage plainly, «1.».
QString roadmapNumber(int stage, int number)
{
    return stage > 0 ? u"%1.%2"_s.arg(stage).arg(number) : u"%1."_s.arg(number);
}

void roadmapTable(QTextCursor &cursor, const MethodicalPlan &plan)
{
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Наименование мероприятия"_s, 26, Qt::AlignLeft},
        {u"Планируемые результаты"_s, 28, Qt::AlignLeft},
        {u"Сроки"_s, 11, Qt::AlignHCenter},
        {u"Уровни реализации"_s, 14, Qt::AlignLeft},
        {u"Ответственные"_s, 15, Qt::AlignLeft},
    };
    // Stage rows first, then items without a stage at the end.
    QList<int> order;
    for (int stage = 1; stage <= plan.stages.size(); ++stage)
        order << stage;
    order << 0;
    int rows = 0;
    for (int stage : order) {
        int count = 0;
        for (const PlanItem &item : plan.items)
            count += item.stage == stage ? 1 : 0;
        if (count > 0 || stage != 0)
            rows += count + (stage != 0 ? 1 : 0);
    }
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, qMax(rows, 1));
    if (rows == 0) {
        DocumentStyle::setSpanningRow(table, 1, u"Мероприятия не запланированы."_s, Qt::AlignHCenter);
        return;
    }
    int row = 1;
    for (int stage : order) {
        if (stage != 0)
            DocumentStyle::setSpanningRow(table, row++, plan.stages.at(stage - 1));
        int number = 0;
        for (const PlanItem &item : plan.items) {
            if (item.stage != stage)
                continue;
            DocumentStyle::setCell(table, row, 0, roadmapNumber(stage, ++number), false, Qt::AlignHCenter);
            DocumentStyle::setCellLines(table, row, 1, nonEmptyLines(item.title));
            DocumentStyle::setCellLines(table, row, 2, nonEmptyLines(item.result), Qt::AlignLeft,
                                        DocumentStyle::kTablePt);
            DocumentStyle::setCell(table, row, 3, PlanText::term(item), false, Qt::AlignHCenter);
            DocumentStyle::setCellLines(table, row, 4, nonEmptyLines(item.level));
            DocumentStyle::setCellLines(table, row, 5, nonEmptyLines(item.responsible));
            ++row;
        }
    }
}

} // namespace

std::unique_ptr<QTextDocument> MethodicalPlanDocument::build(const PlanDocumentData &data)
{
    const MethodicalPlan &plan = data.plan;
    const bool roadmap = plan.kind == PlanKind::Roadmap;
    // Six columns with results need the width of a landscape page.
    std::unique_ptr<QTextDocument> doc =
        DocumentStyle::createDocument(roadmap ? QPageLayout::Landscape : QPageLayout::Portrait, plan.title);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, data.approval, data.review);
    DocumentStyle::insertTitle(cursor, {plan.title});
    insertHeading(cursor, plan);
    if (roadmap)
        roadmapTable(cursor, plan);
    else
        meetingsTable(cursor, plan);
    DocumentStyle::insertSignatures(cursor, data.signatures);
    return doc;
}

} // namespace profrost
