#include "documents/TrainingPlanDocument.h"

#include "documents/DocumentText.h"
#include "documents/PlanGraphTable.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

constexpr int kFixedColumns = 4; // № | ФИО | Должность (предмет) | Последние курсы

QString noOrganisation() { return u"Без места работы"_s; }

// Whether the post names the subject already: «учитель начальных классов»
// and «начальные классы» (each word of the subject starts a word of the
// post, whatever its ending).
bool namedByPost(const QString &position, const QString &subject)
{
    const QStringList words = subject.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    for (const QString &word : words) {
        const QString stem = word.left(5);
        if (!position.startsWith(stem, Qt::CaseInsensitive) && !position.contains(u' ' + stem, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// «учитель (математика, физика)»; a post in another organisation than the
// group's names it: «педагог-организатор — МБОУ СОШ № 2».
QString postsText(const TeacherRow &t, const QString &group)
{
    QStringList out;
    for (const PostLine &p : t.posts) {
        QString text = p.position;
        QStringList subjects;
        for (const QString &subject : p.subjects) {
            if (!namedByPost(p.position, subject))
                subjects << subject;
        }
        if (!subjects.isEmpty())
            text += u" ("_s + subjects.join(u", "_s) + u')';
        if (p.organisation != group)
            text += u" — "_s + p.organisation;
        if (!out.contains(text))
            out << text;
    }
    return out.isEmpty() ? t.positions : out.join(u"; "_s);
}

// A plan runs to hundreds of rows: the body in 10 pt, the smallest size the
// official style allows in tables, so that a row is one line and a
// landscape page holds 25 teachers and more.
constexpr qreal kBodyPt = 10;

// The programmes a plan names, numbered in the annex («п. 5» in a cell):
// a title beside «2023, 72 ч» took a row two or three lines, and 900
// teachers 59 pages. Sorted by title, so that a reader finds one.
class ProgrammeList
{
public:
    struct Item
    {
        QString title;
        QString provider;
    };

    explicit ProgrammeList(const QList<TrainingPlanDocument::Line> &lines)
    {
        for (const TrainingPlanDocument::Line &line : lines) {
            if (!line.lastTitle.trimmed().isEmpty())
                add({line.lastTitle.trimmed(), line.lastProvider.trimmed()});
            for (const QString &cell : line.years) {
                for (const QString &what : planned(cell))
                    add({what, QString()});
            }
        }
        QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
        collator.setNumericMode(true);
        std::stable_sort(m_items.begin(), m_items.end(), [&](const Item &a, const Item &b) {
            if (const int c = collator.compare(a.title, b.title))
                return c < 0;
            return collator.compare(a.provider, b.provider) < 0;
        });
        for (qsizetype i = 0; i < m_items.size(); ++i)
            m_number.insert(key(m_items.at(i)), int(i) + 1);
    }

    const QList<Item> &items() const { return m_items; }

    // «2023, 72 ч, п. 5», or «нет сведений».
    QString lastCourse(const TrainingPlanDocument::Line &line) const
    {
        if (line.lastCourse.isEmpty())
            return u"нет сведений"_s;
        if (line.lastTitle.trimmed().isEmpty())
            return line.lastCourse;
        return line.lastCourse + u", п. "_s
               + QString::number(m_number.value(key({line.lastTitle.trimmed(), line.lastProvider.trimmed()})));
    }

    // A year cell: «+», or the planned programmes as «п. 5, п. 7».
    QString yearCell(const QString &cell) const
    {
        const QStringList what = planned(cell);
        if (what.isEmpty())
            return cell;
        QStringList numbers;
        for (const QString &w : what)
            numbers << u"п. "_s + QString::number(m_number.value(key({w, QString()})));
        return numbers.join(u", "_s);
    }

private:
    // The programmes or topics of a year cell (TrainingPlanDocument::lines joins several with «; »).
    static QStringList planned(const QString &cell)
    {
        if (cell.isEmpty() || cell == u"+")
            return {};
        QStringList out;
        for (const QString &part : cell.split(u"; "_s, Qt::SkipEmptyParts))
            out << part.trimmed();
        return out;
    }
    static QString key(const Item &item) { return item.title + QChar(0x1F) + item.provider; }
    void add(const Item &item)
    {
        if (!m_seen.contains(key(item))) {
            m_seen.insert(key(item));
            m_items.append(item);
        }
    }

    QList<Item> m_items;
    QSet<QString> m_seen;
    QHash<QString, int> m_number;
};

// The annex on a page of its own: «Перечень программ повышения
// квалификации» with the numbers the cells refer to.
void insertProgrammes(QTextDocument *doc, const ProgrammeList &programmes)
{
    if (programmes.items().isEmpty())
        return;
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    DocumentText::paragraph(cursor, {{u"Приложение к плану-графику"_s, false}}, Qt::AlignRight, false, 0, true);
    DocumentStyle::insertTitle(cursor, {u"Перечень программ повышения квалификации"_s,
                                        u"(пункты, на которые ссылаются графы «Последние курсы» и годы плана)"_s});
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Программа (тема)"_s, 64, Qt::AlignLeft},
        {u"Организатор"_s, 30, Qt::AlignLeft},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(programmes.items().size()), 0.6);
    for (qsizetype i = 0; i < programmes.items().size(); ++i) {
        const ProgrammeList::Item &item = programmes.items().at(i);
        const int row = int(i) + 1;
        DocumentStyle::setCell(table, row, 0, QString::number(i + 1), false, Qt::AlignHCenter, DocumentStyle::kSmallPt);
        DocumentStyle::setCell(table, row, 1, item.title, false, Qt::AlignLeft, DocumentStyle::kSmallPt);
        DocumentStyle::setCell(table, row, 2, item.provider, false, Qt::AlignLeft, DocumentStyle::kSmallPt);
    }
}

} // namespace

QString TrainingPlanDocument::title(int firstYear)
{
    return u"План-график повышения квалификации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + TrainingPlan::kYears - 1);
}

QList<TrainingPlanDocument::Line> TrainingPlanDocument::lines(const TrainingPlanDocumentData &data)
{
    QHash<qint64, const TeacherRow *> teachers;
    for (const TeacherRow &t : data.teachers)
        teachers.insert(t.id, &t);

    // The course the plan was made from: the latest completed by 1 January.
    const QDate planStart(data.firstYear, 1, 1);
    QHash<qint64, const Completion *> last;
    for (const Completion &c : data.completions) {
        if (!c.ends.isValid() || c.ends > planStart)
            continue;
        const Completion *&known = last[c.teacherId];
        if (!known || known->ends < c.ends)
            known = &c;
    }

    QHash<qint64, qsizetype> indexOf;
    QList<Line> out;
    for (const TrainingPlanEntry &e : data.entries) {
        const int year = e.plannedYear - data.firstYear;
        const TeacherRow *t = teachers.value(e.teacherId);
        if (!t || year < 0 || year >= TrainingPlan::kYears)
            continue;
        qsizetype index = indexOf.value(e.teacherId, -1);
        if (index < 0) {
            Line line;
            line.teacherId = t->id;
            line.group = t->posts.isEmpty() ? noOrganisation() : t->posts.constFirst().organisation;
            line.fullName = t->fullName();
            line.organisations = t->organisations;
            line.positions = postsText(*t, line.group);
            if (const Completion *c = last.value(t->id)) {
                line.lastCourse = u"%1, %2 ч"_s.arg(c->ends.year()).arg(c->hours);
                line.lastTitle = c->programme;
                line.lastProvider = c->provider;
            }
            for (int y = 0; y < TrainingPlan::kYears; ++y)
                line.years << QString();
            index = out.size();
            indexOf.insert(t->id, index);
            out.append(line);
        }
        QString what = e.programmeId > 0 ? data.programmeTitles.value(e.programmeId) : QString();
        if (what.trimmed().isEmpty())
            what = e.topic.trimmed();
        if (what.isEmpty())
            what = u"+"_s;
        QString &cell = out[index].years[year];
        if (cell.isEmpty() || cell == u"+")
            cell = what;
        else if (what != u"+" && !cell.contains(what))
            cell += u"; "_s + what;
    }

    // By organisation, then by name, as people look for themselves;
    // «СОШ № 2» before «СОШ № 10». Sort keys are made once per line: a
    // region's plan has 50,000 lines and comparing through the collator
    // each time took most of a second.
    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    struct Keyed
    {
        bool none;
        QCollatorSortKey group;
        QCollatorSortKey name;
        qsizetype index;
    };
    std::vector<Keyed> keys;
    keys.reserve(size_t(out.size()));
    QHash<QString, qsizetype> groupKeyOf; // few organisations: one key each
    std::vector<QCollatorSortKey> groupKeys;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const Line &l = out.at(i);
        auto it = groupKeyOf.find(l.group);
        if (it == groupKeyOf.end()) {
            it = groupKeyOf.insert(l.group, qsizetype(groupKeys.size()));
            groupKeys.push_back(collator.sortKey(l.group));
        }
        keys.push_back({l.group == noOrganisation(), groupKeys.at(size_t(*it)), collator.sortKey(l.fullName), i});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Keyed &a, const Keyed &b) {
        if (a.none != b.none)
            return b.none;
        if (const int c = a.group.compare(b.group))
            return c < 0;
        return a.name.compare(b.name) < 0;
    });
    QList<Line> sorted;
    sorted.reserve(out.size());
    for (const Keyed &k : keys)
        sorted.append(std::move(out[k.index]));
    out = std::move(sorted);
    return out;
}

QStringList TrainingPlanDocument::sheetHeader()
{
    return {u"№ п/п"_s, u"Ф.И.О."_s, u"Организация"_s, u"Должность (предмет)"_s, u"Последние курсы"_s,
            u"Год окончания"_s, u"Часы"_s, u"Организатор"_s, u"Планируемый год"_s, u"Программа / тема"_s};
}

QList<QStringList> TrainingPlanDocument::sheetRows(const TrainingPlanDocumentData &data)
{
    QList<QStringList> out;
    const QList<Line> printed = lines(data);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const Line &line = printed.at(i);
        const QStringList lastParts = line.lastCourse.split(u", "_s); // «2023», «72 ч»
        for (int y = 0; y < line.years.size(); ++y) {
            if (line.years.at(y).isEmpty())
                continue;
            const QString what = line.years.at(y) == u"+" ? QString() : line.years.at(y);
            out.append({QString::number(i + 1), line.fullName, line.group, line.positions, line.lastTitle,
                        line.lastCourse.isEmpty() ? QString() : lastParts.value(0),
                        line.lastCourse.isEmpty() ? QString() : QString(lastParts.value(1)).remove(u" ч"_s),
                        line.lastProvider, QString::number(data.firstYear + y), what});
        }
    }
    return out;
}

std::unique_ptr<QTextDocument> TrainingPlanDocument::build(const TrainingPlanDocumentData &data)
{
    // The columns of the practice (core/documents/README.md), each as wide as
    // its typical text in 10 pt, so that a teacher takes one line: the
    // longest names of a district (≈ 57 mm), a post with its subjects in
    // short («учитель (русский язык, литература)» ≈ 52 mm, «зам. директора
    // по УВР»), «2023, 144 ч, п. 12» under a header of two lines, and the
    // year columns as wide as «254 чел.» of the totals in bold. The
    // organisation is the group heading; the programmes' titles and
    // providers are in the annex.
    PlanGraphTable::Form form{title(data.firstYear),
                              data.issuer,
                              data.approval,
                              {
                                  {u"№ п/п"_s, 5.5, Qt::AlignHCenter},
                                  {u"Ф.И.О."_s, 24.5, Qt::AlignLeft},
                                  {u"Должность (предмет)"_s, 32, Qt::AlignLeft},
                                  {u"Последние курсы (год, часы, п. перечня)"_s, 18.5, Qt::AlignLeft},
                              },
                              u"Нет педагогов, которым повышение квалификации требуется в эти годы."_s,
                              data.signature};
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        form.columns.append({QString::number(data.firstYear + y), 6.5, Qt::AlignHCenter});

    const QList<Line> printed = lines(data);
    const ProgrammeList programmes(printed);
    QList<PlanGraphTable::Line> rows;
    rows.reserve(printed.size());
    QList<int> perYear(TrainingPlan::kYears, 0);
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const Line &line = printed.at(i);
        PlanGraphTable::Line row{line.group,
                                 {{QString::number(i + 1), Qt::AlignHCenter, kBodyPt},
                                  {line.fullName, Qt::AlignLeft, kBodyPt},
                                  {DocumentText::shortPosts(line.positions), Qt::AlignLeft, kBodyPt},
                                  {programmes.lastCourse(line), Qt::AlignLeft, kBodyPt}}};
        for (int y = 0; y < TrainingPlan::kYears; ++y) {
            const QString &cell = line.years.at(y);
            if (cell.isEmpty()) {
                row.cells.append(PlanGraphTable::Cell{});
                continue;
            }
            ++perYear[y];
            row.cells.append({programmes.yearCell(cell), Qt::AlignHCenter, kBodyPt});
        }
        rows.append(std::move(row));
    }
    PlanGraphTable::Totals totals{kFixedColumns, u"Итого по годам (всего в плане: %1 чел.)"_s.arg(printed.size()), {}};
    for (int y = 0; y < TrainingPlan::kYears; ++y) // «254 чел.» fits the year column on one line
        totals.cells.append({u"%1 чел."_s.arg(perYear.at(y)), Qt::AlignHCenter, kBodyPt});
    std::unique_ptr<QTextDocument> doc = PlanGraphTable::build(form, rows, totals);
    insertProgrammes(doc.get(), programmes);
    return doc;
}

} // namespace profrost
