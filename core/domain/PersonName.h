#pragma once

#include <QString>

namespace profrost {

// How a person's name stands on paper (/work/shared/forms.md, ГОСТ Р 7.0.97-2016):
// «И.О. Фамилия» beside a signature, «Фамилия И.О.» in lists and headings.
// The one place the rule lives; documents and the centre's card use it.
class PersonName
{
public:
    // «М.П. Иванова» (a no-break space after the initials, so they never end a line).
    static QString initialsFirst(const QString &surname, const QString &name, const QString &patronymic);
    // The same from a name as typed: «Иванова Мария Петровна» (surname first,
    // the order of Russian registers) → «М.П. Иванова». Text already in short
    // form («М.П. Иванова», «Иванова М.П.») is brought to «М.П. Иванова»;
    // a single word is kept as it is.
    static QString initialsFirst(const QString &fullName);
};

} // namespace profrost
