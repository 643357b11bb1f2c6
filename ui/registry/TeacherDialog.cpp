#include "registry/TeacherDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "domain/DateText.h"
#include "domain/Snils.h"
#include "registry/EmploymentDialog.h"
#include "common/StatusPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace profrost {

using F = FieldProblem::Field;

TeacherDialog::TeacherDialog(const QList<Organisation> &organisations, const QList<Position> &positions,
                             const QList<Subject> &subjects, QDate today, Save save, QWidget *parent)
    : QDialog(parent),
      m_organisations(organisations),
      m_positions(positions),
      m_subjects(subjects),
      m_today(today),
      m_save(std::move(save)),
      m_surname(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_patronymic(new QLineEdit(this)),
      m_birthDate(new DateLineEdit(this)),
      m_snils(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_experienceStart(new DateLineEdit(this)),
      m_category(new QComboBox(this)),
      m_categoryDate(new DateLineEdit(this)),
      m_employments(new QTableWidget(0, 5, this)),
      m_saveError(new QLabel(this))
{
    setWindowTitle(tr("Teacher"));
    m_surname->setObjectName(QStringLiteral("surname"));
    m_name->setObjectName(QStringLiteral("name"));
    m_patronymic->setObjectName(QStringLiteral("patronymic"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_snils->setObjectName(QStringLiteral("snils"));
    m_snils->setPlaceholderText(QStringLiteral("000-000-000 00"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_experienceStart->setObjectName(QStringLiteral("experienceStart"));
    m_category->setObjectName(QStringLiteral("category"));
    m_categoryDate->setObjectName(QStringLiteral("categoryDate"));
    m_employments->setObjectName(QStringLiteral("employments"));
    for (Category c : CategoryText::all())
        m_category->addItem(CategoryText::displayName(c), int(c));

    auto *person = new QFormLayout;
    person->addRow(tr("&Surname:"), withMessage(m_surname, F::Surname));
    person->addRow(tr("&Name:"), withMessage(m_name, F::Name));
    person->addRow(tr("Patrony&mic:"), withMessage(m_patronymic, F::Patronymic));
    person->addRow(tr("&Birth date:"), withMessage(m_birthDate, F::BirthDate));
    person->addRow(tr("SN&ILS:"), withMessage(m_snils, F::Snils));
    person->addRow(tr("&Phone:"), withMessage(m_phone, F::Phone));
    person->addRow(tr("&E-mail:"), withMessage(m_email, F::Email));
    auto *career = new QFormLayout;
    career->addRow(tr("E&xperience since:"), withMessage(m_experienceStart, F::ExperienceStart));
    career->addRow(tr("&Category:"), withMessage(m_category, F::Category));
    career->addRow(tr("Category &assigned on:"), withMessage(m_categoryDate, F::CategoryDate));

    auto *personBox = new QGroupBox(tr("Person"), this);
    personBox->setLayout(person);
    auto *careerBox = new QGroupBox(tr("Qualification"), this);
    auto *careerColumn = new QVBoxLayout(careerBox);
    careerColumn->addLayout(career);
    careerColumn->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(personBox, 3);
    top->addWidget(careerBox, 2);

    m_employments->setHorizontalHeaderLabels({tr("Organisation"), tr("Position"), tr("Subjects"), tr("Hired"), tr("Dismissed")});
    m_employments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_employments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_employments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_employments->verticalHeader()->hide();
    m_employments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_employments->setMinimumHeight(120);
    connect(m_employments, &QTableWidget::cellDoubleClicked, this, &TeacherDialog::editEmployment);
    auto *addPost = new QPushButton(tr("Add post..."), this);
    addPost->setObjectName(QStringLiteral("addPost"));
    auto *editPost = new QPushButton(tr("Edit post..."), this);
    auto *removePost = new QPushButton(tr("Remove post"), this);
    connect(addPost, &QPushButton::clicked, this, &TeacherDialog::addEmployment);
    connect(editPost, &QPushButton::clicked, this, &TeacherDialog::editEmployment);
    connect(removePost, &QPushButton::clicked, this, &TeacherDialog::removeEmployment);
    auto *postButtons = new QHBoxLayout;
    postButtons->addWidget(addPost);
    postButtons->addWidget(editPost);
    postButtons->addWidget(removePost);
    postButtons->addStretch();
    auto *postsBox = new QGroupBox(tr("Posts"), this);
    auto *posts = new QVBoxLayout(postsBox);
    posts->addWidget(m_employments);
    posts->addLayout(postButtons);
    auto *employmentMessage = new FieldMessage(this);
    posts->addWidget(employmentMessage);
    m_messages.insert(int(F::Employment), employmentMessage);

    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText(), true));
    m_saveError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeacherDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeacherDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(postsBox, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {820, 620});
    HeaderFit::keep(this);
}

QWidget *TeacherDialog::withMessage(QWidget *field, FieldProblem::Field which)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *message = new FieldMessage(box);
    message->setObjectName(field->objectName() + QStringLiteral("Message"));
    column->addWidget(message);
    m_messages.insert(int(which), message);
    // A message shown on OK goes once the value is put right: every edit
    // after a failed OK checks the form again (without moving the cursor).
    auto recheck = [this] {
        if (m_checked)
            validate(false);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, recheck);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, recheck);
    return box;
}

void TeacherDialog::setTeacher(const Teacher &t)
{
    m_teacher = t;
    m_surname->setText(t.surname);
    m_name->setText(t.name);
    m_patronymic->setText(t.patronymic);
    m_birthDate->setDate(t.birthDate);
    m_snils->setText(t.snils.isEmpty() ? QString() : Snils::formatted(t.snils));
    m_phone->setText(t.phone);
    m_email->setText(t.email);
    m_experienceStart->setDate(t.experienceStart);
    m_category->setCurrentIndex(m_category->findData(int(t.category)));
    m_categoryDate->setDate(t.categoryDate);
    refreshEmployments();
}

Teacher TeacherDialog::teacher() const
{
    Teacher t = m_teacher;
    t.surname = m_surname->text().simplified();
    t.name = m_name->text().simplified();
    t.patronymic = m_patronymic->text().simplified();
    t.birthDate = m_birthDate->date();
    const QString snilsText = m_snils->text().trimmed();
    t.snils = Snils::digits(snilsText).isEmpty() ? snilsText : Snils::digits(snilsText);
    t.phone = m_phone->text().simplified();
    t.email = m_email->text().trimmed();
    t.experienceStart = m_experienceStart->date();
    t.category = Category(m_category->currentData().toInt());
    t.categoryDate = m_categoryDate->date();
    return t;
}

void TeacherDialog::refreshEmployments()
{
    auto nameOf = [](const auto &list, qint64 id) {
        for (const auto &item : list) {
            if (item.id == id)
                return item.name;
        }
        return QString();
    };
    m_employments->setRowCount(int(m_teacher.employments.size()));
    for (int row = 0; row < m_teacher.employments.size(); ++row) {
        const Employment &e = m_teacher.employments.at(row);
        QStringList subjectNames;
        for (qint64 id : e.subjectIds)
            subjectNames << nameOf(m_subjects, id);
        const QStringList cells = {nameOf(m_organisations, e.organisationId), nameOf(m_positions, e.positionId),
                                   subjectNames.join(QStringLiteral(", ")), DateText::numeric(e.hired),
                                   DateText::numeric(e.dismissed)};
        for (int column = 0; column < cells.size(); ++column)
            m_employments->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_employments->resizeColumnsToContents();
}

void TeacherDialog::addEmployment()
{
    m_teacher = teacher();
    EmploymentDialog dialog(m_organisations, m_positions, m_subjects, this);
    Employment fresh;
    fresh.hired = m_today;
    dialog.setEmployment(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_teacher.employments.append(dialog.employment());
    refreshEmployments();
}

void TeacherDialog::editEmployment()
{
    const int row = m_employments->currentRow();
    if (row < 0 || row >= m_teacher.employments.size())
        return;
    m_teacher = teacher();
    EmploymentDialog dialog(m_organisations, m_positions, m_subjects, this);
    dialog.setEmployment(m_teacher.employments.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_teacher.employments[row] = dialog.employment();
    refreshEmployments();
}

void TeacherDialog::removeEmployment()
{
    const int row = m_employments->currentRow();
    if (row < 0 || row >= m_teacher.employments.size())
        return;
    m_teacher = teacher();
    m_teacher.employments.removeAt(row);
    refreshEmployments();
}

bool TeacherDialog::validate(bool moveFocus)
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clear();
    QList<FieldProblem> problems;
    // Dates that are not dates at all: the domain check cannot see them.
    const QList<QPair<DateLineEdit *, F>> dates = {{m_birthDate, F::BirthDate},
                                                   {m_experienceStart, F::ExperienceStart},
                                                   {m_categoryDate, F::CategoryDate}};
    for (const auto &[edit, field] : dates) {
        QString error;
        edit->date(&error);
        if (!error.isEmpty())
            problems.append({field, error});
    }
    problems.append(TeacherValidation::check(teacher(), m_today));
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        FieldMessage *message = m_messages.value(int(p.field));
        if (message && message->text().isEmpty())
            message->show(p.reason);
        if (!first && message)
            first = message->parentWidget();
    }
    if (first && moveFocus) {
        if (auto *edit = first->findChild<QLineEdit *>())
            edit->setFocus();
    }
    return problems.isEmpty();
}

void TeacherDialog::accept()
{
    m_saveError->hide();
    m_checked = true;
    if (!validate())
        return;
    if (const QString error = m_save(teacher()); !error.isEmpty()) {
        m_saveError->setText(error);
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

} // namespace profrost
