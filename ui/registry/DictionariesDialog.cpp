#include "registry/DictionariesDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "shell/AppContext.h"
#include "domain/Training.h"
#include "store/CompetencyAreaRepository.h"
#include "store/DictionaryRepository.h"
#include "util/TextNormalize.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

DictionariesDialog::DictionariesDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_positions(new QTableWidget(0, 2, this)),
      m_subjects(new QListWidget(this)),
      m_areas(new QListWidget(this))
{
    setWindowTitle(tr("Dictionaries"));
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
    tabs->addTab(areasPage(), tr("Competency areas"));
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
    fillAreas({});
}

QWidget *DictionariesDialog::areasPage()
{
    auto *page = new QWidget(this);
    m_areas->setObjectName(QStringLiteral("competencyAreasList"));
    // The literacy area's explanation is long: wrapped, never cut behind a scroll bar.
    m_areas->setWordWrap(true);
    m_areas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *hint = new QLabel(tr("The areas of diagnoses, deficits, individual routes and programmes, in the order "
                               "of every list, deficit map and document. An import finds a score column by the "
                               "area's name."),
                            page);
    hint->setWordWrap(true);
    const auto button = [page](const QString &text, const char *name) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    QPushButton *add = button(tr("Add area..."), "addAreaButton");
    QPushButton *rename = button(tr("Rename..."), "renameAreaButton");
    QPushButton *up = button(tr("Move up"), "moveAreaUpButton");
    QPushButton *down = button(tr("Move down"), "moveAreaDownButton");
    QPushButton *remove = button(tr("Delete"), "deleteAreaButton");
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New competency area"), tr("Name of the area:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.simplified().isEmpty())
            addArea(name);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const QString code = currentAreaCode();
        if (code.isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename competency area"), tr("Name of the area:"),
                                                   QLineEdit::Normal,
                                                   CompetencyAreas::current().name(CompetencyArea(code)), &ok);
        if (ok && !name.simplified().isEmpty())
            renameArea(code, name);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveArea(currentAreaCode(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveArea(currentAreaCode(), +1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString code = currentAreaCode();
        if (code.isEmpty())
            return;
        const QString name = CompetencyAreas::current().name(CompetencyArea(code));
        if (QMessageBox::question(this, windowTitle(), tr("Delete the competency area \"%1\"?").arg(name),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            deleteArea(code);
    });
    const auto enable = [this, rename, up, down, remove] {
        const int row = m_areas->currentRow();
        rename->setEnabled(row >= 0);
        remove->setEnabled(row >= 0);
        up->setEnabled(row > 0);
        down->setEnabled(row >= 0 && row + 1 < m_areas->count());
    };
    connect(m_areas, &QListWidget::currentRowChanged, this, enable);
    connect(m_areas, &QListWidget::itemDoubleClicked, rename, &QPushButton::click);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, rename, up, down, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_areas, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addLayout(row);
    enable();
    return page;
}

void DictionariesDialog::fillAreas(const QString &currentCode)
{
    const CompetencyAreas areas = CompetencyAreaRepository(m_ctx.db()).load();
    m_areas->clear();
    for (const CompetencyAreaEntry &e : areas.entries()) {
        // The literacy area says why it behaves apart (and cannot be deleted).
        const QString text = e.literacy ? tr("%1 (one overall score, judged by the literacy pass mark)")
                                              .arg(upperFirst(e.name))
                                        : upperFirst(e.name);
        auto *item = new QListWidgetItem(text, m_areas);
        item->setData(Qt::UserRole, e.area.code());
        if (e.area.code() == currentCode)
            m_areas->setCurrentItem(item);
    }
}

QString DictionariesDialog::currentAreaCode() const
{
    const QListWidgetItem *item = m_areas->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool DictionariesDialog::changeAreas(const std::function<QString()> &change)
{
    QString select = currentAreaCode();
    bool done = false;
    try {
        select = change();
        done = true;
    } catch (const Error &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    fillAreas(select);
    if (done)
        m_ctx.notifyChanged(); // the pages read the areas again: columns, checkboxes, lists
    return done;
}

bool DictionariesDialog::addArea(const QString &name)
{
    return changeAreas([&] { return CompetencyAreaRepository(m_ctx.db()).add(name).code(); });
}

bool DictionariesDialog::renameArea(const QString &code, const QString &name)
{
    return changeAreas([&] {
        CompetencyAreaRepository(m_ctx.db()).rename(CompetencyArea(code), name);
        return code;
    });
}

bool DictionariesDialog::moveArea(const QString &code, int offset)
{
    if (code.isEmpty())
        return false;
    return changeAreas([&] {
        CompetencyAreaRepository(m_ctx.db()).move(CompetencyArea(code), offset);
        return code;
    });
}

bool DictionariesDialog::deleteArea(const QString &code)
{
    return changeAreas([&] {
        CompetencyAreaRepository(m_ctx.db()).remove(CompetencyArea(code));
        return QString();
    });
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
