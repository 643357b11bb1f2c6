#include "training/CoursesTab.h"

#include "common/ColumnFill.h"
#include "common/ConflictResolution.h"
#include "common/DateLineEdit.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/DocumentOutput.h"
#include "documents/TrainingReports.h"
#include "domain/DateText.h"
#include "domain/TrainingRules.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "store/RecordComparison.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "training/CourseRunDialog.h"
#include "training/CourseRunModel.h"
#include "training/EnrolmentsCommand.h"
#include "training/ParticipantModel.h"
#include "training/TeacherPickerDialog.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextDocument>
#include <QToolButton>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace profrost {

namespace {
// A district's runs of the period shown are a few hundred at most.
constexpr int kFitRowsUpTo = 300;
} // namespace

CoursesTab::CoursesTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_from(new DateLineEdit(this)),
      m_to(new DateLineEdit(this)),
      m_runModel(new CourseRunModel(this)),
      m_participantModel(new ParticipantModel(this)),
      m_runs(RecordView::table(m_runModel, this)),
      m_participants(RecordView::table(m_participantModel, this)),
      m_runTitle(new QLabel(this))
{
    m_runs->setObjectName(QStringLiteral("runsTable"));
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->setObjectName(QStringLiteral("participantsTable"));
    m_participants->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every column in view at 1366×768 («Ожидают», «Окончили» were past the
    // edge): the programme's title takes the room the others leave, and wraps.
    const int runWidths[] = {150, 235, 45, 105, 80, 45, 80, 75, 65, 80};
    for (int i = 0; i < 10; ++i)
        m_runs->setColumnWidth(i, runWidths[i]);
    m_runs->horizontalHeader()->setStretchLastSection(false);
    ColumnFill::install(m_runs, CourseRunModel::ProgrammeColumn, 200, 520);
    connect(m_runs->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == CourseRunModel::ProgrammeColumn)
            fitRows();
    });
    const int participantWidths[] = {250, 180, 120, 180};
    for (int i = 0; i < 4; ++i)
        m_participants->setColumnWidth(i, participantWidths[i]);
    const QDate today = m_ctx.today();
    m_from->setDate(QDate(today.year() - 1, 1, 1));
    m_to->setDate(QDate(today.year() + 1, 12, 31));
    connect(m_from, &QLineEdit::editingFinished, this, &CoursesTab::reload);
    connect(m_to, &QLineEdit::editingFinished, this, &CoursesTab::reload);

    auto *newRun = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New course run..."), this);
    auto *editRun = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit..."), this);
    auto *deleteRun = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this);
    newRun->setObjectName(QStringLiteral("newRun"));
    editRun->setObjectName(QStringLiteral("editRun"));
    deleteRun->setObjectName(QStringLiteral("deleteRun"));
    connect(newRun, &QPushButton::clicked, this, &CoursesTab::addRun);
    connect(editRun, &QPushButton::clicked, this, &CoursesTab::editRun);
    connect(deleteRun, &QPushButton::clicked, this, &CoursesTab::deleteRun);
    if (m_ctx.mayEdit(UserAccess::Area::Training))
        connect(m_runs, &QTableView::doubleClicked, this, &CoursesTab::editRun);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Training, {newRun, editRun, deleteRun});
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(newRun);
    runBar->addWidget(editRun);
    runBar->addWidget(deleteRun);
    runBar->addStretch();
    runBar->addWidget(new QLabel(tr("Period from"), this));
    runBar->addWidget(m_from);
    runBar->addWidget(new QLabel(tr("to"), this));
    runBar->addWidget(m_to);

    // «График курсов» of the period shown.
    auto *print = new QToolButton(this);
    print->setObjectName(QStringLiteral("printSchedule"));
    print->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    print->setText(tr("Course schedule"));
    print->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), this,
                         [this] { printSchedule(false); });
    printMenu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("Save as PDF / ODT..."), this,
                         [this] { printSchedule(true); });
    print->setMenu(printMenu);
    runBar->addWidget(print);

    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add participants..."), this);
    auto *approve = new QPushButton(tr("Approve"), this);
    approve->setToolTip(tr("Enrol the selected applicants; when the seats are taken they go to the waiting list"));
    auto *complete = new QPushButton(tr("Completed..."), this);
    auto *failed = new QPushButton(tr("Not completed"), this);
    auto *withdraw = new QPushButton(tr("Withdraw"), this);
    withdraw->setToolTip(tr("The seat goes to the first on the waiting list"));
    add->setObjectName(QStringLiteral("addParticipants"));
    approve->setObjectName(QStringLiteral("approveParticipants"));
    complete->setObjectName(QStringLiteral("completeParticipants"));
    failed->setObjectName(QStringLiteral("notCompletedParticipants"));
    withdraw->setObjectName(QStringLiteral("withdrawParticipants"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (currentRunId() == 0)
            return;
        TeacherPickerDialog picker(m_ctx, this);
        if (picker.exec() == QDialog::Accepted)
            addParticipants(picker.chosen());
    });
    connect(approve, &QPushButton::clicked, this, &CoursesTab::approveSelected);
    connect(complete, &QPushButton::clicked, this, [this] {
        if (selectedEnrolments().isEmpty())
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Course completed"));
        auto *number = new QLineEdit(&dialog);
        number->setObjectName(QStringLiteral("certificateNumber"));
        auto *date = new DateLineEdit(&dialog);
        date->setObjectName(QStringLiteral("certificateDate"));
        try {
            date->setDate(TrainingRepository(m_ctx.db()).run(currentRunId()).ends);
        } catch (const Error &) {
        }
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Certificate &number:"), number);
        form->addRow(tr("Certificate &date:"), date);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted)
            completeSelected(number->text(), date->date());
    });
    connect(failed, &QPushButton::clicked, this, &CoursesTab::markNotCompletedSelected);
    connect(withdraw, &QPushButton::clicked, this, &CoursesTab::withdrawSelected);
    // An organisation's head sends applications (adds participants); the
    // centre decides on them.
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Applications, {add});
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Training, {approve, complete, failed, withdraw});
    auto *participantBar = new QHBoxLayout;
    participantBar->addWidget(add);
    participantBar->addWidget(approve);
    participantBar->addWidget(complete);
    participantBar->addWidget(failed);
    participantBar->addWidget(withdraw);
    participantBar->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(runBar);
    topLayout->addWidget(m_runs);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_runTitle->setWordWrap(true);
    bottomLayout->addWidget(m_runTitle);
    bottomLayout->addLayout(participantBar);
    bottomLayout->addWidget(m_participants);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_reloading)
            showParticipants();
    });
    connect(&m_ctx, &AppContext::registryChanged, this, &CoursesTab::reload);
    reload();
}

void CoursesTab::printSchedule(bool toFile)
{
    QString error;
    const QDate from = m_from->date(&error);
    const QDate to = m_to->date(&error);
    if (!from.isValid() || !to.isValid() || to < from) {
        QMessageBox::warning(this, tr("Course schedule"),
                             error.isEmpty() ? tr("Give the period of the schedule: from and to.") : error);
        return;
    }
    CourseScheduleDocumentData data;
    try {
        data = TrainingReports::scheduleData(m_ctx.db(), from, to);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Course schedule"), e.message());
        return;
    }
    const QString title = CourseScheduleDocument::title(from, to);
    const auto build = [data] { return CourseScheduleDocument::build(data); };
    if (toFile)
        DocumentOutput::saveAs(this, tr("Save the course schedule"),
                               DocumentOutput::fileName(title, QStringLiteral("pdf")), build);
    else
        DocumentOutput::preview(this, title, build);
}

qint64 CoursesTab::currentRunId() const
{
    return RecordView::currentId(m_runs, 0);
}

void CoursesTab::selectRun(qint64 id)
{
    RecordView::selectId(m_runs, id);
}

void CoursesTab::fitRows()
{
    // A title longer than two lines gets its third line rather than «…»;
    // measuring every row costs half a second for a region's thousand runs
    // a year, so those keep two lines (the title is whole in the tooltip and
    // above the participants).
    if (m_runModel->rowCount() > kFitRowsUpTo)
        return;
    m_runs->resizeRowsToContents();
    // Three lines at most: a long place («КГПУ им. В.П. Астафьева, корп. 2,
    // ауд. 414 и дистанционно») is whole in its tooltip.
    const int most = 3 * m_runs->fontMetrics().lineSpacing() + 8;
    for (int r = 0; r < m_runModel->rowCount(); ++r) {
        if (m_runs->rowHeight(r) > most)
            m_runs->setRowHeight(r, most);
    }
}

void CoursesTab::reload()
{
    const qint64 keep = currentRunId();
    QList<CourseRunRow> runs;
    try {
        runs = TrainingRepository(m_ctx.db()).runs(m_from->date(), m_to->date());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Courses"), e.message());
    }
    {
        // The run kept is selected again and its participants read once, below.
        const QScopedValueRollback<bool> reloading(m_reloading, true);
        m_runModel->setRuns(std::move(runs));
        fitRows();
        if (keep != 0)
            selectRun(keep);
    }
    showParticipants();
}

void CoursesTab::showParticipants()
{
    const qint64 runId = currentRunId();
    m_participantModel->clear();
    if (runId == 0) {
        m_runTitle->setText(tr("Choose a course run to see its participants."));
        return;
    }
    try {
        TrainingRepository training(m_ctx.db());
        TeacherRepository teachers(m_ctx.db());
        const CourseRun run = training.run(runId);
        const Programme programme = training.programme(run.programmeId);
        QHash<qint64, QString> organisations;
        for (const Organisation &o : OrganisationRepository(m_ctx.db()).all())
            organisations.insert(o.id, o.displayName());
        const QList<Enrolment> list = training.enrolments(runId);
        m_runTitle->setText(u"<b>" + programme.title.toHtmlEscaped() + u"</b> — " + programme.provider.toHtmlEscaped()
                            + u", " + tr("%1 h").arg(programme.hours) + u", "
                            + DateText::numeric(run.starts) + u"–" + DateText::numeric(run.ends));
        QList<ParticipantModel::Participant> participants;
        participants.reserve(list.size());
        for (const Enrolment &e : list) {
            const Teacher t = teachers.get(e.teacherId);
            QList<qint64> positionIds, subjectIds;
            for (const Employment &job : t.employments) {
                if (job.activeOn(run.starts)) {
                    positionIds.append(job.positionId);
                    subjectIds.append(job.subjectIds);
                }
            }
            const qint64 organisationId = TrainingRules::participantOrganisation(e, t.employments, run.starts);
            const QString mismatch = TrainingRules::targetMismatch(programme, positionIds, subjectIds);
            participants.append({e, t.fullName(), organisations.value(organisationId), mismatch});
        }
        m_participantModel->setParticipants(std::move(participants));
    } catch (const Error &e) {
        m_runTitle->setText(e.message().toHtmlEscaped());
    }
}

QList<qint64> CoursesTab::selectedEnrolments() const
{
    return RecordView::selectedIds(m_participants);
}

bool CoursesTab::openRunDialog(const CourseRun &r, bool isNew)
{
    qint64 savedId = r.id;
    CourseRunDialog dialog(TrainingRepository(m_ctx.db()).programmes(), [&](const CourseRun &edited) -> QString {
        try {
            TrainingRepository repo(m_ctx.db());
            if (isNew) {
                savedId = repo.insertRun(edited);
                return {};
            }
            // Another methodist may have saved the run since the dialog
            // opened: both versions side by side, the user chooses.
            return ConflictResolution::inDialog<CourseRun>(
                edited, [&repo](const CourseRun &mine) { repo.updateRun(mine); },
                [&repo, &edited] { return repo.run(edited.id); },
                [this](const CourseRun &mine, const CourseRun &theirs) {
                    return RecordComparison::courseRuns(m_ctx.db(), mine, theirs);
                });
        } catch (const Error &e) {
            return e.message();
        }
    }, this);
    dialog.setRun(r);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_ctx.notifyChanged();
    selectRun(savedId);
    return true;
}

void CoursesTab::addRun()
{
    CourseRun r;
    r.starts = m_ctx.today().addDays(14);
    r.ends = r.starts.addDays(11);
    openRunDialog(r, true);
}

void CoursesTab::editRun()
{
    const qint64 id = currentRunId();
    if (id == 0)
        return;
    try {
        openRunDialog(TrainingRepository(m_ctx.db()).run(id), false);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Courses"), e.message());
    }
}

void CoursesTab::deleteRun()
{
    const qint64 id = currentRunId();
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Delete course run"), tr("Delete the selected course run?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        TrainingRepository(m_ctx.db()).removeRun(id);
        m_ctx.notifyChanged();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Delete course run"), e.message());
    }
}

void CoursesTab::act(const QString &what, const std::function<void(qint64)> &action)
{
    const QList<qint64> chosen = selectedEnrolments();
    if (chosen.isEmpty())
        return;
    changeParticipants(
        what,
        [&] {
            for (qint64 id : chosen)
                action(id);
        },
        true);
}

void CoursesTab::changeParticipants(const QString &what, const std::function<void()> &change, bool onShown)
{
    const qint64 run = currentRunId();
    if (run == 0)
        return;
    try {
        TrainingRepository training(m_ctx.db());
        const QList<Enrolment> before = training.enrolments(run);
        {
            // All selected participants change together, or none does.
            Transaction tx(m_ctx.db());
            if (onShown)
                training.checkParticipants(run, m_participantModel->enrolments());
            change();
            tx.commit();
        }
        const QList<Enrolment> after = training.enrolments(run);
        if (after != before) {
            m_ctx.undoStack()->push(new EnrolmentsCommand(m_ctx, run, before, after, what)); // tells the views
            selectRun(run);
            return;
        }
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Courses"), e.message());
    }
    m_ctx.notifyChanged();
    selectRun(run);
}

void CoursesTab::addParticipants(const QList<qint64> &teacherIds)
{
    const qint64 runId = currentRunId();
    if (runId == 0 || teacherIds.isEmpty())
        return;
    changeParticipants(tr("add participants"), [&] {
        TrainingRepository training(m_ctx.db());
        TeacherRepository teachers(m_ctx.db());
        for (qint64 id : teacherIds) {
            const Teacher t = teachers.get(id);
            qint64 organisation = 0;
            for (const Employment &e : t.employments) {
                if (e.activeOn(m_ctx.today())) {
                    organisation = e.organisationId;
                    break;
                }
            }
            training.apply(runId, id, organisation, m_ctx.today());
        }
    }, false);
}

void CoursesTab::approveSelected()
{
    act(tr("approve applications"), [this](qint64 id) { TrainingRepository(m_ctx.db()).approve(id); });
}

void CoursesTab::completeSelected(const QString &certificate, QDate date)
{
    act(tr("record completion"), [&](qint64 id) { TrainingRepository(m_ctx.db()).complete(id, certificate, date); });
}

void CoursesTab::markNotCompletedSelected()
{
    act(tr("mark as not completed"), [this](qint64 id) { TrainingRepository(m_ctx.db()).markNotCompleted(id); });
}

void CoursesTab::withdrawSelected()
{
    act(tr("withdraw participants"), [this](qint64 id) { TrainingRepository(m_ctx.db()).withdraw(id); });
}

} // namespace profrost
