#include "registry/OrganisationsPage.h"

#include "common/ConflictResolution.h"
#include "store/RecordComparison.h"

#include "common/EditAccess.h"
#include "common/Roles.h"
#include "common/TokenFilterProxy.h"
#include "common/StatusPalette.h"
#include "registry/OrganisationCard.h"
#include "registry/OrganisationDialog.h"
#include "registry/OrganisationTableModel.h"
#include "registry/RecordCommands.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace profrost {

OrganisationsPage::OrganisationsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new OrganisationTableModel(this)),
      m_proxy(new TokenFilterProxy(this)),
      m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_card(new QTextBrowser(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("organisationsPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("organisationsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrganisationTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {330, 180, 150, 200, 95, 70, 130, 200};
    for (int i = 0; i < OrganisationTableModel::ColumnCount; ++i)
        m_view->setColumnWidth(i, widths[i]);

    m_filter->setObjectName(QStringLiteral("organisationFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, type, municipality, director (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });

    m_add = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add organisation..."), this);
    // Ctrl+Shift+N: Ctrl+N adds a teacher, and the Registry menu shows both
    // actions; one window, one meaning per shortcut.
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_add);
    m_edit = new QAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit..."), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *focus = new QAction(this);
    focus->setShortcut(QKeySequence::Find);
    connect(focus, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focus);
    addAction(m_edit);
    addAction(m_delete);
    m_add->setObjectName(QStringLiteral("newOrganisationAction"));
    m_edit->setObjectName(QStringLiteral("editOrganisationAction"));
    m_delete->setObjectName(QStringLiteral("deleteOrganisationAction"));
    connect(m_add, &QAction::triggered, this, &OrganisationsPage::addOrganisation);
    connect(m_edit, &QAction::triggered, this, &OrganisationsPage::editOrganisation);
    connect(m_delete, &QAction::triggered, this, &OrganisationsPage::deleteOrganisation);
    if (m_ctx.mayEdit(UserAccess::Area::Organisations))
        connect(m_view, &QTableView::doubleClicked, this, &OrganisationsPage::editOrganisation);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Organisations, {m_add, m_edit, m_delete});
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    m_card->setObjectName(QStringLiteral("organisationCard"));
    m_card->setOpenLinks(false);
    // The list above, the card below: the list's columns keep the page's width.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_view, 1);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganisationsPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganisationsPage::updateCard);
    connect(&m_ctx, &AppContext::registryChanged, this, &OrganisationsPage::reload);
    reload();
}

void OrganisationsPage::reload()
{
    const qint64 keep = currentId();
    try {
        m_model->setRows(OrganisationRepository(m_ctx.db()).rows(m_ctx.today()));
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Organisations"), e.message());
    }
    selectId(keep);
    updateCount();
    updateCard();
}

void OrganisationsPage::updateCard()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_card->setHtml(u"<p style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>"
                        + tr("Select an organisation to see its card.").toHtmlEscaped() + u"</p>");
        return;
    }
    m_card->setHtml(OrganisationCard::html(m_ctx.db(), id, m_ctx.today()));
}

qint64 OrganisationsPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

void OrganisationsPage::selectId(qint64 id)
{
    const int row = id == 0 ? -1 : m_model->indexOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void OrganisationsPage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    m_edit->setEnabled(currentId() != 0);
    m_delete->setEnabled(currentId() != 0);
}

void OrganisationsPage::openDialog(const Organisation &original, bool isNew)
{
    DictionaryRepository dict(m_ctx.db());
    qint64 savedId = original.id;
    OrganisationDialog *dialogPtr = nullptr;
    OrganisationDialog dialog(dict.municipalities(), [&](const Organisation &edited) -> QString {
        try {
            Organisation o = edited;
            Transaction tx(m_ctx.db());
            if (o.municipalityId < 0)
                o.municipalityId = DictionaryRepository(m_ctx.db()).ensureMunicipality(dialogPtr->municipalityName());
            OrganisationRepository repo(m_ctx.db());
            std::optional<Organisation> before = isNew ? std::nullopt : std::optional<Organisation>(original);
            if (isNew) {
                o.id = repo.insert(o);
            } else {
                // Another user may have saved the organisation since it was opened.
                const ConflictSave<Organisation> done = ConflictResolution::save<Organisation>(
                    QApplication::activeModalWidget(), o, [&](const Organisation &mine) { repo.update(mine); },
                    [&] { return repo.get(o.id); },
                    [&](const Organisation &mine, const Organisation &theirs) {
                        return RecordComparison::organisations(m_ctx.db(), mine, theirs);
                    });
                if (done.result != ConflictSave<Organisation>::Result::Saved) {
                    tx.commit(); // a municipality typed in the dialog stays
                    m_ctx.notifyChanged();
                    return done.message;
                }
                if (done.replaced)
                    before = done.replaced; // undo brings back what was stored: theirs
            }
            tx.commit();
            savedId = o.id;
            m_ctx.undoStack()->push(new OrganisationCommand(m_ctx, before, repo.get(o.id),
                                                            (isNew ? tr("add %1") : tr("edit %1")).arg(o.displayName())));
            return {};
        } catch (const Error &e) {
            return e.message();
        }
    }, this);
    dialogPtr = &dialog;
    dialog.setWindowTitle(isNew ? tr("New organisation") : tr("Organisation: %1").arg(original.displayName()));
    dialog.setOrganisation(original);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_ctx.notifyChanged();
    selectId(savedId);
}

void OrganisationsPage::addOrganisation()
{
    Organisation o;
    const QList<Municipality> all = DictionaryRepository(m_ctx.db()).municipalities();
    if (!all.isEmpty())
        o.municipalityId = all.first().id;
    openDialog(o, true);
}

void OrganisationsPage::editOrganisation()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        openDialog(OrganisationRepository(m_ctx.db()).get(id), false);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Organisations"), e.message());
    }
}

void OrganisationsPage::deleteOrganisation()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        OrganisationRepository repo(m_ctx.db());
        const Organisation o = repo.get(id);
        if (QMessageBox::question(this, tr("Delete organisation"),
                                  tr("Delete %1?\nYou can undo this with Ctrl+Z.").arg(o.name),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        repo.remove(id);
        m_ctx.undoStack()->push(new OrganisationCommand(m_ctx, o, std::nullopt, tr("delete %1").arg(o.displayName())));
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Delete organisation"), e.message());
    }
}

void OrganisationsPage::saveState() const
{
    QSettings().setValue(QStringLiteral("organisations/header"), m_view->horizontalHeader()->saveState());
    QSettings().setValue(QStringLiteral("organisations/splitter"), m_splitter->saveState());
}

void OrganisationsPage::restoreState()
{
    m_view->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("organisations/header")).toByteArray());
    m_splitter->restoreState(QSettings().value(QStringLiteral("organisations/splitter")).toByteArray());
}

} // namespace profrost
