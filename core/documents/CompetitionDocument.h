#pragma once

#include "documents/DocumentStyle.h"
#include "domain/Competition.h"
#include "io/TableWriter.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// One participant's line of the results: the teacher as on the day
// (EventReports::competitionData), the nomination and the result at the stage.
struct CompetitionLine
{
    QString name; // «Фамилия Имя Отчество»
    QString organisations, positions, subjects;
    QString nomination;
    CompetitionResult result = CompetitionResult::Participant;
};

// What the results of a competition at a stage print.
struct CompetitionDocumentData
{
    QString name; // «Учитель года России»
    int year = 0;
    CompetitionLevel stage = CompetitionLevel::Municipal;
    QString issuer;              // the municipality, under the title
    bool nominations = false;    // the competition has nominations: the column is printed
    QList<CompetitionLine> lines; // winners first, then prizewinners, laureates, participants; by name within
};

// «Итоги конкурса «NAME» YEAR (этап)» (forms.md «Forms of the community and
// staffing areas», core/documents/README.md), landscape: № п/п | Ф.И.О.
// участника | ОО | Должность (предмет) | Номинация | Результат, the counts
// by result, and the lines for the jury's chair and secretary to sign.
class CompetitionDocument
{
    Q_DECLARE_TR_FUNCTIONS(CompetitionDocument)
public:
    static QString title(const QString &name, int year, CompetitionLevel stage);
    static std::unique_ptr<QTextDocument> build(const CompetitionDocumentData &data);
    // One sheet «Итоги конкурса»; .xlsx or .csv.
    static TableSheet sheet(const CompetitionDocumentData &data);
    // Winner first: the order of the results on the form.
    static int rank(CompetitionResult r);
};

} // namespace profrost
