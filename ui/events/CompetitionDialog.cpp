#include "events/CompetitionDialog.h"

#include "associations/AssociationWidgets.h"
#include "common/FieldMessage.h"
#include "common/RecordDialogChecks.h"
#include "common/ScreenFit.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

using W = AssociationWidgets;

namespace {

// The columns of the participants' table: teacher, nomination, then one per level.
constexpr int kTeacherColumn = 0;
constexpr int kNominationColumn = 1;
constexpr int kFirstLevelColumn = 2;

int columnOf(CompetitionLevel level) { return kFirstLevelColumn + int(level); }

} // namespace

CompetitionDialog::CompetitionDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_name(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_nominations(new QPlainTextEdit(this)),
      m_note(new QPlainTextEdit(this)),
      m_entries(new QTableWidget(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Competition"));
    m_name->setEditable(true);
    m_name->addItems(CompetitionText::knownNames());
    m_name->setObjectName(QStringLiteral("competitionName"));
    m_year->setRange(2000, 2100);
    m_year->setValue(ctx.today().year());
    auto *stages = new QHBoxLayout;
    for (CompetitionLevel l : CompetitionText::allLevels()) {
        auto *box = new QCheckBox(CompetitionText::displayName(l), this);
        box->setChecked(l != CompetitionLevel::School);
        m_stages.insert(l, box);
        stages->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CompetitionDialog::updateColumns);
    }
    stages->addStretch(1);
    for (QPlainTextEdit *text : {m_nominations, m_note}) {
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_nominations->setPlaceholderText(tr("One a line; empty: no nominations"));
    connect(m_nominations, &QPlainTextEdit::textChanged, this, &CompetitionDialog::updateColumns);

    QStringList headers{tr("Participant"), tr("Nomination")};
    for (CompetitionLevel l : CompetitionText::allLevels())
        headers << CompetitionText::shortName(l);
    m_entries->setColumnCount(int(headers.size()));
    m_entries->setHorizontalHeaderLabels(headers);
    m_entries->setObjectName(QStringLiteral("competitionEntries"));
    m_entries->verticalHeader()->hide();
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setColumnWidth(kTeacherColumn, 250);
    m_entries->setColumnWidth(kNominationColumn, 170);
    for (CompetitionLevel l : CompetitionText::allLevels())
        m_entries->setColumnWidth(columnOf(l), 140);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("Add participants..."),
                          tr("Choose the participants in the registry"), this);
    add->setObjectName(QStringLiteral("addCompetitorsButton"));
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Remove"), tr("Remove the chosen rows"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        TeacherPickerDialog picker(m_ctx, this);
        if (picker.exec() == QDialog::Accepted)
            addTeachers(picker.chosen());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_entries->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            m_entries->removeRow(row);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Stages:"), stages);
    form->addRow(tr("N&ominations:"), m_nominations);
    form->addRow(tr("No&te:"), m_note);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(new QLabel(tr("Participants and their results at each stage:"), this), 1);
    entryButtons->addWidget(add);
    entryButtons->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompetitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(entryButtons);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {920, 640});
    updateColumns();
}

QStringList CompetitionDialog::nominations() const
{
    QStringList out;
    for (const QString &line : m_nominations->toPlainText().split(u'\n')) {
        const QString name = line.simplified();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

void CompetitionDialog::updateColumns()
{
    for (CompetitionLevel l : CompetitionText::allLevels())
        m_entries->setColumnHidden(columnOf(l), !m_stages.value(l)->isChecked());
    const QStringList names = nominations();
    m_entries->setColumnHidden(kNominationColumn, names.isEmpty());
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(m_entries->cellWidget(row, kNominationColumn));
        const QString current = box->currentText();
        box->clear();
        box->addItems(names);
        box->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    }
}

void CompetitionDialog::appendRow(const CompetitionEntry &e)
{
    const int row = m_entries->rowCount();
    m_entries->insertRow(row);
    auto *item = new QTableWidgetItem(TeacherRepository(m_ctx.db()).nameOf(e.teacherId));
    item->setData(Qt::UserRole, e.teacherId);
    m_entries->setItem(row, kTeacherColumn, item);
    auto *nomination = new QComboBox(m_entries);
    nomination->addItems(nominations());
    nomination->setCurrentIndex(std::max(0, int(nominations().indexOf(e.nomination))));
    m_entries->setCellWidget(row, kNominationColumn, nomination);
    for (CompetitionLevel l : CompetitionText::allLevels()) {
        auto *result = new QComboBox(m_entries);
        result->addItem(QStringLiteral("—"), -1);
        for (CompetitionResult r : CompetitionText::allResults())
            result->addItem(CompetitionText::displayName(r), int(r));
        if (e.results.contains(l))
            result->setCurrentIndex(result->findData(int(e.results.value(l))));
        m_entries->setCellWidget(row, columnOf(l), result);
    }
}

QComboBox *CompetitionDialog::resultBox(int row, CompetitionLevel level) const
{
    return qobject_cast<QComboBox *>(m_entries->cellWidget(row, columnOf(level)));
}

void CompetitionDialog::addTeachers(const QList<qint64> &teacherIds)
{
    // A teacher once per nomination (CompetitionRules): adding one already
    // listed gives them a row in the next nomination they are not in yet,
    // and nothing when they are in every one (or there are no nominations).
    const QStringList names = nominations();
    QHash<qint64, QSet<QString>> listed;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(m_entries->cellWidget(row, kNominationColumn));
        listed[m_entries->item(row, kTeacherColumn)->data(Qt::UserRole).toLongLong()].insert(box->currentText());
    }
    for (qint64 id : teacherIds) {
        CompetitionEntry e;
        e.teacherId = id;
        if (listed.contains(id)) {
            const auto free = std::find_if(names.cbegin(), names.cend(),
                                           [&](const QString &n) { return !listed.value(id).contains(n); });
            if (free == names.cend())
                continue;
            e.nomination = *free;
        } else if (!names.isEmpty()) {
            e.nomination = names.constFirst();
        }
        listed[id].insert(e.nomination);
        appendRow(e);
    }
}

void CompetitionDialog::setCompetition(const Competition &c)
{
    m_id = c.id;
    m_name->setCurrentText(c.name);
    m_year->setValue(c.year > 0 ? c.year : m_ctx.today().year());
    for (CompetitionLevel l : CompetitionText::allLevels())
        m_stages.value(l)->setChecked(c.id == 0 && c.stages.isEmpty() ? l != CompetitionLevel::School
                                                                      : c.stages.contains(l));
    m_nominations->setPlainText(c.nominations.join(u'\n'));
    m_note->setPlainText(c.note);
    m_entries->setRowCount(0);
    for (const CompetitionEntry &e : c.entries)
        appendRow(e);
    updateColumns();
}

Competition CompetitionDialog::competition() const
{
    Competition c;
    c.id = m_id;
    c.name = m_name->currentText().simplified();
    c.year = m_year->value();
    for (CompetitionLevel l : CompetitionText::allLevels()) {
        if (m_stages.value(l)->isChecked())
            c.stages << l;
    }
    c.nominations = nominations();
    c.note = m_note->toPlainText().trimmed();
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        CompetitionEntry e;
        e.teacherId = m_entries->item(row, kTeacherColumn)->data(Qt::UserRole).toLongLong();
        e.nomination = c.nominations.isEmpty()
            ? QString()
            : qobject_cast<QComboBox *>(m_entries->cellWidget(row, kNominationColumn))->currentText();
        for (CompetitionLevel l : c.stages) {
            const int result = resultBox(row, l)->currentData().toInt();
            if (result >= 0)
                e.results.insert(l, CompetitionResult(result));
        }
        c.entries << e;
    }
    return c;
}

void CompetitionDialog::accept()
{
    const Competition c = competition();
    if (savedAfterRules(CompetitionRules::check(c), [&] { return m_save(c); }, m_message))
        QDialog::accept();
}

} // namespace profrost
