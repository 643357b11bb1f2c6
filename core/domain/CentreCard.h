#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace profrost {

// The kinds of document whose closing signature the centre assigns to
// someone (the methodist responsible for them).
enum class SignedDocument { TrainingPlan, CourseSchedule, Attestation, Expiring, CentrePlan, Diagnostics, Mentoring,
                            Events, Monitoring };

// Who signs: the position as printed and the name as typed («Иванова Мария
// Петровна» or «М.П. Иванова»); printed as «И.О. Фамилия» (PersonName).
struct DocumentSigner
{
    QString position;
    QString name;
    bool isEmpty() const { return position.trimmed().isEmpty() && name.trimmed().isEmpty(); }
    bool operator==(const DocumentSigner &) const = default;
};

// The methodical centre the database belongs to (Settings → «Организация
// (ИМЦ)»), kept in the database so that every user of a shared database
// prints the same heading, approval blocks and signatures.
struct CentreCard
{
    QString fullName;     // «Муниципальное казённое учреждение «Информационно-методический центр»»
    QString shortName;    // «МКУ «ИМЦ»»
    QString municipality; // «Ермаковский муниципальный округ»
    QString address;
    QString headPosition; // «Директор МКУ «ИМЦ»»
    QString headName;     // «Орлова Наталья Викторовна»
    QMap<SignedDocument, DocumentSigner> signers; // the kinds someone is assigned to

    bool isEmpty() const;
    bool operator==(const CentreCard &) const = default;

    // The head as the approval block prints them: the position (the card's,
    // else «Директор <short name>», else «Директор МКУ «ИМЦ»») and «И.О. Фамилия».
    DocumentSigner approver() const;
    // Who signs a kind of document at its end. The attestation plan-graphs
    // and the centre's plans are signed by the head unless someone is
    // assigned (the same position as at the top); the other lists by the
    // methodist assigned, else «Методист» and `userName` (the user's own name).
    DocumentSigner signer(SignedDocument kind, const QString &userName = {}) const;
};

class CentreCardText
{
    Q_DECLARE_TR_FUNCTIONS(CentreCardText)
public:
    static QList<SignedDocument> kinds();
    static QString code(SignedDocument kind); // "training_plan", ... (stored, and the CLI's field names)
    static bool fromCode(const QString &code, SignedDocument *out);
    static QString displayName(SignedDocument kind); // «План-график повышения квалификации»
};

} // namespace profrost
