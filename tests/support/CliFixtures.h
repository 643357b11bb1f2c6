#pragma once

// What the CLI tests share: running the real profrost-cli (its path comes
// from PROFROST_CLI_PATH, defined for the CLI test target only) and reading
// what it printed or wrote. Header-only.

#include <catch2/catch.hpp>

#include "support/DemoCache.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

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
// `today`, when valid, is the day the command runs as (PROFROST_TODAY);
// otherwise the real day.
inline CliResult runCli(const QStringList &args, const QString &workingDir = QString(), QDate today = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PROFROST_LANG"), QStringLiteral("en"));
    if (today.isValid())
        env.insert(QStringLiteral("PROFROST_TODAY"), today.toString(Qt::ISODate));
    else
        env.remove(QStringLiteral("PROFROST_TODAY"));
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

// A word of a PDF page with its box, in points from the top left.
struct PdfWord
{
    double xMin, yMin, xMax, yMax;
    QString text;
};

// The words of every page as pdftotext -bbox reads them, in its order.
inline QList<QList<PdfWord>> pdfWordBoxes(const QString &pdf)
{
    const QString xml = QString::fromUtf8(toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf,
                                                                                   QStringLiteral("-")}));
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re"));
    QList<QList<PdfWord>> pages;
    for (const QString &pageXml : xml.split(QStringLiteral("<page ")).mid(1)) {
        QList<PdfWord> page;
        for (auto it = word.globalMatch(pageXml); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString text = m.captured(5);
            text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            page.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                         m.captured(4).toDouble(), text});
        }
        pages.append(page);
    }
    return pages;
}

// ODTs to PDFs in `outDir` by LibreOffice (soffice --convert-to pdf;
// Debian's libreoffice-writer-nogui, installed by scripts/setup), with a
// profile of its own (tests run side by side, and two LibreOffice processes
// cannot share one).
inline void convertWithLibreOffice(const QStringList &odts, const QString &outDir, const QString &profile)
{
    QProcess soffice;
    const QStringList args{QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), outDir};
    soffice.start(QStringLiteral("soffice"), args + odts);
    INFO("soffice converting " << odts.join(u' ').toStdString()
                               << " (scripts/setup installs libreoffice-writer-nogui)");
    REQUIRE(soffice.waitForStarted(30000));
    REQUIRE(soffice.waitForFinished(300000));
    INFO(soffice.readAllStandardError().toStdString());
    REQUIRE(soffice.exitCode() == 0);
}

// A printed form of the demo district: the file's name and the `report`
// command with its options («plan-graph --from 2026-09-01»).
struct DemoForm
{
    QString name;
    QStringList args;
};

// Every printed form of the demo district: plan 2 is a РМО year plan, 21
// the centre's work plan, 22 the roadmap; meeting 56 has a protocol; the
// lists of young teachers and of the mentors' load as on its day; the events
// of last academic year, the schedule from its day, the municipal stage of
// «Учитель года России 2026» (competition 5).
inline QList<DemoForm> demoForms()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {s("plan-graph"), {s("plan-graph"), s("--from"), s("2026-09-01")}},
        {s("course-schedule"), {s("course-schedule"), s("--from"), s("2026-01-01"), s("--to"), s("2026-12-31")}},
        {s("attestation"), {s("attestation"), s("--year"), s("2027")}},
        {s("attestation-five-year"), {s("attestation"), s("--year"), s("2027"), s("--five-year")}},
        {s("attestation-by-organisation"), {s("attestation"), s("--year"), s("2027"), s("--by-organisation")}},
        {s("expiring"), {s("expiring"), s("--months"), s("12"), s("--at"), s("2026-11-22")}},
        {s("rmo-plan"), {s("plan"), s("--id"), s("2")}},
        {s("work-plan"), {s("plan"), s("--id"), s("21")}},
        {s("roadmap"), {s("plan"), s("--id"), s("22")}},
        {s("protocol"), {s("protocol"), s("--id"), s("56")}},
        {s("young-teachers"), {s("young-teachers")}},
        {s("mentors"), {s("mentors")}},
        {s("events"), {s("events"), s("--from"), s("2025-09-01"), s("--to"), s("2026-08-31")}},
        {s("event-schedule"), {s("event-schedule")}},
        {s("competition"), {s("competition"), s("--id"), s("5")}},
        {s("monitoring"), {s("monitoring"), s("--as-of"), s("2026-11-22")}},
        {s("sites"), {s("sites"), s("--year"), s("2026")}},
        {s("staffing"), {s("staffing"), s("--as-of"), s("2026-12-02")}},
    };
}

// The demo district (`profrost-cli demo`: ≈ 900 teachers in 36
// organisations) in a folder of its own, and its forms printed there by
// the real executable.
class DemoDistrict
{
public:
    DemoDistrict()
    {
        REQUIRE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.profrost"));
        // Made once for this build of the CLI, then copied (support/DemoCache.h).
        const QString cached = cachedDemo(
            QStringLiteral("cli-district-") + day().toString(Qt::ISODate),
            [](const QString &made) {
                const CliResult demo = runCli({QStringLiteral("demo"), made}, {}, day());
                INFO(demo);
                REQUIRE(demo.exitCode == 0);
            },
            {QString::fromUtf8(PROFROST_CLI_PATH)});
        REQUIRE(copyDemo(cached, m_db));
    }
    // The demo district is made and printed as on this day, whatever the
    // real date: its pages are the same on every run.
    static QDate day() { return QDate(2026, 12, 2); }
    QString db() const { return m_db; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // `report` of the form into name + suffix (".pdf", ".odt"); the file's path.
    QString print(const DemoForm &form, const QString &suffix = QStringLiteral(".pdf")) const
    {
        const QString file = path(form.name + suffix);
        QStringList args{QStringLiteral("report"), form.args.constFirst(), m_db};
        args << form.args.mid(1) << QStringLiteral("--out") << file;
        const CliResult printed = runCli(args, {}, day());
        INFO(printed);
        REQUIRE(printed.exitCode == 0);
        return file;
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace profrost::test
