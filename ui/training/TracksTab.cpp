#include "training/TracksTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/DeferredLoad.h"
#include "common/EditAccess.h"
#include "common/RecordView.h"
#include "common/Roles.h"
#include "common/SheetExport.h"
#include "common/StatusPalette.h"
#include "documents/TracksSheet.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrackDialog.h"
#include "training/TracksEditing.h"
#include "util/Error.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

namespace {

using W = AssociationWidgets;

int keyOf(HalfYear h) { return h.year * 10 + h.half; }
HalfYear halfOf(int key) { return {key / 10, key % 10}; }

QStandardItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(id, IdRole);
    return item;
}

QStandardItem *number(int value)
{
    QStandardItem *item = cell(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TracksTab::TracksTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_half(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_tracks(new QStandardItemModel(0, TrackColumns, this)),
      m_teachers(new QStandardItemModel(0, TeacherColumns, this))
{
    setObjectName(QStringLiteral("tracksTab"));
    m_half->setObjectName(QStringLiteral("trackHalfYear"));
    m_half->setToolTip(tr("The calendar half-year: January to June, or July to December"));
    m_summary->setObjectName(QStringLiteral("tracksSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_tracks->setHorizontalHeaderLabels({tr("Track"), tr("Applied"), tr("Completed"), tr("Outcome")});
    m_teachers->setHorizontalHeaderLabels({tr("Teacher"), tr("Workplace"), tr("Track"), tr("Completed?")});
    m_tracksView = RecordView::table(m_tracks, this);
    m_tracksView->setObjectName(QStringLiteral("tracksTable"));
    m_teachersView = RecordView::table(m_teachers, this);
    m_teachersView->setObjectName(QStringLiteral("trackTeachersTable"));
    m_teachersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const int trackWidths[] = {430, 90, 90, 250};
    for (int c = 0; c < TrackColumns; ++c)
        m_tracksView->setColumnWidth(c, trackWidths[c]);
    ColumnFill::install(m_tracksView, TrackName, 260, 700);
    const int teacherWidths[] = {280, 220, 330, 100};
    for (int c = 0; c < TeacherColumns; ++c)
        m_teachersView->setColumnWidth(c, teacherWidths[c]);
    ColumnFill::install(m_teachersView, Workplace, 160, 500);

    auto *enrolButton = W::button(QStringLiteral(":/icons/add.svg"), tr("Enrol teachers..."),
                                  tr("Enrol teachers of the registry on the chosen track in the half-year"), this);
    auto *doneButton = W::button(QStringLiteral(":/icons/save.svg"), tr("Completed / not"),
                                 tr("Mark the chosen teachers as having completed the track, or not (Enter)"), this);
    auto *removeButton = W::button(QStringLiteral(":/icons/delete.svg"), tr("Remove"),
                                   tr("Take the chosen teachers off the track (Del)"), this);
    auto *newButton = W::button(QStringLiteral(":/icons/add.svg"), tr("New track..."), tr("Add a track to the list"), this);
    auto *editButton = W::button(QStringLiteral(":/icons/edit.svg"), tr("Edit track..."),
                                 tr("Rename the chosen track or describe it"), this);
    auto *deleteButton = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete track"),
                                   tr("Delete the chosen track (only one no teacher was ever enrolled on)"), this);
    auto *exportButton = W::button(QStringLiteral(":/icons/export.svg"), tr("Export..."),
                                   tr("The half-year's teachers on the tracks and the totals, to Excel"), this);
    exportButton->setObjectName(QStringLiteral("exportTracksButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SheetExport::askPath(this, tr("Export the tracks"), tr("tracks.xlsx"));
        if (!path.isEmpty())
            exportTable(path);
    });
    enrolButton->setObjectName(QStringLiteral("enrolTrackButton"));
    doneButton->setObjectName(QStringLiteral("completedTrackButton"));
    removeButton->setObjectName(QStringLiteral("removeFromTrackButton"));
    newButton->setObjectName(QStringLiteral("newTrackButton"));
    editButton->setObjectName(QStringLiteral("editTrackButton"));
    deleteButton->setObjectName(QStringLiteral("deleteTrackButton"));
    connect(enrolButton, &QPushButton::clicked, this, [this] { enrol(); });
    connect(doneButton, &QPushButton::clicked, this, &TracksTab::toggleCompleted);
    connect(removeButton, &QPushButton::clicked, this, &TracksTab::removeChosen);
    connect(newButton, &QPushButton::clicked, this, &TracksTab::newTrack);
    connect(editButton, &QPushButton::clicked, this, &TracksTab::editTrack);
    connect(deleteButton, &QPushButton::clicked, this, &TracksTab::deleteTrack);
    // Tracks are kept with the sites (UserAccess): who may not edit them only reads.
    if (m_ctx.mayEdit(UserAccess::Area::Sites)) {
        W::bindKeys(m_teachersView, [this] { toggleCompleted(); }, [this] { removeChosen(); });
        W::bindKeys(m_tracksView, [this] { editTrack(); }, [this] { deleteTrack(); });
    }
    connect(m_tracksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TracksTab::showTeachers);

    auto *top = new QHBoxLayout;
    auto *halfLabel = new QLabel(tr("&Half-year:"), this);
    halfLabel->setBuddy(m_half);
    top->addWidget(halfLabel);
    top->addWidget(m_half);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tracksView);
    splitter->addWidget(m_teachersView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1, 1000}); // the tracks as tall as their rows need, the teachers the rest
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(W::buttonBar(this, {enrolButton, doneButton, removeButton, exportButton}, {newButton, editButton, deleteButton}));
    // After the bar is made: a toolbar shows its widgets through their actions.
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Sites,
                               {enrolButton, doneButton, removeButton, newButton, editButton, deleteButton});
    layout->addWidget(splitter, 1);
    connect(m_half, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        m_loader->markLoaded();
    });
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

HalfYear TracksTab::halfYear() const
{
    return m_half->currentIndex() >= 0 ? halfOf(m_half->currentData().toInt()) : HalfYear::containing(m_ctx.today());
}

void TracksTab::setHalfYear(HalfYear h)
{
    m_loader->ensureLoaded();
    if (m_half->findData(keyOf(h)) < 0) {
        m_half->blockSignals(true);
        m_half->addItem(TrackText::halfYear(h), keyOf(h));
        m_half->blockSignals(false);
    }
    m_half->setCurrentIndex(m_half->findData(keyOf(h))); // reloads when it changes
    reload();
}

qint64 TracksTab::currentTrack() const { return RecordView::currentId(m_tracksView, 0); }

void TracksTab::setCurrentTrack(qint64 trackId)
{
    m_loader->ensureLoaded();
    RecordView::selectId(m_tracksView, trackId);
}

void TracksTab::fillHalfYears(const QList<TrackEnrolment> &all)
{
    const HalfYear chosen = halfYear();
    const HalfYear current = HalfYear::containing(m_ctx.today());
    // The half-years with enrolments, and around today: the last two, this one and the next (enrolled ahead).
    QList<HalfYear> list = TrackRules::halfYears(all);
    for (HalfYear h : {current.previous().previous(), current.previous(), current, current.next(), chosen}) {
        if (!list.contains(h))
            list << h;
    }
    std::sort(list.begin(), list.end(), [](HalfYear a, HalfYear b) { return a > b; });
    m_half->blockSignals(true);
    m_half->clear();
    for (HalfYear h : list)
        m_half->addItem(h == current ? tr("%1 (current)").arg(TrackText::halfYear(h)) : TrackText::halfYear(h),
                        keyOf(h));
    m_half->setCurrentIndex(m_half->findData(keyOf(chosen)));
    m_half->blockSignals(false);
}

void TracksTab::reload()
{
    const qint64 track = currentTrack();
    const QList<qint64> chosen = RecordView::selectedIds(m_teachersView);
    QList<TrackEnrolment> all;
    try {
        TrackRepository repo(m_ctx.db());
        m_trackList = repo.tracks();
        all = repo.enrolments();
    } catch (const Error &e) {
        m_trackList.clear();
        m_summary->setText(e.message());
    }
    fillHalfYears(all);
    const HalfYear h = halfYear();
    m_lines.clear();
    m_inHalf.clear();
    try {
        m_lines = TrackRepository(m_ctx.db()).linesIn(h, m_ctx.today());
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
    for (const TrackEnrolmentLine &l : std::as_const(m_lines))
        m_inHalf << l.enrolment;

    m_tracks->removeRows(0, m_tracks->rowCount());
    for (const DevelopmentTrack &t : m_trackList) {
        const TrackTally tally = TrackRules::tally(m_inHalf, t.id, h);
        QStandardItem *name = cell(t.name, t.id);
        name->setToolTip(t.description.isEmpty() ? t.name : t.name + u"\n\n" + t.description);
        m_tracks->appendRow({name, number(tally.applied), number(tally.completed),
                             cell(tally.applied ? TrackText::outcome(tally) : tr("no one enrolled"), t.id)});
    }
    const TrackTally teachers = TrackRules::teachersTally(m_inHalf, h);
    QList<QStandardItem *> total = {cell(tr("All tracks, in teachers")), number(teachers.applied),
                                    number(teachers.completed), cell(TrackText::outcome(teachers))};
    for (QStandardItem *item : total) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setToolTip(tr("A teacher on two tracks counts once; completed: every track of theirs completed"));
    }
    m_tracks->appendRow(total);
    m_summary->setText(tr("%1: teachers — %2").arg(TrackText::halfYear(h), TrackText::outcome(teachers))
                       + (h == HalfYear::containing(m_ctx.today()) ? u' ' + tr("(under way)") : QString()));
    m_tracksView->setMinimumHeight(m_tracksView->verticalHeader()->defaultSectionSize() * m_tracks->rowCount()
                                   + m_tracksView->horizontalHeader()->sizeHint().height()
                                   + 2 * m_tracksView->frameWidth() + 2);
    if (!RecordView::selectId(m_tracksView, track) && m_tracks->rowCount() > 0)
        m_tracksView->selectRow(0);
    showTeachers();
    for (qint64 id : chosen)
        RecordView::selectId(m_teachersView, id);
    m_loader->markLoaded();
}

void TracksTab::showTeachers()
{
    const qint64 track = currentTrack(); // 0: the «all tracks» row
    m_teachers->removeRows(0, m_teachers->rowCount());
    m_teachersView->setColumnHidden(TrackOf, track != 0); // before the rows: they are laid out once
    QHash<qint64, QString> trackNames;
    for (const DevelopmentTrack &t : m_trackList)
        trackNames.insert(t.id, t.name);
    for (const TrackEnrolmentLine &l : std::as_const(m_lines)) {
        const TrackEnrolment &e = l.enrolment;
        if (track != 0 && e.trackId != track)
            continue;
        QStandardItem *done = cell(e.completed ? tr("yes") : tr("no"), e.id);
        done->setForeground(e.completed ? StatusPalette::ok() : StatusPalette::mutedText());
        m_teachers->appendRow({cell(l.teacher, e.id), cell(l.organisation, e.id), cell(trackNames.value(e.trackId), e.id),
                               done});
    }
    // Hiding a column shifts the rows already painted sideways; once the
    // columns have settled (the widths fit on the next turn), repaint them whole.
    QTimer::singleShot(0, m_teachersView->viewport(), qOverload<>(&QWidget::update));
}

bool TracksTab::report(bool ok, const QString &title, const QString &error)
{
    return W::report(this, ok, title, error, &m_lastError);
}

void TracksTab::enrol(const QList<qint64> &teachers)
{
    m_loader->ensureLoaded();
    const qint64 track = currentTrack();
    if (track == 0) {
        report(false, tr("Enrol teachers"), tr("Choose the track to enrol on in the list above."));
        return;
    }
    QList<qint64> chosen = teachers;
    if (chosen.isEmpty()) {
        TeacherPickerDialog picker(m_ctx, this);
        picker.setWindowTitle(tr("Enrol on the track"));
        if (picker.exec() != QDialog::Accepted)
            return;
        chosen = picker.chosen();
    }
    QList<qint64> already;
    QString error;
    const bool ok = TracksEditing::enrol(m_ctx, track, halfYear(), chosen, &already, &error);
    reload();
    if (!report(ok, tr("Enrol teachers"), error) || already.isEmpty())
        return;
    QStringList names;
    try {
        const QHash<qint64, QString> all = TeacherRepository(m_ctx.db()).fullNames();
        for (qint64 id : already)
            names << all.value(id);
    } catch (const Error &) {
    }
    report(false, tr("Enrol teachers"),
           tr("Already enrolled on this track %1, left as they are: %2.")
               .arg(TrackText::inHalfYear(halfYear()), names.join(QStringLiteral(", "))));
}

void TracksTab::toggleCompleted()
{
    m_loader->ensureLoaded();
    const QList<qint64> ids = RecordView::selectedIds(m_teachersView);
    if (ids.isEmpty())
        return;
    QList<TrackEnrolment> chosen;
    std::copy_if(m_inHalf.cbegin(), m_inHalf.cend(), std::back_inserter(chosen),
                 [&ids](const TrackEnrolment &e) { return ids.contains(e.id); });
    QString error;
    const bool ok = TracksEditing::toggleCompleted(m_ctx, chosen, &error);
    reload();
    report(ok, tr("Mark track completed"), error);
}

void TracksTab::removeChosen()
{
    m_loader->ensureLoaded();
    const QList<qint64> ids = RecordView::selectedIds(m_teachersView);
    if (ids.isEmpty())
        return;
    if (isVisible()
        && QMessageBox::question(this, tr("Remove from the track"),
                                 tr("Take %n chosen teacher(s) off the track? (Undo with Ctrl+Z.)", nullptr,
                                    int(ids.size())))
               != QMessageBox::Yes)
        return;
    QString error;
    const bool ok = TracksEditing::removeEnrolments(m_ctx, ids, &error);
    reload();
    report(ok, tr("Remove from the track"), error);
}

void TracksTab::exportTable(const QString &path)
{
    const HalfYear h = halfYear();
    SheetExport::writeSheet(this, tr("Export the tracks"), path,
                            [this, h] { return TracksSheet::build(m_ctx.db(), h, m_ctx.today()); });
}

void TracksTab::newTrack()
{
    TrackDialog dialog(
        [this](const DevelopmentTrack &t) {
            QString error;
            qint64 id = 0;
            if (!TracksEditing::saveTrack(m_ctx, std::nullopt, t, &error, &id))
                return error;
            reload();
            setCurrentTrack(id);
            return QString();
        },
        this);
    dialog.exec();
}

void TracksTab::editTrack()
{
    m_loader->ensureLoaded();
    const qint64 id = currentTrack();
    const auto it = std::find_if(m_trackList.cbegin(), m_trackList.cend(), [id](const DevelopmentTrack &t) { return t.id == id; });
    if (it == m_trackList.cend())
        return;
    const DevelopmentTrack before = *it;
    TrackDialog dialog(
        [this, before](const DevelopmentTrack &t) {
            QString error;
            return TracksEditing::saveTrack(m_ctx, before, t, &error) ? QString() : error;
        },
        this);
    dialog.setTrack(before);
    dialog.exec();
    reload();
}

void TracksTab::deleteTrack()
{
    m_loader->ensureLoaded();
    const qint64 id = currentTrack();
    if (id == 0)
        return;
    if (isVisible() && QMessageBox::question(this, tr("Delete track"), tr("Delete the chosen track? (Undo with Ctrl+Z.)"))
                           != QMessageBox::Yes)
        return;
    QString error;
    const bool ok = TracksEditing::removeTrack(m_ctx, id, &error);
    reload();
    report(ok, tr("Delete track"), error);
}

} // namespace profrost
