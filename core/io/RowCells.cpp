#include "io/RowCells.h"

#include "domain/DateText.h"

namespace profrost {

QDate RowCells::date(int column)
{
    const QString cell = text(column);
    if (cell.isEmpty())
        return {};
    QString why;
    const QDate d = DateText::parse(cell, &why);
    if (!d.isValid())
        fail(column, why);
    return d;
}

QDate RowCells::pastDate(int column)
{
    const QDate d = date(column);
    if (d.isValid() && d > m_today)
        fail(column, tr("the date %1 is in the future").arg(DateText::numeric(d)));
    return d;
}

} // namespace profrost
