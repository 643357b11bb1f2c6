#include "RecordDialogChecks.h"

#include "DateLineEdit.h"
#include "FieldMessage.h"

namespace profrost {

bool datesReadable(std::initializer_list<DateLineEdit *> edits, FieldMessage *message,
                   const std::function<void()> &reveal)
{
    for (DateLineEdit *edit : edits) {
        QString error;
        if (edit->isBlank() || edit->date(&error).isValid())
            continue;
        if (reveal)
            reveal();
        message->show(error);
        edit->setFocus();
        return false;
    }
    return true;
}

bool savedAfterRules(const QStringList &problems, const std::function<QString()> &save, FieldMessage *message)
{
    if (!problems.isEmpty()) {
        message->show(problems.join(u'\n'));
        return false;
    }
    if (const QString refused = save(); !refused.isEmpty()) {
        message->show(refused);
        return false;
    }
    return true;
}

} // namespace profrost
