#pragma once

// A small district for the sites and the staffing needs (core, CLI and UI
// tests), on 02.12.2026. Two municipalities: «Ермаковский район» with
// СОШ № 1 and СОШ № 2, «Шушенский район» with СОШ № 3. Teachers Иванова,
// Петрова (СОШ № 1) and Сидорова (СОШ № 3).
//
// Sites:
// - S1 СОШ № 1, инновационная, региональная, «Формирование функциональной
//   грамотности», приказ от 01.08.2024 № 1234, 01.09.2024–31.08.2027,
//   действует; Иванова руководитель, Петрова участник; reports 2024 (text)
//   and 2025 (text and the file «отчёт 2025.txt», 11 bytes);
// - S2 СОШ № 2, стажировочная, муниципальная, «Наставничество молодых
//   педагогов», приказ от 20.08.2022 № 45-о, 01.09.2022–31.08.2025, завершена;
// - S3 СОШ № 3, опорная, федеральная, «Цифровая образовательная среда»,
//   приказ от 01.12.2025 № 7, from 01.01.2026, no last day, действует; Сидорова;
// - S4 СОШ № 1, ресурсный центр, муниципальная, «Инклюзивное образование»,
//   приказ от 25.08.2023 № 88-о, 01.09.2023–31.12.2026, продлена.
// Working in 2025: S1, S2, S4 (not S3, from 2026); in 2026: S1, S3, S4;
// in 2022: S2 alone. Municipal: S2, S4; municipal in 2026: S4.
//
// Vacancies (hand-worked for 01.12.2026 and 30.11.2026):
// - V1 СОШ № 1, учитель, математика, 1 ст., since 01.09.2026, open;
// - V2 СОШ № 1, учитель, физика, 0,5 ст., since 15.10.2026, filled by
//   Петрова on 01.12.2026 (open on 30.11, not on 01.12: the boundary);
// - V3 СОШ № 2, учитель, математика, 1,5 ст., since 01.06.2026, filled by
//   «Кузнецов Андрей Андреевич» on 02.12.2026 (still open on 01.12);
// - V4 СОШ № 3, педагог-психолог, no subject, 1 ст., since 01.12.2026 (open from that day);
// - V5 СОШ № 3, учитель, русский язык, 1 ст., since 10.12.2026 (not yet);
// - V6 СОШ № 2, учитель, русский язык, 0,5 ст., since 01.02.2026, filled
//   by Иванова on 01.09.2026.
// Open on 01.12.2026: V1, V3, V4 — 3 vacancies, 3,5 ставки; Ермаковский
// 2 / 2,5, Шушенский 1 / 1; учитель 2 / 2,5, педагог-психолог 1 / 1;
// математика 2 / 2,5, no subject 1 / 1.
// Open on 30.11.2026: V1, V2, V3 — 3 vacancies, 3 ставки; физика 1 / 0,5.
// Header-only.

#include "domain/CentreCard.h"
#include "domain/InnovationSite.h"
#include "domain/Vacancy.h"
#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QHash>

namespace profrost::test {

struct SitesFixture
{
    static QDate day() { return QDate(2026, 12, 2); }

    ClockScope clock{day()};
    TempDatabase t;
    QHash<QString, qint64> teacher;      // by surname
    QHash<QString, qint64> organisation; // by short name
    QHash<QString, qint64> site;         // S1 … S4
    QHash<QString, qint64> vacancy;      // V1 … V6

    static QString s(const char *text) { return QString::fromUtf8(text); }

    SitesFixture()
    {
        DictionaryRepository dict(t.db());
        const qint64 ermakovsky = dict.ensureMunicipality(s("Ермаковский район"));
        const qint64 shushensky = dict.ensureMunicipality(s("Шушенский район"));
        const auto school = [&](const char *name, const char *shortName, qint64 municipality) {
            Organisation o;
            o.name = s(name);
            o.shortName = s(shortName);
            o.municipalityId = municipality;
            organisation.insert(o.shortName, OrganisationRepository(t.db()).insert(o));
        };
        school("МБОУ СОШ № 1", "СОШ № 1", ermakovsky);
        school("МБОУ СОШ № 2", "СОШ № 2", ermakovsky);
        school("МБОУ СОШ № 3", "СОШ № 3", shushensky);
        const qint64 post = dict.ensurePosition(s("учитель"), PositionKind::Pedagogical);
        for (const auto &[name, where] : {std::pair{"Иванова Мария Петровна", "СОШ № 1"},
                                          std::pair{"Петрова Наталья Сергеевна", "СОШ № 1"},
                                          std::pair{"Сидорова Ольга Игоревна", "СОШ № 3"}}) {
            const QStringList parts = s(name).split(u' ');
            Teacher x;
            x.surname = parts.at(0);
            x.name = parts.at(1);
            x.patronymic = parts.at(2);
            x.birthDate = QDate(1990, 1, 1);
            x.experienceStart = QDate(2015, 9, 1);
            Employment e;
            e.organisationId = organisation.value(s(where));
            e.positionId = post;
            e.hired = x.experienceStart;
            x.employments = {e};
            teacher.insert(x.surname, TeacherRepository(t.db()).insert(x));
        }

        SiteRepository sites(t.db());
        {
            InnovationSite x = make("СОШ № 1", SiteStatus::Innovation, SiteLevel::Regional,
                                    "Формирование функциональной грамотности", "1234", QDate(2024, 8, 1),
                                    QDate(2024, 9, 1), QDate(2027, 8, 31), SiteState::Active);
            x.people = {{teacher.value(s("Иванова")), s("руководитель")}, {teacher.value(s("Петрова")), s("участник")}};
            SiteReport r2024;
            r2024.year = 2024;
            r2024.text = s("Проведено 4 семинара.");
            SiteReport r2025;
            r2025.year = 2025;
            r2025.text = s("Проведено 6 семинаров.");
            r2025.fileName = s("отчёт 2025.txt");
            r2025.file = QByteArray("report 2025");
            x.reports = {r2024, r2025};
            site.insert(s("S1"), sites.save(x));
        }
        site.insert(s("S2"), sites.save(make("СОШ № 2", SiteStatus::Internship, SiteLevel::Municipal,
                                             "Наставничество молодых педагогов", "45-о", QDate(2022, 8, 20),
                                             QDate(2022, 9, 1), QDate(2025, 8, 31), SiteState::Finished)));
        {
            InnovationSite x = make("СОШ № 3", SiteStatus::Support, SiteLevel::Federal,
                                    "Цифровая образовательная среда", "7", QDate(2025, 12, 1), QDate(2026, 1, 1),
                                    QDate(), SiteState::Active);
            x.people = {{teacher.value(s("Сидорова")), s("куратор")}};
            site.insert(s("S3"), sites.save(x));
        }
        site.insert(s("S4"), sites.save(make("СОШ № 1", SiteStatus::ResourceCentre, SiteLevel::Municipal,
                                             "Инклюзивное образование", "88-о", QDate(2023, 8, 25),
                                             QDate(2023, 9, 1), QDate(2026, 12, 31), SiteState::Prolonged)));

        VacancyRepository vacancies(t.db());
        const auto add = [&](const char *key, const char *where, const char *post, const char *subject, double rate,
                             QDate since, qint64 by, const char *byName, QDate filledOn) {
            Vacancy v;
            v.organisationId = organisation.value(s(where));
            v.post = s(post);
            v.subject = s(subject);
            v.rate = rate;
            v.since = since;
            v.reason = s("увольнение");
            v.filledByTeacherId = by;
            v.filledByName = s(byName);
            v.filledOn = filledOn;
            vacancy.insert(s(key), vacancies.save(v));
        };
        add("V1", "СОШ № 1", "учитель", "математика", 1.0, QDate(2026, 9, 1), 0, "", {});
        add("V2", "СОШ № 1", "учитель", "физика", 0.5, QDate(2026, 10, 15), teacher.value(s("Петрова")), "",
            QDate(2026, 12, 1));
        add("V3", "СОШ № 2", "учитель", "математика", 1.5, QDate(2026, 6, 1), 0, "Кузнецов Андрей Андреевич",
            QDate(2026, 12, 2));
        add("V4", "СОШ № 3", "педагог-психолог", "", 1.0, QDate(2026, 12, 1), 0, "", {});
        add("V5", "СОШ № 3", "учитель", "русский язык", 1.0, QDate(2026, 12, 10), 0, "", {});
        add("V6", "СОШ № 2", "учитель", "русский язык", 0.5, QDate(2026, 2, 1), teacher.value(s("Иванова")), "",
            QDate(2026, 9, 1));

        CentreCard card;
        card.headPosition = s("Директор МКУ «ИМЦ»");
        card.headName = s("Орлова Наталья Викторовна");
        CentreCardRepository(t.db()).save(card);
    }

    InnovationSite make(const char *where, SiteStatus status, SiteLevel level, const char *topic, const char *number,
                        QDate orderDate, QDate from, QDate to, SiteState state)
    {
        InnovationSite x;
        x.organisationId = organisation.value(s(where));
        x.status = status;
        x.level = level;
        x.topic = s(topic);
        x.orderNumber = s(number);
        x.orderDate = orderDate;
        x.from = from;
        x.to = to;
        x.state = state;
        return x;
    }
};

} // namespace profrost::test
