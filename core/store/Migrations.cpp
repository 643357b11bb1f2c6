#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace profrost {

namespace {

void run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw Error(QCoreApplication::translate("Migrations", "Schema upgrade failed: %1\n%2")
                        .arg(q.lastError().text(), sql.simplified()));
}

// Version 1: the registry of organisations and teachers.
void step1(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"));
    run(db, QStringLiteral("CREATE TABLE municipality (id %1, name TEXT NOT NULL UNIQUE)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE organisation (id %1,"
        " name TEXT NOT NULL,"
        " short_name TEXT,"
        " type VARCHAR(16) NOT NULL CHECK (type IN ('school', 'preschool', 'additional', 'other')),"
        " municipality_id BIGINT NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,"
        " low_results SMALLINT NOT NULL DEFAULT 0,"
        " unfavourable SMALLINT NOT NULL DEFAULT 0,"
        " address TEXT,"
        " director TEXT,"
        " UNIQUE (municipality_id, name))").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE position (id %1, name TEXT NOT NULL UNIQUE,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('pedagogical', 'managerial')))").arg(pk));
    run(db, QStringLiteral("CREATE TABLE subject (id %1, name TEXT NOT NULL UNIQUE)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE teacher (id %1,"
        " surname TEXT NOT NULL CHECK (surname <> ''),"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " patronymic TEXT,"
        " birth_date DATE,"
        " snils CHAR(11) UNIQUE,"
        " phone TEXT,"
        " email TEXT,"
        " experience_start DATE,"
        " category VARCHAR(16),"
        " category_date DATE)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE employment (id %1,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,"
        " position_id BIGINT NOT NULL REFERENCES position(id) ON DELETE RESTRICT,"
        " hired DATE,"
        " dismissed DATE,"
        " CHECK (dismissed IS NULL OR hired IS NULL OR dismissed >= hired))").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE employment_subject ("
        " employment_id BIGINT NOT NULL REFERENCES employment(id) ON DELETE CASCADE,"
        " subject_id BIGINT NOT NULL REFERENCES subject(id) ON DELETE RESTRICT,"
        " PRIMARY KEY (employment_id, subject_id))"));
    Query(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', ?)"))
        .bind(Migrations::applicationTag()).exec();
    Query(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")).exec();
}

// Version 2: domain settings shared by every user of the database, and the
// indexes that keep the registry pages fast at regional scale.
void step2(Database &db)
{
    run(db, QStringLiteral("CREATE TABLE setting (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"));
    run(db, QStringLiteral("CREATE INDEX teacher_by_birth ON teacher (birth_date)"));
    run(db, QStringLiteral("CREATE INDEX employment_by_teacher ON employment (teacher_id)"));
    run(db, QStringLiteral("CREATE INDEX employment_by_organisation ON employment (organisation_id)"));
    run(db, QStringLiteral("CREATE INDEX organisation_by_municipality ON organisation (municipality_id)"));
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('category_validity_years', '5')")).exec();
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('training_interval_years', '3')")).exec();
}

// Version 3: further training — the programme catalogue, course runs,
// enrolments (applications, waiting list, certificates) and the plan-graph.
void step3(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE programme (id %1,"
        " title TEXT NOT NULL CHECK (title <> ''),"
        " provider TEXT NOT NULL CHECK (provider <> ''),"
        " provider_kind VARCHAR(16) NOT NULL CHECK (provider_kind IN ('iro', 'cnppm', 'university', 'other')),"
        " kind VARCHAR(8) NOT NULL CHECK (kind IN ('pk', 'pp')),"
        " hours INTEGER NOT NULL CHECK (hours > 0),"
        " form VARCHAR(16) NOT NULL CHECK (form IN ('full_time', 'distance', 'blended')),"
        " federal_registry SMALLINT NOT NULL DEFAULT 0,"
        " UNIQUE (title, provider, hours))").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE programme_area ("
        " programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
        " area VARCHAR(32) NOT NULL,"
        " PRIMARY KEY (programme_id, area))"));
    run(db, QStringLiteral(
        "CREATE TABLE programme_position ("
        " programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
        " position_id BIGINT NOT NULL REFERENCES position(id) ON DELETE RESTRICT,"
        " PRIMARY KEY (programme_id, position_id))"));
    run(db, QStringLiteral(
        "CREATE TABLE programme_subject ("
        " programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE CASCADE,"
        " subject_id BIGINT NOT NULL REFERENCES subject(id) ON DELETE RESTRICT,"
        " PRIMARY KEY (programme_id, subject_id))"));
    run(db, QStringLiteral(
        "CREATE TABLE course_run (id %1,"
        " programme_id BIGINT NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,"
        " starts DATE NOT NULL,"
        " ends DATE NOT NULL,"
        " place TEXT,"
        " group_name TEXT,"
        " seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),"
        " CHECK (ends >= starts))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX course_run_by_programme ON course_run (programme_id)"));
    run(db, QStringLiteral("CREATE INDEX course_run_by_dates ON course_run (starts, ends)"));
    // A teacher with course records cannot be deleted (RESTRICT): the
    // history is worth more than the row; dismiss the teacher instead.
    run(db, QStringLiteral(
        "CREATE TABLE enrolment (id %1,"
        " run_id BIGINT NOT NULL REFERENCES course_run(id) ON DELETE RESTRICT,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE RESTRICT,"
        " organisation_id BIGINT REFERENCES organisation(id) ON DELETE SET NULL,"
        " status VARCHAR(16) NOT NULL CHECK (status IN ('applied', 'enrolled', 'waiting', 'completed',"
        "   'not_completed', 'withdrawn')),"
        " applied_on DATE,"
        " certificate_number TEXT,"
        " certificate_date DATE,"
        " UNIQUE (run_id, teacher_id))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX enrolment_by_teacher ON enrolment (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE training_plan (id %1,"
        " start_year INTEGER NOT NULL,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " planned_year INTEGER NOT NULL,"
        " programme_id BIGINT REFERENCES programme(id) ON DELETE SET NULL,"
        " topic TEXT,"
        " UNIQUE (start_year, teacher_id))").arg(pk));
}

// Version 4: attestation — each teacher's history of categories and СЗД,
// applications for a category, and the saved 5-year plan-graphs. The
// teacher's category and its date (filled by the registry) become the
// first history record, so that nothing known before is lost; a category
// without a date cannot be dated and stays on the teacher only.
void step4(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    const QString categories = QStringLiteral("'first', 'highest', 'methodist', 'mentor'");
    run(db, QStringLiteral(
        "CREATE TABLE attestation_record (id %1,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('category', 'fitness')),"
        " category VARCHAR(16) CHECK (category IN (%2)),"
        " granted DATE NOT NULL,"
        " order_number TEXT,"
        " order_date DATE,"
        " decided_by VARCHAR(16) NOT NULL CHECK (decided_by IN ('region', 'organisation')),"
        " CHECK ((kind = 'category') = (category IS NOT NULL)),"
        " UNIQUE (teacher_id, kind, granted))").arg(pk, categories));
    run(db, QStringLiteral(
        "CREATE TABLE attestation_application (id %1,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " category VARCHAR(16) NOT NULL CHECK (category IN (%2)),"
        " planned_year INTEGER NOT NULL,"
        " planned_month INTEGER NOT NULL CHECK (planned_month BETWEEN 1 AND 12),"
        " submitted_on DATE,"
        " status VARCHAR(16) NOT NULL CHECK (status IN ('submitted', 'review', 'granted', 'refused')),"
        " decided_on DATE,"
        " record_id BIGINT REFERENCES attestation_record(id) ON DELETE SET NULL,"
        " note TEXT)").arg(pk, categories));
    run(db, QStringLiteral("CREATE INDEX attestation_application_by_teacher ON attestation_application (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE attestation_plan (id %1,"
        " start_year INTEGER NOT NULL,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('category', 'fitness')),"
        " category VARCHAR(16),"
        " apply_year INTEGER,"
        " apply_month INTEGER CHECK (apply_month IS NULL OR apply_month BETWEEN 1 AND 12),"
        " attest_year INTEGER NOT NULL,"
        " attest_month INTEGER NOT NULL CHECK (attest_month BETWEEN 1 AND 12),"
        " lapsed SMALLINT NOT NULL DEFAULT 0,"
        " UNIQUE (start_year, teacher_id))").arg(pk));
    run(db, QStringLiteral(
        "INSERT INTO attestation_record (teacher_id, kind, category, granted, decided_by)"
        " SELECT id, 'category', category, category_date, 'region' FROM teacher"
        " WHERE category IN (%1) AND category_date IS NOT NULL").arg(categories));
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('attestation_application_months', '3')")).exec();
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('category_reminder_months', '6')")).exec();
}

// Version 5: methodical associations (РМО, ШМО, groups) with their members
// over time, plans (an association's year plan, the centre's work plan, a
// roadmap) with stages and items, meetings with attendance and the agenda of
// their protocols. Protocol numbers are not stored: they follow from the
// dates (1, 2, ... in each academic year), so moving or removing a meeting
// renumbers the rest as the paper would.
void step5(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE association (id %1,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('rmo', 'shmo', 'creative', 'young', 'network', 'other')),"
        " level VARCHAR(16) NOT NULL CHECK (level IN ('school', 'municipal', 'intermunicipal')),"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " organisation_id BIGINT REFERENCES organisation(id) ON DELETE RESTRICT,"
        " subject_id BIGINT REFERENCES subject(id) ON DELETE SET NULL,"
        " direction TEXT,"
        " head_id BIGINT REFERENCES teacher(id) ON DELETE SET NULL,"
        " secretary_id BIGINT REFERENCES teacher(id) ON DELETE SET NULL,"
        " active_from INTEGER,"
        " active_to INTEGER,"
        " CHECK ((level = 'school') = (organisation_id IS NOT NULL)))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX association_by_organisation ON association (organisation_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE association_member (id %1,"
        " association_id BIGINT NOT NULL REFERENCES association(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " joined DATE,"
        " left_on DATE,"
        " CHECK (left_on IS NULL OR joined IS NULL OR left_on >= joined))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX association_member_by_association ON association_member (association_id)"));
    run(db, QStringLiteral("CREATE INDEX association_member_by_teacher ON association_member (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE methodical_plan (id %1,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('rmo_year', 'centre_work', 'roadmap')),"
        " title TEXT NOT NULL CHECK (title <> ''),"
        " association_id BIGINT REFERENCES association(id) ON DELETE CASCADE,"
        " start_year INTEGER,"
        " period_from DATE,"
        " period_to DATE,"
        " theme TEXT,"
        " goal TEXT,"
        " tasks TEXT,"
        " approval_position TEXT,"
        " approval_name TEXT,"
        " approval_date DATE)").arg(pk));
    run(db, QStringLiteral("CREATE INDEX methodical_plan_by_association ON methodical_plan (association_id, start_year)"));
    run(db, QStringLiteral(
        "CREATE TABLE plan_stage ("
        " plan_id BIGINT NOT NULL REFERENCES methodical_plan(id) ON DELETE CASCADE,"
        " number INTEGER NOT NULL CHECK (number > 0),"
        " title TEXT NOT NULL,"
        " PRIMARY KEY (plan_id, number))"));
    run(db, QStringLiteral(
        "CREATE TABLE plan_item (id %1,"
        " plan_id BIGINT NOT NULL REFERENCES methodical_plan(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " stage INTEGER NOT NULL DEFAULT 0,"
        " title TEXT NOT NULL,"
        " form TEXT,"
        " result TEXT,"
        " date_from DATE,"
        " date_to DATE,"
        " term TEXT,"
        " level TEXT,"
        " responsible TEXT,"
        " is_meeting SMALLINT NOT NULL DEFAULT 0)").arg(pk));
    run(db, QStringLiteral("CREATE INDEX plan_item_by_plan ON plan_item (plan_id, position)"));
    run(db, QStringLiteral(
        "CREATE TABLE meeting (id %1,"
        " association_id BIGINT NOT NULL REFERENCES association(id) ON DELETE CASCADE,"
        " plan_item_id BIGINT REFERENCES plan_item(id) ON DELETE SET NULL,"
        " held_on DATE NOT NULL,"
        " place TEXT,"
        " form TEXT,"
        " topic TEXT,"
        " guests TEXT)").arg(pk));
    run(db, QStringLiteral("CREATE INDEX meeting_by_association ON meeting (association_id, held_on)"));
    run(db, QStringLiteral(
        "CREATE TABLE meeting_attendee ("
        " meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " PRIMARY KEY (meeting_id, teacher_id))"));
    run(db, QStringLiteral(
        "CREATE TABLE agenda_item (id %1,"
        " meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " title TEXT NOT NULL,"
        " speaker TEXT,"
        " heard TEXT,"
        " spoke TEXT,"
        " decided TEXT,"
        " votes_for INTEGER,"
        " votes_against INTEGER,"
        " votes_abstained INTEGER)").arg(pk));
    run(db, QStringLiteral("CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position)"));
}

// Version 6: the «РАССМОТРЕНО» block of a plan (core/documents/README.md): the body that
// reviewed it and that meeting's protocol date and number.
void step6(Database &db)
{
    run(db, QStringLiteral("ALTER TABLE methodical_plan ADD COLUMN review_body TEXT"));
    run(db, QStringLiteral("ALTER TABLE methodical_plan ADD COLUMN review_date DATE"));
    run(db, QStringLiteral("ALTER TABLE methodical_plan ADD COLUMN review_number TEXT"));
}

// Version 7: the centre's card (Settings → «Организация (ИМЦ)»): its names,
// address and head, one row; and who signs each kind of document at its end.
// In the database, not in a user's settings, so that every user of a shared
// database prints the same approval blocks and signatures.
void step7(Database &db)
{
    run(db, QStringLiteral(
        "CREATE TABLE centre_card (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " full_name TEXT,"
        " short_name TEXT,"
        " municipality TEXT,"
        " address TEXT,"
        " head_position TEXT,"
        " head_name TEXT)"));
    run(db, QStringLiteral(
        "CREATE TABLE centre_signer (document VARCHAR(32) PRIMARY KEY,"
        " position TEXT,"
        " name TEXT)"));
}

// Version 8: diagnostics of professional deficits (core/README.md). A
// campaign measures competency areas (the codes of programme_area); a
// result is identified by its teacher, campaign and day; its scores are
// hundredths of a per cent, so that 50 % compares exactly. The thresholds
// are settings: a deficit below 50 %, functional literacy passed at 70 %.
void step8(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE diagnosis_campaign (id %1,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('self', 'centre', 'literacy', 'other')),"
        " starts DATE NOT NULL,"
        " ends DATE,"
        " UNIQUE (name, starts))").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE diagnosis_campaign_area ("
        " campaign_id BIGINT NOT NULL REFERENCES diagnosis_campaign(id) ON DELETE CASCADE,"
        " area VARCHAR(32) NOT NULL,"
        " PRIMARY KEY (campaign_id, area))"));
    run(db, QStringLiteral(
        "CREATE TABLE diagnosis_result (id %1,"
        " campaign_id BIGINT NOT NULL REFERENCES diagnosis_campaign(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " taken_on DATE NOT NULL,"
        " UNIQUE (teacher_id, campaign_id, taken_on))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX diagnosis_result_campaign ON diagnosis_result (campaign_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE diagnosis_score ("
        " result_id BIGINT NOT NULL REFERENCES diagnosis_result(id) ON DELETE CASCADE,"
        " area VARCHAR(32) NOT NULL,"
        " percent_x100 INTEGER NOT NULL CHECK (percent_x100 BETWEEN 0 AND 10000),"
        " PRIMARY KEY (result_id, area))"));
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('deficit_threshold_percent', '50')")).exec();
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('literacy_pass_percent', '70')")).exec();
}

// Version 9: individual educational routes (ИОМ, core/README.md): one per
// teacher and academic year, the deficits it addresses and its activities in
// the order of the plan. An activity names the application made for its
// course without a foreign key: undoing a change of a run's participants
// deletes and re-inserts them with their ids, which would cut the link.
void step9(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE route (id %1,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1990 AND 2200),"
        " goal TEXT,"
        " tasks TEXT,"
        " curator TEXT,"
        " UNIQUE (teacher_id, start_year))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX route_by_year ON route (start_year)"));
    run(db, QStringLiteral(
        "CREATE TABLE route_deficit ("
        " route_id BIGINT NOT NULL REFERENCES route(id) ON DELETE CASCADE,"
        " area VARCHAR(32) NOT NULL,"
        " PRIMARY KEY (route_id, area))"));
    run(db, QStringLiteral(
        "CREATE TABLE route_activity (id %1,"
        " route_id BIGINT NOT NULL REFERENCES route(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('course', 'self', 'consultation', 'mentoring', 'association',"
        " 'internship', 'competition', 'event')),"
        " title TEXT NOT NULL CHECK (title <> ''),"
        " area VARCHAR(32),"
        " programme_id BIGINT REFERENCES programme(id) ON DELETE SET NULL,"
        " enrolment_id BIGINT,"
        " starts DATE,"
        " ends DATE,"
        " expected_result TEXT,"
        " evidence TEXT,"
        " status VARCHAR(16) NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),"
        " responsible TEXT,"
        " CHECK (ends IS NULL OR starts IS NULL OR ends >= starts))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX route_activity_by_route ON route_activity (route_id, position)"));
}

// Version 10: mentorship pairs (core/README.md «Young teachers and
// mentoring»): a mentor and a mentee of the registry, the form, the first and
// the last day (none: ongoing); identified by mentor, mentee and first day.
// The mentors' council is warned above a load that is a setting.
void step10(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE mentorship (id %1,"
        " mentor_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " mentee_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " form VARCHAR(16) NOT NULL CHECK (form IN ('teacher', 'manager', 'student', 'group')),"
        " starts DATE NOT NULL,"
        " ends DATE,"
        " goals TEXT,"
        " result TEXT,"
        " CHECK (mentor_id <> mentee_id),"
        " CHECK (ends IS NULL OR ends >= starts),"
        " UNIQUE (mentor_id, mentee_id, starts))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX mentorship_by_mentee ON mentorship (mentee_id)"));
    Query(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('mentor_load_limit', '3')")).exec();
}

// Version 11: methodical events (core/README.md «Methodical events»): kind,
// level, topic, days, organiser, place, audience, hours, planned or held; the
// registry's participants with their role (once each), and guests from
// outside the registry, counted apart.
void step11(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE methodical_event (id %1,"
        " kind VARCHAR(16) NOT NULL CHECK (kind IN ('seminar', 'webinar', 'conference', 'master_class', 'landing',"
        " 'mini_course', 'internship', 'round_table', 'open_lesson', 'other')),"
        " level VARCHAR(16) NOT NULL CHECK (level IN ('school', 'municipal', 'inter_municipal', 'regional',"
        " 'federal')),"
        " topic TEXT NOT NULL CHECK (topic <> ''),"
        " starts DATE NOT NULL,"
        " ends DATE,"
        " organiser TEXT,"
        " place TEXT,"
        " audience TEXT,"
        " hours NUMERIC(6, 1) NOT NULL DEFAULT 0 CHECK (hours >= 0),"
        " held SMALLINT NOT NULL DEFAULT 0,"
        " note TEXT,"
        " CHECK (ends IS NULL OR ends >= starts))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX methodical_event_by_start ON methodical_event (starts)"));
    run(db, QStringLiteral(
        "CREATE TABLE event_participant ("
        " event_id BIGINT NOT NULL REFERENCES methodical_event(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " role VARCHAR(16) NOT NULL CHECK (role IN ('organiser', 'speaker', 'listener')),"
        " PRIMARY KEY (event_id, teacher_id))"));
    run(db, QStringLiteral("CREATE INDEX event_participant_by_teacher ON event_participant (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE event_guest (id %1,"
        " event_id BIGINT NOT NULL REFERENCES methodical_event(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " organisation TEXT,"
        " role VARCHAR(16) NOT NULL CHECK (role IN ('organiser', 'speaker', 'listener')))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX event_guest_by_event ON event_guest (event_id, position)"));
}

// Version 12: professional competitions (core/README.md «Professional
// competitions»): a competition of a year with its stages and nominations;
// the registry's teachers in it (once per nomination) with their result at
// each stage they reached.
void step12(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE competition (id %1,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
        " stages TEXT NOT NULL CHECK (stages <> ''),"
        " nominations TEXT,"
        " note TEXT)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE competition_entry (id %1,"
        " competition_id BIGINT NOT NULL REFERENCES competition(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " nomination TEXT NOT NULL DEFAULT '',"
        " UNIQUE (competition_id, teacher_id, nomination))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX competition_entry_by_teacher ON competition_entry (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE competition_result ("
        " entry_id BIGINT NOT NULL REFERENCES competition_entry(id) ON DELETE CASCADE,"
        " level VARCHAR(16) NOT NULL CHECK (level IN ('school', 'municipal', 'regional', 'federal')),"
        " result VARCHAR(16) NOT NULL CHECK (result IN ('participant', 'laureate', 'prizewinner', 'winner')),"
        " PRIMARY KEY (entry_id, level))"));
}

// Version 13: the competency areas become a dictionary the methodist keeps
// (core/README.md «The competency areas»): the code every area table has
// stored since steps 3, 8 and 9, the Russian name printed and matched in
// imports, the order of every list, and the flag of the area judged by the
// literacy pass mark. Seeded with the six areas the program had built in,
// under the codes already stored, so existing data keeps its meaning.
void step13(Database &db)
{
    run(db, QStringLiteral(
        "CREATE TABLE competency_area ("
        " code VARCHAR(32) PRIMARY KEY CHECK (code <> ''),"
        " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
        " position INTEGER NOT NULL,"
        " literacy SMALLINT NOT NULL DEFAULT 0 CHECK (literacy IN (0, 1)))"));
    const struct
    {
        const char16_t *code;
        const char16_t *name;
        int literacy;
    } defaults[] = {
        {u"subject", u"предметная", 0},
        {u"methodical", u"методическая", 0},
        {u"psychological", u"психолого-педагогическая", 0},
        {u"communicative", u"коммуникативная", 0},
        {u"digital", u"цифровая", 0},
        {u"functional_literacy", u"функциональная грамотность", 1},
    };
    int position = 0;
    for (const auto &d : defaults)
        Query(db, QStringLiteral("INSERT INTO competency_area (code, name, position, literacy) VALUES (?, ?, ?, ?)"))
            .bind(QString::fromUtf16(d.code)).bind(QString::fromUtf16(d.name)).bind(++position).bind(d.literacy).exec();
}

// Version 14: the addressed recommendations of a monitoring (seed 002,
// criterion 5; core/README.md «Recommendations of a monitoring»): the
// management decisions written after a monitoring — to whom, what, by when —
// and their check at a later one (done / not done, on a date).
void step14(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE recommendation (id %1,"
        " made_on DATE NOT NULL,"
        " addressee TEXT NOT NULL CHECK (addressee <> ''),"
        " text TEXT NOT NULL CHECK (text <> ''),"
        " due DATE NOT NULL,"
        " indicator VARCHAR(8),"
        " state VARCHAR(16) NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'not_done')),"
        " checked_on DATE,"
        " note TEXT,"
        " CHECK (due >= made_on),"
        " CHECK (state = 'planned' OR checked_on IS NOT NULL))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX recommendation_by_made_on ON recommendation (made_on)"));
}

// Version 15: innovation and
// internship sites and staffing needs (core/README.md «Innovation sites and
// staffing needs»). A site of an organisation with its status, level, topic,
// order, period and state; the registry's teachers on it with their role; a
// report each year, its file kept in the database (at most 20 MB, checked in
// SiteRules). A vacancy of an organisation: post, subject, rate in ставки,
// since when, why, and who filled it when (open while not filled).
void step15(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    const QString blob = db.dialect().kind() == SqlDialect::Kind::Postgres ? QStringLiteral("BYTEA")
                                                                            : QStringLiteral("BLOB");
    run(db, QStringLiteral(
        "CREATE TABLE innovation_site (id %1,"
        " organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,"
        " status VARCHAR(16) NOT NULL CHECK (status IN ('innovation', 'internship', 'support', 'resource_centre')),"
        " level VARCHAR(16) NOT NULL CHECK (level IN ('municipal', 'regional', 'federal')),"
        " topic TEXT NOT NULL CHECK (topic <> ''),"
        " order_number TEXT,"
        " order_date DATE,"
        " starts DATE NOT NULL,"
        " ends DATE,"
        " state VARCHAR(16) NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'finished', 'prolonged')),"
        " note TEXT,"
        " CHECK (ends IS NULL OR ends >= starts))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX innovation_site_by_organisation ON innovation_site (organisation_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE site_person ("
        " site_id BIGINT NOT NULL REFERENCES innovation_site(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " role TEXT,"
        " PRIMARY KEY (site_id, teacher_id))"));
    run(db, QStringLiteral("CREATE INDEX site_person_by_teacher ON site_person (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE site_report ("
        " site_id BIGINT NOT NULL REFERENCES innovation_site(id) ON DELETE CASCADE,"
        " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
        " text TEXT,"
        " file_name TEXT,"
        " file_data %1,"
        " PRIMARY KEY (site_id, year))").arg(blob));
    run(db, QStringLiteral(
        "CREATE TABLE vacancy (id %1,"
        " organisation_id BIGINT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,"
        " post TEXT NOT NULL CHECK (post <> ''),"
        " subject TEXT,"
        " rate NUMERIC(5, 2) NOT NULL CHECK (rate > 0),"
        " since DATE NOT NULL,"
        " reason TEXT,"
        " filled_by_teacher BIGINT REFERENCES teacher(id) ON DELETE SET NULL,"
        " filled_by_name TEXT,"
        " filled_on DATE,"
        " note TEXT,"
        " CHECK (filled_on IS NULL OR filled_on >= since))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX vacancy_by_organisation ON vacancy (organisation_id)"));
}

// Version 16: the bank of successful practices (core/README.md «The bank of
// practices»): a practice with its authors from the registry, the
// competency areas it helps with, its attached files (their contents in the
// database, at most 20 MB each) and the full-text index of the stems of its
// title, description, tags and authors' names (the dialect's kind of index).
void step16(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE practice (id %1,"
        " title TEXT NOT NULL CHECK (title <> ''),"
        " subject TEXT,"
        " level VARCHAR(16) NOT NULL CHECK (level IN ('school', 'municipal', 'regional', 'federal')),"
        " description TEXT,"
        " tags TEXT)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE practice_author ("
        " practice_id BIGINT NOT NULL REFERENCES practice(id) ON DELETE CASCADE,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " PRIMARY KEY (practice_id, teacher_id))"));
    run(db, QStringLiteral("CREATE INDEX practice_author_by_teacher ON practice_author (teacher_id)"));
    run(db, QStringLiteral(
        "CREATE TABLE practice_area ("
        " practice_id BIGINT NOT NULL REFERENCES practice(id) ON DELETE CASCADE,"
        " area VARCHAR(32) NOT NULL,"
        " PRIMARY KEY (practice_id, area))"));
    run(db, QStringLiteral("CREATE INDEX practice_area_by_area ON practice_area (area)"));
    run(db, QStringLiteral(
        "CREATE TABLE practice_file (id %1,"
        " practice_id BIGINT NOT NULL REFERENCES practice(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " size BIGINT NOT NULL CHECK (size >= 0 AND size <= 20971520),"
        " content %2 NOT NULL)").arg(pk, db.dialect().blobType()));
    run(db, QStringLiteral("CREATE INDEX practice_file_by_practice ON practice_file (practice_id, position)"));
    for (const QString &sql : db.dialect().fullTextTableStatements(QStringLiteral("practice_text"),
                                                                   QStringLiteral("practice")))
        run(db, sql);
}

// Version 17: tracks of professional development (core/README.md «Tracks of
// development»): the centre's list of tracks, seeded with the three of seed
// 000 (written out here, not taken from code that may change later), and
// the teachers enrolled on a track for a calendar half-year with whether
// they completed it. A track with enrolments cannot be deleted (RESTRICT).
void step17(Database &db)
{
    const QString pk = db.dialect().primaryKey();
    run(db, QStringLiteral(
        "CREATE TABLE development_track (id %1,"
        " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
        " description TEXT,"
        " position INTEGER NOT NULL)").arg(pk));
    run(db, QStringLiteral(
        "CREATE TABLE track_enrolment (id %1,"
        " track_id BIGINT NOT NULL REFERENCES development_track(id) ON DELETE RESTRICT,"
        " teacher_id BIGINT NOT NULL REFERENCES teacher(id) ON DELETE CASCADE,"
        " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
        " half SMALLINT NOT NULL CHECK (half IN (1, 2)),"
        " completed SMALLINT NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),"
        " UNIQUE (track_id, teacher_id, year, half))").arg(pk));
    run(db, QStringLiteral("CREATE INDEX track_enrolment_by_half ON track_enrolment (year, half)"));
    run(db, QStringLiteral("CREATE INDEX track_enrolment_by_teacher ON track_enrolment (teacher_id)"));
    const QStringList defaults = {
        QStringLiteral("Плановое повышение профессионального мастерства педагогических работников"),
        QStringLiteral("Устранение дефицита педагогических кадров"),
        QStringLiteral("Повышение квалификации педагогических работников в рамках реализации приоритетных "
                       "федеральных программ"),
    };
    for (int i = 0; i < defaults.size(); ++i)
        Query(db, QStringLiteral("INSERT INTO development_track (name, position) VALUES (?, ?)"))
            .bind(defaults.at(i)).bind(i + 1).exec();
}

// Version 18: optimistic locking (store/RowVersion) of the records two users
// of a shared database may edit at once: a teacher's card, an
// organisation's, a meeting with its protocol. Every row starts at version 1.
void step18(Database &db)
{
    for (const char *table : {"teacher", "organisation", "meeting"})
        run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                    .arg(QLatin1StringView(table)));
}

// Version 19: the methodical plans join optimistic locking (store/RowVersion):
// an association's head and a methodist edit one year plan.
void step19(Database &db)
{
    run(db, QStringLiteral("ALTER TABLE methodical_plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"));
}

// Version 20: the other records two users may edit at once join optimistic
// locking (store/RowVersion): an association with its members, an event,
// a competition, an individual route, an innovation site.
void step20(Database &db)
{
    for (const char *table : {"association", "methodical_event", "competition", "route", "innovation_site"})
        run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                    .arg(QLatin1StringView(table)));
}

// Version 21: the last records two users may edit at once join optimistic
// locking (store/RowVersion): a course run, a mentoring pair, a practice of
// the bank, a vacancy, a recommendation of the monitoring.
void step21(Database &db)
{
    for (const char *table : {"course_run", "mentorship", "practice", "vacancy", "recommendation"})
        run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                    .arg(QLatin1StringView(table)));
}

// Version 22: an attestation record and a programme of the catalogue join
// optimistic locking (store/RowVersion): two methodists correct one record.
void step22(Database &db)
{
    for (const char *table : {"attestation_record", "programme"})
        run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                    .arg(QLatin1StringView(table)));
}

// Version 23: the plan-graphs join optimistic locking (store/PlanGraphVersion):
// a plan is saved whole per first year and has no row of its own, so the
// version of each kind and first year is kept here (absent: version 1).
void step23(Database &db)
{
    run(db, QStringLiteral("CREATE TABLE plan_version ("
                           " kind VARCHAR(16) NOT NULL CHECK (kind IN ('training', 'attestation')),"
                           " start_year INTEGER NOT NULL,"
                           " row_version INTEGER NOT NULL DEFAULT 1,"
                           " PRIMARY KEY (kind, start_year))"));
}

// Version 24: the tracks of development and their enrolments join optimistic
// locking (store/RowVersion): two methodists mark one half-year's completions.
void step24(Database &db)
{
    for (const char *table : {"development_track", "track_enrolment"})
        run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                    .arg(QLatin1StringView(table)));
}

using Step = void (*)(Database &);
const Step s_steps[] = {step1, step2, step3, step4, step5, step6, step7, step8, step9, step10, step11, step12, step13,
                        step14, step15, step16, step17, step18, step19, step20, step21, step22,
                        step23, step24};

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(s_steps));
}

QString Migrations::applicationTag()
{
    return QStringLiteral("ProfRost");
}

void Migrations::migrate(Database &db, int from, int to)
{
    if (from >= to)
        return;
    Transaction tx(db);
    for (int version = from + 1; version <= to; ++version) {
        s_steps[version - 1](db);
        Query(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"))
            .bind(QString::number(version)).exec();
    }
    tx.commit();
}

} // namespace profrost
