#include "training/ProgrammesTab.h"

#include "common/ConflictResolution.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/TokenFilterProxy.h"
#include "shell/AppContext.h"
#include "store/DictionaryRepository.h"
#include "store/RecordComparison.h"
#include "store/TrainingRepository.h"
#include "training/ProgrammeDialog.h"
#include "training/ProgrammeModel.h"
#include "util/Error.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

ProgrammesTab::ProgrammesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_filter(new QLineEdit(this)),
      m_model(new ProgrammeModel(this)),
      m_proxy(new TokenFilterProxy(this)),
      m_table(nullptr)
{
    m_proxy->setSourceModel(m_model);
    m_table = RecordView::table(m_proxy, this);
    m_table->setObjectName(QStringLiteral("programmesTable"));
    m_table->setColumnWidth(0, 380);
    m_table->setColumnWidth(1, 260);
    m_table->setColumnWidth(2, 60);
    m_table->setColumnWidth(3, 60);
    m_table->setColumnWidth(4, 120);
    m_table->setColumnWidth(5, 110);
    m_table->setSortingEnabled(true);
    // A header's sort indicator starts descending: open А→Я by title, not Я→А.
    m_table->sortByColumn(ProgrammeModel::TitleColumn, Qt::AscendingOrder);
    if (m_ctx.mayEdit(UserAccess::Area::Training))
        connect(m_table, &QTableView::doubleClicked, this, &ProgrammesTab::editProgramme);

    m_filter->setPlaceholderText(tr("Filter: title, provider, area"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenFilterProxy::setFilterText);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add programme..."), this);
    auto *edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit..."), this);
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    add->setObjectName(QStringLiteral("addProgramme"));
    edit->setObjectName(QStringLiteral("editProgramme"));
    remove->setObjectName(QStringLiteral("deleteProgramme"));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Training, {add, edit, remove});
    connect(add, &QPushButton::clicked, this, &ProgrammesTab::addProgramme);
    connect(edit, &QPushButton::clicked, this, &ProgrammesTab::editProgramme);
    connect(remove, &QPushButton::clicked, this, &ProgrammesTab::deleteProgramme);
    auto *top = new QHBoxLayout;
    top->addWidget(add);
    top->addWidget(edit);
    top->addWidget(remove);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(&m_ctx, &AppContext::registryChanged, this, &ProgrammesTab::reload);
    reload();
}

void ProgrammesTab::reload()
{
    QList<Programme> programmes;
    try {
        programmes = TrainingRepository(m_ctx.db()).programmes();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Programmes"), e.message());
    }
    const qint64 keep = currentId();
    m_model->setProgrammes(programmes); // the proxy keeps the sort column and the filter
    RecordView::selectId(m_table, keep);
}

qint64 ProgrammesTab::currentId() const
{
    return RecordView::currentId(m_table, 0);
}

bool ProgrammesTab::openDialog(const Programme &p, bool isNew)
{
    DictionaryRepository dict(m_ctx.db());
    QStringList providers;
    for (const Programme &known : TrainingRepository(m_ctx.db()).programmes()) {
        if (!providers.contains(known.provider))
            providers << known.provider;
    }
    providers.sort();
    ProgrammeDialog dialog(dict.positions(), dict.subjects(), providers, [&](const Programme &edited) -> QString {
        try {
            TrainingRepository repo(m_ctx.db());
            if (isNew) {
                repo.insertProgramme(edited);
                return {};
            }
            // Another methodist may have saved the programme since the dialog opened.
            return ConflictResolution::inDialog<Programme>(
                edited, [&repo](const Programme &mine) { repo.updateProgramme(mine); },
                [&repo, &edited] { return repo.programme(edited.id); },
                [this](const Programme &mine, const Programme &theirs) {
                    return RecordComparison::programmes(m_ctx.db(), mine, theirs);
                });
        } catch (const Error &e) {
            return e.message();
        }
    }, this);
    dialog.setWindowTitle(isNew ? tr("New programme") : tr("Programme: %1").arg(p.title));
    dialog.setProgramme(p);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_ctx.notifyChanged();
    return true;
}

void ProgrammesTab::addProgramme()
{
    openDialog(Programme(), true);
}

void ProgrammesTab::editProgramme()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        openDialog(TrainingRepository(m_ctx.db()).programme(id), false);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Programmes"), e.message());
    }
}

void ProgrammesTab::deleteProgramme()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    try {
        TrainingRepository repo(m_ctx.db());
        const Programme p = repo.programme(id);
        if (QMessageBox::question(this, tr("Delete programme"), tr("Delete \"%1\" from the catalogue?").arg(p.title),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        repo.removeProgramme(id);
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Delete programme"), e.message());
    }
}

} // namespace profrost
