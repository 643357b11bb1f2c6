// Columns that fit their content (core/documents/README.md), checked on the
// PDFs profrost-cli prints from the demo district (≈ 900 teachers in 36
// organisations): the further-training plan-graph holds at least 25
// teachers on a full landscape page (one line a typical teacher), and no
// form breaks a number from its unit («254 чел.») or a word inside a cell
// («№ п/п», «дистанционно», the headers' longest words). Read with
// pdftotext (poppler-utils).
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QRegularExpression>

#include <algorithm>

using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("The further-training plan-graph of the demo district holds 25 teachers a full page", "[cli][report][columns]")
{
    const DemoDistrict district;
    const QString pdf = district.print(demoForms().constFirst()); // the plan-graph
    const QStringList pages = pdfPages(pdf);

    // The table's pages: up to the annex of the programmes. A row starts
    // with its number in the «№ п/п» column, at the left of the line.
    static const QRegularExpression numbered(uR"(^\s{0,4}(\d{1,4})\s{2,}\S)"_s);
    static const QRegularExpression total(uR"(всего в плане: (\d+) чел\.)"_s);
    QList<int> perPage;
    int rows = 0, last = 0, planned = -1;
    for (const QString &page : pages) {
        if (page.contains(u"Приложение к плану-графику"_s))
            break;
        int count = 0;
        for (const QString &line : page.split(u'\n')) {
            const QRegularExpressionMatch m = numbered.match(line);
            if (m.hasMatch() && m.captured(1).toInt() == last + 1) {
                ++count;
                ++last;
            }
        }
        if (const QRegularExpressionMatch m = total.match(page); m.hasMatch())
            planned = m.captured(1).toInt();
        perPage << count;
        rows += count;
    }
    std::string counts;
    for (int c : perPage)
        counts += std::to_string(c) + ' ';
    INFO("numbered rows a page: " << counts);
    // Every teacher of the plan counted once, in order.
    REQUIRE(planned > 700);
    CHECK(rows == planned);
    // The first page carries the approval block and the title, the last
    // the totals and the signature: the others are full.
    REQUIRE(perPage.size() >= 10);
    for (qsizetype p = 1; p + 1 < perPage.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(perPage.at(p) >= 25);
    }
    // 900 teachers took 59 pages of about 15 rows.
    CHECK(pages.size() <= 34);
}

TEST_CASE("No printed form breaks a number from its unit or a word inside a cell", "[cli][report][columns]")
{
    const DemoDistrict district;

    // Words a narrow column used to cut: a piece of one at the end of a
    // line («п/» over «п», «ориентированны» over «й», «чел» over «.»).
    const QStringList whole{u"п/п"_s,          u"чел."_s,       u"дн."_s,          u"дистанционно"_s,
                            u"ориентированный"_s, u"аттестации"_s, u"Заявляемая"_s,    u"Действительна"_s,
                            u"присвоения"_s,   u"окончания"_s,  u"Ответственные"_s, u"Примечание"_s,
                            u"Участники"_s,    u"Организатор"_s,   u"Ответственный"_s,
                            u"Категория"_s,    u"Действует"_s,  u"инновационная"_s, u"муниципальная"_s,
                            u"Нагрузка"_s,     u"Состояние"_s,  u"реализации"_s};
    // A date cut at the end of a cell's line: «09.11.202» over «7».
    static const QRegularExpression cutDate(uR"(^\d{2}\.\d{2}\.\d{0,3}$)"_s);
    static const QRegularExpression unit(uR"(^(чел|дн)\.)"_s);
    static const QRegularExpression number(uR"(\d$)"_s);
    int units = 0;
    QStringList faults; // one line each, so that a failure names them all
    for (const DemoForm &form : demoForms()) {
        const QList<QList<PdfWord>> pages = pdfWordBoxes(district.print(form));
        const QString &name = form.name;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QList<PdfWord> &page = pages.at(p);
            const QString where = u"%1, page %2: "_s.arg(name).arg(p + 1);
            for (const PdfWord &w : page) {
                for (const QString &word : whole) {
                    // «при» is a word of its own (the analytic report's conclusions), not a piece of «присвоения».
                    if (w.text.size() >= 2 && w.text.size() < word.size() && word.startsWith(w.text)
                        && w.text != u"при"_s)
                        faults << where + u"«%1» cut from «%2»"_s.arg(w.text, word);
                }
                if (cutDate.match(w.text).hasMatch())
                    faults << where + u"the date «%1…» cut"_s.arg(w.text);
                if (!unit.match(w.text).hasMatch())
                    continue;
                // The number stands just before the unit on the same line.
                ++units;
                const auto before = std::find_if(page.cbegin(), page.cend(), [&](const PdfWord &o) {
                    return std::abs(o.yMin - w.yMin) < 1 && o.xMax <= w.xMin + 0.5 && w.xMin - o.xMax < 6;
                });
                if (before == page.cend() || !number.match(before->text).hasMatch())
                    faults << where + u"«%1» without its number on its line"_s.arg(w.text);
            }
        }
    }
    INFO(faults.mid(0, 40).join(u'\n').toStdString());
    CHECK(faults.isEmpty());
    CHECK(units > 100); // the forms print «N чел.» and «N дн.» often
}
