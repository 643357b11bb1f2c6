#include "domain/PersonName.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace profrost {

QString PersonName::initialsFirst(const QString &surname, const QString &name, const QString &patronymic)
{
    QString initials;
    if (!name.trimmed().isEmpty())
        initials += name.trimmed().left(1) + u'.';
    if (!patronymic.trimmed().isEmpty())
        initials += patronymic.trimmed().left(1) + u'.';
    return initials.isEmpty() ? surname.trimmed() : initials + u'\u00A0' + surname.trimmed();
}

QString PersonName::initialsFirst(const QString &fullName)
{
    // «М. П. Иванова», «Иванова М.П.»: split the initials off as words of their own.
    QString text = fullName.simplified();
    text.replace(QChar(u'\u00A0'), u' ');
    text.replace(u'.', u". "_s);
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const auto isInitial = [](const QString &w) { return w.size() == 2 && w.endsWith(u'.'); };
    QStringList initials;
    QStringList rest;
    for (const QString &w : words)
        (isInitial(w) ? initials : rest) << w;
    if (!initials.isEmpty()) { // already short: the word that is not an initial is the surname
        return rest.isEmpty() ? initials.join(QString())
                              : initials.join(QString()) + u'\u00A0' + rest.join(u' ');
    }
    if (words.size() == 1)
        return words.constFirst();
    return initialsFirst(words.at(0), words.at(1), words.size() > 2 ? words.at(2) : QString());
}

} // namespace profrost
