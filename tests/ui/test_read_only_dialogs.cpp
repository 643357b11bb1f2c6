// A role that may not change a record still reads all of it: Enter or a
// double click opens the record's dialog for reading (EditAccess::readOnly),
// its fields unchangeable, its add and remove buttons gone, Close the only
// way out, and nothing written.
#include <catch2/catch.hpp>

#include "events/EventDialog.h"
#include "events/EventsPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/EventRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("An observer opens an event to read it, and nothing in the dialog can change it", "[ui][roles]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow::Options options;
    options.access = UserAccess::forRole(UserAccess::Role::Observer, u"nablyudatel"_s);
    MainWindow window(demoDatabase(dir.filePath(u"demo.sqlite"_s), 300), options);
    window.show();
    auto *page = qobject_cast<EventsPage *>(goToArea(window, u"Events and competitions"_s));
    REQUIRE(page);
    showTab(page->view()->parentWidget()); // the «Events» tab
    QTableView *table = page->view();
    REQUIRE(waitUntil([table] { return table->model()->rowCount() > 0; }));
    const QList<MethodicalEvent> before = EventRepository(window.context().db()).between(QDate(2000, 1, 1), QDate(2100, 1, 1));

    QString title;
    QStringList visibleButtons;
    int editableLines = 0, lines = 0;
    whenModal<EventDialog>([&](EventDialog *dialog) {
        title = dialog->windowTitle();
        for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
            ++lines;
            editableLines += line->isReadOnly() ? 0 : 1;
        }
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(dialog) && qobject_cast<QPushButton *>(b))
                visibleButtons << b->text().remove(u'&');
        }
        for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
            box->button(QDialogButtonBox::Close)->click();
    });
    table->setCurrentIndex(table->model()->index(0, 0));
    emit table->activated(table->currentIndex());
    CHECK(title.endsWith(u"(read only)"_s));
    CHECK(lines > 0);
    CHECK(editableLines == 0);
    CHECK(visibleButtons == QStringList{u"Close"_s});
    CHECK(EventRepository(window.context().db()).between(QDate(2000, 1, 1), QDate(2100, 1, 1)) == before);
}
