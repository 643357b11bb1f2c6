#pragma once

#include "domain/Mentorship.h"
#include "io/RowImporter.h"
#include "io/TeacherMatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace profrost {

// One valid row of a file of mentorship pairs.
struct MentorshipImportRecord
{
    int row = 0;
    QString mentorName; // as the registry spells them, for messages
    QString menteeName;
    // Both people resolved in the preview (the import never creates
    // teachers); the form, the dates, the goals and the result as the row
    // gives them (an empty form: педагог – педагог).
    Mentorship pair;
    bool formGiven = false;
    int repeatOf = 0; // an exact repeat of this earlier row: nothing to apply
};

// Mentorship pairs from CSV/XLSX over the import pipeline (core/README.md
// «Young teachers and mentoring», «Import of pairs»). Columns: Наставник with
// СНИЛС наставника or Дата рождения наставника, Наставляемый with СНИЛС
// наставляемого or Дата рождения наставляемого (each person found in the
// registry as TeacherMatcher finds a teacher), Форма (педагог – педагог,
// руководитель – педагог, студент – педагог, групповая; a hyphen or a dash
// alike; empty: педагог – педагог with a warning), Дата начала, optional Дата
// окончания (empty: ongoing), Цели and Результат. A pair is identified by
// mentor, mentee and first day, so importing the same file twice changes
// nothing; a row that adds a last day, goals or a result, or gives another
// form, updates the stored pair (an empty cell keeps what is stored).
class MentorshipImporter : public RowImporter<MentorshipImportRecord>
{
    Q_DECLARE_TR_FUNCTIONS(MentorshipImporter)
public:
    enum Column { Mentor, MentorBirthDate, MentorSnils, Mentee, MenteeBirthDate, MenteeSnils, FormColumn, Starts,
                  Ends, Goals, ResultColumn };

    // `today`: a pair that starts after it is accepted (a pair planned for
    // next month) with a warning.
    MentorshipImporter(Database &db, QDate today);

    QList<ColumnSpec> columns() const override;
    QString importKind() const override { return QStringLiteral("mentorships"); }
    QList<int> nameColumns() const override { return {Mentor, Mentee}; }
    QList<int> requiredColumns() const override { return {FormColumn, Starts}; }
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Mentoring; }
    void beginPreview() override;
    MentorshipImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const MentorshipImportRecord &r, ImportOutcome *outcome) override;

private:
    // The teachers and the stored pairs, read before the preview and again before applying.
    void loadRegistry();
    // The stored pair as the row leaves it: what the row gives replaces, an empty cell keeps.
    static Mentorship merged(const Mentorship &stored, const MentorshipImportRecord &r);

    std::optional<TeacherMatcher> m_people; // the registry as the preview or the apply found it
    QHash<QString, Mentorship> m_stored;    // mentor | mentee | first day -> the stored pair
    struct SeenRow
    {
        int row;
        Mentorship pair;
    };
    QHash<QString, SeenRow> m_seen; // mentor | mentee | first day -> the first row
};

} // namespace profrost
