#include "domain/DateText.h"

#include <QRegularExpression>

namespace profrost {

QDate DateText::parse(const QString &raw, QString *error)
{
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

QString DateText::numeric(QDate date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy") : QString();
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
