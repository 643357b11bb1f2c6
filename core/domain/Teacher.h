#pragma once

#include "domain/Category.h"
#include "domain/ReadVersion.h"

#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// One post held at one organisation over a period.
struct Employment
{
    qint64 id = 0;
    qint64 organisationId = 0;
    qint64 positionId = 0;
    QList<qint64> subjectIds;
    QDate hired;
    QDate dismissed; // invalid while still employed

    // Employed on `date`: hired on or before it and not dismissed on or before it.
    bool activeOn(QDate date) const
    {
        return (!hired.isValid() || hired <= date) && (!dismissed.isValid() || dismissed > date);
    }
    bool operator==(const Employment &) const = default;
};

struct Teacher
{
    qint64 id = 0;
    QString surname;
    QString name;
    QString patronymic;
    QDate birthDate;
    QString snils; // 11 digits or empty
    QString phone;
    QString email;
    QDate experienceStart; // start of pedagogical experience
    Category category = Category::None;
    QDate categoryDate;
    QList<Employment> employments;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one

    // «Иванова Мария Петровна»
    QString fullName() const;
    // «Иванова М.П.» — as in lists and protocols.
    QString shortName() const;
    bool operator==(const Teacher &) const = default;
};

} // namespace profrost
