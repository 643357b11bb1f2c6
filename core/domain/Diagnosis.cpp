#include "domain/Diagnosis.h"

#include "domain/CodeTable.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const codetable::Entry<DiagnosisKind> kKinds[] = {
    {DiagnosisKind::SelfAssessment, u"self", u"самодиагностика", {}},
    {DiagnosisKind::Centre, u"centre", u"диагностика ЦНППМ", {}},
    {DiagnosisKind::FunctionalLiteracy, u"literacy", u"функциональная грамотность", {}},
    {DiagnosisKind::Other, u"other", u"другое", {}},
};

} // namespace

QString DiagnosisText::code(DiagnosisKind k) { return codetable::codeOf(kKinds, k); }
bool DiagnosisText::fromCode(const QString &code, DiagnosisKind *out) { return codetable::fromCodeOf(kKinds, code, out); }
QString DiagnosisText::russian(DiagnosisKind k) { return codetable::russianOf(kKinds, k); }

QString DiagnosisText::displayName(DiagnosisKind k)
{
    switch (k) {
    case DiagnosisKind::SelfAssessment: return tr("self-assessment");
    case DiagnosisKind::Centre: return tr("diagnosis by a centre (ЦНППМ, ЦОПМКП)");
    case DiagnosisKind::FunctionalLiteracy: return tr("functional literacy");
    case DiagnosisKind::Other: return tr("other");
    }
    return {};
}

bool DiagnosisText::parse(const QString &text, DiagnosisKind *out)
{
    const QString f = normalizedKey(text); // the case, ё and spaces as every importer compares them
    if (f.isEmpty())
        return false;
    if (f.startsWith(u"самодиагност"_s) || f == u"self"_s) {
        *out = DiagnosisKind::SelfAssessment;
        return true;
    }
    if (f.contains(u"цнппм"_s) || f.contains(u"цопмкп"_s) || f == u"centre"_s) {
        *out = DiagnosisKind::Centre;
        return true;
    }
    if (f == u"фг"_s || f.startsWith(u"функциональн"_s) || f == u"literacy"_s) {
        *out = DiagnosisKind::FunctionalLiteracy;
        return true;
    }
    if (f == u"другое"_s || f == u"иное"_s || f == u"other"_s) {
        *out = DiagnosisKind::Other;
        return true;
    }
    return false;
}

QList<DiagnosisKind> DiagnosisText::allKinds() { return codetable::valuesOf(kKinds); }

bool DiagnosisText::parsePercent(const QString &text, int *hundredths)
{
    static const QRegularExpression number(uR"(^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$)"_s);
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return false;
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction += u'0';
    const int value = m.captured(1).toInt() * 100 + fraction.toInt();
    if (value > 10000)
        return false;
    *hundredths = value;
    return true;
}

QString DiagnosisText::percentText(int hundredths)
{
    return numberText(hundredths) + u"\u00a0%"_s;
}

QString DiagnosisText::periodText(const DiagnosisCampaign &c)
{
    return DateText::period(c.starts, c.ends);
}

QString DiagnosisText::numberText(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    const int fraction = hundredths % 100;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(2, u'0');
        if (digits.endsWith(u'0'))
            digits.chop(1);
        text += u',' + digits;
    }
    return text;
}

} // namespace profrost
