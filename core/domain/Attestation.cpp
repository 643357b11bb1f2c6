#include "domain/Attestation.h"

#include "util/TextNormalize.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

template <typename E>
struct Entry
{
    E value;
    const char16_t *code;
};

const Entry<AttestationKind> kKinds[] = {
    {AttestationKind::Category, u"category"},
    {AttestationKind::Fitness, u"fitness"},
};
const Entry<AttestationDecider> kDeciders[] = {
    {AttestationDecider::Region, u"region"},
    {AttestationDecider::Organisation, u"organisation"},
};
const Entry<ApplicationStatus> kStatuses[] = {
    {ApplicationStatus::Submitted, u"submitted"},
    {ApplicationStatus::UnderReview, u"review"},
    {ApplicationStatus::Granted, u"granted"},
    {ApplicationStatus::Refused, u"refused"},
};

template <typename E, size_t N>
QString codeOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QString::fromUtf16(e.code);
    }
    return {};
}

template <typename E, size_t N>
bool fromCodeOf(const Entry<E> (&table)[N], const QString &code, E *out)
{
    for (const auto &e : table) {
        if (code == QString::fromUtf16(e.code)) {
            *out = e.value;
            return true;
        }
    }
    return false;
}

} // namespace

QString AttestationText::code(AttestationKind k) { return codeOf(kKinds, k); }
QString AttestationText::code(AttestationDecider d) { return codeOf(kDeciders, d); }
QString AttestationText::code(ApplicationStatus s) { return codeOf(kStatuses, s); }
bool AttestationText::fromCode(const QString &code, AttestationKind *out) { return fromCodeOf(kKinds, code, out); }
bool AttestationText::fromCode(const QString &code, AttestationDecider *out) { return fromCodeOf(kDeciders, code, out); }
bool AttestationText::fromCode(const QString &code, ApplicationStatus *out) { return fromCodeOf(kStatuses, code, out); }

QString AttestationText::russian(AttestationDecider d)
{
    return d == AttestationDecider::Region ? u"аттестационная комиссия региона"_s : u"работодатель (ОО)"_s;
}

QString AttestationText::russian(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Submitted: return u"подано"_s;
    case ApplicationStatus::UnderReview: return u"на рассмотрении"_s;
    case ApplicationStatus::Granted: return u"присвоена"_s;
    case ApplicationStatus::Refused: return u"отказано"_s;
    }
    return {};
}

QString AttestationText::displayName(AttestationKind k)
{
    return k == AttestationKind::Category ? tr("qualification category") : tr("fitness for the post");
}

QString AttestationText::displayName(AttestationDecider d)
{
    return d == AttestationDecider::Region ? tr("regional commission") : tr("employer");
}

QString AttestationText::displayName(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Submitted: return tr("submitted");
    case ApplicationStatus::UnderReview: return tr("under review");
    case ApplicationStatus::Granted: return tr("granted");
    case ApplicationStatus::Refused: return tr("refused");
    }
    return {};
}

QString AttestationText::russianName(AttestationKind k, Category c)
{
    return k == AttestationKind::Fitness ? u"СЗД"_s : CategoryText::russian(c);
}

bool AttestationText::parse(const QString &text, AttestationDecider *out)
{
    const QString key = normalizedKey(text);
    if (key.isEmpty())
        return false;
    static const QStringList organisation = {u"оо"_s, u"работодатель"_s, u"организация"_s, u"школа"_s,
                                             u"образовательная организация"_s, u"аттестационная комиссия оо"_s,
                                             u"комиссия оо"_s, u"организация (работодатель)"_s};
    static const QStringList region = {u"регион"_s, u"региональная"_s, u"региональная комиссия"_s,
                                       u"аттестационная комиссия"_s, u"аттестационная комиссия региона"_s,
                                       u"министерство"_s, u"министерство образования"_s, u"мо"_s, u"гак"_s};
    if (organisation.contains(key)) {
        *out = AttestationDecider::Organisation;
        return true;
    }
    if (region.contains(key) || key.startsWith(u"министерств"_s) || key.startsWith(u"департамент"_s)
        || key.startsWith(u"комитет"_s) || key.startsWith(u"управление"_s)) {
        *out = AttestationDecider::Region;
        return true;
    }
    return false;
}

QString AttestationText::monthName(int year, int month, bool withYear)
{
    static const char16_t *months[] = {u"январь", u"февраль", u"март", u"апрель", u"май", u"июнь",
                                       u"июль", u"август", u"сентябрь", u"октябрь", u"ноябрь", u"декабрь"};
    if (month < 1 || month > 12)
        return {};
    const QString name = QString::fromUtf16(months[month - 1]);
    return withYear ? name + u' ' + QString::number(year) : name;
}

} // namespace profrost
