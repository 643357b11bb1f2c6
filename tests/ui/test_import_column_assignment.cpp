// The import preview's assignment of unrecognised columns (issue 11, item 8):
// the user chooses a field for «Должность по штатному расписанию», the
// preview follows at once, and an applied import remembers the choice for the
// same file; a preview closed with «Import nothing» does not. Each rule was
// broken once on purpose to see this test fail.

#include <catch2/catch.hpp>

#include "import/ColumnAssignmentPanel.h"
#include "import/ImportDialog.h"
#include "import/ImportIssueModel.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kStaffPost = u"Должность по штатному расписанию"_s;

// The rows the issues list marks rejected, each once (a row may fail in several columns).
int rejectedRowsShown(const ImportDialog &dialog)
{
    QSet<int> rows;
    const QAbstractItemModel *m = dialog.issuesModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ImportIssueModel::RejectedRole).toBool())
            rows.insert(m->index(r, 0).data(ImportIssueModel::SourceRowRole).toInt());
    }
    return int(rows.size());
}

QString summaryOf(const ImportDialog &dialog)
{
    return child<QLabel>(const_cast<ImportDialog *>(&dialog), "importSummary")->text();
}

} // namespace

TEST_CASE("Import preview: a column assigned to a field is read at once and remembered once imported",
          "[ui][import][assignments]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"ui.sqlite"_s));
    AppContext ctx(*db);
    const QString file = dataFile(u"import/teachers_staff_post.csv"_s);

    {
        ImportDialog dialog(ctx, file);
        dialog.show();
        REQUIRE(dialog.loaded());
        ColumnAssignmentPanel *panel = dialog.columnAssignments();
        REQUIRE(panel->isVisible());
        // The two columns the program does not recognise, each left out for now.
        REQUIRE(panel->combos().size() == 2);
        QComboBox *post = panel->comboFor(kStaffPost);
        REQUIRE(post);
        CHECK(post->currentData().toString().isEmpty());
        CHECK(dialog.focusWidget() == post); // the keyboard starts at the first question
        CHECK(panel->comboFor(u"Примечание"_s));
        CHECK_FALSE(panel->rememberedNote()->isVisible());
        // Without «Должность» the whole file (5 rows) is refused.
        CHECK(dialog.kind().fileRejected());
        CHECK(summaryOf(dialog).contains(u"5 rejected"_s));
        CHECK_FALSE(dialog.importButton()->isEnabled());

        chooseWithKeys(post, u"Должность"_s);
        // Rows 4 (31.02.1980) and 5 (no post) remain; 3 are valid.
        CHECK_FALSE(dialog.kind().fileRejected());
        CHECK(rejectedRowsShown(dialog) == 2);
        CHECK(summaryOf(dialog).contains(u"2 rejected"_s));
        CHECK(summaryOf(dialog).contains(u"3 valid"_s));
        // «Должность» is taken: the other column is not offered it.
        QComboBox *note = panel->comboFor(u"Примечание"_s);
        const int taken = note->findData(u"Должность"_s);
        REQUIRE(taken > 0);
        CHECK_FALSE(qobject_cast<QStandardItemModel *>(note->model())->item(taken)->isEnabled());

        clickButton(&dialog, "importButton");
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.outcome().contains(u"3 new"_s));
    }
    CHECK(TeacherRepository(*db).count() == 7); // 4 of teachers_good.csv and 3

    // The same file again: the assignment is there, and a line says where it comes from.
    ImportDialog again(ctx, file);
    again.show();
    REQUIRE(again.loaded());
    QComboBox *post = again.columnAssignments()->comboFor(kStaffPost);
    REQUIRE(post);
    CHECK(post->currentData().toString() == u"Должность"_s);
    CHECK(again.columnAssignments()->rememberedNote()->isVisible());
    CHECK(rejectedRowsShown(again) == 2);
    CHECK(summaryOf(again).contains(u"2 rejected"_s));
    CHECK(again.importButton()->isEnabled());
    // Changed back by the user, the line about the earlier import goes.
    chooseWithKeys(post, QString());
    CHECK_FALSE(again.columnAssignments()->rememberedNote()->isVisible());
    CHECK(again.kind().fileRejected());
}

TEST_CASE("Import preview: an assignment closed with «Import nothing» is not remembered",
          "[ui][import][assignments]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"ui.sqlite"_s));
    AppContext ctx(*db);
    const QString file = dataFile(u"import/teachers_staff_post.csv"_s);
    {
        ImportDialog dialog(ctx, file);
        dialog.show();
        REQUIRE(dialog.loaded());
        chooseWithKeys(dialog.columnAssignments()->comboFor(kStaffPost), u"Должность"_s);
        CHECK(rejectedRowsShown(dialog) == 2);
        dialog.reject();
    }
    ImportDialog again(ctx, file);
    REQUIRE(again.loaded());
    CHECK(again.columnAssignments()->comboFor(kStaffPost)->currentData().toString().isEmpty());
    CHECK(again.kind().fileRejected());
    CHECK(TeacherRepository(*db).count() == 4);
}

TEST_CASE("Import preview: a file whose columns are all recognised shows no assignment table",
          "[ui][import][assignments]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"ui.sqlite"_s));
    AppContext ctx(*db);
    ImportDialog dialog(ctx, dataFile(u"import/teachers_good.csv"_s));
    dialog.show();
    REQUIRE(dialog.loaded());
    CHECK_FALSE(dialog.columnAssignments()->isVisible());
}
