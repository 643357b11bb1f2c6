#include "domain/Association.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

struct KindNames
{
    AssociationKind kind;
    const char16_t *code;
    const char16_t *russian;
};
const KindNames kKinds[] = {
    {AssociationKind::Rmo, u"rmo", u"РМО"},
    {AssociationKind::Shmo, u"shmo", u"ШМО"},
    {AssociationKind::CreativeGroup, u"creative", u"творческая группа"},
    {AssociationKind::YoungTeachers, u"young", u"школа молодого педагога"},
    {AssociationKind::Network, u"network", u"сетевое сообщество"},
    {AssociationKind::Other, u"other", u"объединение"},
};

struct LevelNames
{
    AssociationLevel level;
    const char16_t *code;
    const char16_t *russian;
};
const LevelNames kLevels[] = {
    {AssociationLevel::School, u"school", u"школьный"},
    {AssociationLevel::Municipal, u"municipal", u"муниципальный"},
    {AssociationLevel::InterMunicipal, u"intermunicipal", u"межмуниципальный"},
};

} // namespace

QString AssociationText::code(AssociationKind k)
{
    for (const KindNames &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.code);
    return u"other"_s;
}

QString AssociationText::code(AssociationLevel l)
{
    for (const LevelNames &n : kLevels)
        if (n.level == l)
            return QString::fromUtf16(n.code);
    return u"municipal"_s;
}

bool AssociationText::fromCode(const QString &code, AssociationKind *out)
{
    for (const KindNames &n : kKinds) {
        if (code == QString::fromUtf16(n.code)) {
            *out = n.kind;
            return true;
        }
    }
    return false;
}

bool AssociationText::fromCode(const QString &code, AssociationLevel *out)
{
    for (const LevelNames &n : kLevels) {
        if (code == QString::fromUtf16(n.code)) {
            *out = n.level;
            return true;
        }
    }
    return false;
}

QString AssociationText::russian(AssociationKind k)
{
    for (const KindNames &n : kKinds)
        if (n.kind == k)
            return QString::fromUtf16(n.russian);
    return QString();
}

QString AssociationText::russian(AssociationLevel l)
{
    for (const LevelNames &n : kLevels)
        if (n.level == l)
            return QString::fromUtf16(n.russian);
    return QString();
}

QString AssociationText::displayName(AssociationKind k)
{
    switch (k) {
    case AssociationKind::Rmo: return tr("District methodical association (RMO)");
    case AssociationKind::Shmo: return tr("School methodical association (ShMO)");
    case AssociationKind::CreativeGroup: return tr("Creative group");
    case AssociationKind::YoungTeachers: return tr("School of the young teacher");
    case AssociationKind::Network: return tr("Network community");
    case AssociationKind::Other: return tr("Other association");
    }
    return QString();
}

QString AssociationText::displayName(AssociationLevel l)
{
    switch (l) {
    case AssociationLevel::School: return tr("School");
    case AssociationLevel::Municipal: return tr("Municipal");
    case AssociationLevel::InterMunicipal: return tr("Inter-municipal");
    }
    return QString();
}

QStringList AssociationRules::check(const Association &a)
{
    QStringList problems;
    if (a.name.trimmed().isEmpty())
        problems << tr("Name: the association needs a name.");
    // A school association belongs to a school; a district one to none, so
    // that it is counted once for the district (indicator I8).
    if (a.level == AssociationLevel::School && a.organisationId == 0)
        problems << tr("Organisation: a school-level association needs its organisation.");
    if (a.level != AssociationLevel::School && a.organisationId != 0)
        problems << tr("Organisation: only a school-level association belongs to an organisation.");
    if (a.kind == AssociationKind::Shmo && a.level != AssociationLevel::School)
        problems << tr("Level: a ShMO is a school-level association.");
    if (a.kind == AssociationKind::Rmo && a.level == AssociationLevel::School)
        problems << tr("Level: an RMO is a district (municipal or inter-municipal) association.");
    if (a.activeFrom != 0 && (a.activeFrom < 1990 || a.activeFrom > 2200))
        problems << tr("Active from: %1 is not a real year.").arg(a.activeFrom);
    if (a.activeTo != 0 && a.activeFrom != 0 && a.activeTo < a.activeFrom)
        problems << tr("Active to: the last year %1 is before the first year %2.").arg(a.activeTo).arg(a.activeFrom);
    if (a.headId != 0 && a.headId == a.secretaryId)
        problems << tr("Secretary: the head cannot be the secretary too.");
    return problems;
}

QStringList AssociationRules::check(const AssociationMember &m)
{
    QStringList problems;
    if (m.teacherId == 0)
        problems << tr("Teacher: the member must be a teacher of the registry.");
    if (m.joined.isValid() && m.left.isValid() && m.left < m.joined)
        problems << tr("Left: the member cannot leave (%1) before joining (%2).")
                        .arg(m.left.toString(u"dd.MM.yyyy"_s), m.joined.toString(u"dd.MM.yyyy"_s));
    return problems;
}

QList<qint64> AssociationRules::membersOn(const QList<AssociationMember> &members, QDate date)
{
    QList<qint64> out;
    for (const AssociationMember &m : members)
        if (m.memberOn(date) && !out.contains(m.teacherId))
            out.append(m.teacherId);
    return out;
}

bool AssociationRules::memberOnOrLater(const QList<AssociationMember> &members, qint64 teacherId, QDate day)
{
    return std::any_of(members.cbegin(), members.cend(), [teacherId, day](const AssociationMember &m) {
        return m.teacherId == teacherId && (m.memberOn(day) || (m.joined.isValid() && m.joined > day));
    });
}

int AssociationRules::addLeaders(const Association &a, QList<AssociationMember> &members, QDate day)
{
    int added = 0;
    for (qint64 teacher : {a.headId, a.secretaryId}) {
        if (teacher != 0 && !memberOnOrLater(members, teacher, day)) {
            members.append({0, a.id, teacher, day, {}});
            ++added;
        }
    }
    return added;
}

} // namespace profrost
