#pragma once

#include "domain/Teacher.h"
#include "domain/TeacherRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>

namespace profrost {

class BulkInsert;
class Database;

class TeacherRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeacherRepository)
public:
    explicit TeacherRepository(Database &db) : m_db(db) {}

    // How much of a row to fill: Brief leaves out the posts' subjects and
    // the search key (the indicators of a region read 50,000 rows and use
    // neither).
    enum class Detail { Full, Brief };
    // Every teacher with the posts held on `at` (three queries, whatever the count).
    QList<TeacherRow> rows(QDate at, Detail detail = Detail::Full) const { return rowsOf(0, at, detail); }
    // The same for the teachers holding a post at one organisation on `at`
    // (every post of theirs listed): an organisation's card of a region.
    // organisationId 0: every teacher, as rows().
    QList<TeacherRow> rowsOf(qint64 organisationId, QDate at, Detail detail = Detail::Full) const;
    Teacher get(qint64 id) const;
    // «Фамилия Имя Отчество» for a message naming the teacher; «#id» when
    // there is no such teacher (the message still says which one).
    QString nameOf(qint64 id) const;
    // Every teacher's «Фамилия Имя Отчество» by id, one query: what a list of
    // a region's teachers shows without reading their posts.
    QHash<qint64, QString> fullNames() const;
    // Two small queries: a protocol lists a few dozen people, far cheaper
    // than rows() of a whole region.
    TeacherOnDay onDay(qint64 id, QDate day) const;
    // Every subject taught in the posts held on `day`, by teacher, post and
    // subject (ids ascending).
    QList<SubjectPost> subjectPostsOn(QDate day) const;
    // Every post held on `day` with its place and subjects, by teacher and
    // post: one query, what a breakdown by organisation, municipality or
    // subject needs of a region without reading the names of its posts.
    QList<PostPlace> postPlacesOn(QDate day) const;
    // The names of the posts and of the subjects some teacher holds or held
    // (not the whole dictionary, seeded with posts nobody has): what a form
    // offers to choose from, unsorted.
    QStringList postNamesInUse() const;
    QStringList subjectNamesInUse() const;
    int count() const;
    // Whether a teacher with this СНИЛС (11 digits) is registered at all,
    // also where a role on a server cannot see (ServerSecurity's
    // profrost_snils_registered, which names no one): СНИЛС is unique, so
    // an import must not add a second one.
    bool snilsRegistered(const QString &digits) const;

    // Who is in the registry, without their posts: what matching an import
    // needs, and the personal fields an import may change (so that its
    // preview can show old and new values without a query per row).
    struct Identity
    {
        qint64 id;
        QString surname, name, patronymic;
        QDate birthDate;
        QString snils;
        QString phone, email;
        QDate experienceStart;
        Category category = Category::None;
        QDate categoryDate;
    };
    QList<Identity> identities() const;
    // Every teacher's posts, as get() orders them (by hiring date, then id;
    // subjects by id): two queries, for an import that compares tens of
    // thousands of rows with what is registered.
    QHash<qint64, QList<Employment>> employmentsByTeacher(Detail detail = Detail::Full) const; // Brief: no subjects
    // The personal fields as the store writes them (spaces simplified,
    // СНИЛС as digits), so that a copy held in memory equals what get() reads.
    static Teacher stored(const Teacher &t);

    qint64 findBySnils(const QString &snilsDigits) const;
    qint64 findByNameAndBirth(const QString &surname, const QString &name, const QString &patronymic,
                              QDate birth) const;

    // Each throws profrost::Error naming the field and the reason.
    qint64 insert(const Teacher &t);
    void restore(const Teacher &t);     // re-insert with its old ids (undo of a delete)
    void update(const Teacher &t);      // replaces the employments with t's
    void remove(qint64 id);
    // A new teacher whose import already made insert()'s checks (its
    // preview validated the record, and the import's RegistryIndex holds
    // every СНИЛС and name + birth date): the same rows as insert(), without
    // a look-up per teacher. Call inside the import's transaction.
    // `employmentIds`: the ids the posts got, in the order of t.employments.
    qint64 insertChecked(const Teacher &t, QList<qint64> *employmentIds = nullptr);
    // The same for update(): the import checked the result against its
    // RegistryIndex (every СНИЛС, name and birth date in memory), so the two
    // look-ups of update() per teacher are left out. Returns true when the
    // attestation history replaced the category given (see
    // AttestationRepository::recordRegistryCategory).
    bool updateChecked(const Teacher &t, QList<qint64> *employmentIds = nullptr);

    // The INSERTs that write new teachers and posts, each statement prepared
    // once for all the rows of an import instead of once per row (which cost
    // about as much as SQLite's own work on the row). insertChecked() and
    // the new posts of insert() and update() are written by one too: one way
    // to write them. Keep it only as long as the transaction it writes in.
    class BulkWriter
    {
    public:
        explicit BulkWriter(Database &db);
        ~BulkWriter();
        BulkWriter(const BulkWriter &) = delete;
        BulkWriter &operator=(const BulkWriter &) = delete;
        // insertChecked(): the teacher's row, its posts, their subjects and
        // the category as the first record of its history.
        qint64 insert(const Teacher &t, QList<qint64> *employmentIds = nullptr);
        // One new post of a teacher, with its subjects; the post's id.
        qint64 addEmployment(qint64 teacherId, const Employment &e);

    private:
        BulkInsert &statement(std::unique_ptr<BulkInsert> &slot, const QString &sql, bool returnsId);
        Database &m_db;
        std::unique_ptr<BulkInsert> m_teacher, m_employment, m_subject, m_category;
    };

    // update()'s checks with the look-ups made by the caller (an import's
    // RegistryIndex): `snilsOwner` and `personOwner` are the teachers
    // registered with t's СНИЛС and with its name and birth date, 0 when none.
    // Throws profrost::Error as update() does.
    void checkUnique(const Teacher &t, qint64 snilsOwner, qint64 personOwner) const;

private:
    void checkUnique(const Teacher &t) const;
    // The teacher's own row (RETURNING its id), without posts or history.
    qint64 insertRow(const Teacher &t);
    // Replaces the teacher's posts: deletes them, then insertEmployments().
    void writeEmployments(qint64 teacherId, const QList<Employment> &list, bool keepIds,
                          QList<qint64> *employmentIds = nullptr);
    // Adds posts and their subjects (keepIds: with the ids they had, for undo).
    void insertEmployments(qint64 teacherId, const QList<Employment> &list, bool keepIds,
                           QList<qint64> *employmentIds = nullptr);
    Database &m_db;
};

} // namespace profrost
