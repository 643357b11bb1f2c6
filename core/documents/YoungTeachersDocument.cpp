#include "documents/YoungTeachersDocument.h"

#include "documents/DocumentText.h"
#include "domain/Category.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// A body cell in the size of the long lists; lines go one under another
// in the same paragraph (Qt's ODF writer makes a cell of several
// paragraphs into several cells).
void cell(QTextTable *table, int row, int column, const QStringList &lines, Qt::Alignment alignment)
{
    QStringList shown;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            shown << line.trimmed();
    }
    DocumentStyle::setCell(table, row, column, shown.join(QChar::LineSeparator), false, alignment,
                           DocumentStyle::kSmallPt);
}

void cell(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment)
{
    cell(table, row, column, QStringList{text}, alignment);
}

// «учитель (математика, информатика)».
QString postAndSubjects(const QString &positions, const QString &subjects)
{
    QString out = DocumentText::shortPosts(positions);
    if (!subjects.trimmed().isEmpty())
        out += u" ("_s + subjects.trimmed().replace(u"; "_s, u", "_s) + u')';
    return out;
}

// Several organisations one under another: «СОШ № 1;» / «ДДТ».
QStringList organisationLines(const QString &organisations)
{
    QStringList lines = organisations.split(u"; "_s, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        lines[i] += u';';
    return lines;
}

QString academicYearText(QDate day)
{
    const int year = DateText::academicYearStart(day);
    return u"%1/%2 уч. г."_s.arg(year).arg(year + 1);
}

// What supports a young teacher, one line of the first table each: their
// pairs (by first day, then the mentor), then their associations.
struct Support
{
    const Mentorship *pair = nullptr; // else the association
    QString association;
};

QList<Support> supportOf(const YoungTeacher &y, const QHash<qint64, MentorOnDay> &mentors)
{
    QList<Support> out;
    for (const Mentorship &m : y.mentorships)
        out.append(Support{&m, {}});
    std::stable_sort(out.begin(), out.end(), [&](const Support &a, const Support &b) {
        if (a.pair->starts != b.pair->starts)
            return a.pair->starts < b.pair->starts;
        return alphabeticalLess(mentors.value(a.pair->mentorId).name, mentors.value(b.pair->mentorId).name);
    });
    for (const QString &name : y.associations)
        out.append(Support{nullptr, name});
    return out;
}

QString mentorName(const QHash<qint64, MentorOnDay> &mentors, qint64 id)
{
    const MentorOnDay m = mentors.value(id);
    return m.name.isEmpty() ? u"#%1"_s.arg(id) : m.name;
}

// The first columns of both tables of young teachers.
const QList<DocumentStyle::Column> &teacherColumns(bool withMentors)
{
    // Landscape, 252 mm: «01.09.2025 / 1 год», «31.05.2027», «руководитель –
    // педагог» and «наставничества» (with its soft hyphen) unbroken.
    static const QList<DocumentStyle::Column> withMentor{
        {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
        {u"Ф.И.О. молодого педагога"_s, 14, Qt::AlignLeft},
        {u"ОО"_s, 12, Qt::AlignLeft},
        {u"Должность (предмет)"_s, 13, Qt::AlignLeft},
        {u"Дата начала работы / стаж"_s, 10, Qt::AlignHCenter},
        {u"Ф.И.О. наставника"_s, 14, Qt::AlignLeft},
        {u"Должность наставника"_s, 12.5, Qt::AlignLeft},
        {u"Форма настав\u00adничества"_s, 10, Qt::AlignLeft},
        {u"Период"_s, 9, Qt::AlignHCenter},
    };
    static const QList<DocumentStyle::Column> alone{
        {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
        {u"Ф.И.О. молодого педагога"_s, 26, Qt::AlignLeft},
        {u"ОО"_s, 24, Qt::AlignLeft},
        {u"Должность (предмет)"_s, 27.5, Qt::AlignLeft},
        {u"Дата начала работы / стаж"_s, 17, Qt::AlignHCenter},
    };
    return withMentors ? withMentor : alone;
}

void teacherCells(QTextTable *table, int row, int number, const YoungTeacher &y,
                  const QList<DocumentStyle::Column> &columns)
{
    const QList<QStringList> cells{{QString::number(number)},
                                   {y.name},
                                   organisationLines(y.organisations),
                                   {postAndSubjects(y.positions, y.subjects)},
                                   {YoungTeachersDocument::experienceText(y.experienceStart, y.experienceYears)}};
    for (int c = 0; c < cells.size(); ++c)
        cell(table, row, c, cells.at(c), columns.at(c).alignment);
}

// «более 3 наставляемых», «более 1 наставляемого».
QString moreThan(int limit)
{
    const bool one = limit % 10 == 1 && limit % 100 != 11;
    return u"более %1 %2"_s.arg(limit).arg(one ? u"наставляемого"_s : u"наставляемых"_s);
}

// «высшая категория», «без категории», «педагог-наставник»: whole on their line after the post.
QString categoryText(Category c)
{
    switch (c) {
    case Category::First:
    case Category::Highest: return CategoryText::russian(c) + u"\u00A0категория"_s;
    case Category::None: return u"без\u00A0категории"_s;
    default: return CategoryText::russian(c);
    }
}

} // namespace

QString YoungTeachersDocument::title()
{
    return u"Список молодых педагогов и их наставников"_s;
}

QString YoungTeachersDocument::experienceText(QDate start, int years)
{
    const QString date = DateText::numeric(start);
    if (years < 0)
        return date;
    const int lastTwo = years % 100, last = years % 10;
    const QString word = years == 0                          ? QString()
                         : (lastTwo >= 11 && lastTwo <= 14) ? u"лет"_s
                         : last == 1                        ? u"год"_s
                         : (last >= 2 && last <= 4)         ? u"года"_s
                                                            : u"лет"_s;
    // The experience whole on its line when the date fills the column.
    return date + u" / "_s + (years == 0 ? u"менее\u00A01\u00A0года"_s : u"%1\u00A0%2"_s.arg(years).arg(word));
}

QString YoungTeachersDocument::periodText(const Mentorship &m)
{
    if (!m.ends.isValid())
        return u"с "_s + DateText::numeric(m.starts);
    return DateText::period(m.starts, m.ends);
}

std::unique_ptr<QTextDocument> YoungTeachersDocument::build(const YoungTeachersDocumentData &data)
{
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, title());
    QTextCursor cursor(doc.get());
    QStringList titleLines{title() + u" на "_s + DateText::numeric(data.day)};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    DocumentStyle::insertParagraph(
        cursor,
        u"Молодые педагоги — педагогические работники в возрасте до 35 лет со стажем педагогической работы менее "
        "3 лет на %1. Сопровождение — наставничество (пара «наставник – наставляемый», действующая на эту дату) "
        "или участие в школе молодого педагога, работающей в %2/%3 учебном году."_s
            .arg(DateText::numeric(data.day))
            .arg(DateText::academicYearStart(data.day))
            .arg(DateText::academicYearStart(data.day) + 1),
        DocumentStyle::kTablePt);

    QList<const YoungTeacher *> supported, alone;
    int withMentor = 0, schoolOnly = 0;
    for (const YoungTeacher &y : data.teachers) {
        (y.supported() ? supported : alone) << &y;
        withMentor += y.mentorships.isEmpty() ? 0 : 1;
        schoolOnly += y.mentorships.isEmpty() && !y.associations.isEmpty() ? 1 : 0;
    }

    DocumentStyle::insertParagraph(cursor, u"1. Молодые педагоги и их наставники"_s, DocumentStyle::kTextPt, true);
    {
        const QList<DocumentStyle::Column> &columns = teacherColumns(true);
        int bodyRows = 0;
        for (const YoungTeacher *y : std::as_const(supported))
            bodyRows += int(supportOf(*y, data.mentors).size());
        QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(bodyRows, 1), 0.6);
        if (supported.isEmpty())
            DocumentStyle::setSpanningRow(table, 1, u"Молодых педагогов с наставником или в школе молодого педагога нет."_s,
                                          Qt::AlignHCenter);
        int row = 1;
        for (qsizetype i = 0; i < supported.size(); ++i) {
            const YoungTeacher &y = *supported.at(i);
            const QList<Support> lines = supportOf(y, data.mentors);
            // A teacher with two mentors: one line a pair under the teacher's cells merged, never split (PageFlow;
            // in the ODT, OdtRowBlocks).
            if (lines.size() > 1) {
                for (int c = 0; c < 5; ++c)
                    table->mergeCells(row, c, int(lines.size()), 1);
            }
            teacherCells(table, row, int(i) + 1, y, columns);
            for (const Support &s : lines) {
                if (s.pair) {
                    const MentorOnDay mentor = data.mentors.value(s.pair->mentorId);
                    QStringList post{DocumentText::shortPosts(mentor.positions)};
                    if (mentor.organisations != y.organisations && !mentor.organisations.isEmpty()) {
                        // A mentor from elsewhere: where they work, under the post.
                        if (!post.constFirst().isEmpty())
                            post.first() += u',';
                        post << organisationLines(mentor.organisations);
                    }
                    cell(table, row, 5, mentorName(data.mentors, s.pair->mentorId), Qt::AlignLeft);
                    cell(table, row, 6, post, Qt::AlignLeft);
                    cell(table, row, 7, MentorshipText::russian(s.pair->form), Qt::AlignLeft);
                    cell(table, row, 8, periodText(*s.pair), Qt::AlignHCenter);
                } else {
                    // The association in the mentor's place: its name across the mentor's columns.
                    table->mergeCells(row, 5, 1, 2);
                    cell(table, row, 5, s.association, Qt::AlignLeft);
                    cell(table, row, 7, AssociationText::russian(AssociationKind::YoungTeachers), Qt::AlignLeft);
                    cell(table, row, 8, academicYearText(data.day), Qt::AlignHCenter);
                }
                ++row;
            }
        }
    }

    DocumentStyle::insertParagraph(cursor, u"2. Молодые педагоги без наставника и сопровождения"_s,
                                   DocumentStyle::kTextPt, true);
    {
        const QList<DocumentStyle::Column> &columns = teacherColumns(false);
        QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(alone.size()), 1), 0.6);
        if (alone.isEmpty())
            DocumentStyle::setSpanningRow(table, 1,
                                          data.teachers.isEmpty() ? u"Молодых педагогов нет."_s
                                                                  : u"Все молодые педагоги имеют наставника или "
                                                                    "сопровождение."_s,
                                          Qt::AlignHCenter);
        for (qsizetype i = 0; i < alone.size(); ++i)
            teacherCells(table, int(i) + 1, int(i) + 1, *alone.at(i), columns);
    }

    DocumentStyle::insertParagraph(cursor,
                                   u"Всего молодых педагогов: %1 чел., из них с наставником — %2 чел., в школе "
                                   "молодого педагога (без наставника) — %3 чел., без сопровождения — %4 чел."_s
                                       .arg(data.teachers.size())
                                       .arg(withMentor)
                                       .arg(schoolOnly)
                                       .arg(alone.size()),
                                   DocumentStyle::kTextPt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

TableSheet YoungTeachersDocument::sheet(const YoungTeachersDocumentData &data)
{
    TableSheet sheet{u"Молодые педагоги"_s,
                     {u"Ф.И.О. молодого педагога"_s, u"ОО"_s, u"Должность"_s, u"Предмет"_s,
                      u"Дата начала педстажа"_s, u"Стаж, лет"_s, u"Возраст, лет"_s, u"Сопровождение"_s,
                      u"Наставник (объединение)"_s, u"Должность наставника"_s, u"ОО наставника"_s,
                      u"Форма наставничества"_s, u"Начало"_s, u"Окончание"_s},
                     {},
                     {}};
    for (const YoungTeacher &y : data.teachers) {
        const QStringList teacher{y.name,
                                  y.organisations,
                                  y.positions,
                                  y.subjects,
                                  DateText::numeric(y.experienceStart),
                                  y.experienceYears >= 0 ? QString::number(y.experienceYears) : QString(),
                                  y.age >= 0 ? QString::number(y.age) : QString()};
        const QList<Support> lines = supportOf(y, data.mentors);
        if (lines.isEmpty())
            sheet.rows << teacher + QStringList{u"нет"_s, {}, {}, {}, {}, {}, {}};
        for (const Support &s : lines) {
            if (s.pair) {
                const MentorOnDay mentor = data.mentors.value(s.pair->mentorId);
                sheet.rows << teacher
                                  + QStringList{u"наставник"_s,
                                                mentorName(data.mentors, s.pair->mentorId),
                                                mentor.positions,
                                                mentor.organisations,
                                                MentorshipText::russian(s.pair->form),
                                                DateText::numeric(s.pair->starts),
                                                s.pair->ends.isValid() ? DateText::numeric(s.pair->ends) : QString()};
            } else {
                const QString school = AssociationText::russian(AssociationKind::YoungTeachers);
                sheet.rows << teacher + QStringList{school, s.association, {}, {}, school, {}, {}};
            }
        }
    }
    return sheet;
}

QString MentorsDocument::title()
{
    return u"Нагрузка наставников"_s;
}

std::unique_ptr<QTextDocument> MentorsDocument::build(const MentorsDocumentData &data)
{
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, title());
    QTextCursor cursor(doc.get());
    QStringList titleLines{title() + u" на "_s + DateText::numeric(data.day)};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
        {u"Ф.И.О. наставника"_s, 21, Qt::AlignLeft},
        {u"ОО"_s, 18, Qt::AlignLeft},
        {u"Должность, категория"_s, 19, Qt::AlignLeft},
        {u"Наставляемые (Ф.И.О.)"_s, 25.5, Qt::AlignLeft},
        {u"Число настав\u00adляемых"_s, 11, Qt::AlignHCenter},
    };
    const int bodyRows = data.mentors.isEmpty() ? 1 : int(data.mentors.size()) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, bodyRows, 0.6);
    int pairs = 0, over = 0;
    QSet<qint64> mentees;
    if (data.mentors.isEmpty())
        DocumentStyle::setSpanningRow(table, 1,
                                      u"Пар наставничества, действующих на %1, нет."_s.arg(DateText::numeric(data.day)),
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < data.mentors.size(); ++i) {
        const MentorLoad &m = data.mentors.at(i);
        const int row = int(i) + 1;
        pairs += m.load();
        over += m.overLimit ? 1 : 0;
        for (const Mentorship &p : m.pairs)
            mentees.insert(p.menteeId);
        cell(table, row, 0, QString::number(i + 1), Qt::AlignHCenter);
        cell(table, row, 1, m.name, Qt::AlignLeft);
        cell(table, row, 2, organisationLines(m.organisations), Qt::AlignLeft);
        const QString posts = DocumentText::shortPosts(m.positions).trimmed();
        cell(table, row, 3, (posts.isEmpty() ? QString() : posts + u", "_s) + categoryText(m.category), Qt::AlignLeft);
        cell(table, row, 4, m.mentees, Qt::AlignLeft);
        cell(table, row, 5, QString::number(m.load()) + (m.overLimit ? u"*"_s : QString()), Qt::AlignHCenter);
    }
    if (!data.mentors.isEmpty()) {
        const int last = int(data.mentors.size()) + 1;
        DocumentStyle::setMergedCell(table, last, 0, 5, u"Итого"_s, true, Qt::AlignLeft);
        DocumentStyle::setCell(table, last, 5, QString::number(pairs), true, Qt::AlignHCenter, DocumentStyle::kSmallPt);
    }

    DocumentStyle::insertParagraph(cursor,
                                   u"Всего наставников: %1 чел., наставляемых: %2 чел. (пар наставничества: %3)."_s
                                       .arg(data.mentors.size())
                                       .arg(mentees.size())
                                       .arg(pairs),
                                   DocumentStyle::kTextPt);
    DocumentStyle::insertParagraph(
        cursor,
        over > 0 ? u"* Нагрузка выше предельной — %1 на одного наставника: %2 чел."_s.arg(moreThan(data.loadLimit)).arg(over)
                 : u"Нагрузки выше предельной (%1 на одного наставника) нет."_s.arg(moreThan(data.loadLimit)),
        DocumentStyle::kTablePt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

TableSheet MentorsDocument::sheet(const MentorsDocumentData &data)
{
    TableSheet sheet{u"Наставники"_s,
                     {u"Ф.И.О. наставника"_s, u"ОО"_s, u"Должность"_s, u"Категория"_s, u"Наставляемые"_s,
                      u"Число наставляемых"_s, u"Выше предельной (%1)"_s.arg(data.loadLimit)},
                     {},
                     {}};
    for (const MentorLoad &m : data.mentors)
        sheet.rows << QStringList{m.name,
                                  m.organisations,
                                  m.positions,
                                  CategoryText::russian(m.category),
                                  m.mentees.join(u"; "_s),
                                  QString::number(m.load()),
                                  m.overLimit ? u"да"_s : QString()};
    return sheet;
}

} // namespace profrost
