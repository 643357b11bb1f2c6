#pragma once

#include "documents/YoungTeachersDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The mentoring documents from a database, shared by the GUI and the CLI:
// first the data (the GUI may have read YoungTeachersData already on its
// worker thread), then the document (owned by the caller). The day is
// today when invalid; the centre's card gives the issuer and the signature
// (SignedDocument::Mentoring).
class MentoringReports
{
    Q_DECLARE_TR_FUNCTIONS(MentoringReports)
public:
    // The young teachers on the day with their support, and their mentors' posts then.
    static YoungTeachersDocumentData youngTeachersData(Database &db, QDate day = {});
    static YoungTeachersDocumentData youngTeachersData(Database &db, const YoungTeachersData &read);
    static std::unique_ptr<QTextDocument> youngTeachers(Database &db, QDate day = {});

    // The mentors with pairs active on the day; a category printed only
    // while valid on the day (the validity setting).
    static MentorsDocumentData mentorsData(Database &db, QDate day = {});
    static MentorsDocumentData mentorsData(Database &db, const YoungTeachersData &read);
    static std::unique_ptr<QTextDocument> mentors(Database &db, QDate day = {});
};

} // namespace profrost
