// The competency areas in Registry → Dictionaries: added, renamed, moved and
// deleted there, an area at once a checkbox of the diagnosis dialog, and a
// refused deletion shown with its reason.

#include <catch2/catch.hpp>

#include "diagnostics/CampaignDialog.h"
#include "registry/DictionariesDialog.h"
#include "shell/AppContext.h"
#include "store/CompetencyAreaRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QListWidget>
#include <QMessageBox>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QStringList listed(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

TEST_CASE("Competency areas are added renamed moved and deleted in the dictionaries dialog", "[ui][areas]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = diagnosedDatabase(dir.filePath(u"ui.sqlite"_s));
    AppContext ctx(*db);
    DictionariesDialog dialog(ctx);
    QListWidget *list = dialog.areasList();
    REQUIRE(list->count() == 6);
    CHECK(list->item(0)->text() == u"Предметная"_s);

    REQUIRE(dialog.addArea(u"Управленческая"_s));
    CHECK(listed(list).constLast() == u"Управленческая"_s);
    const QString code = list->currentItem()->data(Qt::UserRole).toString();
    {
        CampaignDialog campaign([](const DiagnosisCampaign &) { return QString(); });
        QCheckBox *box = campaign.areaBox(CompetencyArea(code));
        REQUIRE(box);
        CHECK(box->text() == u"управленческая"_s);
        CHECK(box->isChecked()); // scored by area, so measured by default
    }

    REQUIRE(dialog.renameArea(code, u"Управленческая компетентность"_s));
    REQUIRE(dialog.moveArea(code, -1));
    CHECK(listed(list).at(list->count() - 2) == u"Управленческая компетентность"_s);
    CHECK(list->currentItem()->data(Qt::UserRole).toString() == code);

    // The subject area holds the scores of diagnostics_good.csv: refused, with why.
    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->close();
    });
    CHECK_FALSE(dialog.deleteArea(CompetencyArea::Subject.code()));
    CHECK(said.contains(u"cannot be deleted"_s));
    CHECK(said.contains(u"score"_s));
    CHECK(list->count() == 7);

    REQUIRE(dialog.deleteArea(code));
    CHECK(list->count() == 6);
    CHECK_FALSE(CompetencyAreas::current().contains(CompetencyArea(code)));
}
