#include "domain/InnovationSite.h"

#include "domain/CodeTable.h"
#include "domain/DateText.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

using codetable::Entry;

const Entry<SiteStatus> kStatuses[] = {
    {SiteStatus::Innovation, u"innovation", u"инновационная", {u"инновационная площадка", u"КИП", u"МИП"}},
    {SiteStatus::Internship, u"internship", u"стажировочная", {u"стажировочная площадка"}},
    {SiteStatus::Support, u"support", u"опорная", {u"опорная площадка", u"опорная школа"}},
    {SiteStatus::ResourceCentre, u"resource_centre", u"ресурсный центр", {u"ресурсный"}},
};

const Entry<SiteLevel> kLevels[] = {
    {SiteLevel::Municipal, u"municipal", u"муниципальная", {u"муниципальный", u"районная"}},
    {SiteLevel::Regional, u"regional", u"региональная", {u"региональный", u"краевая", u"областная"}},
    {SiteLevel::Federal, u"federal", u"федеральная", {u"федеральный", u"всероссийская"}},
};

const Entry<SiteState> kStates[] = {
    {SiteState::Active, u"active", u"действует", {u"действующая", u"работает"}},
    {SiteState::Finished, u"finished", u"завершена", {u"завершила работу", u"закрыта"}},
    {SiteState::Prolonged, u"prolonged", u"продлена", {u"продлён срок", u"пролонгирована"}},
};

} // namespace

QString SiteText::code(SiteStatus s) { return codetable::codeOf(kStatuses, s); }
QString SiteText::code(SiteLevel l) { return codetable::codeOf(kLevels, l); }
QString SiteText::code(SiteState s) { return codetable::codeOf(kStates, s); }
bool SiteText::fromCode(const QString &code, SiteStatus *out) { return codetable::fromCodeOf(kStatuses, code, out); }
bool SiteText::fromCode(const QString &code, SiteLevel *out) { return codetable::fromCodeOf(kLevels, code, out); }
bool SiteText::fromCode(const QString &code, SiteState *out) { return codetable::fromCodeOf(kStates, code, out); }
QString SiteText::russian(SiteStatus s) { return codetable::russianOf(kStatuses, s); }
QString SiteText::russian(SiteLevel l) { return codetable::russianOf(kLevels, l); }
QString SiteText::russian(SiteState s) { return codetable::russianOf(kStates, s); }
bool SiteText::parse(const QString &text, SiteStatus *out) { return codetable::parseOf(kStatuses, text, out); }
bool SiteText::parse(const QString &text, SiteLevel *out) { return codetable::parseOf(kLevels, text, out); }
bool SiteText::parse(const QString &text, SiteState *out) { return codetable::parseOf(kStates, text, out); }
QList<SiteStatus> SiteText::allStatuses() { return codetable::valuesOf(kStatuses); }
QList<SiteLevel> SiteText::allLevels() { return codetable::valuesOf(kLevels); }
QList<SiteState> SiteText::allStates() { return codetable::valuesOf(kStates); }

QString SiteText::displayName(SiteStatus s)
{
    switch (s) {
    case SiteStatus::Innovation: return tr("innovation");
    case SiteStatus::Internship: return tr("internship");
    case SiteStatus::Support: return tr("support");
    case SiteStatus::ResourceCentre: return tr("resource centre");
    }
    return {};
}

QString SiteText::displayName(SiteLevel l)
{
    switch (l) {
    case SiteLevel::Municipal: return tr("municipal");
    case SiteLevel::Regional: return tr("regional");
    case SiteLevel::Federal: return tr("federal");
    }
    return {};
}

QString SiteText::displayName(SiteState s)
{
    switch (s) {
    case SiteState::Active: return tr("active");
    case SiteState::Finished: return tr("finished");
    case SiteState::Prolonged: return tr("prolonged");
    }
    return {};
}

QString SiteText::order(const InnovationSite &s)
{
    QString text = u"приказ"_s;
    if (s.orderDate.isValid())
        text += u" от "_s + DateText::numeric(s.orderDate);
    const QString number = s.orderNumber.trimmed();
    if (!number.isEmpty())
        text += number.startsWith(u'№') ? u" "_s + number : u" № "_s + number;
    return s.orderDate.isValid() || !number.isEmpty() ? text : QString();
}

QString SiteText::period(const InnovationSite &s)
{
    if (!s.to.isValid())
        return s.from.isValid() ? u"с "_s + DateText::numeric(s.from) : QString();
    return DateText::numeric(s.from) + u"–"_s + DateText::numeric(s.to);
}

QString SiteRules::fileProblem(const QString &fileName, qint64 bytes)
{
    if (bytes <= kMaxFileBytes)
        return {};
    return tr("The file %1 is %2 MB; a report file may hold at most 20 MB.")
        .arg(fileName)
        .arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QStringList SiteRules::check(const InnovationSite &s)
{
    QStringList reasons;
    if (s.organisationId == 0)
        reasons << tr("Choose the organisation of the site.");
    if (s.topic.trimmed().isEmpty())
        reasons << tr("Give the topic of the site.");
    if (!s.from.isValid())
        reasons << tr("Give the first day of the site's period.");
    else if (s.to.isValid() && s.to < s.from)
        reasons << tr("The site's period ends before it starts.");
    if (s.orderDate.isValid() && s.from.isValid() && s.orderDate > s.from)
        reasons << tr("The order is dated after the site's period starts.");
    if (s.state == SiteState::Finished && !s.to.isValid())
        reasons << tr("A finished site needs the last day of its period.");
    QSet<qint64> seen;
    for (const SitePerson &p : s.people) {
        if (p.teacherId == 0 || seen.contains(p.teacherId)) {
            reasons << tr("A teacher is listed twice among the site's people.");
            break;
        }
        seen.insert(p.teacherId);
    }
    QSet<int> years;
    for (const SiteReport &r : s.reports) {
        if (years.contains(r.year)) {
            reasons << tr("There are two reports for %1.").arg(r.year);
            continue;
        }
        years.insert(r.year);
        const bool inOrder = s.from.isValid() && (!s.to.isValid() || s.to >= s.from);
        if (inOrder && !worksIn(s, r.year))
            reasons << tr("The report for %1 is of a year the site did not work in.").arg(r.year);
        if (r.text.trimmed().isEmpty() && !r.hasFile())
            reasons << tr("The report for %1 has neither text nor a file.").arg(r.year);
        if (!r.hasFile() && !r.file.isEmpty())
            reasons << tr("The report file for %1 has no name.").arg(r.year);
        if (const QString problem = fileProblem(r.fileName, r.file.size()); !problem.isEmpty())
            reasons << problem;
    }
    return reasons;
}

bool SiteRules::activeOn(const InnovationSite &s, QDate day)
{
    return s.from.isValid() && s.from <= day && (!s.to.isValid() || day <= s.to);
}

bool SiteRules::worksIn(const InnovationSite &s, int year)
{
    return s.from.isValid() && s.from <= QDate(year, 12, 31) && (!s.to.isValid() || s.to >= QDate(year, 1, 1));
}

std::optional<SiteState> SiteRules::stateIn(const InnovationSite &s, int year)
{
    if (!s.from.isValid() || s.from.year() > year)
        return std::nullopt;
    if (s.to.isValid() && s.to.year() < year)
        return SiteState::Finished;
    if (s.state == SiteState::Finished && s.to.isValid() && s.to.year() > year)
        return SiteState::Active; // it finished later
    return s.state;
}

bool SiteRules::matches(const InnovationSite &s, const SiteFilter &filter)
{
    if (filter.level && s.level != *filter.level)
        return false;
    if (filter.status && s.status != *filter.status)
        return false;
    if (filter.year != 0 && !worksIn(s, filter.year))
        return false;
    return true;
}

} // namespace profrost
