#pragma once

#include "domain/ReadVersion.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace profrost {

// Innovation and internship sites (core/README.md «Innovation sites and
// staffing needs»; seeds 000–002 «краевые инновационные площадки»): an
// organisation given a status by an order, at a level, on a topic, for a
// period, with the teachers working on it and a report each year.

enum class SiteStatus { Innovation, Internship, Support, ResourceCentre };
enum class SiteLevel { Municipal, Regional, Federal };
// As the methodist records it: working, finished, or prolonged past its first period.
enum class SiteState { Active, Finished, Prolonged };

// A teacher of the registry working on the site: «руководитель», «куратор», «участник» …
struct SitePerson
{
    qint64 teacherId = 0;
    QString role;
    bool operator==(const SitePerson &) const = default;
};

// A year's report: its text and an attached file (a .docx or .pdf as sent to the region), optional.
struct SiteReport
{
    int year = 0;
    QString text;
    QString fileName; // empty: no file
    QByteArray file;  // the bytes; empty when read from a list (fileSize tells)
    qint64 fileSize = 0;
    bool hasFile() const { return !fileName.isEmpty(); }
    bool operator==(const SiteReport &) const = default;
};

struct InnovationSite
{
    qint64 id = 0;
    qint64 organisationId = 0;
    SiteStatus status = SiteStatus::Innovation;
    SiteLevel level = SiteLevel::Municipal;
    QString topic;
    QString orderNumber; // «№ 1234»
    QDate orderDate;
    QDate from;
    QDate to;            // invalid: open-ended
    SiteState state = SiteState::Active;
    QString note;
    QList<SitePerson> people;
    QList<SiteReport> reports; // by year
    ReadVersion version;       // as read from the store (store/RowVersion); 0 for a new one

    bool operator==(const InnovationSite &) const = default;
};

class SiteText
{
    Q_DECLARE_TR_FUNCTIONS(SiteText)
public:
    static QString code(SiteStatus s);
    static QString code(SiteLevel l);
    static QString code(SiteState s);
    static bool fromCode(const QString &code, SiteStatus *out);
    static bool fromCode(const QString &code, SiteLevel *out);
    static bool fromCode(const QString &code, SiteState *out);
    // «инновационная», «региональная», «действует» as printed.
    static QString russian(SiteStatus s);
    static QString russian(SiteLevel l);
    static QString russian(SiteState s);
    static QString displayName(SiteStatus s);
    static QString displayName(SiteLevel l);
    static QString displayName(SiteState s);
    // Codes, the Russian words and the usual spellings («краевая», «стажировочная площадка»).
    static bool parse(const QString &text, SiteStatus *out);
    static bool parse(const QString &text, SiteLevel *out);
    static bool parse(const QString &text, SiteState *out);
    static QList<SiteStatus> allStatuses();
    static QList<SiteLevel> allLevels();
    static QList<SiteState> allStates();
    // «приказ от 01.09.2025 № 1234», or what of it is known.
    static QString order(const InnovationSite &s);
    // «01.09.2025–31.08.2028»; open-ended «с 01.09.2025».
    static QString period(const InnovationSite &s);
};

// Which sites a list shows: unset fields do not filter.
struct SiteFilter
{
    std::optional<SiteLevel> level;
    std::optional<SiteStatus> status;
    int year = 0; // 0: any; else the sites working in that calendar year (SiteRules::worksIn)
};

// What a site must hold and when it works; every list, document and command asks here.
class SiteRules
{
    Q_DECLARE_TR_FUNCTIONS(SiteRules)
public:
    // The largest attached report file, in bytes (20 MB).
    static constexpr qint64 kMaxFileBytes = 20LL * 1024 * 1024;

    // An organisation, a topic, a first day; the last day not before it;
    // the order not dated after the first day; a finished site has its last
    // day; a teacher once; a report once a year, of a year the site worked
    // in, with text or a file, a file with a name and within the limit.
    static QStringList check(const InnovationSite &s);
    // The file limit's message, or empty when `bytes` is within it.
    static QString fileProblem(const QString &fileName, qint64 bytes);

    // Working on `day`: from ≤ day and (no last day or day ≤ to).
    // The stored state does not change it: a «завершена» site with no
    // last day cannot be stored (check), and «продлена» means its `to` was moved.
    static bool activeOn(const InnovationSite &s, QDate day);
    // Working some day of the calendar year: from ≤ 31.12.Y and (no last day or to ≥ 01.01.Y).
    static bool worksIn(const InnovationSite &s, int year);
    // The state the list prints for a year: not yet working (std::nullopt)
    // before its first year; «завершена» in a year after its last; else the stored state.
    static std::optional<SiteState> stateIn(const InnovationSite &s, int year);
    static bool matches(const InnovationSite &s, const SiteFilter &filter);
};

} // namespace profrost
