// The import preview's list of rejected rows and warnings: a model over the
// one preview type of the import pipeline, checked by Qt's model tester.

#include <catch2/catch.hpp>

#include "import/ImportDialog.h"
#include "import/ImportIssueModel.h"
#include "shell/AppContext.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("Import issue model: rows of the file in order, each issue once, valid for Qt's model tester",
          "[ui][import]")
{
    ImportIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    ImportPreview preview;
    preview.errors = {{7, u"СНИЛС"_s, u"the check digits do not match"_s}, {3, u"ФИО"_s, u"the name is empty"_s}};
    preview.warnings = {{0, u"Примечание"_s, u"unknown column, ignored"_s}, {3, u"Должность"_s, u"new position"_s}};
    model.reset(preview);

    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == ImportIssueModel::ColumnCount);
    // The file first, then rows 3 (the rejection before the warning) and 7.
    CHECK(model.index(0, ImportIssueModel::RowColumn).data() == u"file"_s);
    CHECK(model.index(1, ImportIssueModel::RowColumn).data() == 3);
    CHECK(model.index(1, ImportIssueModel::KindColumn).data() == u"rejected"_s);
    CHECK(model.index(2, ImportIssueModel::ColumnColumn).data() == u"Должность"_s);
    CHECK(model.index(2, ImportIssueModel::KindColumn).data() == u"warning"_s);
    CHECK(model.index(3, ImportIssueModel::ReasonColumn).data() == u"the check digits do not match"_s);
    CHECK(model.index(3, 0).data(ImportIssueModel::SourceRowRole) == 7);
    CHECK(model.index(3, 0).data(ImportIssueModel::RejectedRole) == true);

    model.sort(ImportIssueModel::RowColumn, Qt::DescendingOrder);
    CHECK(model.index(0, ImportIssueModel::RowColumn).data() == 7);
    model.sort(ImportIssueModel::KindColumn);
    CHECK(model.index(0, ImportIssueModel::KindColumn).data() == u"rejected"_s);
    CHECK(model.index(1, ImportIssueModel::KindColumn).data() == u"rejected"_s);

    model.reset(ImportPreview{});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Import dialog: the issues view shows the preview's model, one line per issue", "[ui][import]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"ui.sqlite"_s));
    AppContext ctx(*db);
    ImportDialog dialog(ctx, dataFile(u"import/teachers_bad.csv"_s));
    REQUIRE(dialog.loaded());
    QAbstractItemModelTester tester(dialog.issuesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.issuesTable()->model() == dialog.issuesModel());
    const ImportPreview &preview = dialog.kind().result();
    CHECK(dialog.issuesModel()->rowCount() == preview.errors.size() + preview.warnings.size());
    int rejected = 0;
    for (int row = 0; row < dialog.issuesModel()->rowCount(); ++row)
        rejected += dialog.issuesModel()->index(row, 0).data(ImportIssueModel::RejectedRole).toBool() ? 1 : 0;
    CHECK(rejected == preview.errors.size());
}
