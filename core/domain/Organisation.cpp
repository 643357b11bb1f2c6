#include "domain/Organisation.h"

#include "util/TextNormalize.h"

using namespace Qt::StringLiterals;

namespace profrost {

QString OrganisationTypeText::code(OrganisationType t)
{
    switch (t) {
    case OrganisationType::School: return QStringLiteral("school");
    case OrganisationType::Preschool: return QStringLiteral("preschool");
    case OrganisationType::Additional: return QStringLiteral("additional");
    case OrganisationType::Other: return QStringLiteral("other");
    }
    return {};
}

OrganisationType OrganisationTypeText::fromCode(const QString &code)
{
    for (auto t : all()) {
        if (OrganisationTypeText::code(t) == code)
            return t;
    }
    return OrganisationType::Other;
}

QString OrganisationTypeText::russian(OrganisationType t)
{
    switch (t) {
    case OrganisationType::School: return QStringLiteral("школа");
    case OrganisationType::Preschool: return QStringLiteral("ДОО");
    case OrganisationType::Additional: return QStringLiteral("УДО");
    case OrganisationType::Other: return QStringLiteral("другое");
    }
    return {};
}

QString OrganisationTypeText::displayName(OrganisationType t)
{
    switch (t) {
    case OrganisationType::School: return tr("school");
    case OrganisationType::Preschool: return tr("kindergarten (DOO)");
    case OrganisationType::Additional: return tr("additional education (UDO)");
    case OrganisationType::Other: return tr("other");
    }
    return {};
}

bool OrganisationTypeText::parse(const QString &text, OrganisationType *out)
{
    const QString key = compactKey(text);
    static const QStringList school = {u"школа"_s, u"оо"_s, u"сош"_s, u"оош"_s, u"нош"_s,
                                       u"лицей"_s, u"гимназия"_s, u"school"_s};
    static const QStringList preschool = {u"доо"_s, u"доу"_s, u"детскийсад"_s, u"дошкольная"_s,
                                          u"preschool"_s};
    static const QStringList additional = {u"удо"_s, u"до"_s, u"дополнительное"_s,
                                           u"дополнительноеобразование"_s, u"additional"_s};
    static const QStringList other = {u"другое"_s, u"иное"_s, u"прочее"_s, u"other"_s};
    if (school.contains(key)) { *out = OrganisationType::School; return true; }
    if (preschool.contains(key)) { *out = OrganisationType::Preschool; return true; }
    if (additional.contains(key)) { *out = OrganisationType::Additional; return true; }
    if (other.contains(key)) { *out = OrganisationType::Other; return true; }
    return false;
}

OrganisationType OrganisationTypeText::guessFromName(const QString &name)
{
    const QString key = normalizedKey(name);
    if (key.contains(u"доу") || key.contains(u"детский сад") || key.contains(u"доо"))
        return OrganisationType::Preschool;
    if (key.contains(u"у до") || key.contains(u"дом детского") || key.contains(u"ддт")
        || key.contains(u"спортивная школа") || key.contains(u"дюсш") || key.contains(u"удо"))
        return OrganisationType::Additional;
    if (key.contains(u"сош") || key.contains(u"оош") || key.contains(u"нош") || key.contains(u"лицей")
        || key.contains(u"гимназия") || key.contains(u"школа"))
        return OrganisationType::School;
    return OrganisationType::Other;
}

QList<OrganisationType> OrganisationTypeText::all()
{
    return {OrganisationType::School, OrganisationType::Preschool, OrganisationType::Additional,
            OrganisationType::Other};
}

} // namespace profrost
