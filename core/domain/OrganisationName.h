#pragma once

#include <QString>

namespace profrost {

// How two spellings of one organisation are recognised as the same. Schools'
// own lists, the region's registry and the program's card write one school
// as «МБОУ «Курдюковская СОШ»», «Курдюковская СОШ», «МКОУ Курдюковская СОШ»
// (after a change of ownership) or «Муниципальное бюджетное
// общеобразовательное учреждение «Курдюковская средняя общеобразовательная
// школа»». The legal form says who owns and funds the school, not which
// school it is, so the key leaves it out; the usual long forms become their
// abbreviations; quotes, dashes and the spacing of «№» do not count.
class OrganisationName
{
public:
    // The key (lower case, ё = е). Empty for an empty name. Two different
    // schools never share it unless they differ only in the legal form,
    // which callers treat as ambiguous.
    static QString matchKey(const QString &name);
};

} // namespace profrost
