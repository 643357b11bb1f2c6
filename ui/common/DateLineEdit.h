#pragma once

#include <QDate>
#include <QLineEdit>

namespace profrost {

// A date typed as dd.mm.yyyy (or yyyy-mm-dd); may stay empty, unlike QDateEdit.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);
    // Invalid when empty or not a date; `error` says why (empty text: no error).
    QDate date(QString *error = nullptr) const;
    void setDate(QDate date);
    bool isBlank() const { return text().trimmed().isEmpty(); }
};

} // namespace profrost
