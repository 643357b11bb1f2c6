#include "demo/DemoAttestation.h"

#include "demo/DemoRandom.h"
#include "domain/Attestation.h"
#include "domain/AttestationRules.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

constexpr int kYears = AttestationRules::kDefaultValidityYears;

class Builder
{
public:
    Builder(Database &db, quint32 seed, QDate today) : m_db(db), m_random(seed ^ 0xa77e57u), m_today(today) {}
    DemoAttestationSummary run();

private:
    // The regional ministry's order: «815-11-05» from a few days to weeks after the decision.
    void regionOrder(AttestationRecord &r);
    // The school's order on СЗД: «45-о».
    void schoolOrder(AttestationRecord &r);
    AttestationRecord category(qint64 teacherId, Category c, QDate granted);
    void earlier(const TeacherRow &t, const AttestationRecord &current);
    void fitness(const TeacherRow &t, QDate notBefore);
    void applications(const TeacherRow &t, const AttestationRecord &current);
    QDate hiredInPost(const TeacherRow &t) const;

    Database &m_db;
    DemoRandom m_random;
    QDate m_today;
    QList<AttestationRecord> m_records;
    QList<AttestationApplication> m_applications;
    QHash<int, int> m_regionOrders; // year -> last number
    DemoAttestationSummary m_summary;
};

void Builder::regionOrder(AttestationRecord &r)
{
    r.orderDate = std::min(m_today, r.granted.addDays(m_random.between(0, 20)));
    int &n = m_regionOrders[r.orderDate.year()];
    n = n == 0 ? m_random.between(20, 60) : n + m_random.between(1, 6);
    r.orderNumber = u"%1-11-05"_s.arg(n);
}

void Builder::schoolOrder(AttestationRecord &r)
{
    r.orderDate = std::min(m_today, r.granted.addDays(m_random.between(0, 5)));
    r.orderNumber = u"%1-о"_s.arg(m_random.between(3, 180));
}

AttestationRecord Builder::category(qint64 teacherId, Category c, QDate granted)
{
    AttestationRecord r;
    r.teacherId = teacherId;
    r.kind = AttestationKind::Category;
    r.category = c;
    r.granted = granted;
    r.decidedBy = AttestationDecider::Region;
    regionOrder(r);
    return r;
}

QDate Builder::hiredInPost(const TeacherRow &t) const
{
    QDate out;
    for (const PostLine &p : t.posts) {
        if (p.hired.isValid() && (!out.isValid() || p.hired < out))
            out = p.hired;
    }
    return out;
}

// Older terms before the current category: renewed on time (a few weeks
// before the old term ran out), as far back as the experience allows.
void Builder::earlier(const TeacherRow &t, const AttestationRecord &current)
{
    const QDate start = t.experienceStart.isValid() ? t.experienceStart : t.birthDate.addYears(22);
    Category c = current.category;
    QDate granted = current.granted;
    for (int step = 0; step < 3; ++step) {
        // What came before: the highest before the new categories, the first
        // before the highest (most of the time), the same category otherwise.
        Category before = c;
        if (c == Category::Methodist || c == Category::Mentor)
            before = Category::Highest;
        else if (c == Category::Highest && m_random.chance(0.6))
            before = Category::First;
        const QDate previous = granted.addYears(-kYears).addDays(m_random.between(10, 60));
        if (previous < start.addYears(2) || !m_random.chance(step == 0 ? 0.8 : 0.5))
            return;
        m_records.append(category(t.id, before, previous));
        c = before;
        granted = previous;
    }
}

void Builder::fitness(const TeacherRow &t, QDate notBefore)
{
    const QDate hired = hiredInPost(t);
    if (!hired.isValid())
        return;
    const QDate subject = std::max(hired.addYears(AttestationRules::kFitnessExemptYears), notBefore);
    if (subject > m_today)
        return; // under 2 years in the post: exempt
    const double r = m_random.real();
    if (r < 0.12)
        return; // never attested: overdue
    QDate granted;
    if (r < 0.2) // the last СЗД is older than 5 years: overdue
        granted = m_random.dateBetween(std::max(subject, m_today.addYears(-8)), m_today.addYears(-kYears));
    else
        granted = m_random.dateBetween(std::max(subject, m_today.addYears(-kYears).addDays(1)), m_today);
    if (granted < subject || granted > m_today)
        return;
    AttestationRecord rec;
    rec.teacherId = t.id;
    rec.kind = AttestationKind::Fitness;
    rec.granted = granted;
    rec.decidedBy = AttestationDecider::Organisation;
    schoolOrder(rec);
    m_records.append(rec);
    ++m_summary.fitness;
}

void Builder::applications(const TeacherRow &t, const AttestationRecord &current)
{
    const QDate until = AttestationRules::validUntil(current.granted, kYears);
    auto make = [&](Category c, QDate planned, QDate submitted, ApplicationStatus s) {
        AttestationApplication a;
        a.teacherId = t.id;
        a.category = c;
        a.plannedYear = planned.year();
        a.plannedMonth = planned.month();
        a.submittedOn = submitted;
        a.status = s;
        return a;
    };

    // Granted in the last year: the application behind it.
    if (current.granted > m_today.addYears(-1) && m_random.chance(0.8)) {
        AttestationApplication a = make(current.category, current.granted,
                                        current.granted.addDays(-m_random.between(60, 100)), ApplicationStatus::Granted);
        a.decidedOn = current.granted;
        a.recordId = current.id;
        m_applications.append(a);
    }
    // A refusal now and then: a first-category holder who tried for the highest.
    if (current.category == Category::First && until > m_today && m_random.chance(0.03)) {
        const QDate decided = m_random.dateBetween(std::max(current.granted, m_today.addYears(-2)), m_today);
        AttestationApplication a = make(Category::Highest, decided, decided.addDays(-m_random.between(60, 90)),
                                        ApplicationStatus::Refused);
        a.decidedOn = decided;
        a.note = u"уровень квалификации не соответствует требованиям к высшей категории"_s;
        if (a.submittedOn >= current.granted)
            m_applications.append(a);
    }
    // Open: the category expires within 9 months, or has lapsed.
    const bool expiring = until >= m_today && until <= m_today.addMonths(9);
    const bool lapsed = until < m_today;
    if ((expiring && m_random.chance(0.65)) || (lapsed && m_random.chance(0.3))) {
        QDate planned = expiring ? QDate(until.year(), until.month(), 1) : m_today.addMonths(m_random.between(1, 4));
        if (planned <= m_today)
            planned = m_today.addMonths(1);
        const QDate submitted = std::min(m_today, m_today.addDays(-m_random.between(0, 80)));
        const ApplicationStatus s = m_today.daysTo(planned) < 75 && m_random.chance(0.7)
                                        ? ApplicationStatus::UnderReview
                                        : ApplicationStatus::Submitted;
        Category wanted = current.category;
        if (wanted == Category::First && m_random.chance(0.35))
            wanted = Category::Highest; // aiming higher
        m_applications.append(make(wanted, planned, submitted, s));
    }
}

DemoAttestationSummary Builder::run()
{
    QList<TeacherRow> rows = TeacherRepository(m_db).rows(m_today);
    std::sort(rows.begin(), rows.end(), [](const TeacherRow &a, const TeacherRow &b) { return a.id < b.id; });
    AttestationRepository repository(m_db);
    QHash<qint64, AttestationRecord> current; // the registry's category, recorded when the teacher was written
    for (const AttestationRecord &r : repository.allRecords()) {
        if (r.kind == AttestationKind::Category)
            current.insert(r.teacherId, r);
    }

    QList<AttestationRecord> currentWithOrders;
    for (const TeacherRow &t : rows) {
        const auto it = current.constFind(t.id);
        if (it == current.cend()) {
            if (t.pedagogical)
                fitness(t, {});
            continue;
        }
        AttestationRecord now = *it;
        regionOrder(now);
        currentWithOrders.append(now);
        if (t.posts.isEmpty())
            continue; // dismissed: the rest of their file went with them
        earlier(t, now);
        const QDate until = AttestationRules::validUntil(now.granted, kYears);
        if (until < m_today && t.pedagogical && m_random.chance(0.3))
            fitness(t, until.addDays(1)); // the employer checked the post after the lapse
        if (t.pedagogical)
            applications(t, now);
    }
    m_summary.records = int(m_records.size() + currentWithOrders.size());
    repository.writeRecords(currentWithOrders);
    repository.writeRecords(m_records);
    repository.insertApplications(m_applications);
    m_summary.applications = int(m_applications.size());
    return m_summary;
}

} // namespace

DemoAttestationSummary DemoAttestation::fill(Database &db, quint32 seed, QDate today)
{
    Transaction tx(db);
    const DemoAttestationSummary summary = Builder(db, seed, today).run();
    tx.commit();
    return summary;
}

} // namespace profrost::demo
