#pragma once

#include "domain/Practice.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace profrost {

class Database;

// A practice found by the full-text search, with what the results show.
struct PracticeHit
{
    qint64 id = 0;
    double score = 0; // the dialect's score: lower is better
    QString title;
    QString subject;
    PracticeLevel level = PracticeLevel::School;
    QString description;
    QStringList tags;
    QStringList authors; // full names, in the practice's order
};

// The answer of a search: the query's stems (for highlighting the words
// that matched: WordStems::highlight with `lastIsPrefix`) and the hits, best first.
struct PracticeSearchResult
{
    QStringList stems;
    bool lastIsPrefix = true;
    QList<PracticeHit> hits;
};

// The bank of practices (migration step 15; core/README.md «The bank of
// practices»). A practice is read and written whole, in one transaction,
// its full-text row with it.
class PracticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRepository)
public:
    explicit PracticeRepository(Database &db) : m_db(db) {}

    // Stores the practice: a new one (id 0), the stored one with that id, or
    // one deleted before with its old id (undo). Its authors, areas and files
    // become exactly the practice's: a file with the id of one of its stored
    // files and no content is kept as stored (renamed if its name changed);
    // any other is stored from its content. Refused before anything is
    // written — with PracticeRules' reasons, among them a file over 20 MB
    // named with its size — so a refusal stores nothing. Returns the id.
    qint64 save(const Practice &p);
    void remove(qint64 id);

    // Without the files' contents unless asked.
    std::optional<Practice> get(qint64 id, bool withContents = false) const;
    QByteArray fileContent(qint64 fileId) const;
    // All practices by title.
    QList<Practice> all() const;
    // The practices a teacher is an author of, by title.
    QList<Practice> ofAuthor(qint64 teacherId) const;
    // The practices any of `teacherIds` is an author of (an organisation's staff), by title.
    QList<Practice> ofAuthors(const QList<qint64> &teacherIds) const;
    // The practices helping with any of the areas: most of the areas first,
    // then the higher level, then by title.
    QList<Practice> forAreas(const QList<CompetencyArea> &areas, int limit = 20) const;
    int count() const;

    // Full-text search over the stems of title, subject and tags,
    // description and authors' names; best first, at most `limit`. Words of
    // one or two letters that carry no meaning («и», «в», «для») are left
    // out of the query; an empty query finds nothing.
    PracticeSearchResult search(const QString &text, int limit = 50) const;
    // The query's stems as search() uses them.
    static QStringList queryStems(const QString &text);

    // Rewrites every practice's full-text row.
    void rebuildIndex();
    // Rewrites the full-text rows of the teacher's practices, so that a
    // search finds them by the author's new name (TeacherRepository calls it
    // on every change of a teacher, in the same transaction). An indexed
    // lookup when the teacher wrote none: cheap for an import's thousands.
    void reindexAuthor(qint64 teacherId);

private:
    QList<Practice> read(const QString &where, const QVariantList &binds, const QString &order = {}) const;
    void index(qint64 id);

    Database &m_db;
};

} // namespace profrost
