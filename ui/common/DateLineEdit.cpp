#include "common/DateLineEdit.h"

#include "domain/DateText.h"

namespace profrost {

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd.mm.yyyy"));
    setMaxLength(10);
    setClearButtonEnabled(true);
}

QDate DateLineEdit::date(QString *error) const
{
    if (isBlank())
        return {};
    return DateText::parse(text(), error);
}

void DateLineEdit::setDate(QDate date)
{
    setText(DateText::numeric(date));
}

} // namespace profrost
