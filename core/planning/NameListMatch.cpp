#include "planning/NameListMatch.h"

#include "util/TextNormalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace profrost {

namespace {

// One pasted line split into its name and its place.
struct Line
{
    QStringList words; // the name's words, keyed (lower case, ё as е, no dots)
    QString place;     // keyed; empty when none was written
};

Line split(const QString &raw)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(№\\s*)?\\d+\\s*[.)]?\\s*"));
    static const QRegularExpression placeMark(QStringLiteral("\\s*(,|;|\\t|\\s[–—-]\\s)\\s*"));
    QString text = raw;
    text.remove(number);
    Line out;
    // «Иванова М.П. (СОШ № 1)»: the place in brackets.
    if (const qsizetype open = text.indexOf(QLatin1Char('(')); open > 0) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), open);
        out.place = normalizedKey(text.mid(open + 1, close < 0 ? -1 : close - open - 1));
        text = text.left(open);
    }
    const QRegularExpressionMatch mark = placeMark.match(text);
    if (out.place.isEmpty() && mark.hasMatch()) {
        out.place = normalizedKey(text.mid(mark.capturedEnd()));
        text = text.left(mark.capturedStart());
    }
    // «Иванова М.П.», «Иванова М. П.», «М.П.Иванова» alike: dots become spaces.
    text.replace(QLatin1Char('.'), QLatin1Char(' '));
    out.words = normalizedKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return out;
}

// The keys a registry teacher answers to: the full name, and surname with
// initials in either order.
QStringList keysOf(const TeacherRow &r)
{
    const QString surname = normalizedKey(r.surname), name = normalizedKey(r.name),
                  patronymic = normalizedKey(r.patronymic);
    QStringList keys;
    keys << QStringList{surname, name, patronymic}.join(QLatin1Char(' ')).simplified();
    QString initials = name.left(1);
    if (!patronymic.isEmpty())
        initials += QLatin1Char(' ') + patronymic.left(1);
    keys << surname + QLatin1Char(' ') + initials;
    keys << initials + QLatin1Char(' ') + surname;
    return keys;
}

} // namespace

NameListMatch NameListMatch::match(const QString &pasted, const QList<TeacherRow> &registry)
{
    QHash<QString, QList<const TeacherRow *>> byKey;
    for (const TeacherRow &r : registry) {
        for (const QString &key : keysOf(r)) {
            QList<const TeacherRow *> &list = byKey[key];
            if (!list.contains(&r))
                list << &r;
        }
    }
    NameListMatch out;
    QSet<qint64> seen;
    const QStringList lines = pasted.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const Line line = split(text);
        QList<const TeacherRow *> candidates = byKey.value(line.words.join(QLatin1Char(' ')));
        if (!line.place.isEmpty() && candidates.size() > 1) {
            QList<const TeacherRow *> there;
            for (const TeacherRow *r : candidates) {
                if (lowerKey(r->organisations).contains(line.place))
                    there << r;
            }
            if (!there.isEmpty())
                candidates = there;
        }
        if (candidates.isEmpty()) {
            out.unknown << Unknown{i + 1, text};
        } else if (candidates.size() > 1) {
            Ambiguous a{i + 1, text, {}};
            for (const TeacherRow *r : candidates)
                a.candidates << r->id;
            out.ambiguous << a;
        } else if (seen.contains(candidates.first()->id)) {
            ++out.repeated;
        } else {
            seen.insert(candidates.first()->id);
            out.found << candidates.first()->id;
        }
    }
    return out;
}

} // namespace profrost
