#include "monitoring/RecommendationsDialog.h"

#include "common/DateLineEdit.h"
#include "common/EditAccess.h"
#include "common/ScreenFit.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "indicators/Indicator.h"
#include "monitoring/RecommendationEditing.h"
#include "shell/AppContext.h"
#include "store/RecommendationRepository.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

namespace {

enum Column { MadeColumn, AddresseeColumn, TextColumn, DueColumn, IndicatorColumn, StateColumn, Columns };

} // namespace

RecommendationsDialog::RecommendationsDialog(AppContext &ctx, QDate day, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_day(day),
      m_table(new QTableWidget(this)),
      m_addressee(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_due(new DateLineEdit(this)),
      m_indicator(new QComboBox(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("recommendationsDialog"));
    setWindowTitle(tr("Recommendations of the monitoring"));
    m_table->setObjectName(QStringLiteral("recommendationsTable"));
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels(
        {tr("Made on"), tr("To whom"), tr("What"), tr("By"), tr("Indicator"), tr("Done?")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    const int widths[] = {90, 200, 0, 90, 80, 150};
    for (int c = 0; c < Columns; ++c) {
        if (widths[c] > 0)
            m_table->setColumnWidth(c, widths[c]);
    }

    m_addressee->setObjectName(QStringLiteral("recommendationTo"));
    m_addressee->setPlaceholderText(tr("the heads of the schools, the head of the maths association…"));
    m_text->setObjectName(QStringLiteral("recommendationWhat"));
    m_text->setFixedHeight(56);
    m_due->setObjectName(QStringLiteral("recommendationDue"));
    m_due->setDate(day.addMonths(3));
    m_indicator->setObjectName(QStringLiteral("recommendationIndicator"));
    m_indicator->addItem(tr("(none)"), QString());
    for (IndicatorId id : IndicatorText::all())
        m_indicator->addItem(IndicatorText::code(id) + QStringLiteral(". ") + IndicatorText::displayTitle(id),
                             IndicatorText::code(id));
    m_message->setObjectName(QStringLiteral("recommendationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));

    auto *form = new QFormLayout;
    form->addRow(tr("&To whom:"), m_addressee);
    form->addRow(tr("&What:"), m_text);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    auto *indicatorLabel = new QLabel(tr("&Indicator:"), this);
    indicatorLabel->setBuddy(m_indicator);
    dueRow->addWidget(indicatorLabel);
    dueRow->addWidget(m_indicator, 1);
    auto *dueLabel = new QLabel(tr("&By:"), this); // a row of a layout gets no buddy by itself
    dueLabel->setBuddy(m_due);
    form->addRow(dueLabel, dueRow);

    auto *addButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addRecommendationButton"));
    auto *done = new QPushButton(tr("Mark &done"), this);
    done->setObjectName(QStringLiteral("recommendationDoneButton"));
    auto *notDone = new QPushButton(tr("Mark &not done"), this);
    notDone->setObjectName(QStringLiteral("recommendationNotDoneButton"));
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("De&lete"), this);
    remove->setObjectName(QStringLiteral("deleteRecommendationButton"));
    connect(addButton, &QPushButton::clicked, this, &RecommendationsDialog::add);
    connect(done, &QPushButton::clicked, this, [this] { check(RecommendationState::Done); });
    connect(notDone, &QPushButton::clicked, this, [this] { check(RecommendationState::NotDone); });
    connect(remove, &QPushButton::clicked, this, &RecommendationsDialog::removeChosen);
    auto *rowButtons = new QHBoxLayout;
    auto *checkedOn = new QLabel(tr("Checked on %1:").arg(DateText::numeric(day)), this);
    rowButtons->addWidget(checkedOn);
    rowButtons->addWidget(done);
    rowButtons->addWidget(notDone);
    rowButtons->addStretch(1);
    rowButtons->addWidget(remove);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    // The new recommendation's fields, as one piece: a role that may not
    // edit the recommendations reads the list only.
    auto *newOne = new QWidget(this);
    newOne->setObjectName(QStringLiteral("newRecommendation"));
    auto *newLayout = new QVBoxLayout(newOne);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(new QLabel(tr("A new recommendation of the monitoring on %1:").arg(DateText::numeric(day)), newOne));
    newLayout->addLayout(form);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_message, 1);
    addRow->addWidget(addButton);
    newLayout->addLayout(addRow);
    layout->addWidget(newOne);
    EditAccess::showIfEditable(ctx, UserAccess::Area::Settings, {checkedOn, done, notDone, remove, newOne});
    layout->addWidget(buttons);
    ScreenFit::resize(this, {980, 620});
    fill();
}

void RecommendationsDialog::fill(qint64 select)
{
    QList<Recommendation> all;
    try {
        all = RecommendationRepository(m_ctx.db()).all();
    } catch (const Error &e) {
        m_message->setText(e.message());
        return;
    }
    m_table->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Recommendation &x = all[r];
        QString state = RecommendationText::displayName(x.state);
        if (x.checkedOn.isValid())
            state += QStringLiteral(" (") + DateText::numeric(x.checkedOn) + u')';
        const QStringList cells{DateText::numeric(x.madeOn), x.addressee, x.text, DateText::numeric(x.due),
                                x.indicator, state};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, x.id);
            if (c == StateColumn && x.state == RecommendationState::NotDone)
                item->setForeground(StatusPalette::overdue());
            else if (c == StateColumn && x.state == RecommendationState::Done)
                item->setForeground(StatusPalette::ok());
            else if (c == DueColumn && x.state == RecommendationState::Planned && x.due < m_day)
                item->setForeground(StatusPalette::overdue()); // past its term and not checked
            m_table->setItem(r, c, item);
        }
        if (x.id == select)
            m_table->selectRow(r);
    }
    m_table->resizeRowsToContents();
}

qint64 RecommendationsDialog::chosenId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool RecommendationsDialog::add()
{
    Recommendation r;
    r.madeOn = m_day;
    r.addressee = m_addressee->text().simplified();
    r.text = m_text->toPlainText().trimmed();
    r.due = m_due->date();
    r.indicator = m_indicator->currentData().toString();
    QString error;
    qint64 id = 0;
    if (!RecommendationEditing::save(m_ctx, std::nullopt, r, &error, &id)) {
        m_message->setText(error);
        return false;
    }
    m_message->clear();
    m_addressee->clear();
    m_text->clear();
    fill(id);
    return true;
}

bool RecommendationsDialog::check(RecommendationState state)
{
    const std::optional<Recommendation> before = RecommendationRepository(m_ctx.db()).get(chosenId());
    if (!before) {
        m_message->setText(tr("Choose a recommendation in the list first."));
        return false;
    }
    Recommendation after = *before;
    after.state = state;
    after.checkedOn = m_day;
    QString error;
    if (!RecommendationEditing::save(m_ctx, before, after, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->clear();
    fill(after.id);
    return true;
}

bool RecommendationsDialog::removeChosen()
{
    const qint64 id = chosenId();
    if (id == 0)
        return false;
    QString error;
    if (!RecommendationEditing::remove(m_ctx, id, &error)) {
        m_message->setText(error);
        return false;
    }
    fill();
    return true;
}

} // namespace profrost
