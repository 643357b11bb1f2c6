#include "import/ColumnAssignmentPanel.h"

#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace profrost {

namespace {

// Lines shown before the table scrolls: the dialog keeps room for the issues.
constexpr int kVisibleLines = 4;

} // namespace

ColumnAssignmentPanel::ColumnAssignmentPanel(QWidget *parent)
    : QGroupBox(tr("Columns the program does not recognise"), parent),
      m_intro(new QLabel(this)),
      m_note(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_rows(new QWidget(m_scroll)),
      m_grid(new QGridLayout(m_rows))
{
    setObjectName(QStringLiteral("columnAssignments"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Assign each column to a field, or leave it out. The assignment is remembered "
                        "for the next file with the same columns."));
    m_note->setObjectName(QStringLiteral("columnsRemembered"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Assigned as at an earlier import of a file with the same columns."));
    m_note->hide();
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_scroll->setObjectName(QStringLiteral("columnAssignmentRows"));
    m_scroll->setWidget(m_rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false); // the group's background, not a box within it
    m_rows->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll);
}

void ColumnAssignmentPanel::setColumns(const QStringList &unrecognised, const QStringList &fields,
                                       const QHash<QString, QString> &assignment, bool remembered)
{
    m_lines.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *columnTitle = new QLabel(tr("Column of the file"), m_rows);
    auto *fieldTitle = new QLabel(tr("Field"), m_rows);
    QFont bold = columnTitle->font();
    bold.setBold(true);
    columnTitle->setFont(bold);
    fieldTitle->setFont(bold);
    m_grid->addWidget(columnTitle, 0, 0);
    m_grid->addWidget(fieldTitle, 0, 1);

    for (const QString &header : unrecognised) {
        const int row = int(m_lines.size()) + 1;
        auto *label = new QLabel(m_rows);
        QString text = header.simplified();
        label->setText(text.replace(u'&', QStringLiteral("&&"))); // the label is the combo's buddy: & is a mnemonic
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *combo = new QComboBox(m_rows);
        combo->setObjectName(QStringLiteral("columnAssignment%1").arg(row));
        combo->setAccessibleName(header.simplified());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("do not load"), QString());
        for (const QString &field : fields)
            combo->addItem(field, field);
        const int chosen = combo->findData(assignment.value(header));
        combo->setCurrentIndex(std::max(chosen, 0));
        label->setBuddy(combo);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(combo, row, 1, Qt::AlignLeft);
        connect(combo, &QComboBox::activated, this, [this] {
            updateChoices();
            emit assignmentChanged();
        });
        m_lines.append({header, combo});
    }
    // The keyboard goes from one choice to the next, in the order of the file.
    for (qsizetype i = 1; i < m_lines.size(); ++i)
        setTabOrder(m_lines.at(i - 1).combo, m_lines.at(i).combo);

    m_remembered = remembered ? assignment : QHash<QString, QString>();
    updateChoices();
    const int spacing = std::max(0, m_grid->verticalSpacing());
    const int lineHeight = m_lines.isEmpty() ? 0 : m_lines.first().combo->sizeHint().height() + spacing;
    const int shown = int(std::min<qsizetype>(m_lines.size(), kVisibleLines));
    m_scroll->setFixedHeight(columnTitle->sizeHint().height() + spacing + shown * lineHeight);
    setVisible(!m_lines.isEmpty());
}

QHash<QString, QString> ColumnAssignmentPanel::assignment() const
{
    QHash<QString, QString> out;
    for (const Line &line : m_lines) {
        const QString field = line.combo->currentData().toString();
        if (!field.isEmpty())
            out.insert(line.header, field);
    }
    return out;
}

QComboBox *ColumnAssignmentPanel::comboFor(const QString &header) const
{
    const auto it = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const Line &l) { return l.header == header; });
    return it == m_lines.cend() ? nullptr : it->combo;
}

QList<QComboBox *> ColumnAssignmentPanel::combos() const
{
    QList<QComboBox *> out;
    for (const Line &line : m_lines)
        out << line.combo;
    return out;
}

void ColumnAssignmentPanel::updateChoices()
{
    // A field taken by one column is greyed out in the others (the arrow
    // keys pass over it); «do not load» is always there.
    const QHash<QString, QString> taken = assignment();
    for (const Line &line : std::as_const(m_lines)) {
        auto *model = qobject_cast<QStandardItemModel *>(line.combo->model());
        if (!model)
            continue;
        for (int i = 1; i < line.combo->count(); ++i) {
            const QString field = line.combo->itemData(i).toString();
            bool elsewhere = false;
            for (auto it = taken.cbegin(); it != taken.cend(); ++it)
                elsewhere = elsewhere || (it.value() == field && it.key() != line.header);
            model->item(i)->setEnabled(!elsewhere);
        }
    }
    m_note->setVisible(!m_remembered.isEmpty() && taken == m_remembered);
}

} // namespace profrost
