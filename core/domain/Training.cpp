#include "domain/Training.h"

#include "domain/CodeTable.h"

#include "util/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

using namespace codetable;

const Entry<ProgrammeKind> kKinds[] = {
    {ProgrammeKind::Training, u"pk", u"ПК", {u"повышение квалификации", u"кпк", u"пк"}},
    {ProgrammeKind::Retraining, u"pp", u"ПП", {u"профессиональная переподготовка", u"переподготовка", u"пп"}},
};
const Entry<ProviderKind> kProviders[] = {
    {ProviderKind::Iro, u"iro", u"ИРО", {}},
    {ProviderKind::Cnppm, u"cnppm", u"ЦНППМ", {}},
    {ProviderKind::University, u"university", u"вуз", {}},
    {ProviderKind::Other, u"other", u"другое", {}},
};
const Entry<StudyForm> kForms[] = {
    {StudyForm::FullTime, u"full_time", u"очно", {u"очная", u"очно"}},
    {StudyForm::Distance, u"distance", u"дистанционно", {u"дистанционная", u"дистант", u"заочно", u"заочная", u"онлайн"}},
    {StudyForm::Blended, u"blended", u"смешанно", {u"смешанная", u"очно-заочная", u"очно-дистанционная", u"очно-заочно"}},
};
// Other spellings of the default areas, as platforms and people write them.
struct AreaAlias
{
    const CompetencyArea &area;
    std::initializer_list<const char16_t *> aliases;
};
const AreaAlias kAreaAliases[] = {
    {CompetencyArea::Subject, {u"предметные", u"предметная компетенция"}},
    {CompetencyArea::Methodical, {u"методические"}},
    {CompetencyArea::Psychological, {u"психолого-педагогические", u"психологическая"}},
    {CompetencyArea::Communicative, {u"коммуникативные"}},
    {CompetencyArea::Digital, {u"цифровые", u"икт", u"ikt"}},
    {CompetencyArea::FunctionalLiteracy, {u"фг", u"функциональная"}},
};
const Entry<EnrolmentStatus> kStatuses[] = {
    {EnrolmentStatus::Applied, u"applied", u"заявка", {}},
    {EnrolmentStatus::Enrolled, u"enrolled", u"зачислен", {}},
    {EnrolmentStatus::Waiting, u"waiting", u"лист ожидания", {}},
    {EnrolmentStatus::Completed, u"completed", u"окончил", {}},
    {EnrolmentStatus::NotCompleted, u"not_completed", u"не окончил", {}},
    {EnrolmentStatus::Withdrawn, u"withdrawn", u"заявка отозвана", {}},
};

} // namespace

QString TrainingText::code(ProgrammeKind k) { return codeOf(kKinds, k); }
QString TrainingText::code(ProviderKind k) { return codeOf(kProviders, k); }
QString TrainingText::code(StudyForm f) { return codeOf(kForms, f); }
QString TrainingText::code(EnrolmentStatus s) { return codeOf(kStatuses, s); }
bool TrainingText::fromCode(const QString &c, ProgrammeKind *out) { return fromCodeOf(kKinds, c, out); }
bool TrainingText::fromCode(const QString &c, ProviderKind *out) { return fromCodeOf(kProviders, c, out); }
bool TrainingText::fromCode(const QString &c, StudyForm *out) { return fromCodeOf(kForms, c, out); }
bool TrainingText::fromCode(const QString &c, EnrolmentStatus *out) { return fromCodeOf(kStatuses, c, out); }
QString TrainingText::russian(ProgrammeKind k) { return russianOf(kKinds, k); }
QString TrainingText::russian(ProviderKind k) { return russianOf(kProviders, k); }
QString TrainingText::russian(StudyForm f) { return russianOf(kForms, f); }
QString TrainingText::russian(EnrolmentStatus s) { return russianOf(kStatuses, s); }
bool TrainingText::parse(const QString &text, ProgrammeKind *out) { return parseOf(kKinds, text, out); }
bool TrainingText::parse(const QString &text, StudyForm *out) { return parseOf(kForms, text, out); }

QString TrainingText::displayName(ProgrammeKind k)
{
    return k == ProgrammeKind::Training ? tr("further training (PK)") : tr("retraining (PP)");
}

QString TrainingText::displayName(ProviderKind k)
{
    switch (k) {
    case ProviderKind::Iro: return tr("regional institute (IRO)");
    case ProviderKind::Cnppm: return tr("CNPPM");
    case ProviderKind::University: return tr("university");
    case ProviderKind::Other: return tr("other");
    }
    return {};
}

QString TrainingText::displayName(StudyForm f)
{
    switch (f) {
    case StudyForm::FullTime: return tr("full-time");
    case StudyForm::Distance: return tr("distance");
    case StudyForm::Blended: return tr("blended");
    }
    return {};
}

QString TrainingText::displayName(const CompetencyArea &a)
{
    const QString name = russian(a);
    // A default area keeps its translation until the methodist renames it.
    const QString defaultName = CompetencyAreas::defaults().name(a);
    if (name != defaultName)
        return name;
    if (a == CompetencyArea::Subject)
        return tr("subject");
    if (a == CompetencyArea::Methodical)
        return tr("methodical");
    if (a == CompetencyArea::Psychological)
        return tr("psychological and pedagogical");
    if (a == CompetencyArea::Communicative)
        return tr("communicative");
    if (a == CompetencyArea::Digital)
        return tr("digital");
    if (a == CompetencyArea::FunctionalLiteracy)
        return tr("functional literacy");
    return name;
}

QString TrainingText::displayName(EnrolmentStatus s)
{
    switch (s) {
    case EnrolmentStatus::Applied: return tr("application");
    case EnrolmentStatus::Enrolled: return tr("enrolled");
    case EnrolmentStatus::Waiting: return tr("waiting list");
    case EnrolmentStatus::Completed: return tr("completed");
    case EnrolmentStatus::NotCompleted: return tr("not completed");
    case EnrolmentStatus::Withdrawn: return tr("withdrawn");
    }
    return {};
}

ProviderKind TrainingText::guessProvider(const QString &provider)
{
    // Whole words: «иро» must not match inside «мирового» or «широкий».
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QString key = u' ' + normalizedKey(provider).replace(separators, QStringLiteral(" ")) + u' ';
    const auto word = [&key](const char16_t *w) { return key.contains(u' ' + QString::fromUtf16(w) + u' '); };
    const auto phrase = [&key](const char16_t *p) { return key.contains(QString::fromUtf16(p)); };
    if (word(u"цнппм") || phrase(u"центр непрерывного повышения"))
        return ProviderKind::Cnppm;
    if (word(u"иро") || word(u"ипк") || word(u"ккипк") || phrase(u"институт развития образования")
        || phrase(u"институт повышения квалификации"))
        return ProviderKind::Iro;
    // The federal academy of the ministry (ФГАОУ ДПО) is neither a
    // regional institute nor a university.
    if (phrase(u"минпросвещени"))
        return ProviderKind::Other;
    if (phrase(u"университет") || word(u"во")
        || ((phrase(u"академия") || phrase(u"институт")) && !word(u"дпо")))
        return ProviderKind::University;
    return ProviderKind::Other;
}

bool TrainingText::fromCode(const QString &c, CompetencyArea *out)
{
    const CompetencyArea area(c);
    if (!CompetencyAreas::current().contains(area))
        return false;
    *out = area;
    return true;
}

QString TrainingText::russian(const CompetencyArea &a)
{
    return CompetencyAreas::current().name(a);
}

bool TrainingText::parse(const QString &text, CompetencyArea *out)
{
    const CompetencyAreas areas = CompetencyAreas::current();
    if (const std::optional<CompetencyArea> named = areas.byName(text)) {
        *out = *named;
        return true;
    }
    const QString key = normalizedKey(text);
    if (areas.contains(CompetencyArea(key))) {
        *out = CompetencyArea(key);
        return true;
    }
    for (const AreaAlias &a : kAreaAliases) {
        if (!areas.contains(a.area))
            continue;
        for (const char16_t *alias : a.aliases) {
            if (key == normalizedKey(QString::fromUtf16(alias))) {
                *out = a.area;
                return true;
            }
        }
    }
    return false;
}

QList<CompetencyArea> TrainingText::allAreas()
{
    return CompetencyAreas::current().areas();
}

QString TrainingText::russianPlural(const CompetencyArea &a)
{
    return russianPlural(russian(a));
}

QString TrainingText::russianPlural(const QString &name)
{
    // предметная → предметные, методическая → методические; «функциональная
    // грамотность» (two words) stays as it is.
    if (name.contains(u' ') || !name.endsWith(u"ая"_s))
        return name;
    const QString stem = name.chopped(2);
    static const QString kSoft = u"кгхжшщч"_s; // after these: -ие, not -ые
    return stem + (!stem.isEmpty() && kSoft.contains(stem.back()) ? u"ие"_s : u"ые"_s);
}

QList<CompetencyArea> TrainingText::inAreaOrder(const QList<CompetencyArea> &areas)
{
    QList<CompetencyArea> out;
    for (const CompetencyArea &area : allAreas()) {
        if (areas.contains(area))
            out << area;
    }
    QList<CompetencyArea> unknown;
    for (const CompetencyArea &area : areas) {
        if (!out.contains(area) && !unknown.contains(area))
            unknown << area;
    }
    std::sort(unknown.begin(), unknown.end());
    return out + unknown;
}

} // namespace profrost
