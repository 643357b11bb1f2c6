#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace profrost {

class Database;

// Who is working with the database and what their role lets them change:
// on a file, its user is its administrator; on a server, the role the
// server's table app_user gives the login (ServerSecurity). The server
// enforces the role whatever the program does; the program asks here only
// to hide what would be refused.
class UserAccess
{
    Q_DECLARE_TR_FUNCTIONS(UserAccess)
public:
    enum class Role {
        Administrator,    // everything, the users included
        Methodist,        // методист ИМЦ: everything in their municipality (all without one)
        AssociationHead,  // руководитель РМО: their association's members, plans, meetings, protocols
        OrganisationHead, // руководитель ОО: their organisation's teachers and course applications
        Observer,         // наблюдатель: reads
        None,             // a login the database does not know: sees nothing
    };
    // What a screen edits, for asking mayEdit().
    enum class Area {
        Registry,     // teachers, their posts
        Organisations,
        Applications, // course applications (enrolments)
        Training,     // programmes, runs, plans of further training
        Attestation,
        Associations, // an association's members, plans, meetings and protocols
        Diagnostics,
        Mentoring,
        Events,       // events, competitions
        Sites,        // innovation sites, vacancies, practices, tracks
        Settings,     // the centre's card, signers, targets, dictionaries
    };

    static UserAccess administrator(const QString &login = QString());
    // An access with `role`, as the server would give it, without asking
    // one: tests, screenshots and the program's own previews of a role.
    static UserAccess forRole(Role role, const QString &login = QString(), const QString &scope = QString());
    // The access of whoever `db` is connected as. A server's database
    // without ServerSecurity installed is used by its owner: administrator.
    static UserAccess current(Database &db);

    Role role() const { return m_role; }
    const QString &login() const { return m_login; }
    // The municipality, organisation or association the role is limited
    // to, as named in the registry; empty when it is not limited.
    const QString &scope() const { return m_scope; }
    // The registry ids of that reach, 0 where it is not limited: the
    // municipality is also an organisation's head's (their organisation's),
    // so that a row without a municipality means theirs. What an import
    // checks its rows against before the server would refuse them.
    qint64 municipalityId() const { return m_municipalityId; }
    const QString &municipality() const { return m_municipality; }
    qint64 organisationId() const { return m_organisationId; }
    // True when the role reaches one municipality or one organisation only.
    bool isLimited() const { return m_municipalityId != 0 || m_organisationId != 0; }
    bool mayEdit(Area area) const;
    bool mayEditAnything() const;

    // The key stored on the server and taken by the CLI: admin, methodist,
    // rmo_head, school_head, observer.
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    // The role's name for the user («методист ИМЦ»).
    static QString title(Role role);
    // What an area holds, for a sentence («the attestation history»).
    static QString areaTitle(Area area);

private:
    Role m_role = Role::None;
    QString m_login;
    QString m_scope;
    qint64 m_municipalityId = 0;
    QString m_municipality;
    qint64 m_organisationId = 0;
};

} // namespace profrost
