#pragma once

#include "domain/Category.h"
#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace profrost {

// Attestation of pedagogical workers (core/README.md, core/documents/README.md): a qualification
// category granted by the regional commission, or СЗД (соответствие
// занимаемой должности, fitness for the post) decided by the employer.

// What a history record is: a category, or СЗД (which is not a category).
enum class AttestationKind { Category, Fitness };
// Who decided: the regional attestation commission (categories) or the
// organisation, i.e. the employer's commission (СЗД).
enum class AttestationDecider { Region, Organisation };
// подано → на рассмотрении → присвоена / отказано (AttestationRules::canMove).
enum class ApplicationStatus { Submitted, UnderReview, Granted, Refused };

// One line of a teacher's attestation history.
struct AttestationRecord
{
    qint64 id = 0;
    qint64 teacherId = 0;
    AttestationKind kind = AttestationKind::Category;
    Category category = Category::None; // None for СЗД
    QDate granted;                      // the decision: the term runs from this day
    QString orderNumber;                // приказ: number and date (may be unknown for old records)
    QDate orderDate;
    AttestationDecider decidedBy = AttestationDecider::Region;
    ReadVersion version; // as read by AttestationRepository::record (store/RowVersion); 0 otherwise
    bool operator==(const AttestationRecord &) const = default;
};

// A teacher's application (заявление) for a category, to be considered in
// a planned month; granting it writes an AttestationRecord (recordId).
struct AttestationApplication
{
    qint64 id = 0;
    qint64 teacherId = 0;
    Category category = Category::First; // the category applied for (never None)
    int plannedYear = 0;
    int plannedMonth = 0;                // 1..12: the month of the commission
    QDate submittedOn;
    ApplicationStatus status = ApplicationStatus::Submitted;
    QDate decidedOn;                     // granted or refused on
    qint64 recordId = 0;                 // the history record written when granted
    QString note;                        // e.g. the reason of a refusal
    bool operator==(const AttestationApplication &) const = default;
};

class AttestationText
{
    Q_DECLARE_TR_FUNCTIONS(AttestationText)
public:
    static QString code(AttestationKind k);       // "category", "fitness"
    static QString code(AttestationDecider d);    // "region", "organisation"
    static QString code(ApplicationStatus s);     // "submitted", "review", "granted", "refused"
    static bool fromCode(const QString &code, AttestationKind *out);
    static bool fromCode(const QString &code, AttestationDecider *out);
    static bool fromCode(const QString &code, ApplicationStatus *out);

    // Russian names as printed: «СЗД», «аттестационная комиссия региона», «подано».
    static QString russian(AttestationDecider d);
    static QString russian(ApplicationStatus s);
    // UI names through tr().
    static QString displayName(AttestationKind k);
    static QString displayName(AttestationDecider d);
    static QString displayName(ApplicationStatus s);

    // What a record is called in print: «высшая», «первая», «СЗД».
    static QString russianName(AttestationKind k, Category c);
    // «регион», «министерство образования», «ОО», «работодатель», «школа»...
    static bool parse(const QString &text, AttestationDecider *out);
    // «март 2027»; «март» when `withYear` is false.
    static QString monthName(int year, int month, bool withYear = true);
};

} // namespace profrost
