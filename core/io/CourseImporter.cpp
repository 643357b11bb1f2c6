#include "io/CourseImporter.h"

#include "domain/DateText.h"
#include "domain/TrainingRules.h"
#include "io/RowCells.h"
#include "io/TeacherMatcher.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const TeacherMatcher::Columns kPerson{CourseImporter::FullName, CourseImporter::Surname, CourseImporter::Name,
                                      CourseImporter::Patronymic, CourseImporter::BirthDate, CourseImporter::Snils};

} // namespace

QList<ColumnSpec> CourseImporter::columns() const
{
    return TeacherMatcher::columnSpecs(kPerson, {u"Слушатель"_s, u"ФИО слушателя"_s}) + QList<ColumnSpec>{
        {ProgrammeTitle, u"Программа"_s,
         {u"Название программы"_s, u"Наименование программы"_s, u"Программа ДПП"_s, u"Тема курсов"_s,
          u"Название курсов"_s}},
        {Provider, u"Организатор"_s,
         {u"Организатор курсов"_s, u"Организация ДПО"_s, u"Провайдер"_s, u"Место обучения"_s,
          u"Где обучался"_s}},
        {Kind, u"Вид"_s, {u"Вид программы"_s, u"Вид ДПП"_s, u"Вид обучения"_s, u"Тип программы"_s}},
        {Hours, u"Часы"_s, {u"Количество часов"_s, u"Кол-во часов"_s, u"Объем"_s, u"Объем часов"_s, u"Часов"_s}},
        {Form, u"Форма"_s, {u"Форма обучения"_s, u"Форма проведения"_s}},
        {FederalRegistry, u"Федеральный реестр"_s,
         {u"Федеральный реестр ДПП"_s, u"В федеральном реестре"_s, u"Реестр"_s}},
        {Areas, u"Компетенции"_s, {u"Области компетенций"_s, u"Компетенция"_s, u"Направления"_s}},
        {Starts, u"Дата начала"_s, {u"Начало"_s, u"Начало обучения"_s, u"Дата начала обучения"_s,
                                    u"Дата начала курсов"_s}},
        {Ends, u"Дата окончания"_s, {u"Окончание"_s, u"Окончание обучения"_s, u"Дата окончания обучения"_s,
                                     u"Дата окончания курсов"_s}},
        {Certificate, u"Номер удостоверения"_s,
         {u"Удостоверение"_s, u"№ удостоверения"_s, u"Регистрационный номер удостоверения"_s,
          u"Рег. номер удостоверения"_s}},
        {CertificateDate, u"Дата выдачи"_s, {u"Дата выдачи удостоверения"_s, u"Дата удостоверения"_s}},
    };
}

CourseImporter::CourseImporter(Database &db, QDate today) : RowImporter(db, today) {}

bool CourseImporter::parseHours(const QString &text, int *hours)
{
    static const QRegularExpression number(u"^(\\d{1,5})(?:[.,]0+)?\\s*(.*)$"_s);
    const QRegularExpressionMatch m = number.match(normalizedKey(text));
    if (!m.hasMatch())
        return false;
    QString unit = m.captured(2);
    unit.remove(u'.');
    unit.remove(u' ');
    static const QStringList units = {QString(), u"ч"_s, u"час"_s, u"часа"_s, u"часов"_s,
                                      u"акч"_s, u"акадч"_s, u"академическихчасов"_s};
    if (!units.contains(unit))
        return false;
    *hours = m.captured(1).toInt();
    return true;
}

bool CourseImporter::parseYesNo(const QString &text, bool *value)
{
    static const QStringList yes = {u"да"_s, u"+"_s, u"1"_s, u"yes"_s, u"true"_s, u"в реестре"_s};
    static const QStringList no = {QString(), u"нет"_s, u"-"_s, u"–"_s, u"—"_s, u"0"_s, u"no"_s, u"false"_s};
    const QString key = normalizedKey(text);
    if (yes.contains(key)) {
        *value = true;
        return true;
    }
    if (no.contains(key)) {
        *value = false;
        return true;
    }
    return false;
}

namespace {

// Title, provider and hours as TrainingRepository::findProgramme compares them.
QString programmeKey(const QString &title, const QString &provider, int hours)
{
    return normalizedKey(title) + u'|' + normalizedKey(provider) + u'|' + QString::number(hours);
}

QString programmeKey(const Programme &p)
{
    return programmeKey(p.title, p.provider, p.hours);
}

// What differs between two descriptions of the same programme, for a warning.
QStringList differences(const Programme &a, const Programme &b)
{
    QStringList out;
    if (a.kind != b.kind)
        out << CourseImporter::tr("kind");
    if (a.form != b.form)
        out << CourseImporter::tr("form");
    if (a.federalRegistry != b.federalRegistry)
        out << CourseImporter::tr("federal registry");
    if (a.areas != b.areas)
        out << CourseImporter::tr("competency areas");
    return out;
}

QString areaNames()
{
    QStringList names;
    for (CompetencyArea a : TrainingText::allAreas())
        names << TrainingText::russian(a);
    return names.join(u", "_s);
}

} // namespace

QList<int> CourseImporter::requiredColumns() const
{
    return {ProgrammeTitle, Provider, Hours, Starts, Ends};
}

void CourseImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    if (!TeacherMatcher::canRecognise(map, kPerson))
        errors->append(TeacherMatcher::cannotRecogniseIssue(map, kPerson));
}

void CourseImporter::beginPreview()
{
    m_people.emplace(m_db);
    m_catalogue.clear();
    for (const Programme &p : TrainingRepository(m_db).programmes())
        m_catalogue.insert(programmeKey(p), p);
    m_newProgrammes.clear();
    m_warnedProgrammes.clear();
    m_seenCompletions.clear();
    m_seenCertificates.clear();
    m_certificateOwner.clear();
}

CourseImportRecord CourseImporter::validate(RowCells &cells)
{
    QList<RowIssue> &issues = cells.issues;
    QList<RowIssue> &rowWarnings = cells.warnings;
    auto fail = [&](int column, const QString &reason) { cells.fail(column, reason); };
    auto dateOf = [&](int column) { return cells.pastDate(column); };
    const HeaderMap &map = cells.map();
    const TableRow &row = cells.tableRow();

    CourseImportRecord r;
    r.row = row.sourceRow;
    // ---- who
    const TeacherMatcher::Match who = m_people->match(map, row, kPerson, &issues);
    r.teacherId = who.teacherId;
    r.teacherName = who.teacherName;
    if (who.otherName)
        rowWarnings.append({r.row, map.canonical(FullName),
                            tr("the registry has this SNILS as %1; the course is recorded for that teacher")
                                .arg(r.teacherName)});

    // ---- what
    Programme &p = r.programme;
    p.title = map.cell(row, ProgrammeTitle).simplified();
    p.provider = map.cell(row, Provider).simplified();
    if (p.title.isEmpty())
        fail(ProgrammeTitle, tr("the programme is empty"));
    if (p.provider.isEmpty())
        fail(Provider, tr("the provider of the course is empty"));
    p.providerKind = TrainingText::guessProvider(p.provider);
    if (const QString text = map.cell(row, Kind); !text.isEmpty() && !TrainingText::parse(text, &p.kind))
        fail(Kind, tr("unknown kind \"%1\"; expected ПК (повышение квалификации) or ПП (профессиональная "
                      "переподготовка)").arg(text));
    const QString hoursText = map.cell(row, Hours);
    if (hoursText.isEmpty())
        fail(Hours, tr("the number of hours is empty"));
    else if (!parseHours(hoursText, &p.hours) || p.hours <= 0)
        fail(Hours, tr("\"%1\" is not a whole number of hours").arg(hoursText));
    if (const QString text = map.cell(row, Form); !text.isEmpty() && !TrainingText::parse(text, &p.form))
        fail(Form, tr("unknown form \"%1\"; expected очно, дистанционно or смешанно").arg(text));
    if (const QString text = map.cell(row, FederalRegistry); !parseYesNo(text, &p.federalRegistry))
        fail(FederalRegistry, tr("\"%1\" is neither да nor нет").arg(text));
    static const QRegularExpression listSeparator(u"[,;\n]"_s);
    for (const QString &part : map.cell(row, Areas).split(listSeparator, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        CompetencyArea a;
        if (!TrainingText::parse(part, &a))
            fail(Areas, tr("unknown competency area \"%1\"; expected %2").arg(part.simplified(), areaNames()));
        else if (!p.areas.contains(a))
            p.areas.append(a);
    }
    p.areas = TrainingText::inAreaOrder(p.areas);
    if (!p.title.isEmpty() && !p.provider.isEmpty() && p.hours > 0) {
        for (const QString &problem : TrainingRules::checkProgramme(p))
            fail(Hours, problem);
    }

    // ---- when, and the certificate
    r.starts = dateOf(Starts);
    r.ends = dateOf(Ends);
    if (map.cell(row, Starts).isEmpty())
        fail(Starts, tr("the start date is empty"));
    if (map.cell(row, Ends).isEmpty())
        fail(Ends, tr("the end date is empty"));
    if (r.starts.isValid() && r.ends.isValid() && r.ends < r.starts)
        fail(Ends, tr("the course ends (%1) before it starts (%2)")
                       .arg(DateText::numeric(r.ends), DateText::numeric(r.starts)));
    r.certificateNumber = map.cell(row, Certificate).simplified();
    r.certificateDate = dateOf(CertificateDate);
    if (r.certificateDate.isValid() && r.starts.isValid() && r.certificateDate < r.starts)
        fail(CertificateDate, tr("the certificate date %1 is before the course started (%2)")
                                  .arg(DateText::numeric(r.certificateDate), DateText::numeric(r.starts)));

    const QString key = programmeKey(p);
    if (issues.isEmpty()) {
        const QString completionKey = QString::number(r.teacherId) + u'|' + key + u'|'
            + r.starts.toString(Qt::ISODate) + u'|' + r.ends.toString(Qt::ISODate);
        if (const auto it = m_seenCompletions.constFind(completionKey); it != m_seenCompletions.cend())
            fail(ProgrammeTitle, tr("repeats row %1 (the same teacher and course)").arg(*it));
        else
            m_seenCompletions.insert(completionKey, r.row);
    }
    if (!issues.isEmpty())
        return r;

    if (!r.certificateNumber.isEmpty()) {
        const QString certificateKey = normalizedKey(p.provider) + u'|' + normalizedKey(r.certificateNumber);
        if (const auto it = m_seenCertificates.constFind(certificateKey);
            it != m_seenCertificates.cend() && m_certificateOwner.value(certificateKey) != r.teacherId)
            rowWarnings.append({r.row, map.canonical(Certificate),
                                tr("certificate %1 is also given to another teacher in row %2")
                                    .arg(r.certificateNumber).arg(*it)});
        else if (it == m_seenCertificates.cend()) {
            m_seenCertificates.insert(certificateKey, r.row);
            m_certificateOwner.insert(certificateKey, r.teacherId);
        }
    }

    // A new programme is announced once; a second description of the same programme
    // (or the catalogue's own) wins over this row's.
    if (const auto known = m_catalogue.constFind(key); known != m_catalogue.cend()) {
        const QStringList diff = differences(*known, p);
        if (!diff.isEmpty() && !m_warnedProgrammes.contains(key)) {
            m_warnedProgrammes.insert(key);
            rowWarnings.append({r.row, map.canonical(ProgrammeTitle),
                                tr("the catalogue describes \"%1\" with another %2; the catalogue is kept")
                                    .arg(p.title, diff.join(u", "_s))});
        }
    } else if (const auto first = m_newProgrammes.constFind(key); first != m_newProgrammes.cend()) {
        const QStringList diff = differences(first->second, p);
        if (!diff.isEmpty() && !m_warnedProgrammes.contains(key)) {
            m_warnedProgrammes.insert(key);
            rowWarnings.append({r.row, map.canonical(ProgrammeTitle),
                                tr("\"%1\" is described with another %2 in row %3; row %3 is used")
                                    .arg(p.title, diff.join(u", "_s)).arg(first->first)});
        }
    } else {
        m_newProgrammes.insert(key, {r.row, p});
        rowWarnings.append({r.row, map.canonical(ProgrammeTitle),
                             tr("programme \"%1\" (%2, %3 h) is new; it will be added to the catalogue")
                                 .arg(p.title, p.provider).arg(p.hours)});
    }
    return r;
}

void CourseImporter::beginApply()
{
    // The registry and the catalogue may have changed since the preview.
    m_people.emplace(m_db);
    m_programmeIds.clear();
    for (const Programme &p : TrainingRepository(m_db).programmes())
        m_programmeIds.insert(programmeKey(p), p.id);
    m_runs.clear();
    m_participants.clear();
}

void CourseImporter::applyRow(const CourseImportRecord &r, ImportOutcome *outcome)
{
    if (!m_people->contains(r.teacherId))
        throw Error(tr("%1 (row %2) is no longer in the registry; nothing was imported.")
                        .arg(r.teacherName).arg(r.row));
    TrainingRepository training(m_db);
    const QString key = programmeKey(r.programme);
    qint64 programmeId = m_programmeIds.value(key);
    if (programmeId == 0) {
        programmeId = training.insertProgramme(r.programme);
        m_programmeIds.insert(key, programmeId);
        ++outcome->programmesCreated;
    }
    const QString runKey = QString::number(programmeId) + u'|' + r.starts.toString(Qt::ISODate) + u'|'
        + r.ends.toString(Qt::ISODate);
    qint64 runId = m_runs.value(runKey);
    if (runId == 0) {
        runId = training.findRun(programmeId, r.starts, r.ends);
        if (runId != 0) {
            QHash<qint64, Enrolment> &list = m_participants[runId];
            for (const Enrolment &e : training.enrolments(runId))
                list.insert(e.teacherId, e);
        } else {
            CourseRun run;
            run.programmeId = programmeId;
            run.starts = r.starts;
            run.ends = r.ends;
            runId = training.insertRun(run);
            ++outcome->runsCreated;
            m_participants.insert(runId, {});
        }
        m_runs.insert(runKey, runId);
    }
    QHash<qint64, Enrolment> &list = m_participants[runId];
    const auto existing = list.constFind(r.teacherId);
    const bool isNew = existing == list.cend();
    // A file without the number or date keeps what was recorded before.
    QString number = r.certificateNumber;
    QDate date = r.certificateDate;
    if (!isNew && number.isEmpty())
        number = existing->certificateNumber;
    if (!date.isValid())
        date = !isNew && existing->certificateDate.isValid() ? existing->certificateDate : r.ends;
    const bool changed = training.recordCompletion(runId, r.teacherId, number, date);
    Enrolment after = isNew ? Enrolment{} : *existing;
    after.status = EnrolmentStatus::Completed;
    after.certificateNumber = number.simplified();
    after.certificateDate = date;
    list.insert(r.teacherId, after);
    if (isNew)
        ++outcome->imported;
    else if (changed)
        ++outcome->updated;
    else
        ++outcome->unchanged;
}

} // namespace profrost
