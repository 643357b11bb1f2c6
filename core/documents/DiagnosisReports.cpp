#include "documents/DiagnosisReports.h"

#include "documents/CentreSignatures.h"
#include "domain/Category.h"
#include "domain/DeficitRules.h"
#include "domain/PersonName.h"
#include "domain/TeacherFacts.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QTextDocument>

namespace profrost {

EffectDocumentData DiagnosisReports::effectData(Database &db, QDate today)
{
    if (!today.isValid())
        today = Clock::instance().today();
    return effectData(db, RouteEffectBuilder::build(EffectData::read(db, today)));
}

EffectDocumentData DiagnosisReports::effectData(Database &db, const RouteEffect &effect)
{
    EffectDocumentData data;
    data.effect = effect;
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Diagnostics);
    return data;
}

DeficitMapDocumentData DiagnosisReports::deficitMapData(Database &db, const DeficitMapData &read,
                                                        DeficitGrouping grouping)
{
    DeficitMapDocumentData data;
    data.scopeText = read.scopeText;
    data.placesOn = read.placesOn;
    data.thresholds = read.thresholds;
    data.grouping = grouping;
    data.map = DeficitMapBuilder::build(read, grouping);
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Diagnostics);
    return data;
}

DeficitMapDocumentData DiagnosisReports::deficitMapData(Database &db, const DeficitScope &scope,
                                                        DeficitGrouping grouping, QDate today)
{
    const QDate day = today.isValid() ? today : Clock::instance().today();
    return deficitMapData(db, DeficitMapData::read(db, scope, day), grouping);
}

std::unique_ptr<QTextDocument> DiagnosisReports::deficitMap(Database &db, const DeficitScope &scope,
                                                            DeficitGrouping grouping, QDate today)
{
    return DeficitMapDocument::build(deficitMapData(db, scope, grouping, today));
}

RouteDocumentData DiagnosisReports::routeData(Database &db, qint64 teacherId, int startYear, QDate today)
{
    const QDate day = today.isValid() ? today : Clock::instance().today();
    RouteDocumentData data;
    const std::optional<IndividualRoute> route = RouteRepository(db).find(teacherId, startYear);
    const Teacher t = TeacherRepository(db).get(teacherId);
    if (!route)
        throw Error(tr("%1 has no individual route for %2/%3.")
                        .arg(QStringList{t.surname, t.name, t.patronymic}.join(u' ').simplified())
                        .arg(startYear)
                        .arg(startYear + 1));
    data.route = *route;
    data.teacher = QStringList{t.surname, t.name, t.patronymic}.join(u' ').simplified();
    QHash<qint64, QString> positions, subjects;
    for (const Position &p : DictionaryRepository(db).positions())
        positions.insert(p.id, p.name);
    for (const Subject &s : DictionaryRepository(db).subjects())
        subjects.insert(s.id, s.name);
    QStringList posts, taught, places;
    qint64 school = 0;
    for (const Employment &e : t.employments) {
        if (!e.activeOn(day))
            continue;
        if (!posts.contains(positions.value(e.positionId)))
            posts << positions.value(e.positionId);
        for (qint64 id : e.subjectIds) {
            if (!taught.contains(subjects.value(id)))
                taught << subjects.value(id);
        }
        const Organisation o = OrganisationRepository(db).get(e.organisationId);
        if (!places.contains(o.name))
            places << o.name;
        if (school == 0) {
            school = o.id;
            data.approval.position = QStringLiteral("Директор ") + o.displayName();
            data.approval.name = o.director.trimmed().isEmpty() ? QString() : PersonName::initialsFirst(o.director);
        }
    }
    data.positions = posts.join(QStringLiteral(", "));
    data.subjects = taught.join(QStringLiteral(", "));
    data.organisation = places.join(QStringLiteral("; "));
    data.schoolApproval = school != 0; // no post, no school to approve it
    data.experienceYears = TeacherFacts::experienceYears(t, day);
    const int validity = SettingsRepository(db).validityYears();
    if (TeacherFacts::hasValidCategory(t, day, validity))
        data.category = CategoryText::russian(t.category);
    data.latest = DeficitRules::latestScores(DiagnosisRepository(db).resultsOf(teacherId));
    data.finished = TrainingRepository(db).completionsOf(teacherId);
    data.teacherSignature = {QStringLiteral("Педагог"), PersonName::initialsFirst(t.surname, t.name, t.patronymic)};
    if (!route->curator.trimmed().isEmpty()) {
        data.curatorSignature = {QStringLiteral("Куратор"), PersonName::initialsFirst(route->curator)};
    } else {
        const DocumentStyle::Signature methodist =
            CentreSignatures::signature(CentreSignatures::card(db), SignedDocument::Diagnostics);
        data.curatorSignature = methodist;
    }
    return data;
}

} // namespace profrost
