// Addressed recommendations of a monitoring (issue 16, item 4; seed 002,
// criterion 5): what one must hold, the store and the lists a report reads.
#include <catch2/catch.hpp>

#include "domain/Recommendation.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Query.h"
#include "store/RecommendationRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

Recommendation recommendation(QDate madeOn, QDate due, const QString &to = u"Руководителям ОО"_s)
{
    Recommendation r;
    r.madeOn = madeOn;
    r.addressee = to;
    r.text = u"Обеспечить прохождение курсов повышения квалификации педагогами без курсов за 3 года"_s;
    r.due = due;
    r.indicator = u"I1"_s;
    return r;
}

} // namespace

TEST_CASE("A recommendation needs an addressee, a text and a due date not before its monitoring", "[recommendations]")
{
    Recommendation r = recommendation(QDate(2026, 3, 1), QDate(2026, 12, 1));
    CHECK(RecommendationRules::check(r).isEmpty());
    r.due = r.madeOn; // due the day it is made: allowed
    CHECK(RecommendationRules::check(r).isEmpty());
    r.due = QDate(2026, 2, 28);
    CHECK(RecommendationRules::check(r)
          == QStringList{u"The due date 28.02.2026 is before the monitoring date 01.03.2026."_s});
    r.due = {};
    r.addressee = u"  "_s;
    r.text.clear();
    CHECK(RecommendationRules::check(r)
          == QStringList({u"Give the addressee: to whom the recommendation is addressed."_s,
                          u"Give the text of the recommendation: what is to be done."_s,
                          u"Give the due date: by when the recommendation is to be done."_s}));
    r = recommendation({}, QDate(2026, 12, 1));
    CHECK(RecommendationRules::check(r)
          == QStringList{u"Give the monitoring date (made on) the recommendation comes from."_s});
}

TEST_CASE("A recommendation marked done or not done needs the date of its check", "[recommendations]")
{
    Recommendation r = recommendation(QDate(2026, 3, 1), QDate(2026, 12, 1));
    r.state = RecommendationState::Done;
    CHECK(RecommendationRules::check(r)
          == QStringList{u"Give the date of the check (checked on): the recommendation is marked done."_s});
    r.state = RecommendationState::NotDone;
    CHECK(RecommendationRules::check(r)
          == QStringList{u"Give the date of the check (checked on): the recommendation is marked not done."_s});
    r.checkedOn = QDate(2026, 2, 1);
    CHECK(RecommendationRules::check(r)
          == QStringList{u"The check date 01.02.2026 is before the monitoring date 01.03.2026."_s});
    r.checkedOn = QDate(2027, 3, 1);
    CHECK(RecommendationRules::check(r).isEmpty());
    r.state = RecommendationState::Planned;
    r.checkedOn = {};
    CHECK(RecommendationRules::check(r).isEmpty());
}

TEST_CASE("Recommendation states are stored by code", "[recommendations]")
{
    for (RecommendationState s : RecommendationText::allStates()) {
        RecommendationState back = RecommendationState::Planned;
        REQUIRE(RecommendationText::fromCode(RecommendationText::code(s), &back));
        CHECK(back == s);
    }
    RecommendationState s = RecommendationState::Done;
    CHECK_FALSE(RecommendationText::fromCode(u"finished"_s, &s));
    CHECK(RecommendationText::code(RecommendationState::NotDone) == u"not_done"_s);
    CHECK(RecommendationText::russian(RecommendationState::NotDone) == u"не выполнено"_s);
}

TEST_CASE("Recommendations are saved, checked, listed by monitoring date and removed", "[recommendations][store]")
{
    TempDatabase t;
    RecommendationRepository repo(t.db());
    const qint64 old = repo.save(recommendation(QDate(2025, 3, 10), QDate(2025, 12, 31)));
    Recommendation later = recommendation(QDate(2025, 3, 10), QDate(2026, 9, 1), u"Руководителю РМО учителей математики"_s);
    later.indicator.clear();
    const qint64 notYet = repo.save(later);
    const qint64 fresh = repo.save(recommendation(QDate(2026, 3, 12), QDate(2026, 6, 30)));

    std::optional<Recommendation> stored = repo.get(old);
    REQUIRE(stored);
    CHECK(stored->addressee == u"Руководителям ОО"_s);
    CHECK(stored->indicator == u"I1"_s);
    CHECK(stored->state == RecommendationState::Planned);
    CHECK_FALSE(stored->checkedOn.isValid());
    CHECK(repo.get(notYet)->indicator.isEmpty());

    stored->state = RecommendationState::NotDone;
    stored->checkedOn = QDate(2026, 3, 12);
    stored->note = u"Курсы прошли 40 из 52 педагогов"_s;
    CHECK(repo.save(*stored) == old);
    CHECK(*repo.get(old) == *stored);

    const auto ids = [](const QList<Recommendation> &list) {
        QList<qint64> out;
        for (const Recommendation &r : list)
            out << r.id;
        return out;
    };
    CHECK(ids(repo.all()) == QList<qint64>{old, notYet, fresh});
    CHECK(ids(repo.madeBetween(QDate(2025, 9, 1), QDate(2026, 3, 12))) == QList<qint64>{fresh});
    CHECK(ids(repo.madeBetween(QDate(2025, 9, 1), QDate(2026, 3, 11))).isEmpty());
    // Checked at the monitoring of 12.03.2026: made earlier and due by then.
    CHECK(ids(repo.dueBy(QDate(2026, 3, 12), QDate(2025, 9, 1))) == QList<qint64>{old});
    CHECK(ids(repo.dueBy(QDate(2026, 9, 1), QDate(2025, 9, 1))) == QList<qint64>({old, notYet}));

    repo.remove(notYet);
    CHECK_FALSE(repo.get(notYet));
    CHECK(ids(repo.all()) == QList<qint64>{old, fresh});
}

TEST_CASE("A recommendation the rules refuse is not stored and the message names the field", "[recommendations][store]")
{
    TempDatabase t;
    RecommendationRepository repo(t.db());
    Recommendation r = recommendation(QDate(2026, 3, 12), QDate(2026, 3, 1));
    try {
        repo.save(r);
        FAIL("saved");
    } catch (const Error &e) {
        CHECK(e.message() == u"The due date 01.03.2026 is before the monitoring date 12.03.2026."_s);
    }
    CHECK(repo.all().isEmpty());
    // The table refuses it too, whoever writes.
    CHECK_THROWS_AS(Query(t.db(), u"INSERT INTO recommendation (made_on, addressee, text, due, state)"
                                  " VALUES ('2026-03-12', 'ОО', 'Что-то', '2026-04-01', 'done')"_s)
                        .exec(),
                    Error);
}

TEST_CASE("A database of version 13 is migrated to hold recommendations", "[recommendations][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v13.sqlite"_s);
    REQUIRE(createAtVersion(path, 13, [](Database &) {}) == 13);
    Database db(path);
    db.open();
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    RecommendationRepository repo(db);
    const qint64 id = repo.save(recommendation(QDate(2026, 3, 12), QDate(2026, 6, 30)));
    CHECK(repo.get(id)->due == QDate(2026, 6, 30));
}
