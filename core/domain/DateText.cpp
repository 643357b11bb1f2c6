#include "domain/DateText.h"

#include <QRegularExpression>

namespace profrost {

namespace {

// The common form, d.m.yyyy or dd.mm.yyyy in ASCII digits with no spaces
// around, read without the regular expressions below (three dates a row
// of an import): the same numbers as the `dotted` expression captures, or
// false for anything else, which then takes the general way.
bool dottedDigits(const QString &text, int *y, int *m, int *d)
{
    const qsizetype n = text.size();
    if (n < 8 || n > 10)
        return false;
    const QChar *c = text.constData();
    auto digit = [c](qsizetype i) { return c[i].unicode() >= u'0' && c[i].unicode() <= u'9'; };
    auto value = [c](qsizetype i) { return int(c[i].unicode() - u'0'); };
    qsizetype i = 0;
    int parts[2] = {0, 0};
    for (int &part : parts) {
        const qsizetype start = i;
        while (i < n && i - start < 3 && digit(i))
            part = part * 10 + value(i++);
        if (i == start || i - start > 2 || i >= n || c[i] != u'.')
            return false;
        ++i;
    }
    if (n - i != 4)
        return false;
    int year = 0;
    for (; i < n; ++i) {
        if (!digit(i))
            return false;
        year = year * 10 + value(i);
    }
    *d = parts[0];
    *m = parts[1];
    *y = year;
    return true;
}

} // namespace

QDate DateText::parse(const QString &raw, QString *error)
{
    if (int y = 0, m = 0, d = 0; dottedDigits(raw, &y, &m, &d)) {
        const QDate date(y, m, d);
        if (date.isValid() && y >= 1900 && y <= 2200)
            return date;
    }
    const QString text = raw.trimmed();
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    // Eight digits typed without the dots (15041990): ddMMyyyy. It cannot be
    // read as a valid yyyyMMdd too: its month would be the year's 19..22.
    static const QRegularExpression digits(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    int y = 0, m = 0, d = 0;
    if (const auto match = dotted.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (const auto match = digits.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (const auto match = iso.match(text); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else {
        if (error)
            *error = tr("\"%1\" is not a date; expected dd.mm.yyyy").arg(text);
        return {};
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2200) {
        if (error)
            *error = tr("%1 is not an existing date").arg(text);
        return {};
    }
    return date;
}

QString DateText::period(QDate from, QDate to)
{
    if (!from.isValid())
        return numeric(to);
    if (!to.isValid() || to == from)
        return numeric(from);
    const QString first = from.year() == to.year() ? from.toString(QStringLiteral("dd.MM")) : numeric(from);
    return first + QChar(0x2013) + numeric(to);
}

QString DateText::numeric(QDate date)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    if (y < 1000 || y > 9999)
        return date.toString(u"dd.MM.yyyy");
    // By hand: QDate::toString goes through QLocale's formatter, and a
    // re-import compares (and so writes) several dates a row.
    const int m = date.month(), d = date.day();
    const char16_t text[10] = {char16_t(u'0' + d / 10), char16_t(u'0' + d % 10), u'.', char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10), u'.', char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10), char16_t(u'0' + y % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString DateText::words(QDate date)
{
    if (!date.isValid())
        return {};
    static const char16_t *months[] = {u"января", u"февраля", u"марта", u"апреля", u"мая", u"июня",
                                       u"июля", u"августа", u"сентября", u"октября", u"ноября", u"декабря"};
    return QString::number(date.day()) + u' ' + QString::fromUtf16(months[date.month() - 1]) + u' '
        + QString::number(date.year()) + u" г.";
}

int DateText::academicYearStart(QDate date)
{
    return date.month() >= 9 ? date.year() : date.year() - 1;
}

} // namespace profrost
