#include "associations/AttendanceEditor.h"

#include "documents/DocumentStyle.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace profrost {

namespace {

constexpr int kTeacherRole = Qt::UserRole;
constexpr int kMemberRole = Qt::UserRole + 1; // false: ticked earlier, not a member on the day

} // namespace

AttendanceEditor::AttendanceEditor(AppContext &ctx, qint64 associationId, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_associationId(associationId),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_count(new QLabel(this)),
      m_all(new QPushButton(tr("&All present"), this)),
      m_none(new QPushButton(tr("&Nobody"), this)),
      m_guests(new QPlainTextEdit(this))
{
    // Names as of today: the registry keeps no history of names, and the
    // protocol prints the person, not the post.
    for (const TeacherRow &r : TeacherRepository(ctx.db()).rows(ctx.today()))
        m_people.insert(r.id, {r.fullName(), DocumentStyle::shortName(r.surname, r.name, r.patronymic),
                               r.organisations});

    m_filter->setPlaceholderText(tr("Filter by name or organisation"));
    m_filter->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_guests->setPlaceholderText(tr("One guest per line: Surname I.O., position, organisation"));
    m_guests->setTabChangesFocus(true);

    auto *members = new QVBoxLayout;
    members->addWidget(new QLabel(tr("Members of the association on the meeting day:"), this));
    members->addWidget(m_filter);
    members->addWidget(m_list, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(m_all);
    bar->addWidget(m_none);
    members->addLayout(bar);

    auto *guests = new QVBoxLayout;
    auto *guestsLabel = new QLabel(tr("&Invited guests:"), this);
    guestsLabel->setBuddy(m_guests);
    guests->addWidget(guestsLabel);
    guests->addWidget(m_guests, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(members, 3);
    layout->addLayout(guests, 2);

    connect(m_filter, &QLineEdit::textChanged, this, &AttendanceEditor::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &AttendanceEditor::updateCount);
    connect(m_all, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { tickAll(false); });
    updateCount();
}

void AttendanceEditor::setMeetingDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    const QList<qint64> members = AssociationRepository(m_ctx.db()).membersOn(m_associationId, m_date);
    QList<qint64> ticked; // of those still members: another day, other people
    for (int r = 0; r < m_list->count(); ++r) {
        const qint64 teacher = m_list->item(r)->data(kTeacherRole).toLongLong();
        if (m_list->item(r)->checkState() == Qt::Checked && members.contains(teacher))
            ticked << teacher;
    }
    fill(members, ticked);
}

void AttendanceEditor::setAttendees(const QList<qint64> &teacherIds)
{
    fill(m_date.isValid() ? AssociationRepository(m_ctx.db()).membersOn(m_associationId, m_date) : QList<qint64>(),
         teacherIds);
}

void AttendanceEditor::fill(const QList<qint64> &members, const QList<qint64> &ticked)
{
    QList<qint64> shown = members;
    for (qint64 t : ticked)
        if (!shown.contains(t))
            shown << t;
    QCollator collator{QLocale(QLocale::Russian)};
    std::sort(shown.begin(), shown.end(), [&](qint64 a, qint64 b) {
        return collator.compare(m_people.value(a).fullName, m_people.value(b).fullName) < 0;
    });
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (qint64 t : shown) {
        const Person p = m_people.value(t);
        const bool member = members.contains(t);
        QString text = p.fullName.isEmpty() ? tr("(teacher %1)").arg(t) : p.fullName;
        if (!p.organisations.isEmpty())
            text += QStringLiteral(" — ") + p.organisations;
        if (!member)
            text += u' ' + tr("(not a member on that day)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(t) ? Qt::Checked : Qt::Unchecked);
        item->setData(kTeacherRole, t);
        item->setData(kMemberRole, member);
    }
    m_memberCount = int(members.size());
    applyFilter();
    updateCount();
}

QList<qint64> AttendanceEditor::attendees() const
{
    QList<qint64> out;
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->checkState() == Qt::Checked)
            out << m_list->item(r)->data(kTeacherRole).toLongLong();
    std::sort(out.begin(), out.end());
    return out;
}

int AttendanceEditor::presentCount() const
{
    int n = 0;
    for (int r = 0; r < m_list->count(); ++r)
        n += m_list->item(r)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

QStringList AttendanceEditor::presentShortNames() const
{
    QStringList out;
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->checkState() == Qt::Checked)
            out << m_people.value(m_list->item(r)->data(kTeacherRole).toLongLong()).shortName;
    out.removeAll(QString());
    return out;
}

void AttendanceEditor::setGuests(const QStringList &guests) { m_guests->setPlainText(guests.join(u'\n')); }

QStringList AttendanceEditor::guests() const
{
    QStringList out;
    for (const QString &line : m_guests->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out << line.simplified();
    return out;
}

void AttendanceEditor::tickAll(bool present)
{
    {
        const QSignalBlocker block(m_list);
        for (int r = 0; r < m_list->count(); ++r) {
            QListWidgetItem *item = m_list->item(r);
            // «All present» ticks the members; a non-member keeps its tick only if set before.
            if (present && !item->data(kMemberRole).toBool())
                continue;
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateCount();
}

void AttendanceEditor::applyFilter()
{
    // As the registry filters: every word typed, case and ё/е ignored.
    const QStringList words = normalizedKey(m_filter->text()).split(u' ', Qt::SkipEmptyParts);
    for (int r = 0; r < m_list->count(); ++r) {
        QListWidgetItem *item = m_list->item(r);
        const QString text = normalizedKey(item->text());
        item->setHidden(!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return text.contains(w);
        }));
    }
}

void AttendanceEditor::updateCount()
{
    const int present = presentCount();
    m_count->setText(tr("Present: %1 of %2").arg(present).arg(m_memberCount));
    emit presentChanged(present, m_memberCount);
}

} // namespace profrost
