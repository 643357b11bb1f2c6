#include "io/MentorshipImporter.h"

#include "domain/DateText.h"
#include "io/RowCells.h"
#include "store/Database.h"
#include "store/MentorshipRepository.h"
#include "util/Error.h"
#include "util/QuotedValue.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Each person by one column of the full name, its birth date and its СНИЛС
// (no separate Фамилия / Имя / Отчество: a file has two people a row).
const TeacherMatcher::Columns kMentor{MentorshipImporter::Mentor, -1, -1, -1, MentorshipImporter::MentorBirthDate,
                                     MentorshipImporter::MentorSnils};
const TeacherMatcher::Columns kMentee{MentorshipImporter::Mentee, -1, -1, -1, MentorshipImporter::MenteeBirthDate,
                                     MentorshipImporter::MenteeSnils};

QString pairKey(qint64 mentorId, qint64 menteeId, QDate starts)
{
    return QString::number(mentorId) + u'|' + QString::number(menteeId) + u'|' + starts.toString(Qt::ISODate);
}

QString dateOrDash(QDate d) { return d.isValid() ? DateText::numeric(d) : u"—"_s; }

QString textOrDash(const QString &text) { return text.isEmpty() ? u"—"_s : u'"' + QuotedValue::of(text) + u'"'; }

} // namespace

MentorshipImporter::MentorshipImporter(Database &db, QDate today) : RowImporter(db, today) {}

QList<ColumnSpec> MentorshipImporter::columns() const
{
    // Headers are compared without case, spaces and punctuation:
    // «Наставник (ФИО)» is «Наставник ФИО».
    return {
        {Mentor, u"Наставник"_s,
         {u"ФИО наставника"_s, u"Наставник ФИО"_s, u"Ф.И.О. наставника"_s, u"Педагог-наставник"_s,
          u"ФИО педагога-наставника"_s, u"Фамилия Имя Отчество наставника"_s}},
        {MentorBirthDate, u"Дата рождения наставника"_s,
         {u"Д.р. наставника"_s, u"Наставник дата рождения"_s, u"Дата рождения (наставник)"_s}},
        {MentorSnils, u"СНИЛС наставника"_s,
         {u"Наставник СНИЛС"_s, u"СНИЛС (наставник)"_s, u"СНИЛС наставника (при наличии)"_s}},
        {Mentee, u"Наставляемый"_s,
         {u"ФИО наставляемого"_s, u"Наставляемый ФИО"_s, u"Ф.И.О. наставляемого"_s, u"Наставляемый педагог"_s,
          u"Фамилия Имя Отчество наставляемого"_s, u"Молодой педагог"_s, u"ФИО молодого педагога"_s,
          u"Молодой специалист"_s, u"ФИО молодого специалиста"_s}},
        {MenteeBirthDate, u"Дата рождения наставляемого"_s,
         {u"Д.р. наставляемого"_s, u"Наставляемый дата рождения"_s, u"Дата рождения (наставляемый)"_s,
          u"Дата рождения молодого педагога"_s, u"Дата рождения молодого специалиста"_s}},
        {MenteeSnils, u"СНИЛС наставляемого"_s,
         {u"Наставляемый СНИЛС"_s, u"СНИЛС (наставляемый)"_s, u"СНИЛС наставляемого (при наличии)"_s,
          u"СНИЛС молодого педагога"_s, u"СНИЛС молодого специалиста"_s}},
        {FormColumn, u"Форма"_s,
         {u"Форма наставничества"_s, u"Вид наставничества"_s, u"Модель наставничества"_s}},
        {Starts, u"Дата начала"_s,
         {u"Начало"_s, u"Дата начала наставничества"_s, u"Начало наставничества"_s, u"Дата закрепления"_s,
          u"Дата закрепления наставника"_s}},
        {Ends, u"Дата окончания"_s,
         {u"Окончание"_s, u"Дата окончания наставничества"_s, u"Окончание наставничества"_s,
          u"Дата завершения"_s, u"Дата завершения наставничества"_s}},
        {Goals, u"Цели"_s, {u"Цель"_s, u"Цели наставничества"_s, u"Цель наставничества"_s}},
        {ResultColumn, u"Результат"_s,
         {u"Результаты"_s, u"Результат наставничества"_s, u"Результаты наставничества"_s, u"Итоги"_s}},
    };
}

void MentorshipImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    if (!TeacherMatcher::canRecognise(map, kMentor))
        errors->append({0, map.canonical(MentorSnils),
                        tr("the file has no column \"СНИЛС наставника\" nor \"Наставник\" with \"Дата рождения "
                           "наставника\", so the mentors cannot be recognised; the columns found are %1")
                            .arg(map.foundColumns())});
    if (!TeacherMatcher::canRecognise(map, kMentee))
        errors->append({0, map.canonical(MenteeSnils),
                        tr("the file has no column \"СНИЛС наставляемого\" nor \"Наставляемый\" with \"Дата "
                           "рождения наставляемого\", so the mentees cannot be recognised; the columns found are %1")
                            .arg(map.foundColumns())});
}

void MentorshipImporter::loadRegistry()
{
    m_people.emplace(m_db);
    m_stored.clear();
    for (const Mentorship &m : MentorshipRepository(m_db).all())
        m_stored.insert(pairKey(m.mentorId, m.menteeId, m.starts), m);
}

void MentorshipImporter::beginPreview()
{
    loadRegistry();
    m_seen.clear();
}

Mentorship MentorshipImporter::merged(const Mentorship &stored, const MentorshipImportRecord &r)
{
    Mentorship m = stored;
    if (r.formGiven)
        m.form = r.pair.form;
    if (r.pair.ends.isValid())
        m.ends = r.pair.ends;
    if (!r.pair.goals.isEmpty())
        m.goals = r.pair.goals;
    if (!r.pair.result.isEmpty())
        m.result = r.pair.result;
    return m;
}

MentorshipImportRecord MentorshipImporter::validate(RowCells &cells)
{
    const HeaderMap &map = cells.map();
    MentorshipImportRecord r;
    r.row = cells.row();
    Mentorship &pair = r.pair;

    const TeacherMatcher::Match mentor = m_people->match(map, cells.tableRow(), kMentor, &cells.issues);
    const TeacherMatcher::Match mentee = m_people->match(map, cells.tableRow(), kMentee, &cells.issues);
    pair.mentorId = mentor.teacherId;
    pair.menteeId = mentee.teacherId;
    r.mentorName = mentor.teacherName;
    r.menteeName = mentee.teacherName;
    if (mentor.otherName)
        cells.warn(Mentor, tr("the registry has this SNILS as %1; the pair is recorded for that teacher")
                               .arg(r.mentorName));
    if (mentee.otherName)
        cells.warn(Mentee, tr("the registry has this SNILS as %1; the pair is recorded for that teacher")
                               .arg(r.menteeName));
    if (pair.mentorId != 0 && pair.mentorId == pair.menteeId)
        cells.fail(Mentee, tr("the mentor and the mentee are the same person (%1)").arg(r.menteeName));

    const QString formText = cells.text(FormColumn);
    r.formGiven = !formText.isEmpty();
    if (r.formGiven && !MentorshipText::parse(formText, &pair.form))
        cells.fail(FormColumn, tr("unknown form \"%1\"; expected педагог – педагог, руководитель – педагог, "
                                  "студент – педагог or групповая (a hyphen or a dash between the words alike)")
                                   .arg(formText));

    // A pair may be planned ahead: MentorshipRules asks only for a first day
    // and a last day not before it.
    pair.starts = cells.date(Starts);
    if (cells.text(Starts).isEmpty())
        cells.fail(Starts, tr("the start date is empty"));
    pair.ends = cells.date(Ends);
    if (pair.starts.isValid() && pair.ends.isValid() && pair.ends < pair.starts)
        cells.fail(Ends, tr("the pair ends on %1, before it starts (%2)")
                             .arg(DateText::numeric(pair.ends), DateText::numeric(pair.starts)));
    pair.goals = cells.text(Goals);
    pair.result = cells.text(ResultColumn);
    if (!cells.issues.isEmpty())
        return r;

    const QString key = pairKey(pair.mentorId, pair.menteeId, pair.starts);
    if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
        const Mentorship &first = it->pair;
        if (first == pair) {
            r.repeatOf = it->row;
            cells.warn(Starts, tr("repeats row %1; counted once").arg(it->row));
            return r;
        }
        QStringList differ;
        if (first.form != pair.form)
            differ << tr("form");
        if (first.ends != pair.ends)
            differ << tr("end date");
        if (first.goals != pair.goals)
            differ << tr("goals");
        if (first.result != pair.result)
            differ << tr("result");
        cells.fail(Starts, tr("row %1 gives the same mentor, mentee and start date; the rows differ in: %2")
                               .arg(it->row)
                               .arg(differ.join(u", "_s)));
        return r;
    }
    m_seen.insert(key, {r.row, pair});

    const auto stored = m_stored.constFind(key);
    if (stored == m_stored.cend()) {
        if (!r.formGiven)
            cells.warn(FormColumn, tr("the form is empty; the pair is recorded as педагог – педагог"));
    } else if (const Mentorship after = merged(*stored, r); !(after == *stored)) {
        // What a real run would change in the stored pair (ImportPreview::updates).
        QStringList changes;
        if (after.form != stored->form)
            changes << tr("form: %1 → %2")
                           .arg(MentorshipText::russian(stored->form), MentorshipText::russian(after.form));
        if (after.ends != stored->ends)
            changes << tr("end date: %1 → %2").arg(dateOrDash(stored->ends), dateOrDash(after.ends));
        if (after.goals != stored->goals)
            changes << tr("goals: %1 → %2").arg(textOrDash(stored->goals), textOrDash(after.goals));
        if (after.result != stored->result)
            changes << tr("result: %1 → %2").arg(textOrDash(stored->result), textOrDash(after.result));
        cells.updates.append({r.row, tr("mentor %1, mentee %2").arg(r.mentorName, r.menteeName),
                              tr("the pair from %1: %2").arg(DateText::numeric(pair.starts), changes.join(u"; "_s))});
    }
    if (pair.starts > m_today)
        cells.warn(Starts, tr("the pair starts on %1, after today; the mentee counts as supported from that day")
                               .arg(DateText::numeric(pair.starts)));
    return r;
}

void MentorshipImporter::beginApply()
{
    // The registry and the pairs may have changed since the preview.
    loadRegistry();
}

void MentorshipImporter::applyRow(const MentorshipImportRecord &r, ImportOutcome *outcome)
{
    if (r.repeatOf != 0)
        return;
    auto checkStillThere = [&](qint64 id, const QString &name) {
        if (!m_people->contains(id))
            throw Error(tr("%1 (row %2) is no longer in the registry; nothing was imported.").arg(name).arg(r.row));
    };
    checkStillThere(r.pair.mentorId, r.mentorName);
    checkStillThere(r.pair.menteeId, r.menteeName);
    try {
        MentorshipRepository repository(m_db);
        const QString key = pairKey(r.pair.mentorId, r.pair.menteeId, r.pair.starts);
        const auto stored = m_stored.constFind(key);
        if (stored == m_stored.cend()) {
            Mentorship pair = r.pair;
            pair.id = repository.save(pair);
            m_stored.insert(key, pair);
            ++outcome->imported;
            return;
        }
        Mentorship after = merged(*stored, r);
        if (after == *stored) {
            ++outcome->unchanged;
            return;
        }
        // Like every import's row, written unchecked (store/RowVersion): the
        // pairs were read at the start of this import, and a later row of
        // the same pair must not meet this row's own write as a conflict.
        after.version = ReadVersion{};
        repository.save(after);
        m_stored.insert(key, after);
        ++outcome->updated;
    } catch (const Error &e) {
        throw Error(tr("Row %1: %2 Nothing was imported.").arg(r.row).arg(e.message()));
    }
}

} // namespace profrost
