#include "registry/DictionariesDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "shell/AppContext.h"
#include "store/DictionaryRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

DictionariesDialog::DictionariesDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_positions(new QTableWidget(0, 2, this)), m_subjects(new QListWidget(this))
{
    setWindowTitle(tr("Positions and subjects"));
    m_positions->setObjectName(QStringLiteral("positionsTable"));
    m_positions->setHorizontalHeaderLabels({tr("Position"), tr("Kind")});
    m_positions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_positions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_positions->verticalHeader()->hide();
    m_positions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_positions->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *positionsPage = new QWidget(this);
    auto *addPositionButton = new QPushButton(tr("Add position..."), positionsPage);
    connect(addPositionButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New position"), tr("Name of the position:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addPosition(name);
    });
    auto *positionsLayout = new QVBoxLayout(positionsPage);
    positionsLayout->addWidget(m_positions);
    auto *positionsButtons = new QHBoxLayout;
    positionsButtons->addWidget(addPositionButton);
    positionsButtons->addStretch();
    positionsLayout->addLayout(positionsButtons);

    auto *subjectsPage = new QWidget(this);
    auto *addSubjectButton = new QPushButton(tr("Add subject..."), subjectsPage);
    connect(addSubjectButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New subject"), tr("Name of the subject:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addSubject(name);
    });
    auto *subjectsLayout = new QVBoxLayout(subjectsPage);
    subjectsLayout->addWidget(m_subjects);
    auto *subjectsButtons = new QHBoxLayout;
    subjectsButtons->addWidget(addSubjectButton);
    subjectsButtons->addStretch();
    subjectsLayout->addLayout(subjectsButtons);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(positionsPage, tr("Positions"));
    tabs->addTab(subjectsPage, tr("Subjects"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {640, 560});
    HeaderFit::keep(this);
    fill();
}

void DictionariesDialog::fill()
{
    DictionaryRepository dict(m_ctx.db());
    const QList<Position> positions = dict.positions();
    m_positions->setRowCount(int(positions.size()));
    for (int row = 0; row < positions.size(); ++row) {
        const Position &p = positions.at(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_positions->setItem(row, 0, name);
        auto *kind = new QComboBox(m_positions);
        kind->addItem(PositionCatalog::kindDisplayName(PositionKind::Pedagogical), int(PositionKind::Pedagogical));
        kind->addItem(PositionCatalog::kindDisplayName(PositionKind::Managerial), int(PositionKind::Managerial));
        kind->setCurrentIndex(kind->findData(int(p.kind)));
        connect(kind, &QComboBox::currentIndexChanged, this, [this, row](int index) { kindChosen(row, index); });
        m_positions->setCellWidget(row, 1, kind);
    }
    m_subjects->clear();
    for (const Subject &s : dict.subjects())
        m_subjects->addItem(s.name);
}

void DictionariesDialog::kindChosen(int row, int comboIndex)
{
    auto *combo = qobject_cast<QComboBox *>(m_positions->cellWidget(row, 1));
    const qint64 id = m_positions->item(row, 0)->data(Qt::UserRole).toLongLong();
    try {
        DictionaryRepository(m_ctx.db()).setPositionKind(id, PositionKind(combo->itemData(comboIndex).toInt()));
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void DictionariesDialog::addPosition(const QString &name)
{
    if (name.simplified().isEmpty())
        return;
    try {
        bool created = false;
        DictionaryRepository(m_ctx.db()).ensurePosition(name, PositionCatalog::defaultKindFor(name), &created);
        if (!created)
            QMessageBox::information(this, windowTitle(), tr("The position \"%1\" is in the list already.").arg(name.simplified()));
        fill();
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void DictionariesDialog::addSubject(const QString &name)
{
    if (name.simplified().isEmpty())
        return;
    try {
        bool created = false;
        DictionaryRepository(m_ctx.db()).ensureSubject(name, &created);
        if (!created)
            QMessageBox::information(this, windowTitle(), tr("The subject \"%1\" is in the list already.").arg(name.simplified()));
        fill();
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace profrost
