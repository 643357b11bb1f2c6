#include "io/RowCells.h"

#include "domain/DateText.h"

namespace profrost {

QDate RowCells::pastDate(int column)
{
    const QString cell = text(column);
    if (cell.isEmpty())
        return {};
    QString why;
    const QDate d = DateText::parse(cell, &why);
    if (!d.isValid())
        fail(column, why);
    else if (d > m_today)
        fail(column, tr("the date %1 is in the future").arg(DateText::numeric(d)));
    return d;
}

} // namespace profrost
