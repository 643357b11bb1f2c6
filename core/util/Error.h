#pragma once

#include <QString>
#include <stdexcept>

namespace profrost {

// The one exception type of core: its message is already translated and
// meant for the user (dialogs and the CLI print it as it is).
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace profrost
