#include "indicators/Indicator.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

struct Entry
{
    IndicatorId id;
    const char16_t *code;
    const char16_t *title;
    const char *shown; // the screens' title, translated (the Russian one is `title`)
    bool share;
    TargetKind target;
};

// domain.md «Indicators (monitoring)», in its order.
const Entry kEntries[] = {
    {IndicatorId::I1, u"I1", u"Курсовая подготовка за 3 года", QT_TRANSLATE_NOOP("IndicatorText", "Further training in 3 years"), true, TargetKind::AtLeast},
    {IndicatorId::I2, u"I2", u"ДПП из федерального реестра, подобранные по дефицитам", QT_TRANSLATE_NOOP("IndicatorText", "Federal-register programmes chosen by deficits"), true, TargetKind::AtLeast},
    {IndicatorId::I3a, u"I3a", u"Участие в диагностике функциональной грамотности", QT_TRANSLATE_NOOP("IndicatorText", "Took part in the functional literacy diagnostics"), true, TargetKind::AtLeast},
    {IndicatorId::I3b, u"I3b", u"Справились с диагностикой функциональной грамотности на 70 % и более", QT_TRANSLATE_NOOP("IndicatorText", "Passed the functional literacy diagnostics at 70 % or more"), true,
     TargetKind::AtLeast},
    {IndicatorId::I4, u"I4", u"Управленческие команды, повысившие квалификацию", QT_TRANSLATE_NOOP("IndicatorText", "Management teams trained"), false, TargetKind::AtLeast},
    {IndicatorId::I5, u"I5", u"Молодые педагоги в формах поддержки", QT_TRANSLATE_NOOP("IndicatorText", "Young teachers in forms of support"), true, TargetKind::AtLeast},
    {IndicatorId::I6, u"I6", u"Действующая квалификационная категория", QT_TRANSLATE_NOOP("IndicatorText", "Valid qualification category"), true, TargetKind::None},
    {IndicatorId::I7, u"I7", u"Дефициты закрыты маршрутом", QT_TRANSLATE_NOOP("IndicatorText", "Deficits closed by a route"), true, TargetKind::AtLeast},
    {IndicatorId::I8, u"I8", u"План-график заседаний РМО", QT_TRANSLATE_NOOP("IndicatorText", "Meeting plans of the district associations"), true, TargetKind::AtLeast},
    {IndicatorId::I9, u"I9", u"Просроченная курсовая подготовка", QT_TRANSLATE_NOOP("IndicatorText", "Overdue further training"), false, TargetKind::AtMost},
    {IndicatorId::I10, u"I10", u"Истекающие категории", QT_TRANSLATE_NOOP("IndicatorText", "Expiring categories"), false, TargetKind::None},
};

const Entry &entry(IndicatorId id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return e;
    }
    return kEntries[0];
}

} // namespace

QList<IndicatorId> IndicatorText::all()
{
    QList<IndicatorId> out;
    for (const Entry &e : kEntries)
        out << e.id;
    return out;
}

QString IndicatorText::code(IndicatorId id) { return QString::fromUtf16(entry(id).code); }

bool IndicatorText::fromCode(const QString &code, IndicatorId *out)
{
    for (const Entry &e : kEntries) {
        if (code.compare(QString::fromUtf16(e.code), Qt::CaseInsensitive) == 0) {
            *out = e.id;
            return true;
        }
    }
    return false;
}

QString IndicatorText::title(IndicatorId id) { return QString::fromUtf16(entry(id).title); }
QString IndicatorText::displayTitle(IndicatorId id) { return tr(entry(id).shown); }
bool IndicatorText::isShare(IndicatorId id) { return entry(id).share; }
TargetKind IndicatorText::targetKind(IndicatorId id) { return entry(id).target; }

QString IndicatorText::code(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return u"met"_s;
    case IndicatorStatus::NotMet: return u"not_met"_s;
    case IndicatorStatus::Informative: return u"informative"_s;
    case IndicatorStatus::NoData: return u"no_data"_s;
    }
    return {};
}

QString IndicatorText::displayName(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return tr("met");
    case IndicatorStatus::NotMet: return tr("not met");
    case IndicatorStatus::Informative: return tr("informative");
    case IndicatorStatus::NoData: return tr("no data");
    }
    return {};
}

QString IndicatorText::valueText(const IndicatorValue &v)
{
    if (v.status == IndicatorStatus::NoData)
        return tr("no data");
    if (!v.isShare())
        return QString::number(int(v.value));
    return QLocale().toString(v.value, 'f', 1) + u" %"_s;
}

IndicatorValue findIndicator(const QList<IndicatorValue> &values, IndicatorId id)
{
    for (const IndicatorValue &v : values) {
        if (v.id == id)
            return v;
    }
    IndicatorValue none;
    none.id = id;
    return none;
}

QString IndicatorText::printedFigure(const IndicatorValue &v)
{
    if (v.status == IndicatorStatus::NoData)
        return u"нет данных"_s;
    if (!v.isShare())
        return QString::number(int(v.value));
    return QLocale(QLocale::Russian).toString(v.value, 'f', 1) + u"\u00A0%"_s;
}

QString IndicatorText::targetText(const IndicatorValue &v)
{
    if (!v.target)
        return u"—"_s;
    const QString number = QString::number(int(*v.target)) + (v.isShare() ? u" %"_s : QString());
    switch (targetKind(v.id)) {
    case TargetKind::AtLeast: return u"≥ "_s + number;
    case TargetKind::AtMost: return u"≤ "_s + number;
    case TargetKind::None: break;
    }
    return u"—"_s;
}

} // namespace profrost
