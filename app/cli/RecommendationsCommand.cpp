#include "cli/RecommendationsCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "domain/DateText.h"
#include "indicators/Indicator.h"
#include "store/Database.h"
#include "store/RecommendationRepository.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

qint64 idOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const qint64 id = parser.value(name).trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(CliText::tr("--%1 needs the number of a recommendation, not '%2'.")
                             .arg(name, parser.value(name)));
    return id;
}

void list(Database &db)
{
    const QList<Recommendation> all = RecommendationRepository(db).all();
    if (all.isEmpty()) {
        out() << CliText::tr("No recommendations.") << '\n';
        return;
    }
    for (const Recommendation &r : all) {
        QString state = RecommendationText::displayName(r.state);
        if (r.checkedOn.isValid())
            state += u' ' + DateText::numeric(r.checkedOn);
        out() << CliText::tr("%1  made %2  due %3  [%4]%5\n    to: %6\n    what: %7")
                     .arg(r.id)
                     .arg(DateText::numeric(r.madeOn), DateText::numeric(r.due), state,
                          r.indicator.isEmpty() ? QString() : u"  "_s + r.indicator, r.addressee, r.text)
              << '\n';
        if (!r.note.isEmpty())
            out() << CliText::tr("    note: %1").arg(r.note) << '\n';
    }
}

} // namespace

int cmdRecommendations(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli recommendations DB\n"
        "       profrost-cli recommendations DB --add --to TEXT --what TEXT --due DATE [--made-on DATE]\n"
        "                                    [--indicator I1] [--note TEXT]\n"
        "       profrost-cli recommendations DB --check ID --done|--not-done [--on DATE] [--note TEXT]\n"
        "       profrost-cli recommendations DB --remove ID\n"
        "Lists, adds, marks checked or removes the addressed recommendations of the monitorings\n"
        "(to whom, what, by when), printed in the analytic report (report monitoring).\n"
        "--made-on is the monitoring's date and --on the check's (default today).");
    QCommandLineParser parser;
    const QCommandLineOption add(u"add"_s, CliText::tr("Add a recommendation."));
    const QCommandLineOption to(u"to"_s, CliText::tr("To whom it is addressed."), CliText::tr("TEXT"));
    const QCommandLineOption what(u"what"_s, CliText::tr("What is to be done."), CliText::tr("TEXT"));
    const QCommandLineOption due(u"due"_s, CliText::tr("By when."), CliText::tr("DATE"));
    const QCommandLineOption madeOn(u"made-on"_s, CliText::tr("The date of the monitoring (default today)."),
                                    CliText::tr("DATE"));
    const QCommandLineOption indicator(u"indicator"_s, CliText::tr("The indicator it answers (I1 ... I10)."),
                                       CliText::tr("CODE"));
    const QCommandLineOption note(u"note"_s, CliText::tr("A note."), CliText::tr("TEXT"));
    const QCommandLineOption check(u"check"_s, CliText::tr("Mark the recommendation ID checked."), CliText::tr("ID"));
    const QCommandLineOption done(u"done"_s, CliText::tr("It was done."));
    const QCommandLineOption notDone(u"not-done"_s, CliText::tr("It was not done."));
    const QCommandLineOption on(u"on"_s, CliText::tr("The date of the check (default today)."), CliText::tr("DATE"));
    const QCommandLineOption remove(u"remove"_s, CliText::tr("Remove the recommendation ID."), CliText::tr("ID"));
    parser.addOptions({add, to, what, due, madeOn, indicator, note, check, done, notDone, on, remove});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    const int actions = int(parser.isSet(add)) + int(parser.isSet(check)) + int(parser.isSet(remove));
    if (actions > 1)
        throw UsageError(CliText::tr("Give one of --add, --check and --remove.") + u'\n' + usage);
    const QDate today = Clock::instance().today();

    if (parser.isSet(add)) {
        QStringList missing;
        for (const QCommandLineOption *o : {&to, &what, &due}) {
            if (!parser.isSet(*o))
                missing << u"--"_s + o->names().constFirst();
        }
        if (!missing.isEmpty())
            throw UsageError(CliText::tr("--add needs %1.").arg(missing.join(u", "_s)) + u'\n' + usage);
        Recommendation r;
        r.addressee = parser.value(to);
        r.text = parser.value(what);
        r.due = parseDateOption(parser.value(due), u"due"_s);
        r.madeOn = parser.isSet(madeOn) ? parseDateOption(parser.value(madeOn), u"made-on"_s) : today;
        r.note = parser.value(note);
        if (parser.isSet(indicator)) {
            IndicatorId id = IndicatorId::I1;
            if (!IndicatorText::fromCode(parser.value(indicator).trimmed(), &id))
                throw UsageError(CliText::tr("Unknown --indicator '%1'; expected I1, I2, I3a, I3b, I4 ... I10.")
                                     .arg(parser.value(indicator)));
            r.indicator = IndicatorText::code(id);
        }
        if (const QStringList problems = RecommendationRules::check(r); !problems.isEmpty())
            throw UsageError(problems.join(u'\n'));
        Database db(databaseSpec(path));
        openDatabase(db, false);
        const qint64 id = RecommendationRepository(db).save(r);
        out() << CliText::tr("added recommendation %1").arg(id) << '\n';
        return Success;
    }
    if (parser.isSet(check)) {
        if (parser.isSet(done) == parser.isSet(notDone))
            throw UsageError(CliText::tr("--check needs one of --done and --not-done.") + u'\n' + usage);
        const qint64 id = idOption(parser, u"check"_s);
        Database db(databaseSpec(path));
        openDatabase(db, false);
        RecommendationRepository repo(db);
        std::optional<Recommendation> r = repo.get(id);
        if (!r)
            throw UsageError(CliText::tr("--check %1: no such recommendation.").arg(id));
        r->state = parser.isSet(done) ? RecommendationState::Done : RecommendationState::NotDone;
        r->checkedOn = parser.isSet(on) ? parseDateOption(parser.value(on), u"on"_s) : today;
        if (parser.isSet(note))
            r->note = parser.value(note);
        if (const QStringList problems = RecommendationRules::check(*r); !problems.isEmpty())
            throw UsageError(problems.join(u'\n'));
        repo.save(*r);
        out() << CliText::tr("recommendation %1: %2 on %3")
                     .arg(id)
                     .arg(RecommendationText::displayName(r->state), DateText::numeric(r->checkedOn))
              << '\n';
        return Success;
    }
    for (const QCommandLineOption *o : {&to, &what, &due, &madeOn, &indicator, &done, &notDone, &on}) {
        if (parser.isSet(*o))
            throw UsageError(CliText::tr("--%1 goes with --add or --check.").arg(o->names().constFirst()) + u'\n'
                             + usage);
    }
    Database db(databaseSpec(path));
    openDatabase(db, false);
    if (parser.isSet(remove)) {
        const qint64 id = idOption(parser, u"remove"_s);
        RecommendationRepository repo(db);
        if (!repo.get(id))
            throw UsageError(CliText::tr("--remove %1: no such recommendation.").arg(id));
        repo.remove(id);
        out() << CliText::tr("removed recommendation %1").arg(id) << '\n';
        return Success;
    }
    list(db);
    return Success;
}

} // namespace profrost::cli
