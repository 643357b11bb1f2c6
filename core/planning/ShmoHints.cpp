#include "planning/ShmoHints.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

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
    for (const Association &a : associations) {
        if (a.kind != AssociationKind::Shmo || a.organisationId == 0)
            continue;
        if (a.subjectId != 0)
            covered[a.organisationId].insert(subjectNames.value(a.subjectId));
        const QString direction = a.direction.trimmed().toLower();
        for (const QString &subject : taught.value(a.organisationId).keys())
            if (!direction.isEmpty() && direction.contains(subject))
                covered[a.organisationId].insert(subject);
    }
    QHash<qint64, QString> names;
    for (const Organisation &o : organisations)
        names.insert(o.id, o.name);

    QList<ShmoHint> out;
    for (auto org = taught.cbegin(); org != taught.cend(); ++org) {
        for (auto s = org.value().cbegin(); s != org.value().cend(); ++s) {
            if (s.value().size() > 2 && !covered.value(org.key()).contains(s.key()))
                out.append({org.key(), names.value(org.key()), spelled.value(s.key()), int(s.value().size())});
        }
    }
    std::sort(out.begin(), out.end(), [](const ShmoHint &a, const ShmoHint &b) {
        return a.organisation != b.organisation ? a.organisation < b.organisation : a.subject < b.subject;
    });
    return out;
}

} // namespace profrost
