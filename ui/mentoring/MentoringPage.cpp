#include "mentoring/MentoringPage.h"

#include "associations/AssociationWidgets.h"
#include "common/BackgroundRead.h"
#include "common/DateLineEdit.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "documents/MentoringReports.h"
#include "documents/YoungTeachersDocument.h"
#include "domain/DateText.h"
#include "mentoring/MentorsTab.h"
#include "mentoring/MentorshipDialog.h"
#include "mentoring/MentorshipEditing.h"
#include "mentoring/PairsTab.h"
#include "mentoring/YoungTeachersTab.h"
#include "shell/AppContext.h"
#include "store/MentorshipRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextDocument>
#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

namespace {
// Below this many teachers the lists are read at once (as the routes).
constexpr int kLoadInBackgroundFrom = 3000;
} // namespace

MentoringPage::MentoringPage(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_day(new DateLineEdit(this)),
      m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_reader(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("mentoringPage"));
    m_day->setObjectName(QStringLiteral("mentoringDay"));
    m_day->setDate(ctx.today());
    m_day->setToolTip(tr("Who is young, who is supported and each mentor's load are counted on this day."));
    m_summary->setObjectName(QStringLiteral("mentoringSummary"));
    m_summary->setWordWrap(true);
    m_young = new YoungTeachersTab({[this](qint64 mentee) { newPair(mentee); }, openTeacher,
                                    [this](bool toFile) { print(List::YoungTeachers, toFile); }},
                                   this);
    m_mentors = new MentorsTab({openTeacher, [this](int limit) { setLoadLimit(limit); },
                                [this](bool toFile) { print(List::Mentors, toFile); }},
                               this);
    m_pairs = new PairsTab({[this] { newPair(); }, [this](qint64 id) { editPair(id); },
                            [this](qint64 id) { deletePair(id); }},
                           this);
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Mentoring,
                               {m_young->findChild<QPushButton *>(QStringLiteral("assignMentorButton")),
                                m_pairs->findChild<QPushButton *>(QStringLiteral("newPairButton")),
                                m_pairs->findChild<QPushButton *>(QStringLiteral("editPairButton")),
                                m_pairs->findChild<QPushButton *>(QStringLiteral("deletePairButton"))});
    m_tabs->setObjectName(QStringLiteral("mentoringTabs"));
    m_tabs->addTab(m_young, QIcon(QStringLiteral(":/icons/mentoring.svg")), tr("&Young teachers"));
    m_tabs->addTab(m_mentors, tr("&Mentors' load"));
    m_tabs->addTab(m_pairs, tr("Mentorship &pairs"));
    const QString key = QStringLiteral("mentoring/tab");
    m_tabs->setCurrentIndex(QSettings().value(key, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [key](int index) { QSettings().setValue(key, index); });

    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("On the &day:"), this);
    dayLabel->setBuddy(m_day);
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_day, &QLineEdit::editingFinished, this, [this] {
        if (m_day->date().isValid() && m_day->date() != m_shownDay)
            reload();
    });
    m_loader = new DeferredLoad(this, [this] { reload(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

QDate MentoringPage::day() const
{
    const QDate typed = m_day->date();
    return typed.isValid() ? typed : m_ctx.today();
}

void MentoringPage::setDay(QDate day)
{
    m_day->setDate(day);
    reload();
}

bool MentoringPage::isLoading() const { return m_reader->isRunning(); }

void MentoringPage::reload() { readLines(m_pairs->currentPair()); }

void MentoringPage::readLines(qint64 selectPair)
{
    m_loader->markLoaded();
    m_reader->cancel(); // lists still being read answer an older question
    const QDate on = day();
    try {
        if (TeacherRepository(m_ctx.db()).count() < kLoadInBackgroundFrom) {
            showLines(MentoringLines::read(m_ctx.db(), on), selectPair);
            return;
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Young teachers and mentoring"), e.message(), &m_lastError);
        return;
    }
    m_summary->setText(tr("Reading the young teachers and the pairs..."));
    m_reader->run<MentoringLines>(
        m_ctx.db().connectionSpec(), [on](Database &reader) { return MentoringLines::read(reader, on); },
        [this, selectPair](MentoringLines lines, const QString &error) {
            if (!error.isEmpty())
                W::report(this, false, tr("Young teachers and mentoring"), error, &m_lastError);
            else
                showLines(std::move(lines), selectPair);
        });
}

void MentoringPage::showLines(MentoringLines lines, qint64 selectPair)
{
    m_shownDay = lines.day;
    m_lines = std::make_shared<const MentoringLines>(std::move(lines));
    m_young->setLines(m_lines);
    m_mentors->setLines(m_lines);
    m_pairs->setLines(m_lines, selectPair);
    int unsupported = 0;
    for (const YoungTeacher &y : m_lines->young)
        unsupported += y.supported() ? 0 : 1;
    int overLimit = 0;
    for (const MentorLoad &m : m_lines->mentors)
        overLimit += m.overLimit ? 1 : 0;
    QString text = tr("%n young teacher(s)", nullptr, int(m_lines->young.size()));
    text += QStringLiteral(", ") + tr("%n without support", nullptr, unsupported);
    text += QStringLiteral("; ") + tr("%n mentor(s)", nullptr, int(m_lines->mentors.size()));
    if (overLimit > 0)
        text += QStringLiteral(", ") + tr("%n above the limit of %1", nullptr, overLimit).arg(m_lines->loadLimit);
    text += QStringLiteral("; ") + tr("%n pair(s) in all.", nullptr, int(m_lines->pairs.size()));
    m_summary->setText(text);
    emit loaded();
}

QString MentoringPage::mentorNote(qint64 mentorId) const
{
    if (!m_lines)
        return {};
    for (const MentorLoad &m : m_lines->mentors) {
        if (m.mentorId != mentorId)
            continue;
        QString note = tr("Mentees on %1: %2.").arg(DateText::numeric(m_lines->day)).arg(m.load());
        if (m.load() >= m_lines->loadLimit)
            note += QStringLiteral(" ") + tr("Another pair takes them above the limit of %1.").arg(m_lines->loadLimit);
        return note;
    }
    return tr("No mentees on %1.").arg(DateText::numeric(m_lines->day));
}

void MentoringPage::newPair(qint64 menteeId)
{
    if (!m_ctx.mayEdit(UserAccess::Area::Mentoring)) // the buttons are hidden; nor do the keys write
        return;
    Mentorship pair;
    pair.menteeId = menteeId;
    pair.starts = m_ctx.today();
    openDialog(std::nullopt, pair);
}

void MentoringPage::editPair(qint64 pairId)
{
    if (!m_ctx.mayEdit(UserAccess::Area::Mentoring)) // Enter or a double click on a pair: the role reads
        return;
    std::optional<Mentorship> stored;
    try {
        stored = MentorshipRepository(m_ctx.db()).get(pairId);
    } catch (const Error &e) {
        W::report(this, false, tr("Mentorship"), e.message(), &m_lastError);
        return;
    }
    if (stored)
        openDialog(stored, *stored);
}

void MentoringPage::openDialog(const std::optional<Mentorship> &before, const Mentorship &pair)
{
    m_loader->ensureLoaded();
    qint64 savedId = 0;
    MentorshipDialog dialog(
        m_ctx,
        [this, before, &savedId](const Mentorship &m) {
            QString error;
            MentorshipEditing::save(m_ctx, before, m, &error, &savedId);
            return error;
        },
        [this](qint64 id) {
            const QString name = m_lines ? m_lines->names.value(id) : QString();
            return name.isEmpty() ? TeacherRepository(m_ctx.db()).nameOf(id) : name;
        },
        [this](qint64 mentorId) { return mentorNote(mentorId); }, this);
    dialog.setMentorship(pair);
    if (dialog.exec() != QDialog::Accepted)
        return;
    readLines(savedId);
}

void MentoringPage::deletePair(qint64 pairId)
{
    if (!m_ctx.mayEdit(UserAccess::Area::Mentoring))
        return;
    if (!m_lines)
        return;
    const auto it = std::find_if(m_lines->pairs.cbegin(), m_lines->pairs.cend(),
                                 [pairId](const Mentorship &m) { return m.id == pairId; });
    if (it == m_lines->pairs.cend())
        return;
    if (QMessageBox::question(this, tr("Delete mentorship"),
                              tr("Delete the pair of %1 (mentor) and %2 (mentee) from %3? Edit → Undo brings it back.")
                                  .arg(m_lines->nameOf(it->mentorId), m_lines->nameOf(it->menteeId),
                                       DateText::numeric(it->starts)))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, MentorshipEditing::remove(m_ctx, pairId, &error), tr("Delete mentorship"), error, &m_lastError);
}

void MentoringPage::setLoadLimit(int limit)
{
    if (m_lines && m_lines->loadLimit == limit)
        return;
    try {
        SettingsRepository(m_ctx.db()).setInt(SettingsRepository::mentorLoadLimitSetting(), limit);
    } catch (const Error &e) {
        W::report(this, false, tr("Mentors' load"), e.message(), &m_lastError);
        return;
    }
    reload();
}

void MentoringPage::print(List list, bool toFile)
{
    // The lists on the page's day, read as the page reads them (the same rule, the same day).
    DocumentOutput::Builder build;
    QString title;
    try {
        if (list == List::YoungTeachers) {
            const YoungTeachersDocumentData data = MentoringReports::youngTeachersData(m_ctx.db(), day());
            build = [data] { return YoungTeachersDocument::build(data); };
            title = YoungTeachersDocument::title();
        } else {
            const MentorsDocumentData data = MentoringReports::mentorsData(m_ctx.db(), day());
            build = [data] { return MentorsDocument::build(data); };
            title = MentorsDocument::title();
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Young teachers and mentoring"), e.message(), &m_lastError);
        return;
    }
    title += QStringLiteral(" ") + DateText::numeric(day());
    DocumentOutput::output(this, title, build, toFile);
}

} // namespace profrost
