#include "common/ConflictDialog.h"

#include "common/ScreenFit.h"
#include "common/StatusPalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTimer>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

ConflictDialog::ConflictDialog(const QString &message, const QList<ComparedField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by another user"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(message + QStringLiteral("\n\n")
                                + tr("%n field(s) differ; they are marked below. Choose which version stays.", nullptr,
                                     differences(fields)),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *only = new QCheckBox(tr("Only the fields that differ"), this);
    layout->addWidget(only);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved by the other user")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    // Wrapped cells take their height from the columns' widths, known only once laid out.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    fill(fields, false);
    connect(only, &QCheckBox::toggled, this, [this, fields](bool on) { fill(fields, on); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Save my version"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("Keep their version"), QDialogButtonBox::DestructiveRole);
    QPushButton *back = buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    mine->setToolTip(tr("Your values replace the other user's save; undo brings theirs back."));
    theirs->setToolTip(tr("Your changes are dropped; the record stays as the other user saved it."));
    mine->setObjectName(QStringLiteral("keepMine"));
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    back->setObjectName(QStringLiteral("backToEditing"));
    back->setDefault(true);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(860, 520));
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

int ConflictDialog::differences(const QList<ComparedField> &fields)
{
    return int(std::count_if(fields.cbegin(), fields.cend(), [](const ComparedField &f) { return f.differs(); }));
}

void ConflictDialog::fill(const QList<ComparedField> &fields, bool onlyDifferences)
{
    m_table->setRowCount(0);
    for (const ComparedField &f : fields) {
        if (onlyDifferences && !f.differs())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {f.label, f.mine, f.theirs};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column).isEmpty() && column > 0 ? QStringLiteral("—") : cells.at(column));
            // A long list (participants, members) fills a tall row: its label stays at the top, in sight.
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (f.differs()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(StatusPalette::differsBackground());
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &message, const QList<ComparedField> &fields)
{
    ConflictDialog dialog(message, fields, parent);
    if (dialog.exec() != QDialog::Accepted)
        return Choice::BackToEditing;
    return dialog.choice();
}

} // namespace profrost
