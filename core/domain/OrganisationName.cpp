#include "domain/OrganisationName.h"

#include "util/TextNormalize.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Legal forms as abbreviations (Russian municipal and regional
// institutions: М… municipal, Г…/КГ… state and regional, Ч… private; Б
// budget, К treasury, А autonomous; ОУ school, ДОУ kindergarten, У ДО
// additional education). Compared as whole words at the start.
const QStringList &abbreviations()
{
    static const QStringList forms = [] {
        QStringList f;
        for (const char *w : {"мбоу", "мкоу", "маоу", "моу", "мбдоу", "мкдоу", "мадоу", "мдоу", "мбу", "мку", "мау",
                              "мбоудо", "мкоудо", "маоудо", "мбудо", "мкудо", "маудо", "моудо", "гбоу", "гкоу", "гаоу",
                              "кгбоу", "кгкоу", "кгаоу", "гбу", "кгбу", "кгку", "кгау", "гбдоу", "чоу", "ноу", "ано",
                              "до"})
            f << QString::fromUtf8(w);
        return f;
    }();
    return forms;
}

// Words of a spelled-out legal form («муниципальное бюджетное
// общеобразовательное учреждение», «… образовательное учреждение
// дополнительного образования»): dropped when everything before the name in
// quotes is made of them.
const QStringList &legalFormWords()
{
    static const QStringList words = [] {
        QStringList w;
        for (const char *x : {"муниципальное", "государственное", "краевое", "областное", "республиканское", "частное",
                              "бюджетное", "казенное", "автономное", "общеобразовательное", "образовательное",
                              "дошкольное", "учреждение", "организация", "дополнительного", "образования", "некоммерческая",
                              "негосударственное"})
            w << QString::fromUtf8(x);
        return w;
    }();
    return words;
}

// Long forms and the abbreviations a list writes instead (after the
// punctuation is gone: «детско-юношеская» has become two words).
const QList<std::pair<QString, QString>> &longForms()
{
    static const QList<std::pair<QString, QString>> forms = {
        {u"средняя общеобразовательная школа"_s, u"сош"_s},
        {u"основная общеобразовательная школа"_s, u"оош"_s},
        {u"начальная общеобразовательная школа"_s, u"нош"_s},
        {u"дом детского творчества"_s, u"ддт"_s},
        {u"центр детского творчества"_s, u"цдт"_s},
        {u"детско юношеская спортивная школа"_s, u"дюсш"_s},
        {u"центр развития ребенка"_s, u"црр"_s},
    };
    return forms;
}

bool onlyLegalFormWords(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!legalFormWords().contains(w) && !abbreviations().contains(w))
            return false;
    }
    return true;
}

} // namespace

QString OrganisationName::matchKey(const QString &name)
{
    QString key = normalizedKey(name);
    // «МБУ ДО» and «МБУДО» alike; dashes and quotes are spelling, not name.
    static const QRegularExpression punctuation(u"[«»\"“”„'’()\\[\\],.;:–—-]"_s);
    // A spelled-out legal form before the name in quotes: the name alone.
    if (const qsizetype open = key.indexOf(u'«'); open > 0 && onlyLegalFormWords(key.left(open)))
        key = key.mid(open);
    key.replace(punctuation, u" "_s);
    for (const auto &[longForm, abbreviation] : longForms())
        key.replace(longForm, abbreviation);
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    // Legal-form abbreviations at the start («МБУ ДО», «МКОУ»).
    while (words.size() > 1 && abbreviations().contains(words.first()))
        words.removeFirst();
    key = words.join(u' ');
    // «№6», «№ 6» and «№  6» alike.
    static const QRegularExpression number(u"№\\s*"_s);
    key.replace(number, u"№ "_s);
    return key;
}

} // namespace profrost
