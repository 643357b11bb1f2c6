#include "documents/AssociationReports.h"

#include "documents/CentreSignatures.h"
#include "documents/DocumentText.h"
#include "domain/DateText.h"
#include "domain/PersonName.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/MeetingRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// One teacher as the protocol prints them, with the first post held on `day`.
// A protocol lists a few dozen people: a query each is cheaper than the
// whole registry (TeacherRepository::rows) at regional scale.
ProtocolPerson person(Database &db, qint64 teacherId, QDate day, QString *signature = nullptr)
{
    ProtocolPerson p;
    const TeacherOnDay t = TeacherRepository(db).onDay(teacherId, day);
    if (!t.found)
        return p;
    p.shortName = DocumentStyle::shortName(t.surname, t.name, t.patronymic);
    QStringList full{t.surname, t.name, t.patronymic};
    full.removeAll(QString());
    p.fullName = full.join(u' ');
    if (signature)
        *signature = PersonName::initialsFirst(t.surname, t.name, t.patronymic);
    p.position = t.position;
    p.organisation = t.organisation;
    return p;
}

// The municipality a one-district database serves; empty when it spans several.
QString singleMunicipality(Database &db)
{
    const QList<Municipality> all = DictionaryRepository(db).municipalities();
    return all.size() == 1 ? all.constFirst().name : QString();
}

} // namespace

PlanDocumentData AssociationReports::planData(Database &db, qint64 planId)
{
    PlanDocumentData data;
    data.plan = PlanRepository(db).get(planId);
    // Who approves as the plan names them; what it leaves out from the
    // centre's card (its head, «И.О. Фамилия»).
    const CentreCard card = CentreSignatures::card(db);
    data.approval = CentreSignatures::approval(card);
    if (!data.plan.approval.position.trimmed().isEmpty())
        data.approval.position = data.plan.approval.position.trimmed();
    if (!data.plan.approval.name.trimmed().isEmpty())
        data.approval.name = PersonName::initialsFirst(data.plan.approval.name);
    data.approval.date = data.plan.approval.date;
    // «РАССМОТРЕНО / на заседании РМО, / протокол от 28.08.2026 № 1»; blanks
    // to fill in by hand while the meeting has not been held.
    const PlanReview &review = data.plan.review;
    if (!review.body.trimmed().isEmpty()) {
        const QString number = review.protocolNumber.trimmed();
        data.review.lines << review.body.trimmed() + u',';
        data.review.lines << u"протокол от "_s
                                 + (review.protocolDate.isValid() ? DateText::numeric(review.protocolDate)
                                                                  : u"__________"_s)
                                 + u" №\u00a0"_s + (number.isEmpty() ? u"____"_s : number);
    }
    if (data.plan.associationId != 0) {
        const Association a = AssociationRepository(db).get(data.plan.associationId);
        QString head;
        if (a.headId != 0)
            person(db, a.headId, Clock::instance().today(), &head);
        data.signatures.append({u"Руководитель "_s + AssociationText::russian(a.kind), head});
    } else { // the centre's work plan and roadmaps: the card's signer (the head unless assigned)
        data.signatures.append(CentreSignatures::signature(card, SignedDocument::CentrePlan));
    }
    return data;
}

ProtocolDocumentData AssociationReports::protocolData(Database &db, qint64 meetingId)
{
    MeetingRepository meetings(db);
    ProtocolDocumentData data;
    data.meeting = meetings.get(meetingId);
    data.number = meetings.protocolNumber(meetingId);
    const Association a = AssociationRepository(db).get(data.meeting.associationId);
    data.associationName = a.name;
    data.kindShort = a.kind == AssociationKind::Rmo || a.kind == AssociationKind::Shmo
                         ? AssociationText::russian(a.kind)
                         : u"объединения"_s;
    // A school's association is headed by its school; a district's by the
    // centre that runs it (its full name from the card), else the district.
    const QString centre = CentreSignatures::card(db).fullName.trimmed();
    data.issuer = a.organisationId != 0 ? OrganisationRepository(db).get(a.organisationId).name
                  : centre.isEmpty()   ? singleMunicipality(db)
                                       : centre;
    const QDate day = data.meeting.date;
    if (a.headId != 0)
        data.headShort = person(db, a.headId, day, &data.headSignature).shortName;
    if (a.secretaryId != 0)
        data.secretaryShort = person(db, a.secretaryId, day, &data.secretarySignature).shortName;
    const QList<qint64> members = AssociationRepository(db).membersOn(a.id, day);
    data.members = int(members.size());
    // Attendance: the members ticked; someone ticked who is no longer a
    // member that day still attended and is listed.
    for (qint64 teacher : data.meeting.attendees)
        data.present.append(person(db, teacher, day));
    for (qint64 teacher : members)
        if (!data.meeting.attendees.contains(teacher))
            data.absent.append(person(db, teacher, day));
    auto byName = [](const ProtocolPerson &x, const ProtocolPerson &y) { return x.fullName < y.fullName; };
    std::sort(data.present.begin(), data.present.end(), byName);
    std::sort(data.absent.begin(), data.absent.end(), byName);
    return data;
}

std::unique_ptr<QTextDocument> AssociationReports::plan(Database &db, qint64 planId)
{
    return MethodicalPlanDocument::build(planData(db, planId));
}

std::unique_ptr<QTextDocument> AssociationReports::protocol(Database &db, qint64 meetingId)
{
    return ProtocolDocument::build(protocolData(db, meetingId));
}

QList<ShmoHint> AssociationReports::shmoHints(Database &db, QDate at)
{
    const QDate day = at.isValid() ? at : Clock::instance().today();
    QHash<qint64, QString> municipalities;
    for (const Municipality &m : DictionaryRepository(db).municipalities())
        municipalities.insert(m.id, m.name);
    return ShmoHints::compute(TeacherRepository(db).rows(day), OrganisationRepository(db).all(), municipalities,
                              AssociationRepository(db).all(), DictionaryRepository(db).subjects());
}

} // namespace profrost
