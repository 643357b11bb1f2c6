#include "documents/MonitoringReportDocument.h"

#include "documents/DocumentText.h"
#include "domain/DateText.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// «1 организация», «3 организации», «5 организаций».
QString plural(int n, const QString &one, const QString &few, const QString &many)
{
    return DocumentText::plural(n, one, few, many);
}

QString percent(double value)
{
    return QLocale(QLocale::Russian).toString(value, 'f', 1) + u"\u00A0%"_s;
}

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

void heading(QTextCursor &cursor, const QString &text)
{
    DocumentText::paragraph(cursor, {{text, true}}, Qt::AlignLeft, false, 4);
}

// «72,5 %» and «(29 из 40)» one under the other, or the count.
QStringList valueLines(const IndicatorValue &v)
{
    if (!v.isShare() || v.status == IndicatorStatus::NoData)
        return {IndicatorText::printedFigure(v)};
    return {IndicatorText::printedFigure(v), u"(%1 из %2)"_s.arg(v.numerator).arg(*v.denominator)};
}

void insertIndicators(QTextCursor &cursor, const QList<IndicatorValue> &values)
{
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 9, Qt::AlignHCenter},
        {u"Показатель"_s, 44, Qt::AlignLeft},
        {u"Целевое значение"_s, 15, Qt::AlignHCenter},
        {u"Значение"_s, 16, Qt::AlignHCenter},
        {u"Статус"_s, 16, Qt::AlignHCenter},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(values.size()), 0.8);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const IndicatorValue &v = values.at(i);
        const int row = int(i) + 1;
        cell(table, row, 0, QString::number(row), Qt::AlignHCenter);
        cell(table, row, 1, u"%1 (%2)"_s.arg(IndicatorText::title(v.id), IndicatorText::code(v.id)), Qt::AlignLeft);
        cell(table, row, 2, MonitoringReportDocument::targetText(v), Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 3, valueLines(v).join(QChar::LineSeparator), false, Qt::AlignHCenter,
                               DocumentStyle::kSmallPt);
        cell(table, row, 4, MonitoringReportDocument::statusText(v.status), Qt::AlignHCenter,
             v.status == IndicatorStatus::NotMet);
    }
    spaceAfter(table);
}

void insertChart(QTextCursor &cursor, QTextDocument *doc, const QList<IndicatorValue> &values)
{
    const qreal widthMm = 150;
    const QImage image = MonitoringReportDocument::chart(values);
    const QUrl name(u"monitoring-chart.png"_s);
    doc->addResource(QTextDocument::ImageResource, name, QVariant(image));
    DocumentText::paragraph(cursor, {}, Qt::AlignHCenter, false, 2);
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(DocumentStyle::fromMm(widthMm));
    format.setHeight(DocumentStyle::fromMm(widthMm * image.height() / image.width()));
    cursor.insertImage(format);
    DocumentStyle::insertParagraph(cursor,
                                   u"Рисунок 1. Значения показателей (доли, %) и целевые значения (вертикальная "
                                   "черта); зелёным — достигнуто, красным — не достигнуто, серым — справочно."_s,
                                   DocumentStyle::kTablePt, false, Qt::AlignHCenter);
}

void insertForecasts(QTextCursor &cursor, const MonitoringReportData &data)
{
    const QList<QDate> dates = IndicatorForecasts::dates(data.asOf);
    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 9, Qt::AlignHCenter},
        {u"Наименование показателя"_s, 23, Qt::AlignLeft},
        {u"Целевое значение"_s, 12, Qt::AlignHCenter},
        {u"Значение на %1"_s.arg(DateText::numeric(data.asOf)), 14, Qt::AlignHCenter},
    };
    // 14 % each: a date in bold fits a line («31.08.2027» whole).
    for (const QDate &d : dates)
        columns << DocumentStyle::Column{u"Прогноз на %1"_s.arg(DateText::numeric(d)), 14, Qt::AlignHCenter};
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(data.forecasts.size()), 0.8);
    QList<int> trainingPlans, attestationPlans;
    for (qsizetype i = 0; i < data.forecasts.size(); ++i) {
        const IndicatorForecast &f = data.forecasts.at(i);
        const IndicatorValue now = findIndicator(data.indicators, f.id);
        const int row = int(i) + 1;
        cell(table, row, 0, QString::number(row), Qt::AlignHCenter);
        cell(table, row, 1, u"%1 (%2)"_s.arg(IndicatorText::title(f.id), IndicatorText::code(f.id)), Qt::AlignLeft);
        cell(table, row, 2, MonitoringReportDocument::targetText(now), Qt::AlignHCenter);
        DocumentStyle::setCell(table, row, 3, valueLines(now).join(QChar::LineSeparator), false, Qt::AlignHCenter,
                               DocumentStyle::kSmallPt);
        for (qsizetype k = 0; k < f.points.size() && k < dates.size(); ++k) {
            const ForecastPoint &p = f.points.at(k);
            QList<int> &plans = IndicatorForecasts::fromTrainingPlan(f.id) ? trainingPlans : attestationPlans;
            if (p.planFirstYear != 0 && !plans.contains(p.planFirstYear))
                plans << p.planFirstYear;
            DocumentStyle::setCell(table, row, 4 + int(k),
                                   p.value ? valueLines(*p.value).join(QChar::LineSeparator) : u"нет плана"_s,
                                   p.value && p.value->status == IndicatorStatus::NotMet, Qt::AlignHCenter,
                                   DocumentStyle::kSmallPt);
        }
    }
    spaceAfter(table);
    QStringList used;
    for (int first : std::as_const(trainingPlans))
        used << IndicatorForecasts::trainingPlanName(first);
    for (int first : std::as_const(attestationPlans))
        used << IndicatorForecasts::attestationPlanName(first);
    DocumentStyle::insertParagraph(
        cursor,
        used.isEmpty() ? u"Сохранённых планов-графиков повышения квалификации и аттестации на прогнозный период нет; "
                         "прогноз не рассчитан («нет плана»)."_s
                       : u"Прогноз рассчитан при условии выполнения планов: %1 (состав педагогических работников — "
                         "на %2). Курсы планового года считаются пройденными к 30 июня, аттестация — решённой в "
                         "последний день планового месяца."_s.arg(used.join(u"; "_s), DateText::numeric(data.asOf)),
        DocumentStyle::kTablePt);
}

void insertCriteria(QTextCursor &cursor, const QList<RegionalCriterion> &criteria)
{
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 9, Qt::AlignHCenter},
        {u"Критерий"_s, 27, Qt::AlignLeft},
        {u"Выполнение"_s, 16, Qt::AlignHCenter},
        {u"Подтверждение (планы, мониторинги, решения)"_s, 48, Qt::AlignLeft},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(criteria.size()), 0.6);
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const RegionalCriterion &c = criteria.at(i);
        const int row = int(i) + 1;
        cell(table, row, 0, QString::number(c.number), Qt::AlignHCenter);
        cell(table, row, 1, RegionalCriteria::russianTitle(c.number), Qt::AlignLeft);
        cell(table, row, 2, c.met ? u"выполняется"_s : u"не выполняется"_s, Qt::AlignHCenter, !c.met);
        QStringList lines;
        for (const QString &line : c.evidence)
            lines << u"–\u00A0"_s + line;
        DocumentStyle::setCell(table, row, 3, lines.join(QChar::LineSeparator), false, Qt::AlignLeft,
                               DocumentStyle::kSmallPt);
    }
    spaceAfter(table);
}

QString partValue(const IndicatorPart &p, IndicatorId id)
{
    return valueLines(findIndicator(p.values, id)).join(QChar::LineSeparator);
}

void insertBreakdown(QTextCursor &cursor, const MonitoringReportData &data)
{
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 8, Qt::AlignHCenter},
        {u"Организация"_s, 38, Qt::AlignLeft},
        {u"Курсовая подготовка за 3 года (I1)"_s, 18, Qt::AlignHCenter},
        {u"Молодые педагоги в формах поддержки (I5)"_s, 18, Qt::AlignHCenter},
        {u"Без курсов за 3 года (I9)"_s, 18, Qt::AlignHCenter},
    };
    QList<IndicatorPart> parts;
    for (const IndicatorPart &p : data.byOrganisation) {
        if (p.id != 0)
            parts << p;
    }
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, int(parts.size()) + 1, 0.6);
    const IndicatorId ids[] = {IndicatorId::I1, IndicatorId::I5, IndicatorId::I9};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int row = int(i) + 1;
        cell(table, row, 0, QString::number(row), Qt::AlignHCenter);
        cell(table, row, 1, parts.at(i).name, Qt::AlignLeft);
        for (int c = 0; c < 3; ++c)
            DocumentStyle::setCell(table, row, c + 2, partValue(parts.at(i), ids[c]), false, Qt::AlignHCenter,
                                   DocumentStyle::kSmallPt);
    }
    const int last = int(parts.size()) + 1;
    DocumentStyle::setMergedCell(table, last, 0, 2, u"Всего"_s, true);
    IndicatorPart whole;
    whole.values = data.indicators;
    for (int c = 0; c < 3; ++c)
        DocumentStyle::setCell(table, last, c + 2, partValue(whole, ids[c]), true, Qt::AlignHCenter,
                               DocumentStyle::kSmallPt);
    spaceAfter(table);
}

QString markText(const Recommendation &r, bool earlier)
{
    if (r.state == RecommendationState::Planned)
        return earlier ? u"не отмечено"_s : QString();
    QString text = RecommendationText::russian(r.state);
    if (r.checkedOn.isValid())
        text += u" (%1)"_s.arg(DateText::numeric(r.checkedOn));
    return text;
}

void insertRecommendations(QTextCursor &cursor, const QList<Recommendation> &list, bool earlier)
{
    const QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 9, Qt::AlignHCenter},
        {u"Кому"_s, 22, Qt::AlignLeft},
        {u"Что"_s, 39, Qt::AlignLeft},
        {u"Срок"_s, 13, Qt::AlignHCenter},
        {u"Отметка о выполнении"_s, 17, Qt::AlignLeft},
    };
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(list.size()), 1), 0.8);
    if (list.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, earlier ? u"Рекомендаций со сроком исполнения до этой даты нет."_s
                                                        : u"Рекомендации не внесены."_s,
                                      Qt::AlignHCenter);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Recommendation &r = list.at(i);
        const int row = int(i) + 1;
        cell(table, row, 0, QString::number(row), Qt::AlignHCenter);
        cell(table, row, 1, r.addressee, Qt::AlignLeft);
        QStringList what{r.text.trimmed()};
        QStringList detail;
        if (earlier)
            detail << u"мониторинг %1"_s.arg(DateText::numeric(r.madeOn));
        if (!r.indicator.trimmed().isEmpty())
            detail << u"показатель %1"_s.arg(r.indicator.trimmed());
        if (!detail.isEmpty())
            what << u"(%1)"_s.arg(detail.join(u", "_s));
        DocumentStyle::setCellLines(table, row, 2, what, Qt::AlignLeft, DocumentStyle::kSmallPt);
        cell(table, row, 3, DateText::numeric(r.due), Qt::AlignHCenter);
        QStringList mark{markText(r, earlier)};
        if (!r.note.trimmed().isEmpty())
            mark << r.note.trimmed();
        mark.removeAll(QString());
        DocumentStyle::setCell(table, row, 4, mark.join(QChar::LineSeparator), false, Qt::AlignLeft,
                               DocumentStyle::kSmallPt);
    }
    spaceAfter(table);
}

void insertPeople(QTextCursor &cursor, const QList<MonitoringPerson> &people, bool expiring)
{
    // The expiring list's bold «Категория», «Действует» and a date
    // «09.11.2027» in the small size need 15–16 % of the portrait page each,
    // or they break inside; the names give way, the organisation keeps a
    // line for «Мигнинская СОШ № 6».
    QList<DocumentStyle::Column> columns{
        {u"№ п/п"_s, 8, Qt::AlignHCenter},
        {u"Ф.И.О."_s, expiring ? 18.0 : 25.0, Qt::AlignLeft},
        {u"ОО"_s, expiring ? 25.0 : 24.0, Qt::AlignLeft},
        {u"Должность"_s, expiring ? 18.0 : 21.0, Qt::AlignLeft},
    };
    if (expiring) {
        columns << DocumentStyle::Column{u"Категория"_s, 15, Qt::AlignLeft}
                << DocumentStyle::Column{u"Действует до"_s, 16, Qt::AlignHCenter};
    } else {
        columns << DocumentStyle::Column{u"Последние курсы (окончание)"_s, 22, Qt::AlignHCenter};
    }
    QTextTable *table = DocumentStyle::insertTable(cursor, columns, std::max(int(people.size()), 1), 0.6);
    if (people.isEmpty())
        DocumentStyle::setSpanningRow(table, 1, u"Нет."_s, Qt::AlignHCenter);
    for (qsizetype i = 0; i < people.size(); ++i) {
        const MonitoringPerson &p = people.at(i);
        const int row = int(i) + 1;
        QStringList texts{QString::number(row), p.name, p.organisation, DocumentText::shortPosts(p.post)};
        if (expiring)
            texts << p.detail << DateText::numeric(p.date);
        else
            texts << (p.date.isValid() ? DateText::numeric(p.date) : u"нет сведений"_s);
        for (int c = 0; c < texts.size(); ++c)
            cell(table, row, c, texts.at(c), columns.at(c).alignment);
    }
    spaceAfter(table);
}

} // namespace

QString MonitoringReportDocument::title(QDate asOf)
{
    return u"Аналитическая справка по итогам мониторинга показателей методической работы на %1"_s.arg(
        DateText::numeric(asOf));
}

QString MonitoringReportDocument::valueText(const IndicatorValue &v)
{
    return valueLines(v).join(u' ');
}

QString MonitoringReportDocument::targetText(const IndicatorValue &v)
{
    if (!v.target || IndicatorText::targetKind(v.id) == TargetKind::None)
        return u"справочно"_s;
    const int target = int(*v.target);
    const QString unit = v.isShare() ? u"\u00A0%"_s : QString();
    if (IndicatorText::targetKind(v.id) == TargetKind::AtMost)
        return target == 0 ? u"0"_s : u"не более\u00A0%1%2"_s.arg(target).arg(unit);
    if (v.isShare() && target == 100)
        return u"100\u00A0%"_s;
    return u"не менее\u00A0%1%2"_s.arg(target).arg(unit);
}

QString MonitoringReportDocument::statusText(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return u"достигнуто"_s;
    case IndicatorStatus::NotMet: return u"не достигнуто"_s;
    case IndicatorStatus::Informative: return u"справочно"_s;
    case IndicatorStatus::NoData: return u"нет данных"_s;
    }
    return {};
}

QStringList MonitoringReportDocument::conclusions(const QList<IndicatorValue> &values)
{
    QStringList out, met, noData;
    for (const IndicatorValue &v : values) {
        const QString name = u"«%1» (%2)"_s.arg(IndicatorText::title(v.id), IndicatorText::code(v.id));
        switch (v.status) {
        case IndicatorStatus::Met: met << name; break;
        case IndicatorStatus::NoData: noData << name; break;
        case IndicatorStatus::Informative:
            out << u"Справочно: %1 — %2."_s.arg(name, valueText(v));
            break;
        case IndicatorStatus::NotMet: {
            const double target = v.target.value_or(0);
            const double gap = std::abs(v.value - target);
            QString by;
            if (v.isShare())
                by = u"ниже целевого на %1 п. п."_s.arg(QLocale(QLocale::Russian).toString(gap, 'f', 1));
            else if (IndicatorText::targetKind(v.id) == TargetKind::AtMost)
                by = u"больше допустимого на %1"_s.arg(int(std::lround(gap)));
            else
                by = u"меньше целевого на %1"_s.arg(int(std::lround(gap)));
            out << u"Целевое значение показателя %1 не достигнуто: %2 при\u00a0целевом значении %3 (%4)."_s.arg(
                name, valueText(v), targetText(v), by);
            break;
        }
        }
    }
    if (!met.isEmpty())
        out.prepend(u"Целевые значения достигнуты по показателям: %1."_s.arg(met.join(u", "_s)));
    if (!noData.isEmpty())
        out << u"Нет данных для расчёта показателей: %1; сведения следует внести в реестр."_s.arg(
            noData.join(u", "_s));
    return out;
}

QImage MonitoringReportDocument::chart(const QList<IndicatorValue> &values, int widthPx)
{
    QList<IndicatorValue> shares;
    for (const IndicatorValue &v : values) {
        if (v.isShare() || IndicatorText::isShare(v.id))
            shares << v;
    }
    const int rowPx = widthPx / 22, top = rowPx / 2, axisPx = rowPx;
    const int height = top + int(shares.size()) * rowPx + axisPx;
    QImage image(widthPx, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    const bool text = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    const int left = widthPx * 14 / 100, right = widthPx * 13 / 100;
    const int plot = widthPx - left - right;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font;
    if (text) {
        font = QFont(DocumentStyle::fontFamily());
        font.setPixelSize(rowPx * 45 / 100);
        p.setFont(font);
    }
    const auto xOf = [&](double percent) { return left + int(plot * std::clamp(percent, 0.0, 100.0) / 100.0); };
    // The scale: a line every 25 %.
    p.setPen(QPen(QColor(200, 200, 200), 1));
    for (int g = 0; g <= 100; g += 25) {
        p.drawLine(xOf(g), top, xOf(g), top + int(shares.size()) * rowPx);
        if (text) {
            p.setPen(Qt::black);
            p.drawText(QRect(xOf(g) - rowPx, top + int(shares.size()) * rowPx, 2 * rowPx, axisPx),
                       Qt::AlignCenter, u"%1 %"_s.arg(g));
            p.setPen(QPen(QColor(200, 200, 200), 1));
        }
    }
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const IndicatorValue &v = shares.at(i);
        const int y = top + int(i) * rowPx;
        if (text) {
            p.setPen(Qt::black);
            p.drawText(QRect(0, y, left - rowPx / 4, rowPx), Qt::AlignRight | Qt::AlignVCenter,
                       IndicatorText::code(v.id));
        }
        const int barTop = y + rowPx / 5, barHeight = rowPx * 3 / 5;
        if (v.status != IndicatorStatus::NoData) {
            const QColor colour = v.status == IndicatorStatus::Met      ? QColor(76, 150, 76)
                                  : v.status == IndicatorStatus::NotMet ? QColor(200, 70, 60)
                                                                        : QColor(150, 150, 150);
            p.fillRect(QRect(left, barTop, std::max(xOf(v.value) - left, 2), barHeight), colour);
        }
        if (text) {
            p.setPen(Qt::black);
            const QString label = v.status == IndicatorStatus::NoData ? u"нет данных"_s : percent(v.value);
            const int labelLeft = v.status == IndicatorStatus::NoData ? left + rowPx / 4 : xOf(v.value) + rowPx / 4;
            p.drawText(QRect(labelLeft, y, widthPx - labelLeft, rowPx), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        if (v.target && v.status != IndicatorStatus::Informative) {
            p.setPen(QPen(Qt::black, std::max(3, rowPx / 12)));
            p.drawLine(xOf(*v.target), y + rowPx / 10, xOf(*v.target), y + rowPx * 9 / 10);
        }
    }
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(left, top, left, top + int(shares.size()) * rowPx);
    p.end();
    return image;
}

std::unique_ptr<QTextDocument> MonitoringReportDocument::build(const MonitoringReportData &data)
{
    const QString titleText = title(data.asOf);
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Portrait, titleText);
    QTextCursor cursor(doc.get());
    QStringList titleLines{titleText};
    if (!data.issuer.trimmed().isEmpty())
        titleLines << data.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    const int year = DateText::academicYearStart(data.asOf);
    DocumentText::labelled(cursor, u"Цель:"_s,
                           u"оценка состояния методической работы и профессионального развития педагогических "
                           "работников по показателям региональной модели; принятие управленческих решений по "
                           "её итогам."_s);
    DocumentText::labelled(cursor, u"Сроки проведения:"_s,
                           u"с %1 по %2 (%3/%4 учебный год)."_s.arg(DateText::numeric(data.periodFrom),
                                                                     DateText::numeric(data.asOf))
                               .arg(year)
                               .arg(year + 1));
    DocumentText::labelled(cursor, u"Объекты:"_s,
                           u"%1, %2."_s.arg(plural(data.organisations, u"образовательная организация"_s,
                                                   u"образовательные организации"_s,
                                                   u"образовательных организаций"_s),
                                            plural(data.teachers, u"педагогический работник"_s,
                                                   u"педагогических работника"_s, u"педагогических работников"_s)));
    DocumentText::labelled(cursor, u"Методы:"_s,
                           u"анализ данных реестра педагогических работников, результатов диагностики "
                           "профессиональных дефицитов, документов (сведений о курсовой подготовке и аттестации, "
                           "планов работы РМО, индивидуальных образовательных маршрутов)."_s);

    heading(cursor, u"1. Значения показателей на %1"_s.arg(DateText::numeric(data.asOf)));
    insertIndicators(cursor, data.indicators);
    insertChart(cursor, doc.get(), data.indicators);

    heading(cursor, u"2. Прогнозные показатели"_s);
    insertForecasts(cursor, data);

    heading(cursor, u"3. Региональные критерии эффективности методической работы"_s);
    insertCriteria(cursor, data.criteria);
    int met = 0;
    for (const RegionalCriterion &c : data.criteria)
        met += c.met ? 1 : 0;
    DocumentStyle::insertParagraph(cursor, u"Выполняется %1 из %2 критериев."_s.arg(met).arg(data.criteria.size()),
                                   DocumentStyle::kTablePt);

    heading(cursor, u"4. Показатели по образовательным организациям"_s);
    DocumentStyle::insertParagraph(cursor, u"Организации в порядке от наименьшей доли педагогов с курсовой "
                                           "подготовкой за %1 года (I1)."_s.arg(data.trainingYears),
                                   DocumentStyle::kTablePt);
    insertBreakdown(cursor, data);

    heading(cursor, u"5. Выводы"_s);
    const QStringList sentences = conclusions(data.indicators);
    for (qsizetype i = 0; i < sentences.size(); ++i)
        DocumentText::paragraph(cursor, {{u"%1. %2"_s.arg(i + 1).arg(sentences.at(i)), false}});

    heading(cursor, u"6. Рекомендации (управленческие решения)"_s);
    insertRecommendations(cursor, data.recommendations, false);
    DocumentStyle::insertParagraph(cursor, u"Выполнение рекомендаций проверяется при следующем мониторинге."_s,
                                   DocumentStyle::kTablePt);

    heading(cursor, u"7. Выполнение рекомендаций предыдущих мониторингов (срок исполнения — по %1)"_s.arg(
                        DateText::numeric(data.asOf)));
    insertRecommendations(cursor, data.checked, true);
    int done = 0, notDone = 0;
    for (const Recommendation &r : data.checked) {
        done += r.state == RecommendationState::Done ? 1 : 0;
        notDone += r.state == RecommendationState::NotDone ? 1 : 0;
    }
    if (!data.checked.isEmpty())
        DocumentStyle::insertParagraph(
            cursor,
            u"Всего: %1; выполнено — %2, не выполнено — %3, не отмечено — %4."_s.arg(data.checked.size())
                .arg(done)
                .arg(notDone)
                .arg(data.checked.size() - done - notDone),
            DocumentStyle::kTablePt);

    DocumentStyle::Signature signer = data.signature;
    signer.position = u"Справку составил(а):"_s + QChar::LineSeparator + signer.position;
    DocumentStyle::insertSignatures(cursor, {signer});
    DocumentStyle::insertParagraph(cursor, DateText::numeric(data.asOf), DocumentStyle::kTextPt);

    // The annex: the teachers behind I9 and I10.
    DocumentText::paragraph(cursor, {{u"Приложение 1"_s, false}}, Qt::AlignRight, false, 0, true);
    DocumentText::paragraph(cursor, {{u"к аналитической справке на %1"_s.arg(DateText::numeric(data.asOf)), false}},
                            Qt::AlignRight, false, 0);
    DocumentStyle::insertTitle(cursor, {u"1. Педагогические работники без курсовой подготовки за %1 года (I9)"_s.arg(
                                            data.trainingYears)});
    insertPeople(cursor, data.overdue, false);
    DocumentStyle::insertTitle(cursor,
                               {u"2. Квалификационные категории, истекающие в течение %1 после %2 (I10)"_s.arg(
                                   plural(data.expiringMonths, u"месяца"_s, u"месяцев"_s, u"месяцев"_s),
                                   DateText::numeric(data.asOf))});
    insertPeople(cursor, data.expiring, true);
    return doc;
}

} // namespace profrost
