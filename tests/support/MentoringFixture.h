#pragma once

// A small district for the lists of young teachers and of the mentors' load
// (core and CLI tests), on 02.12.2026 with the mentors' limit at 2:
// - Андреева, СОШ № 1, started 01.09.2025: two mentors, Иванова (СОШ № 1,
//   from 01.09.2025, ongoing) and Петрова (зам. директора, СОШ № 2,
//   01.09.2026–31.05.2027);
// - Борисова, СОШ № 2, started 01.09.2026: only the school of young teachers
//   «Старт» (joined 15.09.2026);
// - Васильев, СОШ № 1, started 15.08.2024: his pair with Иванова ended
//   01.12.2026, the day before, so no support on 02.12;
// - Григорьева, СОШ № 2, started 01.09.2024: Иванова, from 01.10.2026;
// - Дмитриева, not young, Иванова's mentee from 01.09.2026.
// Иванова has 3 pairs on 02.12 (above the limit 2), 4 on 01.12; her highest
// category (15.03.2023) is valid, Петрова's first (10.01.2019) lapsed.
// Header-only.

#include "domain/Association.h"
#include "domain/CentreCard.h"
#include "domain/Mentorship.h"
#include "store/AssociationRepository.h"
#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MentorshipRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QHash>

namespace profrost::test {

struct MentoringFixture
{
    static QDate day() { return QDate(2026, 12, 2); }

    ClockScope clock{day()};
    TempDatabase t;
    QHash<QString, qint64> id; // by surname
    qint64 school1 = 0, school2 = 0, teacherPost = 0, maths = 0;

    MentoringFixture()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(s("Ермаковский район"));
        school1 = organisation(municipality, s("МБОУ СОШ № 1"), s("СОШ № 1"));
        school2 = organisation(municipality, s("МБОУ СОШ № 2"), s("СОШ № 2"));
        teacherPost = dict.ensurePosition(s("учитель"), PositionKind::Pedagogical);
        const qint64 teacher = teacherPost;
        const qint64 deputy = dict.ensurePosition(s("заместитель директора по учебно-воспитательной работе"),
                                                  PositionKind::Managerial);
        maths = dict.ensureSubject(s("математика"));
        const qint64 russian = dict.ensureSubject(s("русский язык"));

        add(s("Иванова Мария Петровна"), QDate(1975, 4, 2), QDate(1997, 9, 1), school1, teacher, maths,
            Category::Highest, QDate(2023, 3, 15));
        add(s("Петрова Наталья Сергеевна"), QDate(1970, 6, 20), QDate(1992, 9, 1), school2, deputy, 0,
            Category::First, QDate(2019, 1, 10));
        add(s("Андреева Ольга Игоревна"), QDate(2001, 5, 10), QDate(2025, 9, 1), school1, teacher, maths);
        add(s("Борисова Екатерина Андреевна"), QDate(2003, 2, 14), QDate(2026, 9, 1), school2, teacher, russian);
        add(s("Васильев Дмитрий Олегович"), QDate(1999, 11, 30), QDate(2024, 8, 15), school1, teacher, maths);
        add(s("Григорьева Анна Викторовна"), QDate(2000, 7, 7), QDate(2024, 9, 1), school2, teacher, russian);
        add(s("Дмитриева Светлана Ивановна"), QDate(1985, 1, 1), QDate(2008, 9, 1), school1, teacher, maths);

        pair(s("Иванова"), s("Андреева"), MentorshipForm::TeacherTeacher, QDate(2025, 9, 1));
        pair(s("Петрова"), s("Андреева"), MentorshipForm::ManagerTeacher, QDate(2026, 9, 1), QDate(2027, 5, 31));
        pair(s("Иванова"), s("Васильев"), MentorshipForm::TeacherTeacher, QDate(2025, 9, 1), day().addDays(-1));
        pair(s("Иванова"), s("Григорьева"), MentorshipForm::TeacherTeacher, QDate(2026, 10, 1));
        pair(s("Иванова"), s("Дмитриева"), MentorshipForm::TeacherTeacher, QDate(2026, 9, 1));

        Association start;
        start.kind = AssociationKind::YoungTeachers;
        start.level = AssociationLevel::Municipal;
        start.name = s("Школа молодого педагога «Старт»");
        start.activeFrom = 2025;
        AssociationRepository associations(t.db());
        AssociationMember member;
        member.associationId = associations.insert(start);
        member.teacherId = id.value(s("Борисова"));
        member.joined = QDate(2026, 9, 15);
        associations.addMember(member);

        SettingsRepository(t.db()).setInt(SettingsRepository::mentorLoadLimitSetting(), 2);
        CentreCard card;
        card.municipality = s("Ермаковский муниципальный округ");
        card.signers.insert(SignedDocument::Mentoring, {s("Методист"), s("Зайцева Светлана Михайловна")});
        CentreCardRepository(t.db()).save(card);
    }

    qint64 organisation(qint64 municipality, const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = municipality;
        return OrganisationRepository(t.db()).insert(o);
    }

    qint64 add(const QString &fullName, QDate born, QDate experience, qint64 school, qint64 position, qint64 subject,
             Category category = Category::None, QDate granted = {})
    {
        const QStringList parts = fullName.split(u' ');
        Teacher x;
        x.surname = parts.at(0);
        x.name = parts.at(1);
        x.patronymic = parts.at(2);
        x.birthDate = born;
        x.experienceStart = experience;
        x.category = category;
        x.categoryDate = granted;
        Employment e;
        e.organisationId = school;
        e.positionId = position;
        if (subject != 0)
            e.subjectIds = {subject};
        e.hired = experience;
        x.employments = {e};
        const qint64 added = TeacherRepository(t.db()).insert(x);
        id.insert(x.surname, added);
        return added;
    }

    void pair(const QString &mentor, const QString &mentee, MentorshipForm form, QDate starts, QDate ends = {})
    {
        pair(id.value(mentor), id.value(mentee), form, starts, ends);
    }
    void pair(qint64 mentor, qint64 mentee, MentorshipForm form, QDate starts, QDate ends = {})
    {
        Mentorship m;
        m.mentorId = mentor;
        m.menteeId = mentee;
        m.form = form;
        m.starts = starts;
        m.ends = ends;
        MentorshipRepository(t.db()).save(m);
    }
};

} // namespace profrost::test
