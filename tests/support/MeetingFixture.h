#pragma once

// A district association of primary-school teachers for the meeting dialog
// tests: teachers in two schools, members who joined and left on dates, and
// a year plan whose second meeting lists its questions. Header-only: only
// the UI tests include it.

#include "domain/Association.h"
#include "domain/MethodicalPlan.h"
#include "store/AssociationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QStringList>

namespace profrost::test {

struct MeetingFixture
{
    ClockScope clock;
    TempDatabase t;
    qint64 school = 0, gymnasium = 0, post = 0;
    qint64 rmo = 0;
    PlanItem planned; // the second meeting of 2026/2027, with two questions

    MeetingFixture()
    {
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(QStringLiteral("Ермаковский район"));
        Organisation o;
        o.name = QStringLiteral("МБОУ Ермаковская СОШ № 1");
        o.municipalityId = municipality;
        school = OrganisationRepository(t.db()).insert(o);
        o.name = QStringLiteral("МБОУ Григорьевская СОШ");
        gymnasium = OrganisationRepository(t.db()).insert(o);
        post = dict.ensurePosition(QStringLiteral("учитель начальных классов"), PositionKind::Pedagogical);
        Association a;
        a.kind = AssociationKind::Rmo;
        a.level = AssociationLevel::Municipal;
        a.name = QStringLiteral("РМО учителей начальных классов");
        a.direction = QStringLiteral("начальные классы");
        a.activeFrom = 2020;
        rmo = AssociationRepository(t.db()).insert(a);

        MethodicalPlan p;
        p.associationId = rmo;
        p.startYear = 2026;
        p.title = QStringLiteral("План работы РМО учителей начальных классов на 2026/2027 учебный год");
        PlanItem first;
        first.title = QStringLiteral("Анализ результатов ВПР. Утверждение плана работы РМО");
        first.form = QStringLiteral("заседание");
        first.from = QDate(2026, 9, 24);
        first.isMeeting = true;
        PlanItem second;
        second.title = QStringLiteral("Функциональная грамотность младших школьников\n"
                                      "1. Читательская грамотность: приёмы смыслового чтения\n"
                                      "2. Об участии в конкурсе «Учитель года — 2027»");
        second.form = QStringLiteral("семинар-практикум");
        second.from = QDate(2026, 11, 18);
        second.isMeeting = true;
        PlanItem lessons;
        lessons.title = QStringLiteral("Открытые уроки");
        lessons.term = QStringLiteral("в течение года");
        p.items = {first, second, lessons};
        PlanRepository plans(t.db());
        planned = plans.get(plans.insert(p)).items.at(1);
    }

    qint64 teacher(const QString &surname, const QString &name, const QString &patronymic, qint64 organisation)
    {
        Teacher x;
        x.surname = surname;
        x.name = name;
        x.patronymic = patronymic;
        x.birthDate = QDate(1979, 4, 12);
        x.employments.append(Employment{0, organisation, post, {}, QDate(2004, 9, 1), {}});
        return TeacherRepository(t.db()).insert(x);
    }

    // A member from `joined` (invalid: from the start) until `left` (invalid: still).
    qint64 member(const QString &fullName, qint64 organisation, QDate joined = {}, QDate left = {})
    {
        const QStringList parts = fullName.split(u' ');
        const qint64 id = teacher(parts.value(0), parts.value(1), parts.value(2), organisation);
        AssociationRepository(t.db()).addMember({0, rmo, id, joined, left});
        return id;
    }
};

} // namespace profrost::test
