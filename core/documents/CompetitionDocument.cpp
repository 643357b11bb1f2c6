#include "documents/CompetitionDocument.h"

#include "documents/DocumentText.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// «учитель (математика, информатика)».
QString postAndSubjects(const QString &positions, const QString &subjects)
{
    QString out = DocumentText::shortPosts(positions);
    if (!subjects.trimmed().isEmpty())
        out += u" ("_s + subjects.trimmed().replace(u"; "_s, u", "_s) + u')';
    return out;
}

// «Учитель года России» in quotes unless it has its own.
QString quoted(const QString &name)
{
    const QString n = name.trimmed();
    return n.contains(u'«') || n.contains(u'"') ? n : u"«"_s + n + u"»"_s;
}

} // namespace

int CompetitionDocument::rank(CompetitionResult r)
{
    switch (r) {
    case CompetitionResult::Winner: return 0;
    case CompetitionResult::Prizewinner: return 1;
    case CompetitionResult::Laureate: return 2;
    case CompetitionResult::Participant: return 3;
    }
    return 4;
}

QString CompetitionDocument::title(const QString &name, int year, CompetitionLevel stage)
{
    return u"Итоги конкурса %1 %2 (%3 этап)"_s.arg(quoted(name)).arg(year).arg(CompetitionText::russian(stage));
}

std::unique_ptr<QTextDocument> CompetitionDocument::build(const CompetitionDocumentData &data)
{
    const QString heading = title(data.name, data.year, data.stage);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    QStringList titleLines{heading};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
        {u"Ф.И.О. участника"_s, data.nominations ? 21.0 : 26.0, Qt::AlignLeft},
        {u"ОО"_s, data.nominations ? 20.0 : 25.0, Qt::AlignLeft},
        {u"Должность (предмет)"_s, data.nominations ? 20.5 : 30.5, Qt::AlignLeft},
    };
    if (data.nominations)
        columns.append({u"Номинация"_s, 20, Qt::AlignLeft});
    columns.append({u"Результат"_s, 13, Qt::AlignHCenter});
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(data.lines.size()), 1), 0.6);
    if (data.lines.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Результатов этого этапа нет."_s, Qt::AlignHCenter);
    QMap<int, int> byResult;
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        const CompetitionLine &l = data.lines.at(i);
        const int row = int(i) + 1;
        ++byResult[rank(l.result)];
        QStringList texts{QString::number(row), l.name,
                          QString(l.organisations).replace(u"; "_s, u";"_s + QChar(QChar::LineSeparator)),
                          postAndSubjects(l.positions, l.subjects)};
        if (data.nominations)
            texts << l.nomination;
        texts << CompetitionText::russian(l.result);
        for (int c = 0; c < texts.size(); ++c)
            DocumentStyle::setCell(table, row, c, texts.at(c).trimmed(), false, columns.at(c).alignment,
                                   DocumentStyle::kSmallPt);
    }

    QTextTableFormat spaced = table->format(); // space before the counts: Qt drops a paragraph's top margin after a table
    spaced.setBottomMargin(DocumentStyle::fromMm(3));
    table->setFormat(spaced);
    DocumentStyle::insertParagraph(cursor,
                                   u"Всего участников: %1 чел., из них победителей — %2, призёров — %3, "
                                   "лауреатов — %4."_s
                                       .arg(data.lines.size())
                                       .arg(byResult.value(0))
                                       .arg(byResult.value(1))
                                       .arg(byResult.value(2)),
                                   DocumentStyle::kTextPt);
    // The jury signs by hand: blank lines for the names.
    DocumentStyle::insertSignatures(cursor, {{u"Председатель жюри"_s, QString()}, {u"Секретарь жюри"_s, QString()}});
    return doc;
}

TableSheet CompetitionDocument::sheet(const CompetitionDocumentData &data)
{
    TableSheet sheet{u"Итоги конкурса"_s,
                     {u"Ф.И.О. участника"_s, u"ОО"_s, u"Должность"_s, u"Предмет"_s, u"Номинация"_s, u"Этап"_s,
                      u"Результат"_s},
                     {},
                     {}};
    for (const CompetitionLine &l : data.lines)
        sheet.rows << QStringList{l.name,          l.organisations,
                                  l.positions,     l.subjects,
                                  l.nomination,    CompetitionText::russian(data.stage),
                                  CompetitionText::russian(l.result)};
    return sheet;
}

} // namespace profrost
