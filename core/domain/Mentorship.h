#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// Mentoring of teachers (core/README.md «Young teachers and mentoring»): a
// pair of a mentor and a mentee from the registry, in one of the forms of
// the target model of mentoring, from its first day to its last.

// педагог – педагог; руководитель – педагог; студент – педагог; групповая.
enum class MentorshipForm { TeacherTeacher, ManagerTeacher, StudentTeacher, Group };

struct Mentorship
{
    qint64 id = 0;
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    MentorshipForm form = MentorshipForm::TeacherTeacher;
    QDate starts;
    QDate ends; // invalid: ongoing
    QString goals;
    QString result;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const Mentorship &) const = default;
};

class MentorshipText
{
    Q_DECLARE_TR_FUNCTIONS(MentorshipText)
public:
    static QString code(MentorshipForm f);
    static bool fromCode(const QString &code, MentorshipForm *out);
    // «педагог – педагог», «руководитель – педагог», «студент – педагог», «групповая» as printed.
    static QString russian(MentorshipForm f);
    static QString displayName(MentorshipForm f);
    // What people write: «педагог-педагог», «Педагог – педагог», «педагог—педагог»,
    // «руководитель – педагог», «студент – педагог», «группа», «групповая»; false otherwise.
    static bool parse(const QString &text, MentorshipForm *out);
    static QList<MentorshipForm> allForms();
};

// When a pair counts, and what it must hold; every screen, document and command asks here.
class MentorshipRules
{
    Q_DECLARE_TR_FUNCTIONS(MentorshipRules)
public:
    // Active on `day` from its first day to its last, both included.
    static bool isActive(const Mentorship &m, QDate day);
    // A mentor, a mentee who is someone else, a first day, a last day not before it.
    static QStringList check(const Mentorship &m);
    // The mentor's load above which the mentors' council is warned (a setting).
    static constexpr int kDefaultLoadLimit = 3;
};

} // namespace profrost
