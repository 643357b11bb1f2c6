#include "associations/AgendaEditor.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>

namespace profrost {

namespace {

QPlainTextEdit *textBox(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

QSpinBox *votes(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 999);
    return spin;
}

} // namespace

AgendaEditor::AgendaEditor(QWidget *parent)
    : QWidget(parent),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add item"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_up(new QPushButton(tr("&Up"), this)),
      m_down(new QPushButton(tr("Do&wn"), this)),
      m_fields(new QWidget(this)),
      m_title(new QLineEdit(m_fields)),
      m_speaker(new QLineEdit(m_fields)),
      m_speakers(new QStringListModel(this)),
      m_heard(textBox(tr("A short summary, or \"the text of the talk is attached\""), m_fields)),
      m_spoke(textBox(tr("One per line: Surname I.O. — what they said"), m_fields)),
      m_decided(textBox(tr("One decision per line (printed 1.1, 1.2...)"), m_fields)),
      m_voted(new QCheckBox(tr("A &vote was taken"), m_fields)),
      m_for(votes(m_fields)),
      m_against(votes(m_fields)),
      m_abstained(votes(m_fields)),
      m_allFor(new QPushButton(tr("All &present voted for"), m_fields))
{
    m_title->setPlaceholderText(tr("The question of the agenda"));
    m_speaker->setPlaceholderText(tr("Surname I.O."));
    auto *completer = new QCompleter(m_speakers, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Agenda:"), left));
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_remove, 0, 1);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    leftLayout->addLayout(buttons);

    auto *vote = new QHBoxLayout;
    vote->addWidget(m_voted);
    vote->addSpacing(12);
    vote->addWidget(new QLabel(tr("for"), m_fields));
    vote->addWidget(m_for);
    vote->addWidget(new QLabel(tr("against"), m_fields));
    vote->addWidget(m_against);
    vote->addWidget(new QLabel(tr("abstained"), m_fields));
    vote->addWidget(m_abstained);
    vote->addWidget(m_allFor);
    vote->addStretch();

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Item:"), m_title);
    form->addRow(tr("&Heard (speaker):"), m_speaker);
    form->addRow(tr("Heard (&summary):"), m_heard);
    form->addRow(tr("&Spoke:"), m_spoke);
    form->addRow(tr("&Decided:"), m_decided);
    form->addRow(tr("Vote:"), vote);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 770});
    // Agenda questions are long sentences: wrap them rather than cut them.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    for (QLineEdit *e : {m_title, m_speaker})
        connect(e, &QLineEdit::textChanged, this, &AgendaEditor::store);
    for (QPlainTextEdit *e : {m_heard, m_spoke, m_decided})
        connect(e, &QPlainTextEdit::textChanged, this, &AgendaEditor::store);
    for (QSpinBox *s : {m_for, m_against, m_abstained})
        connect(s, &QSpinBox::valueChanged, this, &AgendaEditor::store);
    connect(m_voted, &QCheckBox::toggled, this, [this] {
        store();
        updateButtons();
    });
    connect(m_allFor, &QPushButton::clicked, this, [this] {
        m_for->setValue(m_present);
        m_against->setValue(0);
        m_abstained->setValue(0);
    });
    showCurrent();
}

void AgendaEditor::setAgenda(const QList<AgendaItem> &agenda)
{
    m_items = agenda;
    m_current = -1;
    relabel();
    selectItem(m_items.isEmpty() ? -1 : 0);
    showCurrent();
}

QList<AgendaItem> AgendaEditor::agenda() const
{
    QList<AgendaItem> out;
    for (AgendaItem a : m_items) {
        a.title = a.title.simplified();
        a.speaker = a.speaker.simplified();
        a.heard = a.heard.trimmed();
        a.spoke = a.spoke.trimmed();
        a.decided = a.decided.trimmed();
        if (!a.voted)
            a.votesFor = a.votesAgainst = a.votesAbstained = 0;
        out << a;
    }
    return out;
}

void AgendaEditor::setPresentCount(int present)
{
    m_present = present;
    m_allFor->setToolTip(tr("For: %1, against: 0, abstained: 0").arg(present));
}

void AgendaEditor::setSpeakerNames(const QStringList &names) { m_speakers->setStringList(names); }

void AgendaEditor::selectItem(int index)
{
    m_list->setCurrentRow(index);
    m_current = m_list->currentRow();
    showCurrent();
}

void AgendaEditor::addItem()
{
    m_items.append(AgendaItem{});
    relabel();
    selectItem(int(m_items.size()) - 1);
    m_title->setFocus();
}

void AgendaEditor::removeCurrent()
{
    if (m_current < 0 || m_current >= m_items.size())
        return;
    const int row = m_current;
    m_items.removeAt(row);
    m_current = -1;
    relabel();
    selectItem(std::min(row, int(m_items.size()) - 1));
}

void AgendaEditor::moveCurrent(int delta)
{
    const int to = m_current + delta;
    if (m_current < 0 || to < 0 || to >= m_items.size())
        return;
    m_items.swapItemsAt(m_current, to);
    relabel();
    selectItem(to);
}

void AgendaEditor::showCurrent()
{
    const bool any = m_current >= 0 && m_current < m_items.size();
    const AgendaItem a = any ? m_items.at(m_current) : AgendaItem{};
    m_loading = true;
    m_title->setText(a.title);
    m_speaker->setText(a.speaker);
    m_heard->setPlainText(a.heard);
    m_spoke->setPlainText(a.spoke);
    m_decided->setPlainText(a.decided);
    m_voted->setChecked(a.voted);
    m_for->setValue(a.votesFor);
    m_against->setValue(a.votesAgainst);
    m_abstained->setValue(a.votesAbstained);
    m_loading = false;
    m_fields->setEnabled(any);
    updateButtons();
}

void AgendaEditor::store()
{
    if (m_loading || m_current < 0 || m_current >= m_items.size())
        return;
    AgendaItem &a = m_items[m_current];
    const bool retitled = a.title != m_title->text();
    a.title = m_title->text();
    a.speaker = m_speaker->text();
    a.heard = m_heard->toPlainText();
    a.spoke = m_spoke->toPlainText();
    a.decided = m_decided->toPlainText();
    a.voted = m_voted->isChecked();
    a.votesFor = m_for->value();
    a.votesAgainst = m_against->value();
    a.votesAbstained = m_abstained->value();
    if (retitled)
        relabel();
}

// «1. Анализ ОГЭ»: the numbers the protocol prints.
void AgendaEditor::relabel()
{
    const QSignalBlocker block(m_list);
    while (m_list->count() > m_items.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_items.size())
        m_list->addItem(QString());
    for (int i = 0; i < m_items.size(); ++i) {
        const QString title = m_items.at(i).title.simplified();
        m_list->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(title.isEmpty() ? tr("(no title)") : title));
    }
}

void AgendaEditor::updateButtons()
{
    const bool any = m_current >= 0 && m_current < m_items.size();
    m_remove->setEnabled(any);
    m_up->setEnabled(any && m_current > 0);
    m_down->setEnabled(any && m_current + 1 < m_items.size());
    const bool voted = any && m_voted->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_for, m_against, m_abstained, m_allFor})
        w->setEnabled(voted);
}

} // namespace profrost
