#include "domain/Teacher.h"

namespace profrost {

QString Teacher::fullName() const
{
    QString out = surname;
    if (!name.isEmpty())
        out += u' ' + name;
    if (!patronymic.isEmpty())
        out += u' ' + patronymic;
    return out;
}

QString Teacher::shortName() const
{
    QString out = surname;
    if (!name.isEmpty())
        out += u' ' + name.left(1) + u'.';
    if (!patronymic.isEmpty())
        out += patronymic.left(1) + u'.';
    return out;
}

} // namespace profrost
