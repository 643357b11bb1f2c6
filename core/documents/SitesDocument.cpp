#include "documents/SitesDocument.h"

#include "documents/CentreSignatures.h"
#include "domain/DateText.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

void spaceAfter(QTextTable *table)
{
    QTextTableFormat spaced = table->format();
    spaced.setBottomMargin(DocumentStyle::fromMm(3));
    table->setFormat(spaced);
}

void cell(QTextTable *table, int row, int column, const QString &text, Qt::Alignment alignment, bool bold = false)
{
    DocumentStyle::setCell(table, row, column, text.trimmed(), bold, alignment, DocumentStyle::kSmallPt);
}

QStringList titleLines(const QString &title, const QString &issuer)
{
    QStringList lines{title};
    if (!issuer.trimmed().isEmpty())
        lines << issuer.trimmed();
    return lines;
}

// «1 площадка», «3 площадки», «5 площадок»; «1 вакансия» …
QString counted(int n, const char16_t *one, const char16_t *few, const char16_t *many)
{
    const int tens = n % 100, units = n % 10;
    const char16_t *word = (tens >= 11 && tens <= 14) ? many : units == 1 ? one : (units >= 2 && units <= 4) ? few : many;
    return QString::number(n) + u' ' + QString::fromUtf16(word);
}

QString vacancies(int n) { return counted(n, u"вакансия", u"вакансии", u"вакансий"); }

// Names of the organisations and their municipalities.
struct Names
{
    QHash<qint64, QString> organisation;
    QHash<qint64, QString> municipality;
};

Names namesOf(Database &db)
{
    Names names;
    QHash<qint64, QString> municipalities;
    for (const Municipality &m : DictionaryRepository(db).municipalities())
        municipalities.insert(m.id, m.name);
    for (const Organisation &o : OrganisationRepository(db).all()) {
        names.organisation.insert(o.id, o.displayName());
        names.municipality.insert(o.id, municipalities.value(o.municipalityId));
    }
    return names;
}

} // namespace

// --- sites ---------------------------------------------------------------

QString SitesListDocument::title(int year)
{
    QString t = u"Перечень инновационных и стажировочных площадок"_s;
    if (year != 0)
        t += u" на %1 год"_s.arg(year);
    return t;
}

QString SitesListDocument::stateText(const InnovationSite &s, int year)
{
    if (year == 0)
        return SiteText::russian(s.state);
    const std::optional<SiteState> state = SiteRules::stateIn(s, year);
    return state ? SiteText::russian(*state) : u"не начата"_s;
}

std::unique_ptr<QTextDocument> SitesListDocument::build(const SitesListData &data)
{
    const QString heading = title(data.filter.year);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    QStringList lines = titleLines(heading, data.issuer);
    QStringList chosen;
    if (data.filter.level)
        chosen << u"уровень — %1"_s.arg(SiteText::russian(*data.filter.level));
    if (data.filter.status)
        chosen << u"статус — %1"_s.arg(SiteText::russian(*data.filter.status));
    if (!chosen.isEmpty())
        lines << u"(%1)"_s.arg(chosen.join(u"; "_s));
    DocumentStyle::insertTitle(cursor, lines);

    // Landscape, 252 mm: «инновационная», «стажировочная», «муниципальная»
    // and the dates unbroken; the topic takes what is left.
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Образовательная организация"_s, 16, Qt::AlignLeft},
        {u"Статус"_s, 12, Qt::AlignLeft},
        {u"Уровень"_s, 12, Qt::AlignLeft},
        {u"Тема"_s, 21, Qt::AlignLeft},
        {u"Приказ"_s, 12, Qt::AlignLeft},
        {u"Срок реализации"_s, 11, Qt::AlignHCenter},
        {u"Состояние"_s, 10, Qt::AlignLeft},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(data.lines.size()), 1), 0.6);
    if (data.lines.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Площадок нет."_s, Qt::AlignHCenter);
    QMap<SiteLevel, int> byLevel;
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        const SiteLine &l = data.lines.at(i);
        const InnovationSite &s = l.site;
        const int row = int(i) + 1;
        ++byLevel[s.level];
        QString order = SiteText::order(s);
        const QString period = s.to.isValid()
                                   ? DateText::numeric(s.from) + u"–"_s + QChar(QChar::LineSeparator) + DateText::numeric(s.to)
                                   : SiteText::period(s);
        const QStringList texts{QString::number(row),
                                l.organisation,
                                SiteText::russian(s.status),
                                SiteText::russian(s.level),
                                s.topic,
                                order,
                                period,
                                stateText(s, data.filter.year)};
        for (int c = 0; c < texts.size(); ++c)
            cell(table, row, c, texts.at(c), columns.at(c).alignment);
    }
    spaceAfter(table);
    QStringList levels;
    for (SiteLevel level : SiteText::allLevels()) {
        if (byLevel.contains(level))
            levels << u"%1 — %2"_s.arg(SiteText::russian(level)).arg(byLevel.value(level));
    }
    QString total = u"Всего: %1"_s.arg(counted(int(data.lines.size()), u"площадка", u"площадки", u"площадок"));
    if (!levels.isEmpty())
        total += u", из них по уровням: "_s + levels.join(u", "_s);
    DocumentStyle::insertParagraph(cursor, total + u"."_s, DocumentStyle::kTextPt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

TableSheet SitesListDocument::sheet(const SitesListData &data)
{
    TableSheet sheet{u"Площадки"_s,
                     {u"Образовательная организация"_s, u"Муниципалитет"_s, u"Статус"_s, u"Уровень"_s, u"Тема"_s,
                      u"Номер приказа"_s, u"Дата приказа"_s, u"Начало"_s, u"Окончание"_s, u"Состояние"_s,
                      u"Участников"_s, u"Отчёты за годы"_s},
                     {},
                     {}};
    for (const SiteLine &l : data.lines) {
        const InnovationSite &s = l.site;
        QStringList years;
        for (const SiteReport &r : s.reports)
            years << QString::number(r.year);
        sheet.rows << QStringList{l.organisation,
                                  l.municipality,
                                  SiteText::russian(s.status),
                                  SiteText::russian(s.level),
                                  s.topic,
                                  s.orderNumber,
                                  DateText::numeric(s.orderDate),
                                  DateText::numeric(s.from),
                                  DateText::numeric(s.to),
                                  stateText(s, data.filter.year),
                                  QString::number(s.people.size()),
                                  years.join(u", "_s)};
    }
    return sheet;
}

// --- staffing ------------------------------------------------------------

QString StaffingDocument::title(QDate asOf)
{
    return u"Кадровая потребность образовательных организаций на %1"_s.arg(DateText::numeric(asOf));
}

namespace {

// A totals table: one row a key, then «Всего».
void insertTotals(QTextCursor &cursor, const QString &heading, const QString &firstHeader,
                  const QMap<QString, VacancyTally> &tallies, const VacancyTally &total)
{
    DocumentStyle::insertParagraph(cursor, heading, DocumentStyle::kTextPt, true);
    const QList<DocumentStyle::Column> columns{
        {firstHeader, 50, Qt::AlignLeft},
        {u"Вакансий"_s, 25, Qt::AlignHCenter},
        {u"Ставок"_s, 25, Qt::AlignHCenter},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(tallies.size()) + 1, 0.6);
    int row = 1;
    const auto put = [&](const QString &name, const VacancyTally &t, bool bold) {
        const QStringList texts{name, QString::number(t.count), VacancyRules::rateText(t.rate)};
        for (int c = 0; c < texts.size(); ++c)
            cell(table, row, c, texts.at(c), columns.at(c).alignment, bold);
        ++row;
    };
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        put(it.key() == VacancyRules::noSubjectKey() ? u"без предмета"_s : it.key(), it.value(), false);
    put(u"Всего"_s, total, true);
    spaceAfter(table);
}

} // namespace

std::unique_ptr<QTextDocument> StaffingDocument::build(const StaffingData &data)
{
    const QString heading = title(data.asOf);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, heading);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertTitle(cursor, titleLines(heading, data.issuer));

    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 6, Qt::AlignHCenter},
        {u"Должность"_s, 20, Qt::AlignLeft},
        {u"Предмет"_s, 18, Qt::AlignLeft},
        {u"Нагрузка (ставок)"_s, 11, Qt::AlignHCenter},
        {u"Вакантна с"_s, 11, Qt::AlignHCenter},
        {u"Причина"_s, 17, Qt::AlignLeft},
        {u"Примечание"_s, 17, Qt::AlignLeft},
    };
    // A row per vacancy and one heading row per organisation.
    QStringList organisations;
    for (const VacancyLine &l : data.lines) {
        if (organisations.isEmpty() || organisations.constLast() != l.organisation)
            organisations << l.organisation;
    }
    const int rows = int(data.lines.size() + organisations.size());
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(rows, 1), 0.6);
    if (data.lines.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Вакансий на эту дату нет."_s, Qt::AlignHCenter);
    int row = 1, number = 0;
    QString current;
    bool first = true;
    for (const VacancyLine &l : data.lines) {
        if (first || l.organisation != current) {
            current = l.organisation;
            first = false;
            int count = 0;
            double rate = 0;
            for (const VacancyLine &o : data.lines) {
                if (o.organisation == current) {
                    ++count;
                    rate += o.vacancy.rate;
                }
            }
            DocumentStyle::setSpanningRow(
                table, row++,
                u"%1: %2 (%3 ст.)"_s.arg(current, vacancies(count), VacancyRules::rateText(rate)));
        }
        const Vacancy &v = l.vacancy;
        const QStringList texts{QString::number(++number),
                                v.post,
                                v.subject,
                                VacancyRules::rateText(v.rate),
                                DateText::numeric(v.since),
                                v.reason,
                                v.note};
        for (int c = 0; c < texts.size(); ++c)
            cell(table, row, c, texts.at(c), columns.at(c).alignment);
        ++row;
    }
    spaceAfter(table);
    const VacancyTally &t = data.totals.total;
    DocumentStyle::insertParagraph(
        cursor, u"Всего на %1: %2, %3 ст."_s.arg(DateText::numeric(data.asOf), vacancies(t.count), VacancyRules::rateText(t.rate)),
        DocumentStyle::kTextPt);
    if (t.count > 0) {
        insertTotals(cursor, u"Итоги по должностям"_s, u"Должность"_s, data.totals.byPost, t);
        insertTotals(cursor, u"Итоги по предметам"_s, u"Предмет"_s, data.totals.bySubject, t);
        if (data.totals.byMunicipality.size() > 1)
            insertTotals(cursor, u"Итоги по муниципалитетам"_s, u"Муниципалитет"_s, data.totals.byMunicipality, t);
    }
    DocumentStyle::insertParagraph(cursor,
                                   u"Примечание. Учтены вакансии, открытые на дату: вакантные с этой даты или "
                                   "раньше и не замещённые к ней (замещённая в этот день не учтена)."_s,
                                   DocumentStyle::kTablePt);
    DocumentStyle::insertSignatures(cursor, {data.signature});
    return doc;
}

TableSheet StaffingDocument::sheet(const QList<VacancyLine> &lines, QDate asOf)
{
    TableSheet sheet{u"Вакансии"_s,
                     {u"Образовательная организация"_s, u"Муниципалитет"_s, u"Должность"_s, u"Предмет"_s, u"Ставок"_s,
                      u"Вакантна с"_s, u"Причина"_s, u"Состояние на %1"_s.arg(DateText::numeric(asOf)),
                      u"Кем замещена"_s, u"Дата замещения"_s, u"Примечание"_s},
                     {},
                     {}};
    for (const VacancyLine &l : lines) {
        const Vacancy &v = l.vacancy;
        const QString state = VacancyRules::isOpenOn(v, asOf) ? u"открыта"_s
                              : v.since > asOf                ? u"ещё не открыта"_s
                                                              : u"замещена"_s;
        sheet.rows << QStringList{l.organisation, l.municipality, v.post, v.subject, VacancyRules::rateText(v.rate),
                                  DateText::numeric(v.since), v.reason, state, l.filledBy,
                                  DateText::numeric(v.filledOn), v.note};
    }
    return sheet;
}

// --- from the database ---------------------------------------------------

SitesListData SiteReports::sitesData(Database &db, const SiteFilter &filter)
{
    SitesListData data;
    data.filter = filter;
    const Names names = namesOf(db);
    for (const InnovationSite &s : SiteRepository(db).filtered(filter))
        data.lines << SiteLine{s, names.organisation.value(s.organisationId), names.municipality.value(s.organisationId)};
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    const DocumentStyle::Approval head = CentreSignatures::approval(card);
    data.signature = {head.position, head.name};
    return data;
}

QList<VacancyLine> SiteReports::vacancyLines(Database &db)
{
    const Names names = namesOf(db);
    const QHash<qint64, QString> teachers = TeacherRepository(db).fullNames();
    QList<VacancyLine> lines;
    for (const Vacancy &v : VacancyRepository(db).all()) {
        VacancyLine l{v, names.organisation.value(v.organisationId), names.municipality.value(v.organisationId), {}};
        l.filledBy = v.filledByTeacherId != 0 ? teachers.value(v.filledByTeacherId) : v.filledByName;
        lines << l;
    }
    std::stable_sort(lines.begin(), lines.end(), [](const VacancyLine &a, const VacancyLine &b) {
        if (a.municipality != b.municipality)
            return a.municipality.localeAwareCompare(b.municipality) < 0;
        if (a.organisation != b.organisation)
            return a.organisation.localeAwareCompare(b.organisation) < 0;
        return a.vacancy.since < b.vacancy.since;
    });
    return lines;
}

StaffingData SiteReports::staffingData(Database &db, QDate asOf)
{
    StaffingData data;
    data.asOf = asOf;
    for (const VacancyLine &l : vacancyLines(db)) {
        if (VacancyRules::isOpenOn(l.vacancy, asOf))
            data.lines << l;
    }
    data.totals = VacancyRepository(db).totals(asOf);
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    const DocumentStyle::Approval head = CentreSignatures::approval(card);
    data.signature = {head.position, head.name};
    return data;
}

} // namespace profrost
