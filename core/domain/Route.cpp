#include "domain/Route.h"

#include "domain/CodeTable.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const codetable::Entry<RouteActivityKind> kKinds[] = {
    {RouteActivityKind::Course, u"course", u"курсы повышения квалификации", {}},
    {RouteActivityKind::SelfEducation, u"self", u"самообразование", {}},
    {RouteActivityKind::Consultation, u"consultation", u"консультация", {}},
    {RouteActivityKind::Mentoring, u"mentoring", u"наставничество", {}},
    {RouteActivityKind::Association, u"association", u"работа в методическом объединении", {}},
    {RouteActivityKind::Internship, u"internship", u"стажировка", {}},
    {RouteActivityKind::Competition, u"competition", u"конкурс профессионального мастерства", {}},
    {RouteActivityKind::Event, u"event", u"методическое мероприятие", {}},
};

const codetable::Entry<RouteStatus> kStatuses[] = {
    {RouteStatus::Planned, u"planned", u"запланировано", {}},
    {RouteStatus::Done, u"done", u"выполнено", {}},
    {RouteStatus::Cancelled, u"cancelled", u"отменено", {}},
};

} // namespace

QString RouteText::code(RouteActivityKind k) { return codetable::codeOf(kKinds, k); }
bool RouteText::fromCode(const QString &code, RouteActivityKind *out) { return codetable::fromCodeOf(kKinds, code, out); }
QString RouteText::russian(RouteActivityKind k) { return codetable::russianOf(kKinds, k); }

QList<RouteActivityKind> RouteText::allKinds()
{
    QList<RouteActivityKind> out;
    for (const auto &e : kKinds)
        out << e.value;
    return out;
}

QString RouteText::displayName(RouteActivityKind k)
{
    switch (k) {
    case RouteActivityKind::Course: return tr("course");
    case RouteActivityKind::SelfEducation: return tr("self-education");
    case RouteActivityKind::Consultation: return tr("consultation");
    case RouteActivityKind::Mentoring: return tr("mentoring");
    case RouteActivityKind::Association: return tr("work in a methodical association");
    case RouteActivityKind::Internship: return tr("internship");
    case RouteActivityKind::Competition: return tr("competition");
    case RouteActivityKind::Event: return tr("methodical event");
    }
    return {};
}

QString RouteText::code(RouteStatus s) { return codetable::codeOf(kStatuses, s); }
bool RouteText::fromCode(const QString &code, RouteStatus *out) { return codetable::fromCodeOf(kStatuses, code, out); }
QString RouteText::russian(RouteStatus s) { return codetable::russianOf(kStatuses, s); }

QString RouteText::displayName(RouteStatus s)
{
    switch (s) {
    case RouteStatus::Planned: return tr("planned");
    case RouteStatus::Done: return tr("done");
    case RouteStatus::Cancelled: return tr("cancelled");
    }
    return {};
}

} // namespace profrost
