#include "documents/ExpiringCategoriesDocument.h"

#include "domain/DateText.h"
#include "io/TableWriter.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

QString ExpiringCategoriesDocument::title()
{
    return u"Список педагогических работников, у которых истекает срок действия квалификационной категории"_s;
}

QStringList ExpiringCategoriesDocument::tableHeader()
{
    return {u"ФИО"_s, u"Организация"_s, u"Должность"_s, u"Категория"_s, u"Дата присвоения"_s,
            u"Действительна до"_s, u"Состояние"_s};
}

QList<QStringList> ExpiringCategoriesDocument::tableCells(const QList<ExpiringCategory> &items)
{
    QList<QStringList> out;
    out.reserve(items.size());
    for (const ExpiringCategory &e : items) {
        const QString state = e.lapsed ? u"истекла"_s : u"истекает через %1 дн."_s.arg(e.daysLeft);
        out.append({e.fullName, e.organisations, e.positions, CategoryText::russian(e.category),
                    DateText::numeric(e.granted), DateText::numeric(e.validUntil), state});
    }
    return out;
}

void ExpiringCategoriesDocument::writeTable(const QString &path, const QList<ExpiringCategory> &items)
{
    TableWriter::write(path, tableHeader(), tableCells(items), tr("Expiring categories"));
}

std::unique_ptr<QTextDocument> ExpiringCategoriesDocument::build(const ExpiringCategoriesDocumentData &data)
{
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, title());
    QTextCursor cursor(doc.get());
    QStringList titleLines{title(), u"(по состоянию на %1, срок истекает в течение %2 мес.)"_s
                                        .arg(DateText::numeric(data.at)).arg(data.months)};
    if (!data.issuer.trimmed().isEmpty())
        titleLines.insert(1, data.issuer.trimmed());
    DocumentStyle::insertTitle(cursor, titleLines);

    int lapsed = 0;
    for (const ExpiringCategory &e : data.items)
        lapsed += e.lapsed ? 1 : 0;
    const int expiring = int(data.items.size()) - lapsed;

    const QList<DocumentStyle::Column> columns{
        // «Действительна» of the header and «осталось 100 дн.» unbroken.
        {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
        {u"Ф.И.О."_s, 18.5, Qt::AlignLeft},
        {u"ОО"_s, 14.5, Qt::AlignLeft},
        {u"Должность"_s, 15.5, Qt::AlignLeft},
        {u"Категория"_s, 10, Qt::AlignLeft},
        {u"Дата присвоения"_s, 11, Qt::AlignHCenter},
        {u"Действительна до"_s, 13, Qt::AlignHCenter},
        {u"Примечание"_s, 12, Qt::AlignLeft},
    };
    const int headings = (lapsed > 0 ? 1 : 0) + (expiring > 0 ? 1 : 0);
    const int bodyRows = int(data.items.size()) + headings + (data.items.isEmpty() ? 1 : 0);
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.6);
    int row = 1;
    if (data.items.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, u"Нет категорий, срок действия которых истекает или истёк."_s,
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < data.items.size(); ++i) {
        const ExpiringCategory &e = data.items.at(i);
        if (i == 0 || e.lapsed != data.items.at(i - 1).lapsed)
            DocumentStyle::setSpanningRow(table, row++,
                                          e.lapsed ? u"Срок действия категории истёк — %1 чел."_s.arg(lapsed)
                                                   : u"Срок действия истекает — %1 чел."_s.arg(expiring));
        const QString note = e.lapsed ? u"истекла"_s : u"осталось %1 дн."_s.arg(e.daysLeft);
        const QStringList cells{QString::number(i + 1), e.fullName, e.organisations, e.positions,
                                CategoryText::russian(e.category), DateText::numeric(e.granted),
                                DateText::numeric(e.validUntil), note};
        for (int c = 0; c < cells.size(); ++c)
            DocumentStyle::setCell(table, row, c, cells.at(c), false, columns.at(c).alignment, DocumentStyle::kSmallPt);
        ++row;
    }
    DocumentStyle::insertParagraph(cursor, u"Истекает: %1 чел.; срок истёк: %2 чел."_s.arg(expiring).arg(lapsed),
                                   DocumentStyle::kTextPt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

} // namespace profrost
