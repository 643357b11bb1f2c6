#include "documents/DeficitMapDocument.h"

#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The figures of a cell on two lines: the share, then «3 из 8».
QStringList cellLines(const DeficitCell &c)
{
    if (c.diagnosed == 0)
        return {u"—"_s};
    return {DiagnosisText::percentText(c.shareTenths() * 10), u"%1 из %2"_s.arg(c.deficits).arg(c.diagnosed)};
}

// The areas' names with soft hyphens where Russian breaks them: a figure's
// column is a tenth of the page, narrower than «Коммуникативная» in bold.
// A default area under its default name has them written in; another name
// (an added or renamed area) is printed as it is.
QString printedHeader(const CompetencyArea &area)
{
    const QString name = TrainingText::russian(area);
    if (name != CompetencyAreas::defaults().name(area))
        return upperFirst(name);
    if (area == CompetencyArea::Subject)
        return u"Пред\u00admетная"_s;
    if (area == CompetencyArea::Methodical)
        return u"Методи\u00adческая"_s;
    if (area == CompetencyArea::Psychological)
        return u"Психолого-педагоги\u00adческая"_s;
    if (area == CompetencyArea::Communicative)
        return u"Коммуни\u00adкативная"_s;
    if (area == CompetencyArea::FunctionalLiteracy)
        return u"Функцио\u00adнальная грамот\u00adность"_s;
    return upperFirst(name);
}

void colour(QTextTable *table, int row, int column, const DeficitCell &c)
{
    const quint32 rgb = DeficitMapBuilder::levelFill(c.level());
    if (rgb == 0)
        return;
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(QColor(QRgb(rgb)));
    cell.setFormat(format);
}

} // namespace

QString DeficitMapDocument::title()
{
    return u"Карта профессиональных дефицитов педагогических работников"_s;
}

std::unique_ptr<QTextDocument> DeficitMapDocument::build(const DeficitMapDocumentData &data)
{
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, title());
    QTextCursor cursor(doc.get());
    QStringList titleLines{title(), data.scopeText};
    if (!data.issuer.trimmed().isEmpty())
        titleLines.insert(1, data.issuer.trimmed());
    DocumentStyle::insertTitle(cursor, titleLines);

    const DeficitMap &map = data.map;
    // The number and the name take 28 % of the width, the figures share the rest.
    const qreal figures = map.areas.size() + 1;
    const qreal figureWidth = 72.0 / figures;
    QList<DocumentStyle::Column> columns{{u"№ п/п"_s, 4.5, Qt::AlignHCenter},
                                         {DeficitMapBuilder::groupingRussian(data.grouping), 23.5, Qt::AlignLeft}};
    for (CompetencyArea area : map.areas)
        columns.append({printedHeader(area), figureWidth, Qt::AlignHCenter});
    columns.append({u"Хотя бы один дефицит"_s, figureWidth, Qt::AlignHCenter});

    const int bodyRows = map.rows.isEmpty() ? 1 : int(map.rows.size()) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.6);
    if (map.rows.isEmpty()) {
        DocumentStyle::setSpanningRow(table, 1, u"Результатов диагностики за выбранный период нет."_s, Qt::AlignHCenter);
    } else {
        const auto fill = [&](int row, const DeficitMapRow &r, const QString &number, const QString &label, bool bold) {
            DocumentStyle::setCell(table, row, 0, number, bold, Qt::AlignHCenter, DocumentStyle::kSmallPt);
            DocumentStyle::setCell(table, row, 1, label, bold, Qt::AlignLeft, DocumentStyle::kSmallPt);
            for (qsizetype i = 0; i <= r.cells.size(); ++i) {
                const DeficitCell &c = i < r.cells.size() ? r.cells[i] : r.anyArea;
                const int column = int(i) + 2;
                DocumentStyle::setCellLines(table, row, column, cellLines(c), Qt::AlignHCenter, DocumentStyle::kSmallPt);
                colour(table, row, column, c);
            }
        };
        for (qsizetype i = 0; i < map.rows.size(); ++i)
            fill(int(i) + 1, map.rows[i], QString::number(i + 1),
                 map.rows[i].key == DeficitMapBuilder::kUnplaced ? DeficitMapBuilder::unplacedRussian(data.grouping)
                                                                 : map.rows[i].label,
                 false);
        fill(int(map.rows.size()) + 1, map.total, QString(), u"Итого"_s, true);
    }

    DocumentStyle::insertParagraph(
        cursor,
        u"В ячейке — доля педагогов с дефицитом среди прошедших диагностику в области и их число (с дефицитом из "
        "прошедших); в строке «Итого» каждый педагог учтён один раз. Дефицит — результат ниже %1, по функциональной "
        "грамотности — ниже %2. Педагоги отнесены к %3 по местам работы на %4."_s
            .arg(DiagnosisText::percentText(data.thresholds.deficitBelow),
                 DiagnosisText::percentText(data.thresholds.literacyPassedAt),
                 data.grouping == DeficitGrouping::Subject        ? u"предметам"_s
                     : data.grouping == DeficitGrouping::Municipality ? u"муниципальным образованиям"_s
                                                                      : u"организациям"_s,
                 DateText::numeric(data.placesOn)),
        DocumentStyle::kTablePt);
    DocumentStyle::insertParagraph(cursor,
                                   u"Цвет ячейки: зелёный — %1, жёлтый — %2, красный — %3 педагогов с дефицитом."_s
                                       .arg(DeficitMapBuilder::levelRussian(DeficitLevel::Low),
                                            DeficitMapBuilder::levelRussian(DeficitLevel::Medium),
                                            DeficitMapBuilder::levelRussian(DeficitLevel::High)),
                                   DocumentStyle::kTablePt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
