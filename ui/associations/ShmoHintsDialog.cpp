#include "associations/ShmoHintsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

ShmoHintsDialog::ShmoHintsDialog(const QList<ShmoHint> &hints, QWidget *parent)
    : QDialog(parent), m_hints(hints), m_table(new QTableWidget(int(hints.size()), 3, this))
{
    setWindowTitle(tr("Schools that could form a ShMO"));
    auto *intro = new QLabel(tr("A school forms a methodical association where more than two teachers teach one "
                                "subject, or more than three teach subjects of one cycle (humanities, "
                                "natural sciences and mathematics...). These have none yet:"),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Organisation"), tr("Subject or cycle"), tr("Teachers")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 340);
    m_table->setColumnWidth(1, 380);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < hints.size(); ++r) {
        const ShmoHint &h = hints.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(h.organisation));
        m_table->setItem(r, 1, new QTableWidgetItem(h.cycle.isEmpty() ? h.subject
                                                                      : tr("%1 cycle: %2").arg(h.cycle, h.subject)));
        m_table->setItem(r, 2, new QTableWidgetItem(QString::number(h.teachers)));
        m_table->item(r, 2)->setTextAlignment(Qt::AlignCenter);
    }
    if (!hints.isEmpty())
        m_table->selectRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *create = buttons->addButton(tr("Create ShMO..."), QDialogButtonBox::AcceptRole);
    create->setEnabled(!hints.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 520);
}

const ShmoHint *ShmoHintsDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_hints.size() ? &m_hints.at(row) : nullptr;
}

} // namespace profrost
