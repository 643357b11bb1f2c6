#pragma once

#include "domain/Attestation.h"
#include "io/RowImporter.h"
#include "io/TeacherMatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace profrost {

// One valid row of an attestation-history file.
struct AttestationImportRecord
{
    int row = 0;
    QString teacherName;      // as the registry spells it, for messages
    AttestationRecord record; // teacherId resolved in the preview (the import never creates teachers)
};

// Attestation history from CSV/XLSX over the import pipeline. Columns: the
// teacher (СНИЛС, or ФИО / Фамилия + Имя + Отчество with Дата рождения),
// Категория (высшая, первая, педагог-методист, педагог-наставник or СЗД),
// Дата присвоения (the decision), Номер приказа, optional Дата приказа and
// Кем присвоена (регион / ОО; by default the region for a category, the
// employer for СЗД). A record is identified by teacher, kind and decision
// date, so importing the same file twice changes nothing; a row that adds
// an order number or corrects the category updates the record. Each
// teacher's current category follows the newest record.
class AttestationImporter : public RowImporter<AttestationImportRecord>
{
    Q_DECLARE_TR_FUNCTIONS(AttestationImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, CategoryColumn, Granted, OrderNumber,
                  OrderDate, DecidedBy };

    // `today`: decisions and orders after it are refused.
    AttestationImporter(Database &db, QDate today);

    QList<ColumnSpec> columns() const override;
    QString importKind() const override { return QStringLiteral("attestation"); }
    QList<int> nameColumns() const override { return {FullName, Surname, Name, Patronymic}; }
    QList<int> requiredColumns() const override;
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

    // «высшая», «Первая квалификационная категория», «СЗД», «соответствие
    // занимаемой должности»; false for anything else (and for «нет»).
    static bool parseKind(const QString &text, AttestationKind *kind, Category *category);

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Attestation; }
    void beginPreview() override;
    AttestationImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const AttestationImportRecord &r, ImportOutcome *outcome) override;

private:
    std::optional<TeacherMatcher> m_people; // the registry as the preview or the apply found it
    QHash<QString, int> m_seen; // teacher | kind | date -> row
};

} // namespace profrost
