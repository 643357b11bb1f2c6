#include "domain/Practice.h"

#include "domain/CodeTable.h"
#include "util/TextNormalize.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace profrost {

namespace {

using codetable::Entry;

const Entry<PracticeLevel> kLevels[] = {
    {PracticeLevel::School, u"school", u"уровень ОО", {u"ОО", u"школьный", u"институциональный"}},
    {PracticeLevel::Municipal, u"municipal", u"муниципальный", {u"районный"}},
    {PracticeLevel::Regional, u"regional", u"региональный", {u"краевой", u"областной"}},
    {PracticeLevel::Federal, u"federal", u"федеральный", {u"всероссийский"}},
};

} // namespace

QString PracticeText::code(PracticeLevel l) { return codetable::codeOf(kLevels, l); }
bool PracticeText::fromCode(const QString &code, PracticeLevel *out) { return codetable::fromCodeOf(kLevels, code, out); }
QString PracticeText::russian(PracticeLevel l) { return codetable::russianOf(kLevels, l); }
bool PracticeText::parse(const QString &text, PracticeLevel *out) { return codetable::parseOf(kLevels, text, out); }
QList<PracticeLevel> PracticeText::allLevels() { return codetable::valuesOf(kLevels); }

QString PracticeText::displayName(PracticeLevel l)
{
    switch (l) {
    case PracticeLevel::School: return tr("school");
    case PracticeLevel::Municipal: return tr("municipal");
    case PracticeLevel::Regional: return tr("regional");
    case PracticeLevel::Federal: return tr("federal");
    }
    return {};
}

QStringList PracticeText::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList out;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (tag.isEmpty() || seen.contains(lowerKey(tag)))
            continue;
        seen.insert(lowerKey(tag));
        out << tag;
    }
    return out;
}

QString PracticeRules::sizeText(qint64 bytes)
{
    // Rounded up to a tenth, so that a file a byte over the limit never reads as the limit itself.
    const double mb = std::ceil(double(bytes) * 10.0 / (1024.0 * 1024.0)) / 10.0;
    return tr("%1 MB").arg(QLocale().toString(mb, 'f', 1));
}

QString PracticeRules::checkFile(const QString &name, qint64 size)
{
    if (size > kMaxFileBytes)
        return tr("The file «%1» is %2; files over %3 are not stored in the bank.")
            .arg(name, sizeText(size), sizeText(kMaxFileBytes));
    return {};
}

QStringList PracticeRules::check(const Practice &p)
{
    QStringList problems;
    if (p.title.simplified().isEmpty())
        problems << tr("A practice needs a title.");
    if (QSet<qint64>(p.authors.cbegin(), p.authors.cend()).size() != p.authors.size())
        problems << tr("An author is listed twice.");
    if (QSet<CompetencyArea>(p.areas.cbegin(), p.areas.cend()).size() != p.areas.size())
        problems << tr("A competency area is listed twice.");
    for (const PracticeFile &f : p.files) {
        if (f.name.trimmed().isEmpty())
            problems << tr("An attached file has no name.");
        const qint64 size = f.content.isEmpty() ? f.size : f.content.size();
        if (const QString why = checkFile(f.name, size); !why.isEmpty())
            problems << why;
    }
    return problems;
}

} // namespace profrost
