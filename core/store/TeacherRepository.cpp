#include "store/TeacherRepository.h"

#include "domain/Snils.h"
#include "domain/TeacherValidation.h"
#include "store/AttestationRepository.h"
#include "store/PracticeRepository.h"
#include "store/BulkInsert.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "store/RowReader.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

void appendPart(QString &list, const QString &part)
{
    if (list.isEmpty()) {
        list = part; // the common case: one post
        return;
    }
    if (part.isEmpty() || list.split(QStringLiteral("; ")).contains(part))
        return;
    if (!list.isEmpty())
        list += QStringLiteral("; ");
    list += part;
}

const QString kActiveOn = QStringLiteral("(e.hired IS NULL OR e.hired <= ?) AND (e.dismissed IS NULL OR e.dismissed > ?)");

} // namespace

QList<TeacherRow> TeacherRepository::rowsOf(qint64 organisationId, QDate at, Detail detail) const
{
    // Names of organisations, posts and subjects come from small tables read
    // once; the large ones (teachers, employments) are read as numbers where
    // possible, because turning SQLite's text into QString is what costs most.
    struct OrganisationNames { QString shown, full, municipality, type; };
    QHash<qint64, OrganisationNames> organisations;
    {
        Query q(m_db, QStringLiteral("SELECT o.id, COALESCE(NULLIF(o.short_name, ''), o.name), o.name, m.name, o.type"
                                     " FROM organisation o JOIN municipality m ON m.id = o.municipality_id"));
        q.exec();
        while (q.next())
            organisations.insert(q.id(0), {q.text(1), q.text(2), q.text(3), q.text(4)});
    }
    QHash<qint64, QPair<QString, bool>> positions; // name, pedagogical
    {
        Query q(m_db, QStringLiteral("SELECT id, name, kind FROM position"));
        q.exec();
        while (q.next())
            positions.insert(q.id(0), {q.text(1), q.text(2) == u"pedagogical"});
    }
    QHash<qint64, QString> subjects;
    {
        Query q(m_db, QStringLiteral("SELECT id, name FROM subject"));
        q.exec();
        while (q.next())
            subjects.insert(q.id(0), q.text(1));
    }

    const QString day = at.toString(Qt::ISODate);
    // One organisation: its staff on the day, and the posts of only those
    // teachers (anyone who ever worked there, the rows' index drops the rest).
    const QString staff = u" WHERE id IN (SELECT e.teacher_id FROM employment e WHERE e.organisation_id = ? AND "
        + kActiveOn + u')';
    const QString everWorked = QStringLiteral(" AND e.teacher_id IN (SELECT teacher_id FROM employment WHERE organisation_id = ?)");
    QList<TeacherRow> out;
    QHash<qint64, qsizetype> index;
    {
        RowReader q(m_db, u"SELECT id, surname, name, patronymic, birth_date, snils, experience_start,"
                      u" category, category_date, phone, email FROM teacher"
                      + (organisationId != 0 ? staff : QString()));
        if (organisationId != 0)
            q.bind(organisationId).bind(day).bind(day);
        q.exec();
        while (q.next()) {
            TeacherRow r;
            r.id = q.id(0);
            r.surname = q.text(1);
            r.name = q.text(2);
            r.patronymic = q.text(3);
            r.birthDate = q.date(4);
            r.snils = q.text(5);
            r.experienceStart = q.date(6);
            r.category = CategoryText::fromCode(q.text(7));
            r.categoryDate = q.date(8);
            r.phone = q.text(9);
            r.email = q.text(10);
            index.insert(r.id, out.size());
            out.append(std::move(r));
        }
    }
    // employment id -> (row, index of the post in that row)
    QHash<qint64, QPair<qsizetype, qsizetype>> employmentOwner;
    {
        RowReader q(m_db, u"SELECT e.id, e.teacher_id, e.organisation_id, e.position_id, e.hired FROM employment e WHERE "
                      + kActiveOn + (organisationId != 0 ? everWorked : QString()) + u" ORDER BY e.id");
        q.bind(day).bind(day);
        if (organisationId != 0)
            q.bind(organisationId);
        q.exec();
        while (q.next()) {
            const auto it = index.constFind(q.id(1));
            if (it == index.cend())
                continue;
            TeacherRow &r = out[*it];
            const OrganisationNames &o = organisations[q.id(2)];
            const auto &position = positions[q.id(3)];
            employmentOwner.insert(q.id(0), {*it, r.posts.size()});
            r.posts.append({q.id(0), o.full, o.municipality, o.type, position.first, {}, q.date(4)});
            if (const QDate hired = q.date(4); hired.isValid() && (!r.firstHired.isValid() || hired < r.firstHired))
                r.firstHired = hired;
            if (!r.organisationIds.contains(q.id(2)))
                r.organisationIds.append(q.id(2));
            appendPart(r.organisations, o.shown);
            appendPart(r.positions, position.first);
            if (position.second)
                r.pedagogical = true;
        }
    }
    if (detail == Detail::Brief)
        return out;
    {
        RowReader q(m_db, u"SELECT es.employment_id, es.subject_id FROM employment_subject es"
                      u" JOIN employment e ON e.id = es.employment_id WHERE " + kActiveOn
                      + (organisationId != 0 ? everWorked : QString()));
        q.bind(day).bind(day);
        if (organisationId != 0)
            q.bind(organisationId);
        q.exec();
        while (q.next()) {
            const auto it = employmentOwner.constFind(q.id(0));
            if (it == employmentOwner.cend())
                continue;
            out[it->first].posts[it->second].subjects.append(subjects[q.id(1)]);
        }
    }
    for (TeacherRow &r : out) {
        for (PostLine &post : r.posts) {
            if (post.subjects.isEmpty())
                continue;
            // The same order whatever the ids of the subjects, alphabetical as read.
            std::sort(post.subjects.begin(), post.subjects.end(), alphabeticalLess);
            for (const QString &name : std::as_const(post.subjects))
                appendPart(r.subjects, name);
        }
        // Stored names are simplified already: lower case and ё are enough here.
        r.searchKey = lowerKey(r.surname + u' ' + r.name + u' ' + r.patronymic + u' ' + r.organisations + u' '
                               + r.positions + u' ' + r.subjects + u' ' + r.snils);
    }
    return out;
}

QHash<qint64, QString> TeacherRepository::fullNames() const
{
    Query q(m_db, QStringLiteral("SELECT id, surname, name, patronymic FROM teacher"));
    q.exec();
    QHash<qint64, QString> out;
    while (q.next()) {
        QStringList parts{q.text(1), q.text(2), q.text(3)};
        parts.removeAll(QString());
        out.insert(q.id(0), parts.join(u' '));
    }
    return out;
}

QStringList TeacherRepository::postNamesInUse() const
{
    return Query(m_db, QStringLiteral("SELECT p.name FROM position p"
                                      " WHERE EXISTS (SELECT 1 FROM employment e WHERE e.position_id = p.id)"))
        .texts();
}

QStringList TeacherRepository::subjectNamesInUse() const
{
    return Query(m_db, QStringLiteral("SELECT s.name FROM subject s WHERE EXISTS"
                                      " (SELECT 1 FROM employment_subject es WHERE es.subject_id = s.id)"))
        .texts();
}

QString TeacherRepository::nameOf(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT surname, name, patronymic FROM teacher WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return QStringLiteral("#%1").arg(id);
    QStringList parts{q.text(0), q.text(1), q.text(2)};
    parts.removeAll(QString());
    return parts.join(u' ');
}

Teacher TeacherRepository::get(qint64 id) const
{
    Teacher t;
    {
        Query q(m_db, QStringLiteral("SELECT id, surname, name, patronymic, birth_date, snils, phone, email,"
                                     " experience_start, category, category_date, row_version FROM teacher WHERE id = ?"));
        q.bind(id).exec();
        if (!q.next())
            throw Error(tr("The teacher no longer exists."));
        t.id = q.id(0);
        t.surname = q.text(1);
        t.name = q.text(2);
        t.patronymic = q.text(3);
        t.birthDate = q.date(4);
        t.snils = q.text(5);
        t.phone = q.text(6);
        t.email = q.text(7);
        t.experienceStart = q.date(8);
        t.category = CategoryText::fromCode(q.text(9));
        t.categoryDate = q.date(10);
        t.version.value = q.value(11).toInt();
    }
    Query q(m_db, QStringLiteral("SELECT id, organisation_id, position_id, hired, dismissed FROM employment"
                                 " WHERE teacher_id = ? ORDER BY hired, id"));
    q.bind(id).exec();
    while (q.next())
        t.employments.append({q.id(0), q.id(1), q.id(2), {}, q.date(3), q.date(4)});
    Query s(m_db, QStringLiteral("SELECT es.employment_id, es.subject_id FROM employment_subject es"
                                 " JOIN employment e ON e.id = es.employment_id WHERE e.teacher_id = ?"
                                 " ORDER BY es.subject_id"));
    s.bind(id).exec();
    while (s.next()) {
        for (Employment &e : t.employments) {
            if (e.id == s.id(0))
                e.subjectIds.append(s.id(1));
        }
    }
    return t;
}

QList<TeacherRepository::Identity> TeacherRepository::identities() const
{
    // RowReader: an import reads every teacher twice (preview and apply).
    QList<Identity> out;
    RowReader q(m_db, QStringLiteral("SELECT id, surname, name, patronymic, birth_date, snils, phone, email,"
                                     " experience_start, category, category_date FROM teacher"));
    q.exec();
    while (q.next())
        out.append({q.id(0), q.text(1), q.text(2), q.text(3), q.date(4), q.text(5), q.text(6), q.text(7), q.date(8),
                    CategoryText::fromCode(q.text(9)), q.date(10)});
    return out;
}

QHash<qint64, QList<Employment>> TeacherRepository::employmentsByTeacher(Detail detail) const
{
    QHash<qint64, QList<Employment>> out;
    QHash<qint64, QPair<qint64, qsizetype>> owner; // employment id -> teacher, index in its list
    {
        RowReader q(m_db, QStringLiteral("SELECT id, teacher_id, organisation_id, position_id, hired, dismissed"
                                     " FROM employment ORDER BY teacher_id, hired, id"));
        q.exec();
        while (q.next()) {
            QList<Employment> &list = out[q.id(1)];
            owner.insert(q.id(0), {q.id(1), list.size()});
            list.append({q.id(0), q.id(2), q.id(3), {}, q.date(4), q.date(5)});
        }
    }
    if (detail == Detail::Brief)
        return out;
    RowReader s(m_db, QStringLiteral("SELECT employment_id, subject_id FROM employment_subject ORDER BY subject_id"));
    s.exec();
    while (s.next()) {
        if (const auto it = owner.constFind(s.id(0)); it != owner.cend())
            out[it->first][it->second].subjectIds.append(s.id(1));
    }
    return out;
}

Teacher TeacherRepository::stored(const Teacher &t)
{
    // simplifiedText: an import's fields are simplified already, and a copy
    // of each, twice a row, was a tenth of the import's writing.
    Teacher s = t;
    s.surname = simplifiedText(t.surname);
    s.name = simplifiedText(t.name);
    s.patronymic = simplifiedText(t.patronymic);
    s.snils = Snils::digits(t.snils);
    s.phone = simplifiedText(t.phone);
    s.email = t.email.trimmed();
    return s;
}

TeacherOnDay TeacherRepository::onDay(qint64 id, QDate day) const
{
    TeacherOnDay t;
    Query q(m_db, QStringLiteral("SELECT surname, name, patronymic FROM teacher WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return t;
    t.found = true;
    t.surname = q.text(0);
    t.name = q.text(1);
    t.patronymic = q.text(2);
    Query e(m_db, QStringLiteral("SELECT p.name, COALESCE(NULLIF(o.short_name, ''), o.name) FROM employment e"
                                 " JOIN position p ON p.id = e.position_id JOIN organisation o ON o.id = e.organisation_id"
                                 " WHERE e.teacher_id = ? AND ") + kActiveOn + QStringLiteral(" ORDER BY e.id LIMIT 1"));
    e.bind(id).bind(day).bind(day).exec();
    if (e.next()) {
        t.position = e.text(0);
        t.organisation = e.text(1);
    }
    return t;
}

bool TeacherRepository::snilsRegistered(const QString &digits) const
{
    // Without the server's function (a file, a server without roles) the user sees every teacher.
    const bool server = m_db.dialect().kind() == SqlDialect::Kind::Postgres
        && Query(m_db, QStringLiteral("SELECT to_regproc('profrost_snils_registered') IS NOT NULL")).scalar().toBool();
    return Query(m_db, server ? QStringLiteral("SELECT profrost_snils_registered(?)")
                              : QStringLiteral("SELECT EXISTS (SELECT 1 FROM teacher WHERE snils = ?)"))
        .bind(digits)
        .scalar()
        .toBool();
}

int TeacherRepository::count() const
{
    return Query(m_db, QStringLiteral("SELECT COUNT(*) FROM teacher")).scalar().toInt();
}

qint64 TeacherRepository::findBySnils(const QString &snilsDigits) const
{
    if (snilsDigits.isEmpty())
        return 0;
    Query q(m_db, QStringLiteral("SELECT id FROM teacher WHERE snils = ?"));
    return q.bind(snilsDigits).scalar().toLongLong();
}

qint64 TeacherRepository::findByNameAndBirth(const QString &surname, const QString &name,
                                             const QString &patronymic, QDate birth) const
{
    Query q(m_db, QStringLiteral("SELECT id, surname, name, patronymic FROM teacher"
                                 " WHERE birth_date = ?"));
    // SQLite's lower() knows only ASCII: compare the Cyrillic names here.
    q.bind(birth).exec();
    const QString key = normalizedKey(surname + u' ' + name + u' ' + patronymic);
    while (q.next()) {
        if (normalizedKey(q.text(1) + u' ' + q.text(2) + u' ' + q.text(3)) == key)
            return q.id(0);
    }
    return 0;
}

void TeacherRepository::checkUnique(const Teacher &t) const
{
    const qint64 snilsOwner = t.snils.isEmpty() ? 0 : findBySnils(Snils::digits(t.snils));
    const qint64 personOwner =
        t.birthDate.isValid() ? findByNameAndBirth(t.surname, t.name, t.patronymic, t.birthDate) : 0;
    checkUnique(t, snilsOwner, personOwner);
}

void TeacherRepository::checkUnique(const Teacher &t, qint64 snilsOwner, qint64 personOwner) const
{
    if (const auto problems = TeacherValidation::check(t, Clock::instance().today()); !problems.isEmpty())
        throw Error(TeacherValidation::describe(problems));
    if (!t.snils.isEmpty() && snilsOwner != 0 && snilsOwner != t.id)
        throw Error(tr("SNILS %1 already belongs to %2.").arg(Snils::formatted(Snils::digits(t.snils)), get(snilsOwner).fullName()));
    if (t.birthDate.isValid() && personOwner != 0 && personOwner != t.id)
        throw Error(tr("%1, born %2, is already in the registry.")
                        .arg(t.fullName(), t.birthDate.toString(u"dd.MM.yyyy")));
}

void TeacherRepository::writeEmployments(qint64 teacherId, const QList<Employment> &list, bool keepIds,
                                         QList<qint64> *employmentIds)
{
    Query(m_db, QStringLiteral("DELETE FROM employment WHERE teacher_id = ?")).bind(teacherId).exec();
    insertEmployments(teacherId, list, keepIds, employmentIds);
}

void TeacherRepository::insertEmployments(qint64 teacherId, const QList<Employment> &list, bool keepIds,
                                          QList<qint64> *employmentIds)
{
    BulkWriter writer(m_db);
    for (const Employment &e : list) {
        qint64 employmentId = 0;
        if (keepIds && e.id > 0) {
            BulkInsert(m_db, QStringLiteral("INSERT INTO employment (id, teacher_id, organisation_id, position_id, hired,"
                                            " dismissed) VALUES (?, ?, ?, ?, ?, ?)"), BulkInsert::Returns::Nothing)
                .bind(e.id).bind(teacherId).bind(e.organisationId).bind(e.positionId).bind(e.hired)
                .bind(e.dismissed).exec();
            employmentId = e.id;
            for (qint64 subjectId : e.subjectIds) {
                BulkInsert(m_db, QStringLiteral("INSERT INTO employment_subject (employment_id, subject_id) VALUES (?, ?)"),
                           BulkInsert::Returns::Nothing)
                    .bind(employmentId).bind(subjectId).exec();
            }
        } else {
            employmentId = writer.addEmployment(teacherId, e);
        }
        if (employmentIds)
            employmentIds->append(employmentId);
    }
}

namespace {

template <typename Statement>
void bindTeacherFields(Statement &q, const Teacher &teacher)
{
    const Teacher t = TeacherRepository::stored(teacher);
    q.bind(t.surname).bind(t.name).bind(t.patronymic).bind(t.birthDate).bind(t.snils).bind(t.phone).bind(t.email)
        .bind(t.experienceStart).bind(CategoryText::code(t.category)).bind(t.categoryDate);
}

const QString kInsertTeacher = QStringLiteral("INSERT INTO teacher (surname, name, patronymic, birth_date, snils, phone,"
                                              " email, experience_start, category, category_date)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

qint64 TeacherRepository::insertRow(const Teacher &t)
{
    BulkInsert q(m_db, kInsertTeacher, BulkInsert::Returns::Id);
    bindTeacherFields(q, t);
    return q.exec();
}

qint64 TeacherRepository::insert(const Teacher &t)
{
    checkUnique(t);
    Transaction tx(m_db);
    const qint64 id = insertRow(t);
    insertEmployments(id, t.employments, false);
    AttestationRepository::recordRegistryCategory(m_db, id, t.category, t.categoryDate);
    tx.commit();
    return id;
}

qint64 TeacherRepository::insertChecked(const Teacher &t, QList<qint64> *employmentIds)
{
    return BulkWriter(m_db).insert(t, employmentIds);
}

TeacherRepository::BulkWriter::BulkWriter(Database &db) : m_db(db) {}

TeacherRepository::BulkWriter::~BulkWriter() = default;

// Prepared at its first use: most writers need only some of the statements.
BulkInsert &TeacherRepository::BulkWriter::statement(std::unique_ptr<BulkInsert> &slot, const QString &sql,
                                                     bool returnsId)
{
    if (!slot)
        slot = std::make_unique<BulkInsert>(m_db, sql, returnsId ? BulkInsert::Returns::Id : BulkInsert::Returns::Nothing);
    return *slot;
}

qint64 TeacherRepository::BulkWriter::insert(const Teacher &t, QList<qint64> *employmentIds)
{
    BulkInsert &row = statement(m_teacher, kInsertTeacher, true);
    bindTeacherFields(row, t);
    const qint64 id = row.exec();
    for (const Employment &e : t.employments) {
        const qint64 employmentId = addEmployment(id, e);
        if (employmentIds)
            employmentIds->append(employmentId);
    }
    // A new teacher has no history yet: the registry's category is its first record
    // (what AttestationRepository::recordRegistryCategory would add, without its look-up).
    if (t.category != Category::None && t.categoryDate.isValid()) {
        statement(m_category, QStringLiteral("INSERT INTO attestation_record (teacher_id, kind, category, granted,"
                                             " decided_by) VALUES (?, 'category', ?, ?, 'region')"),
                  false)
            .bind(id).bind(CategoryText::code(t.category)).bind(t.categoryDate).exec();
    }
    return id;
}

qint64 TeacherRepository::BulkWriter::addEmployment(qint64 teacherId, const Employment &e)
{
    const qint64 id = statement(m_employment, QStringLiteral("INSERT INTO employment (teacher_id, organisation_id,"
                                                             " position_id, hired, dismissed) VALUES (?, ?, ?, ?, ?)"),
                                true)
                          .bind(teacherId).bind(e.organisationId).bind(e.positionId).bind(e.hired).bind(e.dismissed)
                          .exec();
    for (const qint64 subjectId : e.subjectIds) {
        statement(m_subject, QStringLiteral("INSERT INTO employment_subject (employment_id, subject_id) VALUES (?, ?)"),
                  false)
            .bind(id).bind(subjectId).exec();
    }
    return id;
}

void TeacherRepository::restore(const Teacher &t)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("INSERT INTO teacher (surname, name, patronymic, birth_date, snils, phone, email,"
                                 " experience_start, category, category_date, id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindTeacherFields(q, t);
    q.bind(t.id).exec();
    writeEmployments(t.id, t.employments, true);
    AttestationRepository::recordRegistryCategory(m_db, t.id, t.category, t.categoryDate);
    tx.commit();
}

void TeacherRepository::update(const Teacher &t)
{
    checkUnique(t);
    updateChecked(t);
}

bool TeacherRepository::updateChecked(const Teacher &t, QList<qint64> *employmentIds)
{
    Transaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE teacher SET surname = ?, name = ?, patronymic = ?, birth_date = ?,"
                                 " snils = ?, phone = ?, email = ?, experience_start = ?, category = ?,"
                                 " category_date = ?%1 WHERE id = ?%2").arg(RowVersion::bump(), RowVersion::guard(t.version.value)));
    bindTeacherFields(q, t);
    q.bind(t.id);
    RowVersion::exec(m_db, q, t.version.value, QStringLiteral("teacher"), t.id, t.fullName(),
                     tr("The teacher no longer exists."));
    writeEmployments(t.id, t.employments, true, employmentIds);
    const bool synced = AttestationRepository::recordRegistryCategory(m_db, t.id, t.category, t.categoryDate);
    // A changed surname (marriage) must find the teacher's practices in the bank's search.
    PracticeRepository(m_db).reindexAuthor(t.id);
    tx.commit();
    return synced;
}

void TeacherRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query courses(m_db, QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE teacher_id = ?"));
    if (const int n = courses.bind(id).scalar().toInt(); n > 0)
        throw Error(tr("%1 has %n course record(s) and stays in the registry for the history. "
                       "Record a dismissal date in the post instead.", nullptr, n).arg(get(id).fullName()));
    Query(m_db, QStringLiteral("DELETE FROM teacher WHERE id = ?")).bind(id).exec();
    tx.commit();
}

QList<SubjectPost> TeacherRepository::subjectPostsOn(QDate day) const
{
    Query q(m_db, u"SELECT t.id, t.surname, t.name, t.patronymic, o.id, o.municipality_id, s.name, e.hired"
                  " FROM employment e JOIN teacher t ON t.id = e.teacher_id"
                  " JOIN organisation o ON o.id = e.organisation_id"
                  " JOIN employment_subject es ON es.employment_id = e.id JOIN subject s ON s.id = es.subject_id"
                  " WHERE "_s + kActiveOn + u" ORDER BY t.id, e.id, s.id"_s);
    const QString iso = day.toString(Qt::ISODate);
    q.bind(iso).bind(iso).exec();
    QList<SubjectPost> out;
    while (q.next())
        out.append({q.id(0), q.text(1), q.text(2), q.text(3), q.id(4), q.id(5), q.text(6), q.date(7)});
    return out;
}

QList<PostPlace> TeacherRepository::postPlacesOn(QDate day) const
{
    Query q(m_db, u"SELECT e.teacher_id, e.id, e.organisation_id, o.municipality_id, es.subject_id"
                  " FROM employment e JOIN organisation o ON o.id = e.organisation_id"
                  " LEFT JOIN employment_subject es ON es.employment_id = e.id"
                  " WHERE "_s + kActiveOn + u" ORDER BY e.teacher_id, e.id, es.subject_id"_s);
    const QString iso = day.toString(Qt::ISODate);
    q.bind(iso).bind(iso).exec();
    QList<PostPlace> out;
    qint64 post = 0;
    while (q.next()) {
        if (out.isEmpty() || q.id(1) != post) {
            post = q.id(1);
            out.append({q.id(0), q.id(2), q.id(3), {}});
        }
        if (!q.value(4).isNull())
            out.last().subjectIds << q.id(4);
    }
    return out;
}

} // namespace profrost
