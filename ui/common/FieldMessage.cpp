#include "common/FieldMessage.h"

#include "common/StatusPalette.h"

namespace profrost {

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    setVisible(false);
}

void FieldMessage::show(const QString &message)
{
    if (message.isEmpty()) {
        clear();
        return;
    }
    // A message is a fragment ("the surname is required"): start it with a capital.
    setText(message.left(1).toUpper() + message.mid(1));
    setVisible(true);
}

void FieldMessage::clear()
{
    QLabel::clear();
    setVisible(false);
}

} // namespace profrost
