#include "cli/PracticesCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/PracticeDocument.h"
#include "util/Clock.h"
#include "store/Database.h"
#include "store/PracticeRepository.h"
#include "util/WordStems.h"

#include <QCommandLineParser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QString usageText()
{
    return CliText::tr(
        "Usage: profrost-cli practices search DB \"TEXT\" [--limit N]\n"
        "       profrost-cli practices list DB\n"
        "search: the practices of the bank whose title, subject, tags, description or authors\n"
        "hold every word of TEXT in any of its forms, best first (the title counts most,\n"
        "then the tags, the authors, the description); the matched words in [brackets].\n"
        "list: every practice of the bank by title.");
}

int search(const QStringList &args)
{
    const QString usage = usageText();
    QCommandLineParser parser;
    const QCommandLineOption limit(u"limit"_s, CliText::tr("At most N practices (default 20)."), CliText::tr("N"));
    parser.addOption(limit);
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString text = requirePositional(parser, 1, 2, CliText::tr("the text to search for"), usage);
    int most = 20;
    if (parser.isSet(limit)) {
        bool ok = false;
        most = parser.value(limit).trimmed().toInt(&ok);
        if (!ok || most <= 0)
            throw UsageError(CliText::tr("--limit needs a positive number, not '%1'.").arg(parser.value(limit)));
    }
    if (PracticeRepository::queryStems(text).isEmpty())
        throw UsageError(CliText::tr("Nothing to search for in '%1': give some words.").arg(text));
    Database db(databaseSpec(path));
    openDatabase(db, false);
    const PracticeSearchResult found = PracticeRepository(db).search(text, most);
    if (found.hits.isEmpty()) {
        out() << CliText::tr("No practice matches '%1'.").arg(text) << '\n';
        return Success;
    }
    const auto marked = [&found](const QString &s, int words) {
        return WordStems::highlight(s, found.stems, found.lastIsPrefix, u"["_s, u"]"_s, words);
    };
    int rank = 0;
    for (const PracticeHit &h : found.hits) {
        out() << ++rank << u". "_s << marked(h.title, 0) << '\n';
        QStringList facts;
        if (!h.authors.isEmpty())
            facts << marked(h.authors.join(u", "_s), 0);
        facts << PracticeText::russian(h.level);
        if (!h.subject.isEmpty())
            facts << marked(h.subject, 0);
        out() << u"   "_s << facts.join(u"; "_s) << '\n';
        if (!h.tags.isEmpty())
            out() << u"   "_s << CliText::tr("tags: %1").arg(marked(h.tags.join(u", "_s), 0)) << '\n';
        if (!h.description.isEmpty())
            out() << u"   "_s << marked(h.description.simplified(), 24) << '\n';
    }
    return Success;
}

int list(const QStringList &args)
{
    const QString usage = usageText();
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    Database db(databaseSpec(path));
    openDatabase(db, false);
    const QList<Practice> all = PracticeRepository(db).all();
    if (all.isEmpty()) {
        out() << CliText::tr("The bank holds no practice.") << '\n';
        return Success;
    }
    for (const Practice &p : all) {
        out() << CliText::tr("%1  %2  [%3; %n author(s), files: %4]", nullptr, int(p.authors.size()))
                     .arg(p.id)
                     .arg(p.title, PracticeText::russian(p.level))
                     .arg(p.files.size())
              << '\n';
    }
    return Success;
}

int reportPractice(const ReportRequest &r)
{
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    if (!r.parser.isSet(u"id"_s))
        throw UsageError(ReportText::tr("Missing --id N: the practice whose card to print "
                                        "(profrost-cli practices list DB lists them)."));
    bool isNumber = false;
    const qint64 id = r.parser.value(u"id"_s).trimmed().toLongLong(&isNumber);
    const std::optional<PracticeCardData> data =
        isNumber ? PracticeDocument::data(db, id, Clock::instance().today()) : std::nullopt;
    if (!data)
        throw UsageError(ReportText::tr("--id %1: no such practice (profrost-cli practices list DB lists them).")
                             .arg(r.parser.value(u"id"_s)));
    writeDocument(*PracticeDocument::build(*data), r.file);
    return Success;
}

} // namespace

void registerPracticesCommands()
{
    CliTables::reports().push_back(
        {u"practice"_s,
         [] {
             return CliText::tr("  report practice DB --id N --out FILE\n"
                                "                                   write the card of a practice of the bank (.pdf or .odt)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         false, &reportPractice});
}

int cmdPractices(const QStringList &args)
{
    const QString usage = usageText();
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        if (args.size() < 2)
            throw UsageError(usage);
        out() << usage << '\n';
        return Success;
    }
    const QString verb = args.at(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + u' ' + verb);
    if (verb == u"search")
        return search(rest);
    if (verb == u"list")
        return list(rest);
    throw UsageError(CliText::tr("Unknown practices command '%1'; expected search or list.").arg(verb) + u'\n' + usage);
}

} // namespace profrost::cli
