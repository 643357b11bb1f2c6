#pragma once

#include <QDate>

namespace profrost {

// "Today" comes from a clock that tests can replace: no rule calls
// QDate::currentDate() itself, so tests choose the reference date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;

    // The process-wide clock; the system clock unless a test installed another.
    static const Clock &instance();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate date) : m_date(date) {}
    QDate today() const override { return m_date; }
    void set(QDate date) { m_date = date; }

private:
    QDate m_date;
};

} // namespace profrost
