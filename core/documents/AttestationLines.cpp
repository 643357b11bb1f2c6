#include "documents/AttestationLines.h"

#include "domain/AttestationRules.h"
#include "domain/DateText.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QString noOrganisation() { return u"Без места работы"_s; }

QString positionsOf(const TeacherRow &t)
{
    QStringList out;
    for (const PostLine &p : t.posts) {
        if (!out.contains(p.position))
            out << p.position;
    }
    return out.isEmpty() ? t.positions : out.join(u"; "_s);
}

} // namespace

QList<AttestationLine> AttestationLines::lines(const AttestationDocumentData &data, QDate from, QDate to,
                                               bool byOrganisation)
{
    QHash<qint64, const TeacherRow *> teachers;
    for (const TeacherRow &t : data.teachers)
        teachers.insert(t.id, &t);
    QHash<qint64, QList<AttestationRecord>> history;
    for (const AttestationRecord &r : data.history)
        history[r.teacherId].append(r);

    QList<AttestationLine> out;
    for (const AttestationPlanEntry &e : data.entries) {
        const TeacherRow *t = teachers.value(e.teacherId);
        const QDate attest = AttestationPlan::attestMonth(e);
        if (!t || !attest.isValid() || attest < from || attest >= to)
            continue;
        AttestationLine line;
        line.teacherId = t->id;
        line.organisation = t->posts.isEmpty() ? noOrganisation() : t->posts.constFirst().organisation;
        line.organisationShort = t->organisations;
        line.fullName = t->fullName();
        line.positions = positionsOf(*t);
        line.kind = e.kind;
        line.category = e.category;
        line.lapsed = e.lapsed;
        line.attest = attest;

        const AttestationStanding s = AttestationRules::standing(history.value(t->id), data.at, data.validityYears);
        if (s.category && (s.categoryValid || s.lapsed)) {
            line.held = CategoryText::russian(s.category->category) + u", "_s + DateText::numeric(s.category->granted);
            line.heldUntil = s.categoryValid ? DateText::numeric(s.categoryUntil)
                                             : u"истекла "_s + DateText::numeric(s.categoryUntil);
        } else if (s.fitness) {
            line.held = u"СЗД, "_s + DateText::numeric(s.fitness->granted);
            line.heldUntil = DateText::numeric(
                AttestationRules::validUntil(s.fitness->granted, AttestationRules::kFitnessIntervalYears));
        } else {
            line.held = u"нет"_s;
            line.heldUntil = u"—"_s;
        }
        line.wanted = AttestationText::russianName(e.kind, e.category);
        line.applyMonth = e.applyMonth >= 1 ? AttestationText::monthName(e.applyYear, e.applyMonth) : u"—"_s;
        line.attestMonth = AttestationText::monthName(e.attestYear, e.attestMonth);
        out.append(line);
    }

    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto byOrg = [&](const AttestationLine &a, const AttestationLine &b) {
        const bool aNone = a.organisation == noOrganisation(), bNone = b.organisation == noOrganisation();
        if (aNone != bNone)
            return bNone ? -1 : 1;
        return collator.compare(a.organisation, b.organisation);
    };
    std::stable_sort(out.begin(), out.end(), [&](const AttestationLine &a, const AttestationLine &b) {
        if (byOrganisation) {
            if (const int c = byOrg(a, b))
                return c < 0;
            if (a.attest != b.attest)
                return a.attest < b.attest;
        } else {
            if (a.attest != b.attest)
                return a.attest < b.attest;
            if (const int c = byOrg(a, b))
                return c < 0;
        }
        return collator.compare(a.fullName, b.fullName) < 0;
    });
    return out;
}

QString AttestationLines::totals(const QList<AttestationLine> &lines)
{
    QList<int> perCategory(CategoryText::all().size(), 0);
    int fitness = 0;
    for (const AttestationLine &l : lines) {
        if (l.kind == AttestationKind::Fitness)
            ++fitness;
        else
            ++perCategory[int(l.category)];
    }
    QStringList parts;
    for (Category c : {Category::Highest, Category::First, Category::Methodist, Category::Mentor}) {
        if (perCategory.at(int(c)) > 0)
            parts << u"%1 – %2"_s.arg(CategoryText::russian(c)).arg(perCategory.at(int(c)));
    }
    if (fitness > 0)
        parts << u"СЗД – %1"_s.arg(fitness);
    QString text = u"Всего: %1 чел."_s.arg(lines.size());
    if (!parts.isEmpty())
        text += u", в том числе: "_s + parts.join(u", "_s);
    return text;
}

QString AttestationLines::shortMonth(int month)
{
    static const char16_t *months[] = {u"янв.", u"февр.", u"март", u"апр.", u"май", u"июнь",
                                       u"июль", u"авг.", u"сент.", u"окт.", u"нояб.", u"дек."};
    return month >= 1 && month <= 12 ? QString::fromUtf16(months[month - 1]) : QString();
}

} // namespace profrost
