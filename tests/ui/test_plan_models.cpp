#include <catch2/catch.hpp>

#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationPlanProxy.h"
#include "common/PlanGraphLoadModel.h"
#include "common/PlanGraphProxy.h"
#include "common/Roles.h"
#include "documents/AttestationReports.h"
#include "documents/TrainingReports.h"
#include "store/Database.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/TrainingPlanModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>

using namespace profrost;
using namespace profrost::test;

namespace {

// The names shown by a view of `m`, top to bottom (the first word: the surname).
QStringList surnames(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data().toString().section(u' ', 0, 0);
    return out;
}

} // namespace

TEST_CASE("The further-training plan model and its filter pass the model tester through edits, filters and sorts",
          "[ui][plan][models]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingPlanModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PlanGraphProxy proxy;
    proxy.setPlanModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Иванова, Сидорова and Козлова have no course on record: all in the
    // plan; Петров is a director and not planned.
    model.reset(TrainingReports::planData(*db, 2026), TrainingRepository(*db).programmes());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(proxy.rowCount() == 3);
    QSignalSpy edited(&model, &PlanGraphModel::edited);
    const int kozlova = rowStartingWith(&model, QString::fromUtf8("Козлова"));
    REQUIRE(kozlova >= 0);
    CHECK(model.setData(model.index(kozlova, TrainingPlanModel::YearColumn), 2028));
    CHECK(model.setData(model.index(kozlova, TrainingPlanModel::TopicColumn), QString::fromUtf8("Логопедия")));
    CHECK(edited.count() == 2);

    // Words: case and order do not matter, every word must occur.
    proxy.setFilterText(QString::fromUtf8("СИДОРОВА"));
    CHECK(surnames(proxy) == QStringList{QString::fromUtf8("Сидорова")});
    proxy.setFilterText(QString::fromUtf8("звездочка сидорова"));
    CHECK(proxy.rowCount() == 1);
    proxy.setFilterText(QString::fromUtf8("иванова сидорова"));
    CHECK(proxy.rowCount() == 0);
    proxy.setFilterText(QString());
    CHECK(proxy.rowCount() == 3);
    // The organisation as shown.
    proxy.setOrganisation(QString::fromUtf8("МБДОУ детский сад № 3 «Звездочка»"));
    CHECK(surnames(proxy) == QStringList{QString::fromUtf8("Сидорова")});
    proxy.setOrganisation(QString());
    CHECK(proxy.rowCount() == 3);

    // Сидорова, hired 01.09.2024 and never trained, is proposed for 2027
    // (three years from the hiring); the methodist brings her forward.
    CHECK(model.index(rowStartingWith(&model, QString::fromUtf8("Сидорова")), TrainingPlanModel::YearColumn).data().toInt()
          == 2027);
    CHECK(model.setData(model.index(rowStartingWith(&model, QString::fromUtf8("Сидорова")), TrainingPlanModel::YearColumn),
                        2026));

    // Sorting by the keys: names (И < К < С), organisations («мбдоу» < «мбоу»), years.
    proxy.sort(TrainingPlanModel::NameColumn, Qt::AscendingOrder);
    CHECK(surnames(proxy)
          == QStringList{QString::fromUtf8("Иванова"), QString::fromUtf8("Козлова"), QString::fromUtf8("Сидорова")});
    proxy.sort(TrainingPlanModel::NameColumn, Qt::DescendingOrder);
    CHECK(surnames(proxy).constFirst() == QString::fromUtf8("Сидорова"));
    proxy.sort(TrainingPlanModel::OrganisationColumn, Qt::AscendingOrder);
    CHECK(surnames(proxy).constFirst() == QString::fromUtf8("Сидорова"));
    proxy.sort(TrainingPlanModel::YearColumn, Qt::AscendingOrder);
    CHECK(surnames(proxy).constLast() == QString::fromUtf8("Козлова")); // 2028 after two in 2026
    // An edit moves the row in the sorted view: Сидорова to 2027, between them.
    CHECK(model.setData(model.index(rowStartingWith(&model, QString::fromUtf8("Сидорова")), TrainingPlanModel::YearColumn),
                        2027));
    CHECK(surnames(proxy)
          == QStringList{QString::fromUtf8("Иванова"), QString::fromUtf8("Сидорова"), QString::fromUtf8("Козлова")});

    // Removal and addition go through the tester too, filtered or not.
    proxy.setFilterText(QString::fromUtf8("козлова"));
    const qint64 kozlovaId = model.index(kozlova, 0).data(IdRole).toLongLong();
    model.removeTeachers({kozlovaId});
    CHECK(model.rowCount() == 2);
    CHECK(proxy.rowCount() == 0);
    CHECK(model.addTeachers({kozlovaId}, 2027) == 1);
    CHECK(proxy.rowCount() == 1);
    proxy.setFilterText(QString());
    CHECK(proxy.rowCount() == 3);

    // The order of the organisations is made again when rows come and go.
    proxy.sort(TrainingPlanModel::OrganisationColumn, Qt::AscendingOrder);
    const qint64 sidorovaId =
        model.index(rowStartingWith(&model, QString::fromUtf8("Сидорова")), 0).data(IdRole).toLongLong();
    model.removeTeachers({sidorovaId});
    CHECK_FALSE(surnames(proxy).contains(QString::fromUtf8("Сидорова")));
    CHECK(model.addTeachers({sidorovaId}, 2026) == 1);
    CHECK(surnames(proxy).constFirst() == QString::fromUtf8("Сидорова")); // «мбдоу» first again
}

TEST_CASE("The attestation plan model and its year filter pass the model tester", "[ui][attestation][models]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = demoDatabase(dir.filePath(QStringLiteral("d.sqlite")), 120);
    AttestationPlanModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AttestationPlanProxy proxy;
    proxy.setPlanModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(AttestationPlanModel::AttestColumn, Qt::AscendingOrder);

    model.reset(AttestationReports::planData(*db, 2027, referenceDay()));
    const int total = model.rowCount();
    REQUIRE(total > 10);
    // The rows of one year: every one shown is attested in it, none hidden is.
    const auto yearOf = [](const QAbstractItemModel &m, int row) {
        return m.index(row, AttestationPlanModel::AttestColumn).data(Qt::EditRole).toDate().year();
    };
    const int year = yearOf(model, 0);
    int inYear = 0;
    for (int r = 0; r < total; ++r)
        inYear += yearOf(model, r) == year ? 1 : 0;
    proxy.setYear(year);
    CHECK(proxy.rowCount() == inYear);
    for (int r = 0; r < proxy.rowCount(); ++r)
        CHECK(yearOf(proxy, r) == year);
    // Sorted by the month of attestation.
    for (int r = 1; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r - 1, AttestationPlanModel::AttestColumn).data(Qt::EditRole).toDate()
              <= proxy.index(r, AttestationPlanModel::AttestColumn).data(Qt::EditRole).toDate());

    // A teacher moved to another year leaves the year shown.
    const QModelIndex first = proxy.mapToSource(proxy.index(0, AttestationPlanModel::AttestColumn));
    const QDate moved(year == 2031 ? 2027 : year + 1, 6, 1);
    CHECK(model.setData(first, moved));
    CHECK(proxy.rowCount() == inYear - 1);
    CHECK(model.index(first.row(), AttestationPlanModel::AttestColumn).data(Qt::EditRole).toDate() == moved);
    CHECK_FALSE(model.setData(first, QDate(2032, 1, 1))); // after the plan's five years

    // The words typed narrow the year shown; all five years again.
    const QString surname = model.index(first.row(), AttestationPlanModel::NameColumn).data().toString().section(u' ', 0, 0);
    proxy.setYear(moved.year());
    proxy.setFilterText(surname.toUpper());
    CHECK(proxy.rowCount() >= 1);
    for (int r = 0; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r, AttestationPlanModel::NameColumn).data().toString().startsWith(surname));
    proxy.setFilterText(QString());
    proxy.setYear(0);
    CHECK(proxy.rowCount() == total);
}

TEST_CASE("The load per organisation passes the model tester and marks the cells with a warning",
          "[ui][plan][models]")
{
    PlanGraphLoadModel load;
    QAbstractItemModelTester tester(&load, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(load.rowCount() == 0);
    load.setLoad({QStringLiteral("Organisation"), QStringLiteral("2026"), QStringLiteral("2027")},
                 {{QStringLiteral("School 1"), {1, 3}, {QString(), QStringLiteral("most in 2027")}},
                  {QStringLiteral("School 2"), {0, 0}, {}}});
    REQUIRE(load.rowCount() == 2);
    REQUIRE(load.columnCount() == 3);
    CHECK(load.headerData(2, Qt::Horizontal).toString() == QStringLiteral("2027"));
    CHECK(load.index(0, 0).data().toString() == QStringLiteral("School 1"));
    CHECK(load.index(0, 2).data().toInt() == 3);
    CHECK(load.index(0, 2).data(Qt::ToolTipRole).toString() == QStringLiteral("most in 2027"));
    CHECK(load.index(0, 2).data(Qt::ForegroundRole).canConvert<QBrush>());
    CHECK_FALSE(load.index(0, 1).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(load.index(1, 1).data(Qt::ToolTipRole).isValid());
    // Another plan: other columns (one count per organisation).
    load.setLoad({QStringLiteral("Organisation"), QStringLiteral("Teachers")}, {{QStringLiteral("School 3"), {7}, {}}});
    CHECK(load.columnCount() == 2);
    CHECK(load.index(0, 1).data().toInt() == 7);
}
