#pragma once

#include <QStringList>

#include <functional>
#include <initializer_list>

namespace profrost {

class DateLineEdit;
class FieldMessage;

// The steps a record dialog takes on OK, in the order the user meets them:
// a date that cannot be read, then the area's rules, then the store's
// refusal. Each shows its message under the form and keeps the dialog open.

// False, with the first unreadable date's message shown and that field
// focused, when one of `edits` holds text that is not a date (a blank one
// passes: the rules say whether it is required). `reveal` brings the field
// into view first, e.g. the tab it sits on.
bool datesReadable(std::initializer_list<DateLineEdit *> edits, FieldMessage *message,
                   const std::function<void()> &reveal = {});

// True when the rules found no problem and `save` stored the record (it
// returns the store's refusal, empty on success); otherwise the problems or
// the refusal are shown.
bool savedAfterRules(const QStringList &problems, const std::function<QString()> &save, FieldMessage *message);

} // namespace profrost
