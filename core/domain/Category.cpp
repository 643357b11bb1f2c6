#include "domain/Category.h"

#include "util/TextNormalize.h"

namespace profrost {

QString CategoryText::code(Category c)
{
    switch (c) {
    case Category::None: return {};
    case Category::First: return QStringLiteral("first");
    case Category::Highest: return QStringLiteral("highest");
    case Category::Methodist: return QStringLiteral("methodist");
    case Category::Mentor: return QStringLiteral("mentor");
    }
    return {};
}

Category CategoryText::fromCode(const QString &code)
{
    for (Category c : all()) {
        if (CategoryText::code(c) == code)
            return c;
    }
    return Category::None;
}

QString CategoryText::russian(Category c)
{
    switch (c) {
    case Category::None: return QStringLiteral("без категории");
    case Category::First: return QStringLiteral("первая");
    case Category::Highest: return QStringLiteral("высшая");
    case Category::Methodist: return QStringLiteral("педагог-методист");
    case Category::Mentor: return QStringLiteral("педагог-наставник");
    }
    return {};
}

QString CategoryText::displayName(Category c)
{
    switch (c) {
    case Category::None: return tr("no category");
    case Category::First: return tr("first");
    case Category::Highest: return tr("highest");
    case Category::Methodist: return tr("teacher-methodologist");
    case Category::Mentor: return tr("teacher-mentor");
    }
    return {};
}

bool CategoryText::parse(const QString &text, Category *out)
{
    QString key = normalizedKey(text);
    key.remove(QStringLiteral("квалификационная"));
    key.remove(QStringLiteral("кв."));
    key.remove(QStringLiteral("категория"));
    key = key.simplified();
    key.replace(QStringLiteral(" - "), QStringLiteral("-"));
    key.replace(u' ', u'-');
    if (key.isEmpty() || key == u"нет" || key == u"без" || key == u"б/к" || key == u"бк"
        || key == u"без-категории" || key == u"сзд" || key == u"соответствие" || key == u"-") {
        *out = Category::None;
        return true;
    }
    if (key == u"первая" || key == u"1" || key == u"i" || key == u"первая-(1)") {
        *out = Category::First;
        return true;
    }
    if (key == u"высшая" || key == u"в") {
        *out = Category::Highest;
        return true;
    }
    if (key == u"педагог-методист" || key == u"методист") {
        *out = Category::Methodist;
        return true;
    }
    if (key == u"педагог-наставник" || key == u"наставник") {
        *out = Category::Mentor;
        return true;
    }
    return false;
}

QList<Category> CategoryText::all()
{
    return {Category::None, Category::First, Category::Highest, Category::Methodist, Category::Mentor};
}

} // namespace profrost
