#include "documents/EffectDocument.h"

#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

using B = RouteEffectBuilder;

QString area(CompetencyArea a) { return upperFirst(TrainingText::russian(a)); }

// «12» or «3*»: the teachers behind a figure, marked when too few for a trend.
QString teachersText(const EffectFigure &f)
{
    return QString::number(f.teachers) + (f.isFew() ? u"*"_s : QString());
}

// The figures' cells of a row, from `first` on: teachers, before, after,
// change, deficits before, removed.
void setFigures(QTextTable *table, int row, int first, const EffectFigure &f)
{
    const QStringList cells{teachersText(f),
                            B::meanText(f.meanBeforeTenths()),
                            B::meanText(f.meanAfterTenths()),
                            B::changeText(f.meanChangeTenths()),
                            u"%1 / %2"_s.arg(f.deficitsBefore).arg(f.removed)};
    for (qsizetype i = 0; i < cells.size(); ++i)
        DocumentStyle::setCell(table, row, first + int(i), cells[i], false, Qt::AlignHCenter, DocumentStyle::kSmallPt);
}

const QList<DocumentStyle::Column> figureColumns{{u"Педа\u00adгогов"_s, 11, Qt::AlignHCenter},
                                                 {u"До, %"_s, 9.5, Qt::AlignHCenter},
                                                 {u"После, %"_s, 10.5, Qt::AlignHCenter},
                                                 {u"Изме\u00adнение, п.п."_s, 11.5, Qt::AlignHCenter},
                                                 {u"Дефицит был / устранён"_s, 13.5, Qt::AlignHCenter}};

void heading(QTextCursor &cursor, const QString &text)
{
    DocumentStyle::insertParagraph(cursor, text, DocumentStyle::kTextPt, true);
    QTextBlockFormat format = cursor.blockFormat();
    format.setProperty(DocumentStyle::kKeepWithNext, true);
    cursor.setBlockFormat(format);
}

// Rows grouped under their label (a programme, an organisation): a spanning
// heading, then one row per area.
void groupedTable(QTextCursor &cursor, const QList<EffectRow> &rows, const QString &none)
{
    QList<DocumentStyle::Column> columns{{u"№ п/п"_s, 8.5, Qt::AlignHCenter},
                                         {u"Область компетенций"_s, 35.5, Qt::AlignLeft}};
    columns << figureColumns;
    int bodyRows = 0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        bodyRows += (i == 0 || rows[i].key != rows[i - 1].key) ? 2 : 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(bodyRows, 1), 0.6);
    if (rows.isEmpty()) {
        DocumentStyle::setSpanningRow(table, 1, none, Qt::AlignHCenter);
        return;
    }
    int row = 1, group = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows[i].key != rows[i - 1].key) {
            // A heading across the whole row, numbered: kept with its first row on paper (PageFlow).
            ++group;
            DocumentStyle::setSpanningRow(table, row, u"%1. %2"_s.arg(group).arg(rows[i].label));
            ++row;
        }
        DocumentStyle::setCell(table, row, 1, area(rows[i].area), false, Qt::AlignLeft, DocumentStyle::kSmallPt);
        setFigures(table, row, 2, rows[i].figure);
        ++row;
    }
}

} // namespace

QString EffectDocument::title() { return u"Результативность индивидуальных образовательных маршрутов"_s; }

std::unique_ptr<QTextDocument> EffectDocument::build(const EffectDocumentData &data)
{
    const RouteEffect &effect = data.effect;
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Portrait, title());
    QTextCursor cursor(doc.get());
    QStringList titleLines{title(), u"изменение результатов диагностики профессиональных дефицитов после выполнения "
                                    "мероприятий маршрутов, на "_s
                                        + DateText::numeric(effect.placesOn)};
    if (!data.issuer.trimmed().isEmpty())
        titleLines.insert(1, data.issuer.trimmed());
    DocumentStyle::insertTitle(cursor, titleLines);

    DocumentStyle::insertParagraph(
        cursor,
        u"Повторно прошли диагностику после выполненных мероприятий маршрутов: %1 чел. «До» — последний результат "
        "по области компетенций на начало мероприятий, «после» — первый результат после их окончания; изменение — "
        "в процентных пунктах (п.п.), среднее по педагогам. Дефицит — результат ниже %2, по функциональной "
        "грамотности — ниже %3. Знаком «*» отмечены показатели, за которыми менее %4 педагогов: по ним нельзя "
        "судить о тенденции."_s.arg(effect.teachers)
            .arg(DiagnosisText::percentText(effect.thresholds.deficitBelow),
                 DiagnosisText::percentText(effect.thresholds.literacyPassedAt))
            .arg(RouteEffect::kFewTeachers),
        DocumentStyle::kTablePt);

    heading(cursor, u"1. По областям компетенций"_s);
    {
        QList<DocumentStyle::Column> columns{{u"№ п/п"_s, 8.5, Qt::AlignHCenter},
                                             {u"Область компетенций"_s, 35.5, Qt::AlignLeft}};
        columns << figureColumns;
        QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(1, int(effect.byArea.size())), 0.6);
        if (effect.byArea.isEmpty())
            DocumentStyle::setSpanningRow(table, 1, u"Повторной диагностики после мероприятий маршрутов не было."_s,
                                          Qt::AlignHCenter);
        for (qsizetype i = 0; i < effect.byArea.size(); ++i) {
            const int row = int(i) + 1;
            DocumentStyle::setCell(table, row, 0, QString::number(i + 1), false, Qt::AlignHCenter,
                                   DocumentStyle::kSmallPt);
            DocumentStyle::setCell(table, row, 1, area(effect.byArea[i].area), false, Qt::AlignLeft,
                                   DocumentStyle::kSmallPt);
            setFigures(table, row, 2, effect.byArea[i].figure);
        }
    }

    heading(cursor, u"2. По программам повышения квалификации"_s);
    DocumentStyle::insertParagraph(cursor,
                                   u"Курс — по областям, которые программа развивает по каталогу (или указанной в "
                                   "маршруте), результаты до начала курса и после его окончания."_s,
                                   DocumentStyle::kTablePt);
    groupedTable(cursor, effect.byProgramme, u"Курсов из каталога с повторной диагностикой после них нет."_s);

    heading(cursor, u"3. По организациям"_s);
    DocumentStyle::insertParagraph(cursor,
                                   u"Педагоги отнесены к организациям по местам работы на %1."_s.arg(
                                       DateText::numeric(effect.placesOn)),
                                   DocumentStyle::kTablePt);
    groupedTable(cursor, effect.byOrganisation, u"Повторной диагностики после мероприятий маршрутов не было."_s);

    heading(cursor, u"4. По педагогам"_s);
    {
        const QList<DocumentStyle::Column> columns{{u"№ п/п"_s, 8.5, Qt::AlignHCenter},
                                                   {u"Область компетенций"_s, 28.5, Qt::AlignLeft},
                                                   {u"До, % (дата)"_s, 16, Qt::AlignHCenter},
                                                   {u"После, % (дата)"_s, 16, Qt::AlignHCenter},
                                                   {u"Изме\u00adнение, п.п."_s, 13, Qt::AlignHCenter},
                                                   {u"Дефицит"_s, 18, Qt::AlignHCenter}};
        int bodyRows = 0;
        const QList<ScoreChange> &changes = effect.byTeacher;
        const auto newGroup = [&](qsizetype i) {
            return i == 0 || changes[i].teacherId != changes[i - 1].teacherId
                || changes[i].startYear != changes[i - 1].startYear;
        };
        for (qsizetype i = 0; i < changes.size(); ++i)
            bodyRows += newGroup(i) ? 2 : 1;
        QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(bodyRows, 1), 0.6);
        if (changes.isEmpty())
            DocumentStyle::setSpanningRow(table, 1, u"Повторной диагностики после мероприятий маршрутов не было."_s,
                                          Qt::AlignHCenter);
        int row = 1, group = 0;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const ScoreChange &c = changes[i];
            if (newGroup(i)) {
                ++group;
                QString label = c.teacherName;
                if (!c.places.isEmpty())
                    label += u", "_s + c.places;
                label += u" (ИОМ на %1/%2 уч. г.)"_s.arg(c.startYear).arg(c.startYear + 1);
                DocumentStyle::setSpanningRow(table, row, u"%1. %2"_s.arg(group).arg(label));
                ++row;
            }
            const auto small = [&](int column, const QString &text, Qt::Alignment alignment = Qt::AlignHCenter) {
                DocumentStyle::setCell(table, row, column, text, false, alignment, DocumentStyle::kSmallPt);
            };
            small(1, area(c.area), Qt::AlignLeft);
            small(2, u"%1 (%2)"_s.arg(DiagnosisText::numberText(c.before), c.beforeOn.toString(u"dd.MM.yy"_s)));
            small(3, u"%1 (%2)"_s.arg(DiagnosisText::numberText(c.after), c.afterOn.toString(u"dd.MM.yy"_s)));
            small(4, B::changeText(c.changeTenths()));
            small(5, B::outcomeRussian(c.outcome()));
            ++row;
        }
    }
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

QList<TableSheet> EffectDocument::sheets(const RouteEffect &effect)
{
    const QStringList figures{u"Педагогов"_s,      u"До, %"_s,         u"После, %"_s, u"Изменение, п.п."_s,
                              u"Дефицит был"_s,    u"Дефицит устранён"_s, u"Мало данных"_s};
    const auto figureCells = [](const EffectFigure &f) {
        return QStringList{QString::number(f.teachers),
                           B::meanText(f.meanBeforeTenths()),
                           B::meanText(f.meanAfterTenths()),
                           B::changeText(f.meanChangeTenths()),
                           QString::number(f.deficitsBefore),
                           QString::number(f.removed),
                           f.isFew() ? u"да"_s : QString()};
    };
    TableSheet areas{u"По областям"_s, QStringList{u"Область компетенций"_s} + figures, {}, {}};
    for (const EffectRow &r : effect.byArea)
        areas.rows << QStringList{area(r.area)} + figureCells(r.figure);
    TableSheet programmes{u"По программам"_s, QStringList{u"Программа"_s, u"Область компетенций"_s} + figures, {}, {}};
    for (const EffectRow &r : effect.byProgramme)
        programmes.rows << QStringList{r.label, area(r.area)} + figureCells(r.figure);
    TableSheet organisations{u"По организациям"_s, QStringList{u"Организация"_s, u"Область компетенций"_s} + figures,
                             {}, {}};
    for (const EffectRow &r : effect.byOrganisation)
        organisations.rows << QStringList{r.label, area(r.area)} + figureCells(r.figure);
    TableSheet teachers{u"По педагогам"_s,
                        {u"Ф.И.О."_s, u"Организация"_s, u"Учебный год ИОМ"_s, u"Область компетенций"_s, u"До, %"_s,
                         u"Дата до"_s, u"После, %"_s, u"Дата после"_s, u"Изменение, п.п."_s, u"Дефицит"_s,
                         u"Выполненные мероприятия"_s},
                        {},
                        {}};
    for (const ScoreChange &c : effect.byTeacher) {
        teachers.rows << QStringList{c.teacherName,
                                     c.places,
                                     u"%1/%2"_s.arg(c.startYear).arg(c.startYear + 1),
                                     area(c.area),
                                     DiagnosisText::numberText(c.before),
                                     DateText::numeric(c.beforeOn),
                                     DiagnosisText::numberText(c.after),
                                     DateText::numeric(c.afterOn),
                                     B::changeText(c.changeTenths()),
                                     B::outcomeRussian(c.outcome()),
                                     c.work.join(u"; "_s)};
    }
    return {areas, programmes, organisations, teachers};
}

} // namespace profrost
