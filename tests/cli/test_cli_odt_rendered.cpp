// The ODT as a user sees it: each printed form of the demo district is
// written as ODT by profrost-cli, converted to PDF by LibreOffice
// (`soffice --headless --convert-to pdf`, Debian's libreoffice-writer-nogui,
// installed by scripts/setup), and compared with the program's own PDF of
// the same form: the same text, and a page count within one page.
//
// "The same text": every word of one PDF is found in the other. Line and
// page breaks differ between the two layouts (a word wrapped at its hyphen,
// a header repeated once more), so the words are looked up in the other
// text with its spaces and hyphens taken out. (It found a course's heading
// in the annex missing from the program's own PDF: a block Qt had not laid
// out yet was read as empty.)
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(toolOutput(u"pdftotext"_s, {pdf, u"-"_s})).replace(QChar::Nbsp, u' ');
}

// Spaces, hyphens and dashes out: what is left does not depend on where lines break.
QString squeezed(const QString &text)
{
    static const QRegularExpression gaps(u"[\\s\\-\u2010\u2011\u2013\u2014\u00ad]+"_s);
    return QString(text).remove(gaps);
}

// The words of `from` not found in `in`.
QStringList missingWords(const QString &from, const QString &in)
{
    const QString haystack = squeezed(in);
    QStringList missing;
    QSet<QString> seen;
    for (const QString &word : from.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        const QString needle = squeezed(word);
        if (needle.isEmpty() || seen.contains(needle))
            continue;
        seen.insert(needle);
        if (haystack.contains(needle))
            continue;
        // pdftotext joins the last word of a cell with the first of the next
        // when they stand close: «преподаватель» «условиях» read as one.
        bool joined = false;
        for (qsizetype i = 4; i + 4 <= needle.size() && !joined; ++i)
            joined = haystack.contains(needle.left(i)) && haystack.contains(needle.mid(i));
        if (!joined)
            missing << word;
    }
    return missing;
}

int pdfPageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(QString::fromUtf8(toolOutput(u"pdfinfo"_s, {pdf}))).captured(1).toInt();
}

} // namespace

TEST_CASE("Each form's ODT rendered by LibreOffice holds the PDF's text on as many pages give or take one",
          "[cli][report][odt]")
{
    const DemoDistrict district;
    const QList<DemoForm> forms = demoForms();
    const QString converted = district.path(u"libreoffice"_s);
    REQUIRE(QDir().mkpath(converted));
    QStringList odts;
    for (const DemoForm &form : forms) {
        district.print(form, u".pdf"_s);
        odts << district.print(form, u".odt"_s);
    }
    convertWithLibreOffice(odts, converted, district.path(u"profile"_s));

    for (const DemoForm &form : forms) {
        INFO(form.name.toStdString());
        const QString own = district.path(form.name + u".pdf"_s);
        const QString rendered = converted + u'/' + form.name + u".pdf"_s;
        REQUIRE(QFileInfo::exists(rendered));
        const int ownPages = pdfPageCount(own);
        // Every page counts: a blank last page (Writer's paragraph after a
        // table that fills its page) fails here (the plan-graph's annex did).
        const int renderedPages = pdfPageCount(rendered);
        INFO("pages: the program's PDF " << ownPages << ", LibreOffice's " << renderedPages);
        CHECK(std::abs(ownPages - renderedPages) <= 1);
        const QString ownText = pdfText(own);
        const QString renderedText = pdfText(rendered);
        CHECK(ownText.size() > 100);
        const QStringList lost = missingWords(ownText, renderedText);
        INFO("in the PDF, not in the ODT: " << lost.mid(0, 20).join(u' ').toStdString());
        CHECK(lost.isEmpty());
        const QStringList added = missingWords(renderedText, ownText);
        INFO("in the ODT, not in the PDF: " << added.mid(0, 20).join(u' ').toStdString());
        CHECK(added.isEmpty());
    }
}
