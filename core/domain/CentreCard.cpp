#include "domain/CentreCard.h"

#include "domain/PersonName.h"

using namespace Qt::StringLiterals;

namespace profrost {

bool CentreCard::isEmpty() const
{
    for (const DocumentSigner &s : signers)
        if (!s.isEmpty())
            return false;
    return fullName.trimmed().isEmpty() && shortName.trimmed().isEmpty() && municipality.trimmed().isEmpty()
           && address.trimmed().isEmpty() && headPosition.trimmed().isEmpty() && headName.trimmed().isEmpty();
}

DocumentSigner CentreCard::approver() const
{
    QString position = headPosition.trimmed();
    if (position.isEmpty())
        position = u"Директор "_s + (shortName.trimmed().isEmpty() ? u"МКУ «ИМЦ»"_s : shortName.trimmed());
    return {position, PersonName::initialsFirst(headName)};
}

DocumentSigner CentreCard::signer(SignedDocument kind, const QString &userName) const
{
    const DocumentSigner assigned = signers.value(kind);
    const bool byHead = kind == SignedDocument::Attestation || kind == SignedDocument::CentrePlan;
    if (assigned.isEmpty() && byHead)
        return approver();
    const QString position = assigned.position.trimmed().isEmpty() ? u"Методист"_s : assigned.position.trimmed();
    const QString name = assigned.name.trimmed().isEmpty() ? userName : assigned.name;
    return {position, PersonName::initialsFirst(name)};
}

QList<SignedDocument> CentreCardText::kinds()
{
    return {SignedDocument::TrainingPlan, SignedDocument::CourseSchedule, SignedDocument::Attestation,
            SignedDocument::Expiring, SignedDocument::CentrePlan, SignedDocument::Diagnostics,
            SignedDocument::Mentoring, SignedDocument::Events, SignedDocument::Monitoring};
}

QString CentreCardText::code(SignedDocument kind)
{
    switch (kind) {
    case SignedDocument::TrainingPlan: return u"training_plan"_s;
    case SignedDocument::CourseSchedule: return u"course_schedule"_s;
    case SignedDocument::Attestation: return u"attestation"_s;
    case SignedDocument::Expiring: return u"expiring"_s;
    case SignedDocument::CentrePlan: return u"centre_plan"_s;
    case SignedDocument::Diagnostics: return u"diagnostics"_s;
    case SignedDocument::Mentoring: return u"mentoring"_s;
    case SignedDocument::Events: return u"events"_s;
    case SignedDocument::Monitoring: return u"monitoring"_s;
    }
    return {};
}

bool CentreCardText::fromCode(const QString &code, SignedDocument *out)
{
    for (SignedDocument k : kinds()) {
        if (CentreCardText::code(k) == code) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString CentreCardText::displayName(SignedDocument kind)
{
    switch (kind) {
    case SignedDocument::TrainingPlan: return tr("Further-training plan-graph");
    case SignedDocument::CourseSchedule: return tr("Course schedule");
    case SignedDocument::Attestation: return tr("Attestation plan-graphs");
    case SignedDocument::Expiring: return tr("Expiring categories");
    case SignedDocument::CentrePlan: return tr("Centre's work plan and roadmap");
    case SignedDocument::Diagnostics: return tr("Deficit map and individual routes");
    case SignedDocument::Mentoring: return tr("Young teachers and mentors' load");
    case SignedDocument::Events: return tr("Methodical events: report and schedule");
    case SignedDocument::Monitoring: return tr("Analytic report of the monitoring");
    }
    return {};
}

} // namespace profrost
