#include "io/AttestationImporter.h"

#include "domain/DateText.h"
#include "io/RowCells.h"
#include "io/TeacherMatcher.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const TeacherMatcher::Columns kPerson{AttestationImporter::FullName, AttestationImporter::Surname,
                                      AttestationImporter::Name, AttestationImporter::Patronymic,
                                      AttestationImporter::BirthDate, AttestationImporter::Snils};

} // namespace

QList<ColumnSpec> AttestationImporter::columns() const
{
    return TeacherMatcher::columnSpecs(kPerson, {u"Педагог"_s, u"ФИО педагогического работника"_s}) + QList<ColumnSpec>{
        {CategoryColumn, u"Категория"_s,
         {u"Квалификационная категория"_s, u"Вид аттестации"_s, u"Результат аттестации"_s,
          u"Установленная категория"_s}},
        {Granted, u"Дата присвоения"_s,
         {u"Дата присвоения категории"_s, u"Дата решения"_s, u"Дата аттестации"_s, u"Дата установления"_s,
          u"Дата присвоения (подтверждения) категории"_s, u"Дата присвоения (подтверждения)"_s,
          u"Дата установления категории"_s}},
        {OrderNumber, u"Номер приказа"_s, {u"№ приказа"_s, u"Приказ"_s, u"Приказ №"_s}},
        {OrderDate, u"Дата приказа"_s, {u"Приказ от"_s}},
        {DecidedBy, u"Кем присвоена"_s, {u"Кем установлена"_s, u"Кем аттестован"_s, u"Аттестующий орган"_s}},
    };
}

AttestationImporter::AttestationImporter(Database &db, QDate today) : RowImporter(db, today) {}

bool AttestationImporter::parseKind(const QString &text, AttestationKind *kind, Category *category)
{
    QString key = normalizedKey(text);
    key.remove(u'(');
    key.remove(u')');
    key = key.simplified();
    if (key == u"сзд" || key.startsWith(u"соответствие") || key.startsWith(u"соотв."_s)) {
        *kind = AttestationKind::Fitness;
        *category = Category::None;
        return true;
    }
    Category c = Category::None;
    if (!CategoryText::parse(text, &c) || c == Category::None)
        return false;
    *kind = AttestationKind::Category;
    *category = c;
    return true;
}

namespace {

QString recordKey(const AttestationRecord &r)
{
    return QString::number(r.teacherId) + u'|' + AttestationText::code(r.kind) + u'|' + r.granted.toString(Qt::ISODate);
}

} // namespace

QList<int> AttestationImporter::requiredColumns() const
{
    return {CategoryColumn, Granted, OrderNumber};
}

void AttestationImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    if (!TeacherMatcher::canRecognise(map, kPerson))
        errors->append(TeacherMatcher::cannotRecogniseIssue(map, kPerson));
}

void AttestationImporter::beginPreview()
{
    m_people.emplace(m_db);
    m_seen.clear();
}

AttestationImportRecord AttestationImporter::validate(RowCells &cells)
{
    QList<RowIssue> &issues = cells.issues;
    QList<RowIssue> &rowWarnings = cells.warnings;
    auto fail = [&](int column, const QString &reason) { cells.fail(column, reason); };
    auto dateOf = [&](int column) { return cells.pastDate(column); };
    const HeaderMap &map = cells.map();
    const TableRow &row = cells.tableRow();

    AttestationImportRecord r;
    r.row = row.sourceRow;
    AttestationRecord &rec = r.record;

    const TeacherMatcher::Match who = m_people->match(map, row, kPerson, &issues);
    rec.teacherId = who.teacherId;
    r.teacherName = who.teacherName;
    if (who.otherName)
        rowWarnings.append({r.row, map.canonical(FullName),
                            tr("the registry has this SNILS as %1; the record is made for that teacher")
                                .arg(r.teacherName)});

    const QString kindText = map.cell(row, CategoryColumn);
    if (kindText.isEmpty())
        fail(CategoryColumn, tr("the category is empty"));
    else if (!parseKind(kindText, &rec.kind, &rec.category))
        fail(CategoryColumn, tr("unknown category \"%1\"; expected высшая, первая, педагог-методист, "
                                "педагог-наставник or СЗД").arg(kindText));

    rec.granted = dateOf(Granted);
    if (map.cell(row, Granted).isEmpty())
        fail(Granted, tr("the date of the decision is empty"));
    rec.orderNumber = map.cell(row, OrderNumber).simplified();
    rec.orderDate = dateOf(OrderDate);
    if (rec.orderDate.isValid() && rec.granted.isValid() && rec.orderDate < rec.granted)
        rowWarnings.append({r.row, map.canonical(OrderDate),
                            tr("the order (%1) is dated before the decision (%2)")
                                .arg(DateText::numeric(rec.orderDate), DateText::numeric(rec.granted))});

    rec.decidedBy = rec.kind == AttestationKind::Fitness ? AttestationDecider::Organisation
                                                         : AttestationDecider::Region;
    if (const QString text = map.cell(row, DecidedBy); !text.isEmpty()) {
        AttestationDecider d;
        if (!AttestationText::parse(text, &d))
            fail(DecidedBy, tr("unknown \"%1\"; expected регион (the regional commission) or ОО (the employer)")
                                .arg(text));
        else if (issues.isEmpty() && d != rec.decidedBy)
            fail(DecidedBy, rec.kind == AttestationKind::Category
                                ? tr("a qualification category is granted by the regional commission, not by "
                                     "the employer")
                                : tr("fitness for the post is decided by the employer, not by the region"));
    }

    if (issues.isEmpty()) {
        const QString key = recordKey(rec);
        if (const auto it = m_seen.constFind(key); it != m_seen.cend())
            fail(Granted, tr("repeats row %1 (the same teacher, kind and date)").arg(*it));
        else
            m_seen.insert(key, r.row);
    }
    if (issues.isEmpty() && rec.orderNumber.isEmpty())
        rowWarnings.append({r.row, map.canonical(OrderNumber), tr("no order number; the record is kept without it")});
    return r;
}

void AttestationImporter::beginApply()
{
    // The registry may have changed since the preview.
    m_people.emplace(m_db);
}

void AttestationImporter::applyRow(const AttestationImportRecord &r, ImportOutcome *outcome)
{
    if (!m_people->contains(r.record.teacherId))
        throw Error(tr("%1 (row %2) is no longer in the registry; nothing was imported.")
                        .arg(r.teacherName).arg(r.row));
    AttestationRepository repository(m_db);
    AttestationRecord rec = r.record;
    try {
        if (const qint64 id = repository.findRecord(rec.teacherId, rec.kind, rec.granted); id == 0) {
            repository.insertRecord(rec);
            ++outcome->imported;
        } else {
            const AttestationRecord before = repository.record(id);
            rec.id = id;
            // A file without the order keeps what was recorded before.
            if (rec.orderNumber.isEmpty())
                rec.orderNumber = before.orderNumber;
            if (!rec.orderDate.isValid())
                rec.orderDate = before.orderDate;
            if (rec == before) {
                ++outcome->unchanged;
            } else {
                repository.updateRecord(rec);
                ++outcome->updated;
            }
        }
    } catch (const Error &e) {
        throw Error(tr("Row %1: %2 Nothing was imported.").arg(r.row).arg(e.message()));
    }
}

} // namespace profrost
