#pragma once

#include "domain/Teacher.h"
#include "store/TeacherRepository.h"

namespace profrost {

// How a row of a teachers file changes a registered teacher's personal
// fields: one rule for the preview (which lists the changes and checks the
// result, so that a dry run finds what the store would refuse) and for the
// apply step (which writes them).
class TeacherChanges
{
public:
    // A field the file leaves empty keeps the registry's value; the category
    // changes only when the file says something about it (`categoryGiven`).
    static void merge(Teacher *registered, const Teacher &fromFile, bool categoryGiven);
    // «Фамилия: Петрова → Иванова; Телефон: — → 8 900 …»; empty when equal.
    // Field names are the columns of the file, as the user knows them.
    static QString describe(const Teacher &before, const Teacher &after);
    static Teacher fromIdentity(const TeacherRepository::Identity &p);
};

} // namespace profrost
