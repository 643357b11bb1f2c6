#include "events/ParticipantsEditor.h"

#include "associations/AssociationWidgets.h"
#include "domain/DateText.h"
#include "planning/NameListMatch.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/TeacherRepository.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

namespace {

QComboBox *roleBox(EventRole role, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (EventRole r : EventText::allRoles())
        box->addItem(EventText::displayName(r), int(r));
    box->setCurrentIndex(box->findData(int(role)));
    return box;
}

EventRole roleOf(const QTableWidget *table, int row, int column)
{
    const auto *box = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return box ? EventRole(box->currentData().toInt()) : EventRole::Listener;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setColumnWidth(0, 260);
    table->setColumnWidth(1, 220);
    table->setColumnWidth(2, 140);
    return table;
}

} // namespace

ParticipantsEditor::ParticipantsEditor(AppContext &ctx, std::function<QDate()> firstDay, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_firstDay(std::move(firstDay)),
      m_table(makeTable({tr("Teacher"), tr("Organisation"), tr("Role")}, this)),
      m_guests(makeTable({tr("Guest"), tr("Organisation"), tr("Role")}, this)),
      m_report(new QLabel(this)),
      m_associations(new QComboBox(this))
{
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_guests->setObjectName(QStringLiteral("guestsTable"));
    connect(m_guests, &QTableWidget::itemChanged, this, &ParticipantsEditor::changed); // a guest's name typed
    m_report->setObjectName(QStringLiteral("participantsReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_associations->setObjectName(QStringLiteral("participantsAssociation"));
    try {
        for (const Association &a : AssociationRepository(ctx.db()).all())
            m_associations->addItem(a.name, a.id);
    } catch (const Error &) {
        // the list stays empty; the other ways of adding still work
    }

    auto *pick = W::button(QStringLiteral(":/icons/add.svg"), tr("From the registry..."),
                           tr("Choose teachers in the registry"), this);
    auto *paste = W::button(QStringLiteral(":/icons/add.svg"), tr("Paste a list..."),
                            tr("Paste names from a sign-in sheet or a letter, one a line"), this);
    auto *members = W::button(QStringLiteral(":/icons/associations.svg"), tr("Add members"),
                              tr("Add the chosen association's members on the event's first day"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Remove"), tr("Remove the chosen rows"), this);
    pick->setObjectName(QStringLiteral("pickParticipantsButton"));
    paste->setObjectName(QStringLiteral("pasteParticipantsButton"));
    members->setObjectName(QStringLiteral("addMembersButton"));
    connect(pick, &QPushButton::clicked, this, [this] {
        TeacherPickerDialog picker(m_ctx, this);
        if (picker.exec() == QDialog::Accepted)
            m_report->setText(tr("%n teacher(s) added.", nullptr, addTeachers(picker.chosen())));
    });
    connect(paste, &QPushButton::clicked, this, &ParticipantsEditor::pasteDialog);
    connect(members, &QPushButton::clicked, this, [this] {
        if (m_associations->currentIndex() >= 0)
            addMembers(m_associations->currentData().toLongLong());
    });
    connect(remove, &QPushButton::clicked, this, &ParticipantsEditor::removeChosen);

    auto *addGuestButton = W::button(QStringLiteral(":/icons/add.svg"), tr("Add a guest"),
                                     tr("Someone from outside the registry: counted apart"), this);
    addGuestButton->setObjectName(QStringLiteral("addGuestButton"));
    connect(addGuestButton, &QPushButton::clicked, this, &ParticipantsEditor::addGuest);
    auto *removeGuest = W::button(QStringLiteral(":/icons/delete.svg"), tr("Remove guest"), QString(), this);
    connect(removeGuest, &QPushButton::clicked, this, [this] {
        if (m_guests->currentRow() >= 0) {
            m_guests->removeRow(m_guests->currentRow());
            emit changed();
        }
    });

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(pick), static_cast<QWidget *>(paste)})
        buttons->addWidget(w);
    buttons->addWidget(m_associations, 1);
    buttons->addWidget(members);
    buttons->addWidget(remove);
    auto *guestButtons = new QHBoxLayout;
    guestButtons->addWidget(new QLabel(tr("Guests from outside the registry (counted apart):"), this), 1);
    guestButtons->addWidget(addGuestButton);
    guestButtons->addWidget(removeGuest);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_report);
    layout->addWidget(m_table, 3);
    layout->addLayout(guestButtons);
    layout->addWidget(m_guests, 1);
}

const QList<TeacherRow> &ParticipantsEditor::registry()
{
    if (!m_registryRead) {
        m_registryRead = true;
        try {
            m_registry = TeacherRepository(m_ctx.db()).rows(m_ctx.today());
        } catch (const Error &e) {
            m_report->setText(e.message());
        }
        for (qsizetype i = 0; i < m_registry.size(); ++i)
            m_rowOf.insert(m_registry[i].id, i);
    }
    return m_registry;
}

void ParticipantsEditor::appendRow(qint64 teacherId, EventRole role)
{
    registry();
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const qsizetype at = m_rowOf.value(teacherId, -1);
    const QString name = at >= 0 ? m_registry[at].fullName() : TeacherRepository(m_ctx.db()).nameOf(teacherId);
    auto *item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, teacherId);
    m_table->setItem(row, 0, item);
    m_table->setItem(row, 1, new QTableWidgetItem(at >= 0 ? m_registry[at].organisations : QString()));
    QComboBox *box = roleBox(role, m_table);
    connect(box, &QComboBox::currentIndexChanged, this, &ParticipantsEditor::changed);
    m_table->setCellWidget(row, 2, box);
}

void ParticipantsEditor::appendGuest(const EventGuest &g)
{
    const int row = m_guests->rowCount();
    m_guests->insertRow(row);
    m_guests->setItem(row, 0, new QTableWidgetItem(g.name));
    m_guests->setItem(row, 1, new QTableWidgetItem(g.organisation));
    QComboBox *box = roleBox(g.role, m_guests);
    connect(box, &QComboBox::currentIndexChanged, this, &ParticipantsEditor::changed);
    m_guests->setCellWidget(row, 2, box);
}

void ParticipantsEditor::setPeople(const QList<EventParticipant> &participants, const QList<EventGuest> &guests)
{
    m_table->setRowCount(0);
    m_guests->setRowCount(0);
    for (const EventParticipant &p : participants)
        appendRow(p.teacherId, p.role);
    for (const EventGuest &g : guests)
        appendGuest(g);
    m_table->sortItems(0);
    emit changed();
}

QList<EventParticipant> ParticipantsEditor::participants() const
{
    QList<EventParticipant> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << EventParticipant{m_table->item(row, 0)->data(Qt::UserRole).toLongLong(), roleOf(m_table, row, 2)};
    return out;
}

QList<EventGuest> ParticipantsEditor::guests() const
{
    QList<EventGuest> out;
    for (int row = 0; row < m_guests->rowCount(); ++row) {
        const QString name = m_guests->item(row, 0) ? m_guests->item(row, 0)->text().simplified() : QString();
        const QString organisation = m_guests->item(row, 1) ? m_guests->item(row, 1)->text().simplified() : QString();
        if (!name.isEmpty() || !organisation.isEmpty()) // an empty row left behind is not a guest
            out << EventGuest{name, organisation, roleOf(m_guests, row, 2)};
    }
    return out;
}

int ParticipantsEditor::addTeachers(const QList<qint64> &teacherIds)
{
    QSet<qint64> listed;
    for (const EventParticipant &p : participants())
        listed.insert(p.teacherId);
    int added = 0;
    for (qint64 id : teacherIds) {
        if (listed.contains(id))
            continue;
        listed.insert(id);
        appendRow(id, EventRole::Listener);
        ++added;
    }
    if (added > 0) {
        m_table->sortItems(0);
        emit changed();
    }
    return added;
}

void ParticipantsEditor::addPasted(const QString &text)
{
    const NameListMatch m = NameListMatch::match(text, registry());
    QStringList lines{tr("%n teacher(s) added from the list.", nullptr, addTeachers(m.found))};
    if (m.repeated > 0)
        lines << tr("%n line(s) named a teacher already on the list.", nullptr, m.repeated);
    for (const NameListMatch::Unknown &u : m.unknown)
        lines << tr("Line %1: «%2» is not in the registry (add them as a guest, or register them first).")
                     .arg(u.line)
                     .arg(u.text);
    for (const NameListMatch::Ambiguous &a : m.ambiguous) {
        QStringList who;
        for (qint64 id : a.candidates) {
            const qsizetype at = m_rowOf.value(id, -1);
            if (at >= 0)
                who << m_registry[at].fullName() + QStringLiteral(" (") + m_registry[at].organisations + u')';
        }
        lines << tr("Line %1: «%2» may be %3: choose from the registry, or add the place after a comma.")
                     .arg(a.line)
                     .arg(a.text, who.join(tr(" or ")));
    }
    m_report->setText(lines.join(u'\n'));
}

void ParticipantsEditor::addMembers(qint64 associationId)
{
    const QDate day = m_firstDay && m_firstDay().isValid() ? m_firstDay() : m_ctx.today();
    QList<qint64> members;
    try {
        members = AssociationRepository(m_ctx.db()).membersOn(associationId, day);
    } catch (const Error &e) {
        m_report->setText(e.message());
        return;
    }
    const int added = addTeachers(members);
    m_report->setText(tr("%1: %n of its members on %2 added (the others were listed already).", nullptr, added)
                          .arg(m_associations->currentText(), DateText::numeric(day)));
}

void ParticipantsEditor::addGuest()
{
    appendGuest({});
    m_guests->setCurrentCell(m_guests->rowCount() - 1, 0);
    m_guests->editItem(m_guests->item(m_guests->rowCount() - 1, 0));
    emit changed();
}

void ParticipantsEditor::pasteDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paste a list of names"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("pastedNames"));
    text->setPlaceholderText(tr("One person a line, e.g.\n1. Иванова Мария Петровна\nПетров С.Н., СОШ № 1"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Names found in the registry are added; the others are listed for you to settle."),
                                 &dialog));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 420);
    if (dialog.exec() == QDialog::Accepted)
        addPasted(text->toPlainText());
}

void ParticipantsEditor::removeChosen()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    if (!rows.isEmpty())
        emit changed();
}

} // namespace profrost
