#include "associations/ShmoHintsDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "associations/ShmoHintModel.h"
#include "common/RecordView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

ShmoHintsDialog::ShmoHintsDialog(const QList<ShmoHint> &hints, QWidget *parent)
    : QDialog(parent), m_model(new ShmoHintModel(hints, this)), m_table(RecordView::table(m_model, this))
{
    setWindowTitle(tr("Schools that could form a ShMO"));
    auto *intro = new QLabel(tr("A school forms a methodical association where more than two teachers teach one "
                                "subject, or more than three teach subjects of one cycle (humanities, "
                                "natural sciences and mathematics...). These have none yet:"),
                             this);
    intro->setWordWrap(true);
    m_table->setAlternatingRowColors(false); // as it was: a short list to pick from
    m_table->setColumnWidth(0, 340);
    m_table->setColumnWidth(1, 380);
    if (!hints.isEmpty())
        m_table->selectRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *create = buttons->addButton(tr("Create ShMO..."), QDialogButtonBox::AcceptRole);
    create->setEnabled(!hints.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {860, 520});
    HeaderFit::keep(this);
}

const ShmoHint *ShmoHintsDialog::chosen() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->hint(row) : nullptr;
}

} // namespace profrost
