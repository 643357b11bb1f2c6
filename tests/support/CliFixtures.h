#pragma once

// What the CLI tests share: running the real profrost-cli (its path comes
// from PROFROST_CLI_PATH, defined for the CLI test target only) and reading
// what it printed or wrote. Header-only.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <ostream>

namespace profrost::test {

struct CliResult
{
    QStringList args;
    int exitCode = -1;
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &os, const CliResult &r)
{
    return os << "profrost-cli " << r.args.join(u' ').toStdString() << "\n  exit code: " << r.exitCode
              << "\n  stdout: " << r.out.toStdString() << "\n  stderr: " << r.err.toStdString();
}

// Runs profrost-cli with English messages in a UTF-8 locale.
inline CliResult runCli(const QStringList &args, const QString &workingDir = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PROFROST_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.setProgram(QString::fromUtf8(PROFROST_CLI_PATH));
    process.setArguments(args);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();
    INFO("profrost-cli " << args.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliResult r;
    r.args = args;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// A tool's standard output (pdftotext, unzip); the tool must succeed.
inline QByteArray toolOutput(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    INFO(program.toStdString() << ' ' << args.join(u' ').toStdString());
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// The pages of a PDF as pdftotext -layout reads them; no-break spaces
// («СОШ № 1», «Петрова А.С.») read as spaces.
inline QStringList pdfPages(const QString &pdf)
{
    QStringList pages = QString::fromUtf8(toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                                                   QStringLiteral("-")}))
                            .replace(QChar::Nbsp, u' ')
                            .split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The index of the first line containing `text`, -1 when none.
inline qsizetype lineOf(const QStringList &lines, const QString &text)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i;
    }
    return -1;
}

// Lines of the text that start with `prefix`.
inline QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(prefix))
            out << line;
    }
    return out;
}

} // namespace profrost::test
