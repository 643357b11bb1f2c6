#include "training/ProgrammesTab.h"

#include "shell/AppContext.h"
#include "store/DictionaryRepository.h"
#include "store/TrainingRepository.h"
#include "training/ProgrammeDialog.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

ProgrammesTab::ProgrammesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_filter(new QLineEdit(this)), m_table(new QTableWidget(0, 7, this))
{
    m_table->setObjectName(QStringLiteral("programmesTable"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Provider"), tr("Kind"), tr("Hours"), tr("Form"),
                                        tr("Federal registry"), tr("Competency areas")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 380);
    m_table->setColumnWidth(1, 260);
    m_table->setColumnWidth(2, 60);
    m_table->setColumnWidth(3, 60);
    m_table->setColumnWidth(4, 120);
    m_table->setColumnWidth(5, 110);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ProgrammesTab::editProgramme);

    m_filter->setPlaceholderText(tr("Filter: title, provider, area"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QStringList words = normalizedKey(text).split(u' ', Qt::SkipEmptyParts);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString key = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
            bool all = true;
            for (const QString &w : words)
                all = all && key.contains(w);
            m_table->setRowHidden(row, !all);
        }
    });
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add programme..."), this);
    auto *edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit..."), this);
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
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
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(programmes.size()));
    for (int row = 0; row < programmes.size(); ++row) {
        const Programme &p = programmes.at(row);
        QStringList areas;
        for (CompetencyArea a : p.areas)
            areas << TrainingText::displayName(a);
        auto *title = new QTableWidgetItem(p.title);
        title->setData(Qt::UserRole, p.id);
        title->setData(Qt::UserRole + 1, normalizedKey(p.title + u' ' + p.provider + u' ' + areas.join(u' ')));
        title->setToolTip(p.title);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(p.provider));
        m_table->setItem(row, 2, new QTableWidgetItem(TrainingText::russian(p.kind)));
        auto *hours = new QTableWidgetItem;
        hours->setData(Qt::DisplayRole, p.hours);
        hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, hours);
        m_table->setItem(row, 4, new QTableWidgetItem(TrainingText::displayName(p.form)));
        m_table->setItem(row, 5, new QTableWidgetItem(p.federalRegistry ? tr("yes") : QString()));
        m_table->setItem(row, 6, new QTableWidgetItem(areas.join(QStringLiteral(", "))));
        if (p.id == keep)
            m_table->selectRow(row);
    }
    m_table->setSortingEnabled(true);
    emit m_filter->textChanged(m_filter->text());
}

qint64 ProgrammesTab::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, 0) ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
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
            if (isNew)
                repo.insertProgramme(edited);
            else
                repo.updateProgramme(edited);
            return {};
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
