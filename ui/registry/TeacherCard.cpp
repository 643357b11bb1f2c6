#include "registry/TeacherCard.h"

#include "domain/DateText.h"
#include "domain/DeficitRules.h"
#include "domain/RouteRules.h"
#include "domain/Snils.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "domain/TeacherFacts.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "planning/AttestationStatus.h"
#include "planning/RouteEffect.h"
#include "planning/TrainingStatus.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "store/AttestationRepository.h"
#include "store/SettingsRepository.h"
#include "domain/AttestationRules.h"
#include "util/Error.h"
#include "util/TextNormalize.h"
#include "common/StatusPalette.h"

#include <algorithm>

namespace profrost {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><td style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u" padding-right:12px'>" + label.toHtmlEscaped() + u"</td><td>" + value
        + u"</td></tr>";
}

QString years(int n)
{
    return n < 0 ? QString() : TeacherCard::tr("%n year(s)", nullptr, n);
}

} // namespace

QString TeacherCard::html(Database &db, qint64 teacherId, QDate today, bool attestationLinks)
{
    Teacher t;
    try {
        t = TeacherRepository(db).get(teacherId);
    } catch (const Error &e) {
        return e.message().toHtmlEscaped();
    }
    QHash<qint64, QString> organisations, positions, subjects;
    for (const Organisation &o : OrganisationRepository(db).all())
        organisations.insert(o.id, o.name);
    DictionaryRepository dict(db);
    QSet<qint64> pedagogical;
    for (const Position &p : dict.positions()) {
        positions.insert(p.id, p.name);
        if (p.kind == PositionKind::Pedagogical)
            pedagogical.insert(p.id);
    }
    for (const Subject &s : dict.subjects())
        subjects.insert(s.id, s.name);

    QString out = u"<h2 style='margin-bottom:2px'>" + t.fullName().toHtmlEscaped() + u"</h2>";
    if (TeacherFacts::isYoung(t, today))
        out += u"<p><span style='background:" + StatusPalette::badgeBackground().name() + u"; color:"
            + StatusPalette::badgeText().name() + u"; padding:2px'>&nbsp;" + tr("young teacher").toHtmlEscaped()
            + u"&nbsp;</span></p>";
    out += u"<table cellspacing='2'>";
    const int age = TeacherFacts::age(t, today);
    out += row(tr("Born"), t.birthDate.isValid() ? DateText::numeric(t.birthDate) + u" (" + years(age) + u')' : QString());
    out += row(tr("SNILS"), t.snils.isEmpty() ? QString() : Snils::formatted(t.snils));
    out += row(tr("Phone"), t.phone.toHtmlEscaped());
    out += row(tr("E-mail"), t.email.toHtmlEscaped());
    out += row(tr("Pedagogical experience"),
               t.experienceStart.isValid()
                   ? years(TeacherFacts::experienceYears(t, today)) + u' ' + tr("(since %1)").arg(DateText::numeric(t.experienceStart))
                   : QString());
    // The warning is the reminders' rule (AttestationStatus): the same
    // teachers as on «Expiring categories», in the status bar and on paper,
    // by the validity and the months of the settings.
    std::optional<ExpiringCategory> reminder;
    int validity = AttestationRules::kDefaultValidityYears;
    try {
        const AttestationStatus status(db);
        validity = status.validityYears();
        reminder = status.of(t.id, today);
    } catch (const Error &) {
        // the card still shows what the registry holds
    }
    // A listed category is the history's newest one: shown as the rule sees it.
    const Category category = reminder ? reminder->category : t.category;
    if (category == Category::None) {
        out += row(tr("Category"), tr("none"));
    } else {
        const QDate granted = reminder ? reminder->granted : t.categoryDate;
        const QDate until = reminder ? reminder->validUntil : TeacherFacts::categoryValidUntil(t, validity);
        QString text = CategoryText::displayName(category).toHtmlEscaped() + u", "
            + tr("assigned %1, valid until %2").arg(DateText::numeric(granted), DateText::numeric(until));
        if (reminder && reminder->lapsed)
            text += u' ' + StatusPalette::boldHtml(StatusPalette::lapsed(), tr("lapsed").toHtmlEscaped());
        else if (reminder)
            text += u' ' + StatusPalette::boldHtml(StatusPalette::expiring(), tr("expires soon").toHtmlEscaped());
        out += row(tr("Category"), text);
    }
    out += u"</table>";

    out += u"<h3>" + tr("Posts").toHtmlEscaped() + u"</h3>";
    if (t.employments.isEmpty())
        out += u"<p>" + tr("No posts recorded.").toHtmlEscaped() + u"</p>";
    out += u"<ul>";
    for (const Employment &e : t.employments) {
        QStringList subjectNames;
        for (qint64 id : e.subjectIds)
            subjectNames << subjects.value(id);
        QString line = u"<b>" + positions.value(e.positionId).toHtmlEscaped() + u"</b>, "
            + organisations.value(e.organisationId).toHtmlEscaped();
        if (!subjectNames.isEmpty())
            line += u" — " + subjectNames.join(QStringLiteral(", ")).toHtmlEscaped();
        QString period;
        if (e.hired.isValid())
            period = tr("from %1").arg(DateText::numeric(e.hired));
        if (e.dismissed.isValid())
            period += u' ' + tr("to %1").arg(DateText::numeric(e.dismissed));
        if (!period.isEmpty())
            line += u" <span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>(" + period.trimmed().toHtmlEscaped() + u")</span>";
        if (!e.activeOn(today))
            line = u"<span style='" + StatusPalette::textStyle(StatusPalette::pastMember()) + u"'>" + line + u"</span>";
        out += u"<li>" + line + u"</li>";
    }
    out += u"</ul>";
    const bool employed = std::any_of(t.employments.cbegin(), t.employments.cend(),
                                      [today](const Employment &e) { return e.activeOn(today); });
    out += trainingSection(db, t.id, today, employed);
    out += diagnosticsSection(db, t.id, today);
    // Young as the list of young teachers counts them: an active pedagogical worker.
    out += mentoringSection(db, t.id, today,
                            TeacherFacts::isYoung(t, today) && TeacherFacts::isActivePedagogical(t, today, pedagogical));
    out += eventsSection(db, t.id);
    out += competitionsSection(db, t.id);
    out += sitesSection(db, t.id, today);
    out += practicesSection(db, t.id);
    out += tracksSection(db, t.id, today);
    out += attestationSection(db, t.id, today, reminder && reminder->lapsed, attestationLinks);
    return out;
}

QString TeacherCard::diagnosticsSection(Database &db, qint64 teacherId, QDate today)
{
    QString out = u"<h3>" + tr("Diagnostics and routes").toHtmlEscaped() + u"</h3>";
    QList<DiagnosisResult> results;
    QHash<qint64, QString> campaigns;
    QList<IndividualRoute> routes;
    QList<Completion> finished;
    DeficitThresholds thresholds;
    try {
        DiagnosisRepository repo(db);
        results = repo.resultsOf(teacherId);
        for (const DiagnosisCampaign &c : repo.campaigns())
            campaigns.insert(c.id, c.name);
        thresholds = SettingsRepository(db).deficitThresholds();
        routes = RouteRepository(db).ofTeacher(teacherId);
        finished = TrainingRepository(db).completionsOf(teacherId);
    } catch (const Error &e) {
        return out + u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (results.isEmpty()) {
        out += u"<p>" + tr("No diagnosis recorded.").toHtmlEscaped() + u"</p>";
    } else {
        out += u"<ul>";
        for (const DiagnosisResult &r : results) {
            QStringList scores;
            for (const AreaScore &score : r.scores) {
                const QString text = QString(TrainingText::displayName(score.area) + u' '
                                             + DiagnosisText::percentText(score.hundredths))
                                         .toHtmlEscaped();
                scores << (DeficitRules::isDeficit(score, thresholds)
                               ? StatusPalette::boldHtml(StatusPalette::errorText(), text)
                               : text);
            }
            out += u"<li><b>" + campaigns.value(r.campaignId).toHtmlEscaped() + u"</b>, "
                + DateText::numeric(r.takenOn) + u": " + scores.join(QStringLiteral(", ")) + u"</li>";
        }
        out += u"</ul>";
        QStringList current;
        for (CompetencyArea area : DeficitRules::currentDeficits(results, thresholds))
            current << TrainingText::displayName(area);
        out += u"<p>" + tr("Current deficits:").toHtmlEscaped() + u' '
            + (current.isEmpty() ? tr("none").toHtmlEscaped()
                                 : StatusPalette::boldHtml(StatusPalette::errorText(),
                                                           current.join(QStringLiteral(", ")).toHtmlEscaped()))
            + u"</p>";
    }
    const int thisYear = DateText::academicYearStart(today);
    bool hasCurrent = false;
    for (auto it = routes.crbegin(); it != routes.crend(); ++it) {
        const RouteRules::Progress p = RouteRules::progress(*it, finished);
        hasCurrent = hasCurrent || it->startYear == thisYear;
        QString line = tr("Individual route %1/%2: %3 of %4 activities done")
                           .arg(it->startYear)
                           .arg(it->startYear + 1)
                           .arg(p.done)
                           .arg(p.total)
                           .toHtmlEscaped();
        if (!it->curator.isEmpty())
            line += u"; " + tr("curator %1").arg(it->curator).toHtmlEscaped();
        out += u"<p>" + (p.total > 0 && p.done == p.total ? StatusPalette::boldHtml(StatusPalette::ok(), line) : line)
            + u"</p>";
        if (it->startYear == thisYear) {
            out += u"<ul>";
            for (const RouteActivity &a : it->activities) {
                const RouteStatus status = RouteRules::effectiveStatus(a, it->startYear, finished);
                QString item = QString(RouteText::displayName(a.kind) + u": " + a.title).toHtmlEscaped();
                if (a.starts.isValid())
                    item += u" (" + DateText::period(a.starts, a.ends) + u')';
                item += u" — " + RouteText::displayName(status).toHtmlEscaped();
                out += u"<li>" + item + u"</li>";
            }
            out += u"</ul>";
        }
    }
    out += effectSection(db, teacherId, today);
    if (!hasCurrent && !DeficitRules::currentDeficits(results, thresholds).isEmpty())
        out += u"<p>" + StatusPalette::boldHtml(StatusPalette::warning(),
                                                tr("No route for %1/%2 yet (Diagnostics → Individual routes).")
                                                    .arg(thisYear)
                                                    .arg(thisYear + 1)
                                                    .toHtmlEscaped())
            + u"</p>";
    return out;
}

namespace {

// A bar of a score as rich text can draw it (the card is a narrow panel of
// rich text): a filled cell `hundredths` long of 100 % = 120 px, the rest
// pale, and the score beside it.
QString scoreBar(int hundredths, const QColor &colour)
{
    constexpr int kFull = 120;
    const int filled = std::clamp(hundredths * kFull / 10000, 0, kFull);
    QString bar = QStringLiteral("<tr><td><table cellspacing='0' cellpadding='0'><tr>");
    if (filled > 0)
        bar += QStringLiteral("<td width='%1' bgcolor='%2' style='font-size:5pt'>&nbsp;</td>").arg(filled).arg(colour.name());
    if (filled < kFull)
        bar += QStringLiteral("<td width='%1' bgcolor='#e6e6e6' style='font-size:5pt'>&nbsp;</td>").arg(kFull - filled);
    return bar + QStringLiteral("</tr></table></td><td>&nbsp;") + DiagnosisText::percentText(hundredths).toHtmlEscaped()
        + QStringLiteral("</td></tr>");
}

} // namespace

QString TeacherCard::effectSection(Database &db, qint64 teacherId, QDate today)
{
    RouteEffect effect;
    try {
        effect = RouteEffectBuilder::build(EffectData::read(db, today, teacherId));
    } catch (const Error &e) {
        return u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (effect.byTeacher.isEmpty())
        return {};
    QString out = u"<p><b>" + tr("Before and after the route").toHtmlEscaped() + u"</b> <span style='"
        + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>"
        + tr("(grey: before, colour: after)").toHtmlEscaped() + u"</span></p>";
    for (const ScoreChange &c : std::as_const(effect.byTeacher)) {
        const QColor after = c.change() > 0 ? StatusPalette::ok() : c.change() < 0 ? StatusPalette::errorText()
                                                                                   : StatusPalette::mutedText();
        QString verdict = tr("%1 points").arg(RouteEffectBuilder::changeText(c.changeTenths())).toHtmlEscaped();
        if (c.outcome() == DeficitOutcome::Removed)
            verdict += u", " + StatusPalette::boldHtml(StatusPalette::ok(), tr("deficit removed").toHtmlEscaped());
        else if (c.outcome() == DeficitOutcome::Remained)
            verdict += u", " + StatusPalette::boldHtml(StatusPalette::errorText(), tr("deficit remains").toHtmlEscaped());
        else if (c.outcome() == DeficitOutcome::Appeared)
            verdict += u", " + StatusPalette::boldHtml(StatusPalette::errorText(), tr("a new deficit").toHtmlEscaped());
        const QString label = tr("%1, route %2/%3").arg(upperFirst(TrainingText::displayName(c.area))).arg(c.startYear).arg(c.startYear + 1);
        const QString dates = tr("diagnosed %1 and %2").arg(DateText::numeric(c.beforeOn), DateText::numeric(c.afterOn));
        out += u"<p style='margin-bottom:0'>" + label.toHtmlEscaped() + u": " + verdict + u"</p>"
            + u"<table cellspacing='1' cellpadding='0'>" + scoreBar(c.before, StatusPalette::mutedText())
            + scoreBar(c.after, after) + u"</table><p style='margin-top:0'><span style='"
            + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>" + dates.toHtmlEscaped() + u"</span></p>";
    }
    return out;
}

QString TeacherCard::attestationSection(Database &db, qint64 teacherId, QDate today, bool lapsedListed, bool links)
{
    QString out = u"<h3>" + tr("Attestation").toHtmlEscaped() + u"</h3>";
    QList<AttestationRecord> history;
    QList<AttestationApplication> applications;
    int validity = AttestationRules::kDefaultValidityYears;
    try {
        AttestationRepository repo(db);
        history = repo.history(teacherId);
        applications = repo.applicationsOf(teacherId);
        validity = SettingsRepository(db).validityYears();
    } catch (const Error &e) {
        return out + u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    const AttestationStanding standing = AttestationRules::standing(history, today, validity);
    if (standing.lapsed && lapsedListed)
        out += u"<p>"
            + StatusPalette::boldHtml(StatusPalette::lapsed(),
                                      tr("The category lapsed on %1: to be attested again.")
                                          .arg(DateText::numeric(standing.categoryUntil.addDays(1)))
                                          .toHtmlEscaped())
            + u"</p>";
    for (const AttestationApplication &a : applications) {
        if (a.status != ApplicationStatus::Submitted && a.status != ApplicationStatus::UnderReview)
            continue;
        out += u"<p>" + tr("Application for the category «%1», commission in %2: %3.")
                            .arg(CategoryText::displayName(a.category),
                                 AttestationText::monthName(a.plannedYear, a.plannedMonth),
                                 AttestationText::displayName(a.status))
                            .toHtmlEscaped()
            + u"</p>";
    }
    if (history.isEmpty())
        out += u"<p>" + tr("No attestation recorded.").toHtmlEscaped() + u"</p>";
    out += u"<ul>";
    for (qsizetype i = history.size() - 1; i >= 0; --i) { // the newest first
        const AttestationRecord &r = history.at(i);
        const int years = r.kind == AttestationKind::Fitness ? AttestationRules::kFitnessIntervalYears : validity;
        QString line = u"<b>"
            + (r.kind == AttestationKind::Fitness ? AttestationText::displayName(r.kind)
                                                  : CategoryText::displayName(r.category))
                  .toHtmlEscaped()
            + u"</b> — " + DateText::numeric(r.granted) + u", "
            + tr("until %1").arg(DateText::numeric(AttestationRules::validUntil(r.granted, years))).toHtmlEscaped();
        if (!r.orderNumber.isEmpty())
            line += u", " + tr("order № %1").arg(r.orderNumber).toHtmlEscaped();
        if (r.orderDate.isValid())
            line += u' ' + tr("of %1").arg(DateText::numeric(r.orderDate)).toHtmlEscaped();
        line += u" <span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>(" + AttestationText::displayName(r.decidedBy).toHtmlEscaped() + u")</span>";
        if (links)
            line += u" <a href='attestation-edit:" + QString::number(r.id) + u"'>" + tr("edit").toHtmlEscaped() + u"</a>"
                + u" <a href='attestation-remove:" + QString::number(r.id) + u"'>" + tr("remove").toHtmlEscaped() + u"</a>";
        out += u"<li>" + line + u"</li>";
    }
    out += u"</ul>";
    if (links)
        out += u"<p><a href='attestation-add:'>" + tr("Add an attestation record...").toHtmlEscaped() + u"</a></p>";
    return out;
}

QString TeacherCard::trainingSection(Database &db, qint64 teacherId, QDate today, bool employed)
{
    TrainingRepository training(db);
    const QList<Enrolment> enrolments = training.enrolmentsOfTeacher(teacherId);
    QString out = u"<h3>" + tr("Further training").toHtmlEscaped() + u"</h3>";
    // The rule of the «Due» page (TrainingStatus): the same population
    // (active pedagogical workers), the interval of the settings.
    const TrainingStatus status(db);
    const std::optional<DueItem> due = status.of(teacherId, today);
    if (!employed) // the rule is the employer's duty: none without a post
        out += u"<p>" + tr("No current post: further training is not due.").toHtmlEscaped() + u"</p>";
    else if (!due)
        out += u"<p>" + tr("No current pedagogical post: the further-training rule does not count this teacher.").toHtmlEscaped()
            + u"</p>";
    else if (due->state == DueItem::State::Overdue)
        out += u"<p>"
            + StatusPalette::boldHtml(StatusPalette::overdue(),
                                      tr("Overdue: no course completed in the last %n year(s).", nullptr, status.intervalYears())
                                          .toHtmlEscaped())
            + u"</p>";
    else if (due->state == DueItem::State::DueSoon)
        out += u"<p>" + StatusPalette::boldHtml(StatusPalette::dueSoon(), tr("Due by %1.").arg(DateText::numeric(due->dueDate)).toHtmlEscaped())
            + u"</p>";
    else
        out += u"<p>" + tr("Next course due by %1.").arg(DateText::numeric(due->dueDate)).toHtmlEscaped() + u"</p>";
    if (enrolments.isEmpty())
        return out + u"<p>" + tr("No courses recorded.").toHtmlEscaped() + u"</p>";
    out += u"<ul>";
    for (qsizetype i = enrolments.size() - 1; i >= 0; --i) { // the newest first
        const Enrolment &e = enrolments.at(i);
        try {
            const CourseRun run = training.run(e.runId);
            const Programme p = training.programme(run.programmeId);
            QString line = p.title.toHtmlEscaped() + u" <span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>(" + p.provider.toHtmlEscaped() + u", "
                + tr("%1 h").arg(p.hours) + u", " + DateText::numeric(run.starts) + u"–" + DateText::numeric(run.ends)
                + u")</span> — " + TrainingText::displayName(e.status).toHtmlEscaped();
            if (!e.certificateNumber.isEmpty())
                line += u", " + tr("certificate № %1").arg(e.certificateNumber).toHtmlEscaped();
            out += u"<li>" + line + u"</li>";
        } catch (const Error &) {
        }
    }
    return out + u"</ul>";
}

} // namespace profrost
