#include "store/ServerSecurity.h"

#include "store/AuditLog.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/ServerDatabase.h"
#include "util/Error.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The group role of each role on the server: cluster-wide (a login of
// several databases belongs to several), so the role a login has in one
// database is the table app_user's, and every policy asks that table.
QString groupRole(UserAccess::Role role)
{
    return u"profrost_role_"_s + UserAccess::key(role);
}

const QList<UserAccess::Role> &groupRoles()
{
    static const QList<UserAccess::Role> roles = {UserAccess::Role::Administrator, UserAccess::Role::Methodist,
                                                  UserAccess::Role::AssociationHead,
                                                  UserAccess::Role::OrganisationHead, UserAccess::Role::Observer};
    return roles;
}

void run(Database &db, const QString &sql)
{
    // Not prepared: DDL takes no parameters, and function bodies hold "$".
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw Error(ServerSecurity::tr("The server refused to set up the roles: %1\n%2")
                        .arg(q.lastError().text(), sql.simplified().left(300)));
}

// The functions every policy calls. SECURITY DEFINER: they read app_user
// and the posts as the owner, past the policies, which is also what keeps
// the policies from calling each other in a loop. STABLE and called as
// "(SELECT f())" or "IN (SELECT f())", each is evaluated once per
// statement, not once per row.
QStringList functionStatements(const QString &schema)
{
    const QString head = u"LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS $f$ "_s.arg(schema);
    return {
        u"CREATE OR REPLACE FUNCTION profrost_role() RETURNS text "_s + head
            + u"SELECT COALESCE((SELECT role FROM app_user WHERE login = session_user::text),"
              " CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
              " OR pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),"
              " 'MEMBER') THEN 'admin' ELSE 'none' END) $f$"_s,
        u"CREATE OR REPLACE FUNCTION profrost_user_municipality() RETURNS bigint "_s + head
            + u"SELECT municipality_id FROM app_user WHERE login = session_user::text $f$"_s,
        u"CREATE OR REPLACE FUNCTION profrost_user_organisation() RETURNS bigint "_s + head
            + u"SELECT organisation_id FROM app_user WHERE login = session_user::text $f$"_s,
        u"CREATE OR REPLACE FUNCTION profrost_user_association() RETURNS bigint "_s + head
            + u"SELECT association_id FROM app_user WHERE login = session_user::text $f$"_s,
        // Unlimited: the administrator; a methodist, an association's head or
        // an observer of no municipality (a regional centre's).
        u"CREATE OR REPLACE FUNCTION profrost_sees_all() RETURNS boolean "_s + head
            + u"SELECT CASE profrost_role() WHEN 'admin' THEN true WHEN 'none' THEN false"
              " WHEN 'school_head' THEN false"
              " ELSE profrost_user_municipality() IS NULL AND profrost_user_organisation() IS NULL END $f$"_s,
        u"CREATE OR REPLACE FUNCTION profrost_visible_organisations() RETURNS SETOF bigint "_s + head
            + u"SELECT id FROM organisation WHERE municipality_id = profrost_user_municipality()"
              " OR id = profrost_user_organisation() $f$"_s,
        // A teacher is in scope through a post (held now or before) in an
        // organisation in scope. IN needs no DISTINCT: the set is hashed.
        u"CREATE OR REPLACE FUNCTION profrost_visible_teachers() RETURNS SETOF bigint "_s + head
            + u"SELECT teacher_id FROM employment"
              " WHERE organisation_id IN (SELECT profrost_visible_organisations()) $f$"_s,
        // The largest teacher id the statement's snapshot holds (read as the
        // owner, past the policies). Only a row the statement itself writes
        // can lie beyond it: PostgreSQL checks a new teacher against the
        // read policy for INSERT ... RETURNING before the post that puts it
        // in scope exists, so that row must pass.
        u"CREATE OR REPLACE FUNCTION profrost_newest_teacher() RETURNS bigint "_s + head
            + u"SELECT COALESCE(max(id), 0) FROM teacher $f$"_s,
        // Whether a СНИЛС is registered at all, also where the user cannot
        // see: СНИЛС is unique, so an import of a limited role must refuse
        // the row (naming no one) before the server refuses the whole file.
        u"CREATE OR REPLACE FUNCTION profrost_snils_registered(digits text) RETURNS boolean "_s + head
            + u"SELECT EXISTS (SELECT 1 FROM teacher WHERE snils = CAST(digits AS char(11))) $f$"_s,
    };
}

const QString kRole = u"(SELECT profrost_role())"_s;
const QString kSeesAll = u"(SELECT profrost_sees_all())"_s;

QString roleIn(const QList<UserAccess::Role> &roles)
{
    QStringList keys;
    for (UserAccess::Role role : roles)
        keys << u"'%1'"_s.arg(UserAccess::key(role));
    return u"%1 IN (%2)"_s.arg(kRole, keys.join(u", "_s));
}

QString teacherScope(const QString &column)
{
    return u"(%1 OR %2 IN (SELECT profrost_visible_teachers()))"_s.arg(kSeesAll, column);
}

// The teacher table's own: also the row being added (profrost_newest_teacher).
QString teacherRowScope()
{
    return u"(%1 OR id IN (SELECT profrost_visible_teachers()) OR id > (SELECT profrost_newest_teacher()))"_s
        .arg(kSeesAll);
}

QString organisationScope(const QString &column)
{
    return u"(%1 OR %2 IN (SELECT profrost_visible_organisations()))"_s.arg(kSeesAll, column);
}

// Who may read and who may change the rows of one table: the two
// expressions of its policies, and the roles granted INSERT, UPDATE and
// DELETE on it (and those granted UPDATE only).
struct TableRule
{
    QString table;
    QString read;
    QString write;
    QList<UserAccess::Role> writers;
    QList<UserAccess::Role> updaters = {};
    // Who may SELECT at all (the policy then picks the rows): empty for every role.
    QList<UserAccess::Role> readers = {};
};

using Role = UserAccess::Role;

QList<TableRule> tableRules()
{
    const QList<Role> staff = {Role::Administrator, Role::Methodist};
    const QList<Role> registry = {Role::Administrator, Role::Methodist, Role::OrganisationHead};
    const QList<Role> associations = {Role::Administrator, Role::Methodist, Role::AssociationHead};
    const QString anyone = kRole + u" <> 'none'"_s;

    QList<TableRule> rules;
    QHash<QString, QString> writeOf;
    auto add = [&](TableRule rule) {
        writeOf.insert(rule.table, rule.write);
        rules << std::move(rule);
    };
    // Shared by all: dictionaries, programmes and runs, events, the bank of practices.
    add({u"meta"_s, anyone, roleIn({Role::Administrator}), {Role::Administrator}});
    for (const char *table :
         {"municipality", "position", "subject", "setting", "programme", "programme_area", "programme_position",
          "programme_subject", "course_run", "centre_card", "centre_signer", "diagnosis_campaign",
          "diagnosis_campaign_area", "competency_area", "recommendation", "methodical_event", "event_guest",
          "competition", "practice", "practice_author", "practice_area", "practice_file", "practice_text",
          "development_track", "plan_version"})
        add({QString::fromLatin1(table), anyone, roleIn(staff), staff});

    // Organisations by municipality; what belongs to an organisation by it.
    const QString organisations = u"(%1 OR municipality_id = (SELECT profrost_user_municipality())"
                                  " OR id = (SELECT profrost_user_organisation()))"_s.arg(kSeesAll);
    add({u"organisation"_s, organisations, roleIn(staff) + u" AND "_s + organisations, staff});
    for (const char *table : {"innovation_site", "vacancy"})
        add({QString::fromLatin1(table), organisationScope(u"organisation_id"_s),
             roleIn(staff) + u" AND "_s + organisationScope(u"organisation_id"_s), staff});

    // Teachers through their posts; a post is written where its organisation is in scope.
    add({u"teacher"_s, teacherRowScope(), roleIn(registry) + u" AND "_s + teacherRowScope(), registry});
    // A post is read with its teacher, or where its organisation is in scope:
    // that is how a new post passes the read policy PostgreSQL applies to
    // INSERT ... RETURNING, before the post itself puts its teacher in scope.
    const QString posts = u"(%1 OR teacher_id IN (SELECT profrost_visible_teachers())"
                          " OR organisation_id IN (SELECT profrost_visible_organisations()))"_s.arg(kSeesAll);
    add({u"employment"_s, posts,
         roleIn(registry) + u" AND "_s + organisationScope(u"organisation_id"_s), registry});
    add({u"enrolment"_s, teacherScope(u"teacher_id"_s), roleIn(registry) + u" AND "_s + teacherScope(u"teacher_id"_s),
         registry});
    for (const auto &[table, column] : std::initializer_list<std::pair<const char *, const char *>>{
             {"training_plan", "teacher_id"}, {"attestation_record", "teacher_id"},
             {"attestation_application", "teacher_id"}, {"attestation_plan", "teacher_id"},
             {"diagnosis_result", "teacher_id"}, {"route", "teacher_id"}, {"mentorship", "mentee_id"},
             {"event_participant", "teacher_id"}, {"competition_entry", "teacher_id"},
             {"track_enrolment", "teacher_id"}}) {
        const QString scope = teacherScope(QString::fromLatin1(column));
        add({QString::fromLatin1(table), scope, roleIn(staff) + u" AND "_s + scope, staff});
    }

    // Associations: a school's by its organisation, a municipal or
    // inter-municipal one seen by all; an association's head writes only
    // their own association's tree.
    const QString associationRead = u"(%1 OR organisation_id IS NULL OR organisation_id IN"
                                    " (SELECT profrost_visible_organisations()))"_s.arg(kSeesAll);
    const QString ownAssociation = u"(%1 = 'rmo_head' AND %2 = (SELECT profrost_user_association()))"_s;
    add({u"association"_s, associationRead,
         u"(%1 AND %2) OR %3"_s.arg(roleIn(staff), associationRead, ownAssociation.arg(kRole, u"id"_s)), staff,
         {Role::AssociationHead}});
    for (const char *table : {"association_member", "meeting", "methodical_plan"}) {
        const bool centrePlans = qstrcmp(table, "methodical_plan") == 0; // the centre's plans have none
        const QString read = centrePlans ? u"(association_id IS NULL OR association_id IN (SELECT id FROM association))"_s
                                         : u"association_id IN (SELECT id FROM association)"_s;
        add({QString::fromLatin1(table), read,
             u"(%1 AND %2) OR %3"_s.arg(roleIn(staff), read, ownAssociation.arg(kRole, u"association_id"_s)),
             associations});
    }

    // Rows that belong to another table's row: in scope with it.
    for (const auto &[table, column, parent] : std::initializer_list<std::tuple<const char *, const char *, const char *>>{
             {"employment_subject", "employment_id", "employment"},
             {"diagnosis_score", "result_id", "diagnosis_result"},
             {"route_deficit", "route_id", "route"},
             {"route_activity", "route_id", "route"},
             {"competition_result", "entry_id", "competition_entry"},
             {"plan_stage", "plan_id", "methodical_plan"},
             {"plan_item", "plan_id", "methodical_plan"},
             {"meeting_attendee", "meeting_id", "meeting"},
             {"agenda_item", "meeting_id", "meeting"},
             {"site_person", "site_id", "innovation_site"},
             {"site_report", "site_id", "innovation_site"}}) {
        const QString parentTable = QString::fromLatin1(parent);
        const auto parentRule = std::find_if(rules.cbegin(), rules.cend(),
                                             [&parentTable](const TableRule &r) { return r.table == parentTable; });
        Q_ASSERT(parentRule != rules.cend());
        add({QString::fromLatin1(table), u"%1 IN (SELECT id FROM %2)"_s.arg(QLatin1StringView(column), parentTable),
             u"%1 IN (SELECT id FROM %2 WHERE %3)"_s.arg(QLatin1StringView(column), parentTable, writeOf.value(parentTable)),
             parentRule->writers});
    }

    // The users themselves: each reads their own row; the administrator all.
    add({u"app_user"_s, u"(login = session_user::text OR %1)"_s.arg(roleIn({Role::Administrator})),
         roleIn({Role::Administrator}), {Role::Administrator}, {}, {Role::Administrator}});
    // The audit log: read by the administrator, written by the server's trigger alone.
    add({u"audit_log"_s, roleIn({Role::Administrator}), u"false"_s, {}, {}, {Role::Administrator}});
    return rules;
}

QString currentSchema(Database &db)
{
    const QString schema = Query(db, u"SELECT current_schema()"_s).scalar().toString();
    if (!ServerDatabase::validName(schema))
        throw Error(ServerSecurity::tr("The schema \"%1\" cannot be set up here.").arg(schema));
    return schema;
}

QString currentDatabaseName(Database &db)
{
    const QString name = Query(db, u"SELECT current_database()"_s).scalar().toString();
    if (!ServerDatabase::validName(name))
        throw Error(ServerSecurity::tr("The database \"%1\" cannot be set up here.").arg(name));
    return name;
}

// PostgreSQL takes no parameter in CREATE ROLE: the password goes in as a
// string constant (standard_conforming_strings: only the quote is doubled).
QString quotedLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

bool ServerSecurity::installed(Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres
        && Query(db, u"SELECT to_regclass('app_user') IS NOT NULL"_s).scalar().toBool();
}

void ServerSecurity::install(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        throw Error(tr("Roles are set up on a server's database only; a file belongs to its user."));
    const QString schema = currentSchema(db);
    const QString database = currentDatabaseName(db);
    const QList<TableRule> rules = tableRules();

    Transaction tx(db);
    for (Role role : groupRoles()) {
        // Created once for the whole server; a second database finds them.
        run(db, u"DO $r$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                " THEN CREATE ROLE %1 NOLOGIN; END IF; END $r$"_s.arg(groupRole(role)));
    }
    // No IF NOT EXISTS: the server would print a notice on every renewal.
    // No foreign keys: the users outlive a registry replaced by server push.
    if (!installed(db))
        run(db, u"CREATE TABLE app_user (login TEXT PRIMARY KEY,"
                " role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'methodist', 'rmo_head', 'school_head', 'observer')),"
                " municipality_id BIGINT, organisation_id BIGINT, association_id BIGINT)"_s);
    for (const QString &statement : functionStatements(schema))
        run(db, statement);
    AuditLog::install(db);
    ChangeFeed::install(db);

    // Every table needs a rule: one a later migration adds without one is
    // refused here rather than left open (or shut) by accident.
    QStringList tables = Query(db, db.dialect().tableNamesStatement()).texts();
    QStringList covered;
    for (const TableRule &rule : rules)
        covered << rule.table;
    QStringList missing;
    for (const QString &table : std::as_const(tables)) {
        if (!covered.contains(table))
            missing << table;
    }
    if (!missing.isEmpty())
        throw Error(tr("No access rule for the tables %1: add them to ServerSecurity.").arg(missing.join(u", "_s)));

    // Renewed whole: the old policies dropped, the grants revoked and given again.
    Query policies(db, u"SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema()"_s);
    policies.exec();
    QList<std::pair<QString, QString>> old;
    while (policies.next())
        old.append({policies.text(0), policies.text(1)});
    for (const auto &[table, policy] : old)
        run(db, u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(policy, table));

    QStringList groups;
    for (Role role : groupRoles())
        groups << groupRole(role);
    const QString allGroups = groups.join(u", "_s);
    run(db, u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(schema, allGroups));
    run(db, u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, allGroups));
    run(db, u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, allGroups));
    run(db, u"REVOKE CONNECT ON DATABASE %1 FROM PUBLIC"_s.arg(database));

    for (const TableRule &rule : rules) {
        if (!tables.contains(rule.table))
            continue; // not on this server's schema version
        run(db, u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(rule.table));
        run(db, u"CREATE POLICY profrost_read ON %1 FOR SELECT USING (%2)"_s.arg(rule.table, rule.read));
        run(db, u"CREATE POLICY profrost_insert ON %1 FOR INSERT WITH CHECK (%2)"_s.arg(rule.table, rule.write));
        run(db, u"CREATE POLICY profrost_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)"_s.arg(rule.table, rule.write));
        run(db, u"CREATE POLICY profrost_delete ON %1 FOR DELETE USING (%2)"_s.arg(rule.table, rule.write));
        QStringList readers;
        for (Role role : rule.readers)
            readers << groupRole(role);
        run(db, u"GRANT SELECT ON %1 TO %2"_s.arg(rule.table, readers.isEmpty() ? allGroups : readers.join(u", "_s)));
        QStringList writers, updaters;
        for (Role role : rule.writers)
            writers << groupRole(role);
        for (Role role : rule.updaters)
            updaters << groupRole(role);
        if (!writers.isEmpty())
            run(db, u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(rule.table, writers.join(u", "_s)));
        if (!updaters.isEmpty())
            run(db, u"GRANT UPDATE ON %1 TO %2"_s.arg(rule.table, updaters.join(u", "_s)));
    }
    tx.commit();
}

void ServerSecurity::addUser(Database &db, const NewUser &user)
{
    if (!installed(db))
        throw Error(tr("The database has no roles yet: run profrost-cli server init first."));
    static const QRegularExpression loginPattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!loginPattern.match(user.login).hasMatch())
        throw Error(tr("\"%1\" cannot be a login here: use small Latin letters, digits and \"_\", starting with a "
                       "letter.").arg(user.login));
    if (user.login.startsWith(u"profrost_") || user.login.startsWith(u"pg_") || user.login == u"postgres")
        throw Error(tr("\"%1\" is a name the server or the program keeps for itself.").arg(user.login));
    if (user.role == Role::None)
        throw Error(tr("A user needs a role."));
    if (user.password.contains(QChar(0)))
        throw Error(tr("A password cannot hold a NUL character."));

    auto idOf = [&db](const QString &sql, const QString &name, const QString &what, int binds = 1) -> QVariant {
        if (name.isEmpty())
            return QVariant();
        Query q(db, sql);
        for (int i = 0; i < binds; ++i)
            q.bind(name);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.id(0);
        if (ids.isEmpty())
            throw Error(tr("The registry has no %1 \"%2\".").arg(what, name));
        if (ids.size() > 1)
            throw Error(tr("The registry has %1 of the name \"%2\": give the municipality as well.")
                            .arg(what, name));
        return ids.first();
    };
    QVariant municipality = idOf(u"SELECT id FROM municipality WHERE name = ?"_s, user.municipality,
                                 tr("municipality"));
    QVariant organisation;
    if (!user.organisation.isEmpty()) {
        if (municipality.isValid()) {
            Query q(db, u"SELECT id FROM organisation WHERE (name = ? OR short_name = ?) AND municipality_id = ?"_s);
            q.bind(user.organisation).bind(user.organisation).bind(municipality.toLongLong()).exec();
            if (!q.next())
                throw Error(tr("The municipality \"%1\" has no organisation \"%2\".").arg(user.municipality, user.organisation));
            organisation = q.id(0);
        } else {
            organisation = idOf(u"SELECT id FROM organisation WHERE name = ? OR short_name = ?"_s, user.organisation,
                                tr("organisation"), 2);
        }
    }
    const QVariant association = idOf(u"SELECT id FROM association WHERE name = ?"_s, user.association,
                                      tr("association"));

    switch (user.role) {
    case Role::Administrator:
        if (municipality.isValid() || organisation.isValid() || association.isValid())
            throw Error(tr("An administrator is not limited to a municipality, an organisation or an association."));
        break;
    case Role::OrganisationHead:
        if (!organisation.isValid())
            throw Error(tr("The head of an organisation needs --organisation."));
        if (association.isValid())
            throw Error(tr("The head of an organisation is not limited to an association."));
        municipality = QVariant(); // the organisation is the whole scope
        break;
    case Role::AssociationHead:
        if (!association.isValid())
            throw Error(tr("The head of an association needs --association."));
        if (organisation.isValid())
            throw Error(tr("The head of an association is limited by the association, not an organisation."));
        if (!municipality.isValid()) // a school's association: its organisation's municipality
            municipality = Query(db, u"SELECT o.municipality_id FROM association a JOIN organisation o"
                                     " ON o.id = a.organisation_id WHERE a.id = ?"_s)
                               .bind(association.toLongLong())
                               .scalar();
        break;
    case Role::Methodist:
    case Role::Observer:
        if (organisation.isValid() || association.isValid())
            throw Error(tr("A methodist or an observer is limited to a municipality, if to anything."));
        break;
    case Role::None:
        break;
    }

    const QString database = currentDatabaseName(db);
    Transaction tx(db);
    const bool exists = Query(db, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s).bind(user.login).scalar().isValid();
    // The login's name was checked above: nothing in it needs quoting.
    const QString password = user.password.isEmpty() ? QString() : u" PASSWORD "_s + quotedLiteral(user.password);
    if (!exists)
        run(db, u"CREATE ROLE %1 LOGIN%2"_s.arg(user.login, password));
    else if (!password.isEmpty())
        run(db, u"ALTER ROLE %1%2"_s.arg(user.login, password));
    run(db, u"GRANT %1 TO %2"_s.arg(groupRole(user.role), user.login));
    run(db, u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, user.login));
    Query(db, u"INSERT INTO app_user (login, role, municipality_id, organisation_id, association_id)"
              " VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET role = excluded.role,"
              " municipality_id = excluded.municipality_id, organisation_id = excluded.organisation_id,"
              " association_id = excluded.association_id"_s)
        .bind(user.login)
        .bind(UserAccess::key(user.role))
        .bind(municipality)
        .bind(organisation)
        .bind(association)
        .exec();
    tx.commit();
}

QList<ServerSecurity::User> ServerSecurity::users(Database &db)
{
    QList<User> list;
    if (!installed(db))
        return list;
    Query q(db, u"SELECT u.login, u.role, a.name, o.name, m.name FROM app_user u"
                " LEFT JOIN municipality m ON m.id = u.municipality_id"
                " LEFT JOIN organisation o ON o.id = u.organisation_id"
                " LEFT JOIN association a ON a.id = u.association_id ORDER BY u.login"_s);
    q.exec();
    while (q.next()) {
        User user;
        user.login = q.text(0);
        user.role = UserAccess::fromKey(q.text(1)).value_or(Role::None);
        for (int column : {2, 3, 4}) {
            if (!q.text(column).isEmpty()) {
                user.scope = q.text(column);
                break;
            }
        }
        list << user;
    }
    return list;
}

} // namespace profrost
