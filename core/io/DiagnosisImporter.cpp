#include "io/DiagnosisImporter.h"

#include "domain/DateText.h"
#include "domain/DiagnosisRules.h"
#include "io/RowCells.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QRegularExpression>


using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const TeacherMatcher::Columns kPerson{DiagnosisImporter::FullName, DiagnosisImporter::Surname,
                                      DiagnosisImporter::Name, DiagnosisImporter::Patronymic,
                                      DiagnosisImporter::BirthDate, DiagnosisImporter::Snils};

ColumnSpec areaSpec(const CompetencyArea &area, int column)
{
    const QString one = TrainingText::russian(area);
    // Platforms head a column «Предметная», «Предметные», «Предметные
    // компетенции», «Предметная компетентность» (a trailing «, %» or «(%)»
    // falls away with the punctuation when headers are compared).
    const QString many = TrainingText::russianPlural(area);
    QStringList aliases{many, one + u" компетенция"_s, many + u" компетенции"_s, one + u" компетентность"_s};
    if (area == CompetencyArea::Digital)
        aliases << u"ИКТ"_s << u"ИКТ-компетентность"_s << u"ИКТ-компетенции"_s;
    if (area == CompetencyArea::Psychological)
        aliases << u"психологическая"_s << u"психолого-педагогическая компетентность"_s;
    aliases.removeAll(one);
    return {column, upperFirst(one), aliases};
}

// A header no column matched that looks like a score of a competency area:
// «…, %», «… (%)», «… компетенции».
bool looksLikeAreaScore(const QString &header)
{
    const QString text = header.simplified();
    return text.endsWith(u'%') || text.endsWith(u"(%)"_s) || normalizedKey(text).contains(u"компетен"_s);
}

// «Управленческая» from «Управленческая, %»: the name the area would have.
QString areaNameOf(const QString &header)
{
    QString name = header.simplified();
    static const QRegularExpression percent(QStringLiteral("[\\s,;:]*\\(?\\s*%\\s*\\)?$"));
    name.remove(percent);
    return name.simplified();
}

QString resultKey(qint64 teacherId, const QString &campaignKey, QDate day)
{
    return QString::number(teacherId) + u'|' + campaignKey + u'|' + day.toString(Qt::ISODate);
}

// «предметная: 49,9 % → 60 %; цифровая: — → 40 %»: the areas whose score the row changes.
QString changesText(const QList<AreaScore> &before, const QList<AreaScore> &after)
{
    auto scoreIn = [](const QList<AreaScore> &scores, CompetencyArea area) -> QString {
        for (const AreaScore &s : scores) {
            if (s.area == area)
                return DiagnosisText::percentText(s.hundredths);
        }
        return u"—"_s;
    };
    QStringList parts;
    for (CompetencyArea area : TrainingText::allAreas()) {
        const QString was = scoreIn(before, area);
        const QString now = scoreIn(after, area);
        if (was != now)
            parts << TrainingText::russian(area) + u": "_s + was + u" → "_s + now;
    }
    return parts.join(u"; "_s);
}

} // namespace

DiagnosisImporter::DiagnosisImporter(Database &db, QDate today) : RowImporter(db, today)
{
    const CompetencyAreas areas = CompetencyAreas::current();
    for (const CompetencyAreaEntry &e : areas.entries()) {
        if (e.literacy && m_literacy.isNull())
            m_literacy = e.area;
        else
            m_areas << e.area;
    }
}

int DiagnosisImporter::areaColumn(const CompetencyArea &area) const
{
    const qsizetype i = m_areas.indexOf(area);
    return i < 0 ? -1 : FirstArea + int(i);
}

QList<ColumnSpec> DiagnosisImporter::columns() const
{
    QList<ColumnSpec> specs = TeacherMatcher::columnSpecs(kPerson, {u"Педагог"_s, u"Участник"_s, u"ФИО участника"_s});
    specs += QList<ColumnSpec>{
        {CampaignName, u"Диагностика"_s,
         {u"Название диагностики"_s, u"Наименование диагностики"_s, u"Диагностика (название)"_s,
          u"Название теста"_s, u"Тест"_s}},
        {KindColumn, u"Вид"_s, {u"Вид диагностики"_s, u"Тип диагностики"_s}},
        {TakenOn, u"Дата"_s,
         {u"Дата прохождения"_s, u"Дата проведения"_s, u"Дата диагностики"_s, u"Дата тестирования"_s}},
        {Result, u"Результат"_s,
         {u"Общий результат"_s, u"Итоговый результат"_s, u"Итог"_s, u"Функциональная грамотность"_s, u"ФГ"_s,
          u"Процент выполнения"_s}},
    };
    for (const CompetencyArea &area : m_areas)
        specs << areaSpec(area, areaColumn(area));
    return specs;
}

void DiagnosisImporter::checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const
{
    if (!TeacherMatcher::canRecognise(map, kPerson))
        errors->append(TeacherMatcher::cannotRecogniseIssue(map, kPerson));
    bool anyScore = map.has(Result);
    QStringList areaNames;
    for (const CompetencyArea &area : m_areas) {
        anyScore = anyScore || map.has(areaColumn(area));
        areaNames << u'"' + map.canonical(areaColumn(area)) + u'"';
    }
    for (const QString &header : map.unknownHeaders()) {
        if (looksLikeAreaScore(header))
            errors->append({0, header,
                            tr("the column \"%1\" looks like the score of a competency area the dictionary "
                               "does not have; add the area \"%2\" in Справочники (Registry → Dictionaries → "
                               "Competency areas) first, then import the file again, or remove the column")
                                .arg(header, areaNameOf(header))});
    }
    if (!anyScore)
        errors->append({0, map.canonical(Result),
                        tr("the file has no score column: expected one column per competency area (%1) or "
                           "\"Результат\" for functional literacy; the columns found are %2")
                            .arg(areaNames.join(u", "_s), map.foundColumns())});
}

void DiagnosisImporter::beginPreview()
{
    loadRegistry();
    m_fileCampaigns.clear();
    m_seen.clear();
}

DiagnosisKind DiagnosisImporter::kindOf(RowCells &cells, const QString &key, bool hasOverall)
{
    const QString text = cells.text(KindColumn);
    DiagnosisKind kind = DiagnosisKind::Other;
    const bool given = !text.isEmpty();
    if (given && !DiagnosisText::parse(text, &kind)) {
        cells.fail(KindColumn, tr("unknown kind \"%1\"; expected самодиагностика, ЦНППМ (ЦОПМКП), "
                                  "функциональная грамотность or другое")
                                   .arg(text));
        return kind;
    }
    const auto stored = m_campaigns.constFind(key);
    const auto earlier = m_fileCampaigns.constFind(key);
    if (!given) {
        if (stored != m_campaigns.cend())
            return stored->kind;
        if (earlier != m_fileCampaigns.cend())
            return earlier->kind;
        // Next year's «Самодиагностика» is what this year's was.
        if (const auto sameName = m_kindsByName.constFind(normalizedKey(cells.text(CampaignName)));
            sameName != m_kindsByName.cend())
            return *sameName;
        kind = hasOverall ? DiagnosisKind::FunctionalLiteracy : DiagnosisKind::Other;
    }
    const QString name = cells.text(CampaignName).simplified();
    if (stored != m_campaigns.cend() && stored->kind != kind) {
        cells.fail(KindColumn, tr("the diagnosis \"%1\" is recorded as %2, not as %3")
                                   .arg(stored->name, DiagnosisText::russian(stored->kind),
                                        DiagnosisText::russian(kind)));
    } else if (earlier != m_fileCampaigns.cend() && earlier->kind != kind) {
        cells.fail(given ? KindColumn : CampaignName,
                   tr("row %1 gives the diagnosis \"%2\" as %3, this row as %4")
                       .arg(earlier->row)
                       .arg(name, DiagnosisText::russian(earlier->kind), DiagnosisText::russian(kind)));
    }
    return kind;
}

void DiagnosisImporter::readScores(RowCells &cells, DiagnosisImportRecord *r)
{
    auto scoreOf = [&](int column, int *hundredths) {
        const QString text = cells.text(column);
        if (text.isEmpty())
            return false;
        if (!DiagnosisText::parsePercent(text, hundredths)) {
            cells.fail(column, tr("\"%1\" is not a score: expected per cent from 0 to 100, as 49,5 or 49.5")
                                   .arg(text));
            return false;
        }
        return true;
    };
    QList<AreaScore> areaScores;
    int firstAreaColumn = -1;
    for (const CompetencyArea &area : std::as_const(m_areas)) {
        int h = 0;
        if (scoreOf(areaColumn(area), &h)) {
            areaScores << AreaScore{area, h};
            if (firstAreaColumn < 0)
                firstAreaColumn = areaColumn(area);
        }
    }
    int overall = 0;
    const bool hasOverall = scoreOf(Result, &overall);
    if (!cells.issues.isEmpty())
        return;
    if (r->kind == DiagnosisKind::FunctionalLiteracy) {
        if (!areaScores.isEmpty())
            cells.fail(firstAreaColumn, tr("a functional-literacy diagnosis has one overall score, in "
                                           "\"Результат\"; scores by area belong to another diagnosis"));
        else if (!hasOverall)
            cells.fail(Result, tr("the overall score is empty"));
        else
            r->result.scores = {AreaScore{m_literacy, overall}};
        return;
    }
    if (areaScores.isEmpty()) {
        cells.fail(hasOverall ? Result : CampaignName,
                   hasOverall ? tr("%1 is scored by competency area; this row has only an overall result")
                                    .arg(DiagnosisText::russian(r->kind))
                              : tr("no score in this row (did the teacher take the diagnosis?)"));
        return;
    }
    if (hasOverall)
        cells.warn(Result, tr("the overall result is not stored: %1 is scored by competency area")
                               .arg(DiagnosisText::russian(r->kind)));
    r->result.scores = areaScores;
}

void DiagnosisImporter::compareWithStored(RowCells &cells, const DiagnosisImportRecord &r, const QString &key)
{
    const auto stored = m_campaigns.constFind(key);
    if (stored == m_campaigns.cend())
        return;
    const std::optional<DiagnosisResult> before =
        DiagnosisRepository(m_db).findResult(r.result.teacherId, stored->id, r.result.takenOn);
    if (before && before->scores != r.result.scores) // both in the areas' order
        cells.updates.append({r.row, r.teacherName,
                              tr("%1 of %2: %3")
                                  .arg(stored->name, DateText::numeric(r.result.takenOn),
                                       changesText(before->scores, r.result.scores))});
}

DiagnosisImportRecord DiagnosisImporter::validate(RowCells &cells)
{
    const HeaderMap &map = cells.map();
    DiagnosisImportRecord r;
    r.row = cells.row();

    const TeacherMatcher::Match who = m_people->match(map, cells.tableRow(), kPerson, &cells.issues);
    r.result.teacherId = who.teacherId;
    r.teacherName = who.teacherName;
    if (who.otherName)
        cells.warn(FullName, tr("the registry has this SNILS as %1; the result is recorded for that teacher")
                                 .arg(r.teacherName));

    r.campaignName = cells.text(CampaignName).simplified();
    if (r.campaignName.isEmpty())
        cells.fail(CampaignName, tr("the diagnosis is not named"));
    r.result.takenOn = cells.pastDate(TakenOn);
    if (cells.text(TakenOn).isEmpty())
        cells.fail(TakenOn, tr("the date is empty"));
    if (!cells.issues.isEmpty())
        return r;

    const QString key = DiagnosisRules::campaignKey(r.campaignName, r.result.takenOn);
    r.kind = kindOf(cells, key, !cells.text(Result).isEmpty());
    if (!cells.issues.isEmpty())
        return r;
    readScores(cells, &r);
    if (!cells.issues.isEmpty())
        return r;

    const QString seenKey = resultKey(r.result.teacherId, key, r.result.takenOn);
    if (const auto it = m_seen.constFind(seenKey); it != m_seen.cend()) {
        if (it->scores == r.result.scores) {
            r.repeatOf = it->row;
            cells.warn(CampaignName, tr("repeats row %1; counted once").arg(it->row));
        } else {
            cells.fail(CampaignName, tr("row %1 gives other scores of the same teacher, diagnosis and date")
                                         .arg(it->row));
        }
        return r;
    }
    m_seen.insert(seenKey, {r.row, r.result.scores});
    // The first valid row of a diagnosis the database lacks says what it is.
    if (!m_fileCampaigns.contains(key)) {
        const bool kindGiven = !cells.text(KindColumn).isEmpty();
        m_fileCampaigns.insert(key, {r.kind, r.row});
        if (!kindGiven && !m_campaigns.contains(key) && r.kind == DiagnosisKind::Other)
            cells.warn(KindColumn, tr("the kind of the new diagnosis \"%1\" is not given; it is recorded as "
                                      "другое (change it on the Diagnostics page)")
                                       .arg(r.campaignName));
    }
    compareWithStored(cells, r, key);
    return r;
}

void DiagnosisImporter::beginApply()
{
    // The registry and the campaigns may have changed since the preview.
    loadRegistry();
}

void DiagnosisImporter::loadRegistry()
{
    m_people.emplace(m_db);
    m_campaigns.clear();
    m_kindsByName.clear();
    for (const DiagnosisCampaign &c : DiagnosisRepository(m_db).campaigns()) { // by start: the latest kind wins
        m_campaigns.insert(DiagnosisRules::campaignKey(c.name, c.starts), c);
        m_kindsByName.insert(normalizedKey(c.name), c.kind);
    }
}

qint64 DiagnosisImporter::campaignFor(const DiagnosisImportRecord &r, ImportOutcome *outcome)
{
    DiagnosisRepository repository(m_db);
    const QDate day = r.result.takenOn;
    const QString key = DiagnosisRules::campaignKey(r.campaignName, day);
    QList<CompetencyArea> areas;
    for (const AreaScore &s : r.result.scores)
        areas << s.area;
    auto it = m_campaigns.find(key);
    if (it == m_campaigns.end()) {
        DiagnosisCampaign c;
        c.name = r.campaignName;
        c.kind = r.kind;
        c.starts = day;
        c.areas = areas;
        c.id = repository.addCampaign(c);
        ++outcome->campaignsCreated;
        m_campaigns.insert(key, c);
        return c.id;
    }
    // Widened to hold the result: another area, a day outside the period.
    DiagnosisCampaign c = *it;
    for (CompetencyArea area : areas) {
        if (!c.areas.contains(area))
            c.areas << area;
    }
    const QDate last = c.ends.isValid() ? c.ends : c.starts;
    if (day < c.starts) {
        c.ends = last;
        c.starts = day;
    } else if (day > last) {
        c.ends = day;
    }
    if (!(c == *it)) {
        repository.updateCampaign(c);
        *it = c;
    }
    return c.id;
}

void DiagnosisImporter::applyRow(const DiagnosisImportRecord &r, ImportOutcome *outcome)
{
    if (r.repeatOf != 0)
        return;
    if (!m_people->contains(r.result.teacherId))
        throw Error(tr("%1 (row %2) is no longer in the registry; nothing was imported.")
                        .arg(r.teacherName)
                        .arg(r.row));
    try {
        DiagnosisResult result = r.result;
        result.campaignId = campaignFor(r, outcome);
        DiagnosisRepository repository(m_db);
        const std::optional<DiagnosisResult> before =
            repository.findResult(result.teacherId, result.campaignId, result.takenOn);
        if (before && before->scores == result.scores) {
            ++outcome->unchanged;
            return;
        }
        repository.saveResult(result);
        ++(before ? outcome->updated : outcome->imported);
    } catch (const Error &e) {
        throw Error(tr("Row %1: %2 Nothing was imported.").arg(r.row).arg(e.message()));
    }
}

} // namespace profrost
