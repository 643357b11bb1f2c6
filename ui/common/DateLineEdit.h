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
    // Wide enough for a whole «01.09.2026» beside the clear button, so that
    // no layout can cut a date at the left.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
};

} // namespace profrost
