#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace profrost {

// Dates as users type them: dd.mm.yyyy (also d.m.yyyy), ddmmyyyy or yyyy-mm-dd.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)
public:
    // An invalid QDate when the text is not a real date; `error` gets why.
    static QDate parse(const QString &text, QString *error = nullptr);
    // 05.06.2026 — the numeric form of official documents.
    static QString numeric(QDate date);
    // «5 июня 2026 г.» — the word form of official documents.
    static QString words(QDate date);
    // A period as documents print it: «05.10–09.10.2026», «28.12.2025–15.01.2026»,
    // one day «05.10.2026»; an open end prints the other day alone.
    static QString period(QDate from, QDate to);
    // Academic year containing the date: 2026 for 01.09.2026..31.08.2027.
    static int academicYearStart(QDate date);
};

} // namespace profrost
