#pragma once

#include "domain/ReadVersion.h"

#include "domain/CompetencyArea.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// The bank of successful practices (core/README.md «The bank of practices»):
// a practice the registry's teachers wrote, the level it has reached, the
// competency areas it helps with and the files that go with it (lesson
// plans, presentations), stored in the database itself.

enum class PracticeLevel { School, Municipal, Regional, Federal };

// A file of a practice. `content` is empty in lists (PracticeRepository
// reads it only when asked: PracticeRepository::fileContent).
struct PracticeFile
{
    qint64 id = 0;
    QString name;      // the file name as attached: «План урока.docx»
    qint64 size = 0;   // bytes
    QByteArray content;
    bool operator==(const PracticeFile &) const = default;
};

struct Practice
{
    qint64 id = 0;
    QString title;
    QString subject;        // the subject or area of work: «математика», «дошкольное образование»
    PracticeLevel level = PracticeLevel::School;
    QString description;
    QStringList tags;
    QList<qint64> authors;  // teacher ids, in the order written
    QList<CompetencyArea> areas;
    QList<PracticeFile> files;
    ReadVersion version;         // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const Practice &) const = default;
};

class PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(PracticeText)
public:
    static QString code(PracticeLevel l);
    static bool fromCode(const QString &code, PracticeLevel *out);
    // «уровень ОО», «муниципальный» as printed.
    static QString russian(PracticeLevel l);
    static QString displayName(PracticeLevel l);
    static bool parse(const QString &text, PracticeLevel *out);
    static QList<PracticeLevel> allLevels();
    // Tags as typed: split at commas and semicolons, trimmed, empty and
    // repeated ones (case ignored) left out.
    static QStringList splitTags(const QString &text);
};

class PracticeRules
{
    Q_DECLARE_TR_FUNCTIONS(PracticeRules)
public:
    // The largest file stored: 20 MB (20 × 1024 × 1024 bytes).
    static constexpr qint64 kMaxFileBytes = 20LL * 1024 * 1024;
    // «23,4 МБ» — a size as the messages give it (in the translated unit).
    static QString sizeText(qint64 bytes);
    // Empty when the file may be stored; otherwise the reason, naming the
    // file and its size.
    static QString checkFile(const QString &name, qint64 size);
    // A title, no author twice, no area twice, every file within the limit.
    static QStringList check(const Practice &p);
};

} // namespace profrost
