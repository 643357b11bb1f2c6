#pragma once

#include "documents/CompetitionDocument.h"
#include "documents/EventsDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>
#include <optional>

class QTextDocument;

namespace profrost {

class Database;

// The documents of methodical events and competitions from a database,
// shared by the GUI and the CLI: first the data, then the document (owned
// by the caller). The centre's card gives the issuer, the approval block
// and the signature (SignedDocument::Events).
class EventReports
{
    Q_DECLARE_TR_FUNCTIONS(EventReports)
public:
    // The academic year of `day`: 01.09.YYYY–31.08.YYYY+1, the report's default period.
    static QDate academicYearFirst(QDate day);
    static QDate academicYearLast(QDate day);

    // The events held with their first day in [from, to] (EventRules::countsIn), by first day, and their counts.
    static EventsReportData reportData(Database &db, QDate from, QDate to);
    static std::unique_ptr<QTextDocument> report(Database &db, QDate from, QDate to);

    // The events planned (not held) with their first day in [from, to], by first day.
    static EventScheduleData scheduleData(Database &db, QDate from, QDate to);
    static std::unique_ptr<QTextDocument> schedule(Database &db, QDate from, QDate to);

    // The stage a competition's results print by default: the municipal
    // stage when it has one (the centre runs it), else the highest stage
    // with any result, else its first stage.
    static CompetitionLevel defaultStage(const Competition &c);
    // The entries with a result at `stage`, winners first, then by name;
    // the teachers' posts on the last day of the competition's year, or
    // today while the year goes on. Nothing when there is no such competition.
    static std::optional<CompetitionDocumentData> competitionData(Database &db, qint64 id,
                                                                  std::optional<CompetitionLevel> stage = {});
};

} // namespace profrost
