#include "domain/Position.h"

#include "util/TextNormalize.h"

namespace profrost {

QString PositionCatalog::kindCode(PositionKind k)
{
    return k == PositionKind::Managerial ? QStringLiteral("managerial") : QStringLiteral("pedagogical");
}

PositionKind PositionCatalog::kindFromCode(const QString &code)
{
    return code == u"managerial" ? PositionKind::Managerial : PositionKind::Pedagogical;
}

QString PositionCatalog::kindDisplayName(PositionKind k)
{
    return k == PositionKind::Managerial ? tr("managerial") : tr("pedagogical");
}

QList<Position> PositionCatalog::defaultPositions()
{
    static const char16_t *pedagogical[] = {
        u"учитель", u"учитель начальных классов", u"воспитатель", u"старший воспитатель",
        u"педагог-психолог", u"социальный педагог", u"учитель-логопед", u"учитель-дефектолог",
        u"педагог дополнительного образования", u"старший педагог дополнительного образования",
        u"педагог-организатор", u"педагог-библиотекарь", u"музыкальный руководитель",
        u"инструктор по физической культуре", u"инструктор по труду", u"концертмейстер", u"методист",
        u"старший методист", u"инструктор-методист", u"тренер-преподаватель",
        u"старший тренер-преподаватель", u"тьютор", u"старший вожатый",
        u"преподаватель-организатор основ безопасности и защиты Родины",
        u"руководитель физического воспитания",
        u"советник директора по воспитанию и взаимодействию с детскими общественными объединениями",
        u"преподаватель", u"мастер производственного обучения"};
    static const char16_t *managerial[] = {
        u"директор", u"заместитель директора по учебно-воспитательной работе",
        u"заместитель директора по воспитательной работе", u"заместитель директора по учебной работе",
        u"заместитель директора по ИКТ", u"заведующий", u"заместитель заведующего"};
    QList<Position> out;
    for (const char16_t *n : pedagogical)
        out.append({0, QString::fromUtf16(n), PositionKind::Pedagogical});
    for (const char16_t *n : managerial)
        out.append({0, QString::fromUtf16(n), PositionKind::Managerial});
    return out;
}

QStringList PositionCatalog::defaultSubjects()
{
    static const char16_t *subjects[] = {
        u"русский язык", u"литература", u"литературное чтение", u"родной язык", u"иностранный язык",
        u"английский язык", u"немецкий язык", u"французский язык", u"математика", u"алгебра",
        u"геометрия", u"вероятность и статистика", u"информатика", u"окружающий мир", u"история",
        u"обществознание", u"география", u"физика", u"химия", u"биология", u"ОРКСЭ", u"ОДНКНР",
        u"изобразительное искусство", u"музыка", u"труд (технология)", u"ОБЗР",
        u"физическая культура", u"начальные классы"};
    QStringList out;
    for (const char16_t *s : subjects)
        out.append(QString::fromUtf16(s));
    return out;
}

PositionKind PositionCatalog::defaultKindFor(const QString &positionName)
{
    const QString key = normalizedKey(positionName);
    if (key.startsWith(u"директор") || key.startsWith(u"заместитель директора")
        || key.startsWith(u"заведующий") || key.startsWith(u"заведующая")
        || key.startsWith(u"заместитель заведующего"))
        return PositionKind::Managerial;
    return PositionKind::Pedagogical;
}

} // namespace profrost
