#include "io/CsvInjection.h"

namespace profrost {

bool CsvInjection::isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvInjection::defuse(const QString &cell)
{
    if (cell.isEmpty() || !isTrigger(cell.front()))
        return cell;
    return u'\'' + cell;
}

QString CsvInjection::restore(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != u'\'' || !isTrigger(cell[1]))
        return cell;
    return cell.sliced(1);
}

} // namespace profrost
