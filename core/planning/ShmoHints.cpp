#include "planning/ShmoHints.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

QString ShmoHints::cycleOf(const QString &subject)
{
    // The cycles schools group their ШМО by (the region's guidance names the
    // humanities and the natural-mathematical ones).
    static const QHash<QString, QString> cycles = [] {
        QHash<QString, QString> map;
        const auto add = [&map](const QString &cycle, const QStringList &subjects) {
            for (const QString &s : subjects)
                map.insert(s, cycle);
        };
        add(u"гуманитарный"_s, {u"русский язык"_s, u"литература"_s, u"родной язык"_s, u"родная литература"_s,
                                 u"история"_s, u"обществознание"_s, u"право"_s, u"одкнр"_s, u"однкнр"_s,
                                 u"орксэ"_s, u"английский язык"_s, u"немецкий язык"_s, u"французский язык"_s,
                                 u"иностранный язык"_s});
        add(u"естественно-математический"_s,
            {u"математика"_s, u"алгебра"_s, u"геометрия"_s, u"информатика"_s, u"физика"_s, u"астрономия"_s,
             u"химия"_s, u"биология"_s, u"география"_s});
        add(u"художественно-эстетический и технологический"_s,
            {u"музыка"_s, u"изобразительное искусство"_s, u"изо"_s, u"мхк"_s, u"технология"_s, u"труд (технология)"_s,
             u"труд"_s});
        add(u"физкультурно-спортивный"_s,
            {u"физическая культура"_s, u"обж"_s, u"обзр"_s});
        return map;
    }();
    return cycles.value(subject.trimmed().toLower());
}

QString ShmoHints::suggestedName(const ShmoHint &hint)
{
    if (hint.cycle.isEmpty())
        return u"ШМО учителей (%1)"_s.arg(hint.subject);
    // The cycles' adjectives in the genitive: «гуманитарный» → «гуманитарного».
    QStringList words = hint.cycle.split(u' ');
    for (QString &w : words) {
        if (w.endsWith(u"ый"_s) || w.endsWith(u"ий"_s))
            w = w.chopped(2) + u"ого"_s;
    }
    return u"ШМО учителей %1 цикла"_s.arg(words.join(u' '));
}

QList<ShmoHint> ShmoHints::compute(const QList<TeacherRow> &rows, const QList<Organisation> &organisations,
                                     const QHash<qint64, QString> &municipalityNames,
                                            const QList<Association> &associations, const QList<Subject> &subjects)
{
    // The registry rows name the organisation of a post; names are unique
    // within a municipality, so the pair finds the organisation.
    QHash<QString, const Organisation *> byName;
    for (const Organisation &o : organisations)
        byName.insert(municipalityNames.value(o.municipalityId) + u'\x1f' + o.name, &o);
    QHash<qint64, QString> subjectNames;
    for (const Subject &s : subjects)
        subjectNames.insert(s.id, s.name.toLower());

    // organisation id -> subject (lower case) -> teachers
    QMap<qint64, QMap<QString, QSet<qint64>>> taught;
    QHash<QString, QString> spelled; // lower case -> as the registry spells it
    for (const TeacherRow &r : rows) {
        for (const PostLine &p : r.posts) {
            const Organisation *o = byName.value(p.municipality + u'\x1f' + p.organisation);
            if (!o)
                continue;
            for (const QString &subject : p.subjects) {
                taught[o->id][subject.toLower()].insert(r.id);
                spelled.insert(subject.toLower(), subject);
            }
        }
    }
    QHash<qint64, QSet<QString>> covered;
    QHash<qint64, QSet<QString>> coveredCycles;
    for (const Association &a : associations) {
        if (a.kind != AssociationKind::Shmo || a.organisationId == 0)
            continue;
        if (a.subjectId != 0)
            covered[a.organisationId].insert(subjectNames.value(a.subjectId));
        const QString direction = a.direction.trimmed().toLower();
        for (const QString &subject : taught.value(a.organisationId).keys()) {
            if (!direction.isEmpty() && direction.contains(subject))
                covered[a.organisationId].insert(subject);
            // «ШМО гуманитарного цикла» serves the cycle: its stem is named.
            const QString cycle = cycleOf(subject);
            const QString named = direction + u' ' + a.name.toLower();
            if (!cycle.isEmpty() && named.contains(cycle.left(8)))
                coveredCycles[a.organisationId].insert(cycle);
        }
    }
    QHash<qint64, QString> names;
    for (const Organisation &o : organisations)
        names.insert(o.id, o.name);

    QList<ShmoHint> out;
    for (auto org = taught.cbegin(); org != taught.cend(); ++org) {
        const QSet<QString> &done = covered.value(org.key());
        // cycle -> its teachers, its subjects taught here; and the cycles
        // already served (a ШМО or a hint of one of their subjects).
        QMap<QString, QSet<qint64>> cycleTeachers;
        QMap<QString, QStringList> cycleSubjects;
        QSet<QString> served = coveredCycles.value(org.key());
        for (auto s = org.value().cbegin(); s != org.value().cend(); ++s) {
            const QString cycle = cycleOf(s.key());
            const bool hinted = s.value().size() > 2 && !done.contains(s.key());
            if (hinted)
                out.append({org.key(), names.value(org.key()), spelled.value(s.key()), QString(), int(s.value().size())});
            if (cycle.isEmpty())
                continue;
            if (hinted || done.contains(s.key()))
                served.insert(cycle);
            cycleTeachers[cycle].unite(s.value());
            cycleSubjects[cycle].append(spelled.value(s.key()));
        }
        for (auto c = cycleTeachers.cbegin(); c != cycleTeachers.cend(); ++c) {
            if (c.value().size() > 3 && !served.contains(c.key()))
                out.append({org.key(), names.value(org.key()), cycleSubjects.value(c.key()).join(u", "_s), c.key(),
                            int(c.value().size())});
        }
    }
    std::sort(out.begin(), out.end(), [](const ShmoHint &a, const ShmoHint &b) {
        if (a.organisation != b.organisation)
            return a.organisation < b.organisation;
        return a.cycle != b.cycle ? a.cycle < b.cycle : a.subject < b.subject; // subjects before cycles
    });
    return out;
}

} // namespace profrost
