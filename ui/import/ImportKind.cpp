#include "import/ImportKind.h"

#include "io/AttestationImporter.h"
#include "io/ColumnAssignments.h"
#include "io/CourseImporter.h"
#include "io/DiagnosisImporter.h"
#include "io/MentorshipImporter.h"
#include "io/TeacherImporter.h"
#include "shell/AppContext.h"

namespace profrost {

namespace {

// Every importer runs the same pipeline: one preview type, one apply (after
// a backup, as a large import cannot be undone step by step). A kind adds
// its titles and the sentence describing the outcome.
template <typename Importer>
class ImporterKind : public ImportKind
{
public:
    explicit ImporterKind(AppContext &ctx) : m_db(ctx.db()), m_importer(ctx.db(), ctx.today()) {}
    void preview(const Table &table) override
    {
        m_header = table.header;
        m_preview = m_importer.preview(table);
    }
    const ImportPreview &result() const override { return m_preview; }
    QString apply(const Progress &progress) override
    {
        const QString done = describe(m_importer.apply(m_preview, progress, ImportBackup::BeforeApply));
        // Only now: a preview closed with «Import nothing» teaches nothing.
        ColumnAssignments(m_db).remember(m_importer.importKind(), m_header, m_importer.extraAliases());
        return done;
    }
    QList<ColumnSpec> columns() const override { return m_importer.columns(); }
    void setAssignment(const QHash<QString, QString> &assignment) override { m_importer.setExtraAliases(assignment); }
    QHash<QString, QString> rememberedAssignment(const QStringList &header) const override
    {
        return ColumnAssignments(m_db).recall(m_importer.importKind(), header);
    }

protected:
    virtual QString describe(const ImportOutcome &o) const = 0;

private:
    Database &m_db;
    Importer m_importer;
    typename Importer::Preview m_preview;
    QStringList m_header; // of the file previewed
};

class TeachersKind : public ImporterKind<TeacherImporter>
{
    Q_DECLARE_TR_FUNCTIONS(ImportKind)
public:
    using ImporterKind::ImporterKind;
    QString title() const override { return tr("Import teachers"); }
    QString progressText() const override { return tr("Importing teachers..."); }

protected:
    QString describe(const ImportOutcome &o) const override
    {
        return tr("Import finished: %1 new, %2 updated, %3 already up to date.")
            .arg(o.imported)
            .arg(o.updated)
            .arg(o.unchanged);
    }
};

class CoursesKind : public ImporterKind<CourseImporter>
{
    Q_DECLARE_TR_FUNCTIONS(ImportKind)
public:
    using ImporterKind::ImporterKind;
    QString title() const override { return tr("Import course completions"); }
    QString progressText() const override { return tr("Importing course completions..."); }

protected:
    QString describe(const ImportOutcome &o) const override
    {
        return tr("Course completions imported: %1 new, %2 updated, %3 already recorded; "
                  "new programmes: %4, new course runs: %5.")
            .arg(o.imported)
            .arg(o.updated)
            .arg(o.unchanged)
            .arg(o.programmesCreated)
            .arg(o.runsCreated);
    }
};

class AttestationKindOfImport : public ImporterKind<AttestationImporter>
{
    Q_DECLARE_TR_FUNCTIONS(ImportKind)
public:
    using ImporterKind::ImporterKind;
    QString title() const override { return tr("Import attestation history"); }
    QString progressText() const override { return tr("Importing attestation history..."); }

protected:
    QString describe(const ImportOutcome &o) const override
    {
        return tr("Attestation history imported: %1 new records, %2 updated, %3 already recorded.")
            .arg(o.imported)
            .arg(o.updated)
            .arg(o.unchanged);
    }
};

class DiagnosticsKind : public ImporterKind<DiagnosisImporter>
{
    Q_DECLARE_TR_FUNCTIONS(ImportKind)
public:
    using ImporterKind::ImporterKind;
    QString title() const override { return tr("Import diagnosis results"); }
    QString progressText() const override { return tr("Importing diagnosis results..."); }

protected:
    QString describe(const ImportOutcome &o) const override
    {
        return tr("Diagnosis results imported: %1 new, %2 corrected, %3 already recorded; new diagnoses: %4.")
            .arg(o.imported)
            .arg(o.updated)
            .arg(o.unchanged)
            .arg(o.campaignsCreated);
    }
};

class MentorshipsKind : public ImporterKind<MentorshipImporter>
{
    Q_DECLARE_TR_FUNCTIONS(ImportKind)
public:
    using ImporterKind::ImporterKind;
    QString title() const override { return tr("Import mentorship pairs"); }
    QString progressText() const override { return tr("Importing mentorship pairs..."); }

protected:
    QString describe(const ImportOutcome &o) const override
    {
        return tr("Mentorship pairs imported: %1 new, %2 updated, %3 already recorded.")
            .arg(o.imported)
            .arg(o.updated)
            .arg(o.unchanged);
    }
};

} // namespace

std::unique_ptr<ImportKind> ImportKind::mentorships(AppContext &ctx)
{
    return std::make_unique<MentorshipsKind>(ctx);
}

std::unique_ptr<ImportKind> ImportKind::diagnostics(AppContext &ctx)
{
    return std::make_unique<DiagnosticsKind>(ctx);
}

std::unique_ptr<ImportKind> ImportKind::attestation(AppContext &ctx)
{
    return std::make_unique<AttestationKindOfImport>(ctx);
}

std::unique_ptr<ImportKind> ImportKind::teachers(AppContext &ctx) { return std::make_unique<TeachersKind>(ctx); }

std::unique_ptr<ImportKind> ImportKind::courses(AppContext &ctx) { return std::make_unique<CoursesKind>(ctx); }

} // namespace profrost
