#include "store/UserAccess.h"

#include "store/Database.h"
#include "store/Query.h"

using namespace Qt::StringLiterals;

namespace profrost {

UserAccess UserAccess::administrator(const QString &login)
{
    UserAccess access;
    access.m_role = Role::Administrator;
    access.m_login = login;
    return access;
}

UserAccess UserAccess::forRole(Role role, const QString &login, const QString &scope)
{
    UserAccess access;
    access.m_role = role;
    access.m_login = login;
    access.m_scope = scope;
    return access;
}

UserAccess UserAccess::current(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return administrator();
    const QString login = Query(db, u"SELECT session_user"_s).scalar().toString();
    if (!Query(db, u"SELECT to_regproc('profrost_role') IS NOT NULL"_s).scalar().toBool())
        return administrator(login);
    // The same functions the server's policies call (ServerSecurity).
    Query q(db, u"SELECT role, (SELECT name FROM municipality WHERE id = m), (SELECT name FROM organisation WHERE id = o),"
                " (SELECT name FROM association WHERE id = a), m, o"
                " FROM (SELECT profrost_role() AS role, profrost_user_organisation() AS o,"
                " profrost_user_association() AS a,"
                " COALESCE(profrost_user_municipality(), (SELECT municipality_id FROM organisation"
                " WHERE id = profrost_user_organisation())) AS m) AS self"_s);
    q.exec();
    UserAccess access;
    access.m_login = login;
    if (!q.next())
        return access;
    access.m_role = fromKey(q.text(0)).value_or(Role::None);
    for (int column : {3, 2, 1}) { // the narrowest scope names the role's reach
        if (!q.text(column).isEmpty()) {
            access.m_scope = q.text(column);
            break;
        }
    }
    access.m_municipality = q.text(1);
    access.m_municipalityId = q.value(4).toLongLong();
    access.m_organisationId = q.value(5).toLongLong();
    return access;
}

bool UserAccess::mayEdit(Area area) const
{
    switch (m_role) {
    case Role::Administrator:
    case Role::Methodist:
        return true;
    case Role::AssociationHead:
        return area == Area::Associations;
    case Role::OrganisationHead:
        return area == Area::Registry || area == Area::Applications;
    case Role::Observer:
    case Role::None:
        return false;
    }
    return false;
}

bool UserAccess::mayEditAnything() const
{
    return m_role != Role::Observer && m_role != Role::None;
}

QString UserAccess::key(Role role)
{
    switch (role) {
    case Role::Administrator: return u"admin"_s;
    case Role::Methodist: return u"methodist"_s;
    case Role::AssociationHead: return u"rmo_head"_s;
    case Role::OrganisationHead: return u"school_head"_s;
    case Role::Observer: return u"observer"_s;
    case Role::None: return u"none"_s;
    }
    return QString();
}

std::optional<UserAccess::Role> UserAccess::fromKey(const QString &key)
{
    for (Role role : {Role::Administrator, Role::Methodist, Role::AssociationHead, Role::OrganisationHead,
                      Role::Observer, Role::None}) {
        if (UserAccess::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString UserAccess::title(Role role)
{
    switch (role) {
    case Role::Administrator: return tr("administrator");
    case Role::Methodist: return tr("methodist of the centre");
    case Role::AssociationHead: return tr("head of the association");
    case Role::OrganisationHead: return tr("head of the organisation");
    case Role::Observer: return tr("observer");
    case Role::None: return tr("no role in this database");
    }
    return QString();
}

QString UserAccess::areaTitle(Area area)
{
    switch (area) {
    case Area::Registry: return tr("the registry of teachers");
    case Area::Organisations: return tr("the organisations");
    case Area::Applications: return tr("course applications");
    case Area::Training: return tr("further training");
    case Area::Attestation: return tr("the attestation history");
    case Area::Associations: return tr("methodical associations");
    case Area::Diagnostics: return tr("diagnostics");
    case Area::Mentoring: return tr("mentoring");
    case Area::Events: return tr("events and competitions");
    case Area::Sites: return tr("innovation sites and practices");
    case Area::Settings: return tr("the settings");
    }
    return QString();
}

} // namespace profrost
