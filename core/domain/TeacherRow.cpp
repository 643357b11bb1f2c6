#include "domain/TeacherRow.h"

namespace profrost {

QString TeacherRow::fullName() const
{
    QString out = surname + u' ' + name;
    if (!patronymic.isEmpty())
        out += u' ' + patronymic;
    return out;
}

} // namespace profrost
