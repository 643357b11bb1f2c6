#pragma once

#include "domain/TeacherRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace profrost {

// A list of names pasted from a sign-in sheet, a chat or a letter, matched
// with the registry (core/README.md «Methodical events»): one person a
// line; a number in front («1.», «2)», «№ 3») and a place after a comma, a
// dash or in brackets («Иванова М.П., СОШ № 1») are allowed. A line names a teacher when
// exactly one teacher of the registry has that full name, or that surname
// with those initials («Иванова М.П.», «М.П. Иванова»); the place, when
// given, narrows the choice to teachers working there. Nothing is guessed:
// a line matching nobody is unknown, one matching several is ambiguous,
// and both are reported with their line for the user to settle.
struct NameListMatch
{
    struct Ambiguous
    {
        int line = 0;       // 1-based line of the pasted text
        QString text;       // the line as pasted (trimmed)
        QList<qint64> candidates;
    };
    struct Unknown
    {
        int line = 0;
        QString text;
    };
    QList<qint64> found;    // in the order of the lines, each teacher once
    QList<Unknown> unknown;
    QList<Ambiguous> ambiguous;
    int repeated = 0;       // lines naming a teacher found on an earlier line

    static NameListMatch match(const QString &pasted, const QList<TeacherRow> &registry);
};

} // namespace profrost
