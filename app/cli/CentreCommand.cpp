#include "cli/CentreCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "documents/CentreSignatures.h"
#include "store/CentreCardRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

// The card's fields by the names the command takes: the card's own, then
// «KIND.position» and «KIND.name» for each kind of signed document.
QString *field(CentreCard &card, const QString &name)
{
    if (name == u"full_name") return &card.fullName;
    if (name == u"short_name") return &card.shortName;
    if (name == u"municipality") return &card.municipality;
    if (name == u"address") return &card.address;
    if (name == u"head_position") return &card.headPosition;
    if (name == u"head_name") return &card.headName;
    const qsizetype dot = name.indexOf(u'.');
    SignedDocument kind;
    if (dot < 0 || !CentreCardText::fromCode(name.left(dot), &kind))
        return nullptr;
    const QString part = name.mid(dot + 1);
    if (part == u"position") return &card.signers[kind].position;
    if (part == u"name") return &card.signers[kind].name;
    return nullptr;
}

QStringList fieldNames()
{
    QStringList names{u"full_name"_s, u"short_name"_s, u"municipality"_s, u"address"_s, u"head_position"_s,
                      u"head_name"_s};
    for (SignedDocument k : CentreCardText::kinds())
        names << CentreCardText::code(k) + u".position"_s << CentreCardText::code(k) + u".name"_s;
    return names;
}

void print(const CentreCard &stored)
{
    CentreCard card = stored;
    for (const QString &name : fieldNames())
        out() << name << ": " << *field(card, name) << '\n';
    // What the forms print with it: the approval block and each closing signature.
    const DocumentStyle::Approval approval = CentreSignatures::approval(card);
    out() << CliText::tr("approval: %1 ____ %2").arg(approval.position, approval.name) << '\n';
    for (SignedDocument k : CentreCardText::kinds()) {
        const DocumentStyle::Signature s = CentreSignatures::signature(card, k);
        out() << CliText::tr("signed %1: %2 ____ %3").arg(CentreCardText::code(k), s.position, s.name) << '\n';
    }
}

} // namespace

int cmdCentre(const QStringList &args)
{
    const QString usage =
        CliText::tr("Usage: profrost-cli centre DB [--set FIELD=VALUE]...\n"
                    "Shows the centre's card (who approves and signs the printed forms) or changes it.\n"
                    "Fields: %1.")
            .arg(fieldNames().join(u", "_s));
    QCommandLineParser parser;
    const QCommandLineOption set(u"set"_s, CliText::tr("Set a field of the card (may be repeated)."),
                                 CliText::tr("FIELD=VALUE"));
    parser.addOption(set);
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    const QStringList changes = parser.values(set);
    CentreCard card;
    for (const QString &change : changes) { // all checked before the database is opened
        const qsizetype eq = change.indexOf(u'=');
        if (eq <= 0 || !field(card, change.left(eq).trimmed()))
            throw UsageError(CliText::tr("--set expects FIELD=VALUE with FIELD one of: %1.")
                                 .arg(fieldNames().join(u", "_s)));
    }
    Database db(databaseSpec(path));
    openDatabase(db, false);
    CentreCardRepository repo(db);
    card = repo.load();
    if (!changes.isEmpty()) {
        for (const QString &change : changes) {
            const qsizetype eq = change.indexOf(u'=');
            *field(card, change.left(eq).trimmed()) = change.mid(eq + 1).trimmed();
        }
        repo.save(card);
        card = repo.load();
    }
    print(card);
    return Success;
}

} // namespace profrost::cli
