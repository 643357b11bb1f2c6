#include "domain/MethodicalEvent.h"

#include "domain/CodeTable.h"
#include "domain/DateText.h"

#include <QSet>

namespace profrost {

namespace {

using codetable::Entry;

const Entry<EventKind> kKinds[] = {
    {EventKind::Seminar, u"seminar", u"семинар", {u"семинар-практикум", u"практикум"}},
    {EventKind::Webinar, u"webinar", u"вебинар", {u"онлайн-семинар"}},
    {EventKind::Conference, u"conference", u"конференция", {u"научно-практическая конференция"}},
    {EventKind::MasterClass, u"master_class", u"мастер-класс", {u"мастер класс", u"мастеркласс"}},
    {EventKind::MethodicalLanding, u"landing", u"методический десант", {u"десант"}},
    {EventKind::MiniCourse, u"mini_course", u"мини-курс", {u"мини курс", u"миникурс"}},
    {EventKind::Internship, u"internship", u"стажировка", {u"стажировочная площадка"}},
    {EventKind::RoundTable, u"round_table", u"круглый стол", {}},
    {EventKind::OpenLesson, u"open_lesson", u"открытый урок", {u"открытое занятие"}},
    {EventKind::Other, u"other", u"другое", {u"иное"}},
};

const Entry<EventLevel> kLevels[] = {
    {EventLevel::School, u"school", u"школьный", {u"уровень ОО", u"институциональный"}},
    {EventLevel::Municipal, u"municipal", u"муниципальный", {u"районный"}},
    {EventLevel::InterMunicipal, u"inter_municipal", u"межмуниципальный", {u"межрайонный"}},
    {EventLevel::Regional, u"regional", u"региональный", {u"краевой", u"областной"}},
    {EventLevel::Federal, u"federal", u"федеральный", {u"всероссийский"}},
};

const Entry<EventRole> kRoles[] = {
    {EventRole::Organiser, u"organiser", u"организатор", {}},
    {EventRole::Speaker, u"speaker", u"выступающий", {u"докладчик", u"спикер", u"ведущий"}},
    {EventRole::Listener, u"listener", u"слушатель", {u"участник"}},
};

} // namespace

QString EventText::code(EventKind k) { return codetable::codeOf(kKinds, k); }
QString EventText::code(EventLevel l) { return codetable::codeOf(kLevels, l); }
QString EventText::code(EventRole r) { return codetable::codeOf(kRoles, r); }
bool EventText::fromCode(const QString &code, EventKind *out) { return codetable::fromCodeOf(kKinds, code, out); }
bool EventText::fromCode(const QString &code, EventLevel *out) { return codetable::fromCodeOf(kLevels, code, out); }
bool EventText::fromCode(const QString &code, EventRole *out) { return codetable::fromCodeOf(kRoles, code, out); }
QString EventText::russian(EventKind k) { return codetable::russianOf(kKinds, k); }
QString EventText::russian(EventLevel l) { return codetable::russianOf(kLevels, l); }
QString EventText::russian(EventRole r) { return codetable::russianOf(kRoles, r); }
bool EventText::parse(const QString &text, EventKind *out) { return codetable::parseOf(kKinds, text, out); }
bool EventText::parse(const QString &text, EventLevel *out) { return codetable::parseOf(kLevels, text, out); }
bool EventText::parse(const QString &text, EventRole *out) { return codetable::parseOf(kRoles, text, out); }
QList<EventKind> EventText::allKinds() { return codetable::valuesOf(kKinds); }
QList<EventLevel> EventText::allLevels() { return codetable::valuesOf(kLevels); }
QList<EventRole> EventText::allRoles() { return codetable::valuesOf(kRoles); }

QString EventText::displayName(EventKind k)
{
    switch (k) {
    case EventKind::Seminar: return tr("seminar");
    case EventKind::Webinar: return tr("webinar");
    case EventKind::Conference: return tr("conference");
    case EventKind::MasterClass: return tr("master class");
    case EventKind::MethodicalLanding: return tr("methodical landing");
    case EventKind::MiniCourse: return tr("mini-course");
    case EventKind::Internship: return tr("internship");
    case EventKind::RoundTable: return tr("round table");
    case EventKind::OpenLesson: return tr("open lesson");
    case EventKind::Other: return tr("other");
    }
    return {};
}

QString EventText::displayName(EventLevel l)
{
    switch (l) {
    case EventLevel::School: return tr("school");
    case EventLevel::Municipal: return tr("municipal");
    case EventLevel::InterMunicipal: return tr("inter-municipal");
    case EventLevel::Regional: return tr("regional");
    case EventLevel::Federal: return tr("federal");
    }
    return {};
}

QString EventText::displayName(EventRole r)
{
    switch (r) {
    case EventRole::Organiser: return tr("organiser");
    case EventRole::Speaker: return tr("speaker");
    case EventRole::Listener: return tr("listener");
    }
    return {};
}

QStringList EventRules::check(const MethodicalEvent &e, QDate today)
{
    QStringList reasons;
    if (e.topic.trimmed().isEmpty())
        reasons << tr("Give the topic of the event.");
    if (!e.starts.isValid())
        reasons << tr("Give the first day of the event.");
    else if (e.ends.isValid() && e.ends < e.starts)
        reasons << tr("The event ends before it starts.");
    if (e.hours < 0)
        reasons << tr("The hours cannot be negative.");
    if (e.held && e.starts.isValid() && e.starts > today)
        reasons << tr("An event that starts on %1 cannot be held yet.").arg(DateText::numeric(e.starts));
    QSet<qint64> seen;
    for (const EventParticipant &p : e.participants) {
        if (seen.contains(p.teacherId)) {
            reasons << tr("A teacher is listed twice among the participants.");
            break;
        }
        seen.insert(p.teacherId);
    }
    for (const EventGuest &g : e.guests) {
        if (g.name.trimmed().isEmpty()) {
            reasons << tr("A guest has no name.");
            break;
        }
    }
    return reasons;
}

bool EventRules::countsIn(const MethodicalEvent &e, QDate from, QDate to)
{
    return e.held && e.starts.isValid() && from <= e.starts && e.starts <= to;
}

} // namespace profrost
