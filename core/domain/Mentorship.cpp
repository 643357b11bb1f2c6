#include "domain/Mentorship.h"

#include "domain/CodeTable.h"
#include "util/TextNormalize.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

using codetable::Entry;

// The aliases are written as formKey() leaves them: no spaces, one hyphen.
const Entry<MentorshipForm> kForms[] = {
    {MentorshipForm::TeacherTeacher, u"teacher", u"педагог – педагог", {u"педагог-педагог", u"учитель-учитель"}},
    {MentorshipForm::ManagerTeacher, u"manager", u"руководитель – педагог", {u"руководитель-педагог"}},
    {MentorshipForm::StudentTeacher, u"student", u"студент – педагог", {u"студент-педагог"}},
    {MentorshipForm::Group, u"group", u"групповая", {u"группа", u"групповое", u"групповоенаставничество"}},
};

// «Педагог — педагог» and «педагог-педагог» alike: lower case, ё as е, any
// dash or hyphen as one hyphen, no spaces.
QString formKey(const QString &text)
{
    QString key;
    for (const QChar c : lowerKey(text)) {
        if (c.isSpace())
            continue;
        const bool dash = c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014'
            || c == u'\u2212';
        key += dash ? QChar(u'-') : c;
    }
    return key;
}

} // namespace

QString MentorshipText::code(MentorshipForm f) { return codetable::codeOf(kForms, f); }

bool MentorshipText::fromCode(const QString &code, MentorshipForm *out) { return codetable::fromCodeOf(kForms, code, out); }

QString MentorshipText::russian(MentorshipForm f) { return codetable::russianOf(kForms, f); }

QString MentorshipText::displayName(MentorshipForm f)
{
    switch (f) {
    case MentorshipForm::TeacherTeacher: return tr("teacher – teacher");
    case MentorshipForm::ManagerTeacher: return tr("manager – teacher");
    case MentorshipForm::StudentTeacher: return tr("student – teacher");
    case MentorshipForm::Group: return tr("group");
    }
    return {};
}

bool MentorshipText::parse(const QString &text, MentorshipForm *out)
{
    const QString key = formKey(text);
    return !key.isEmpty() && codetable::parseOf(kForms, key, out);
}

QList<MentorshipForm> MentorshipText::allForms() { return codetable::valuesOf(kForms); }

bool MentorshipRules::isActive(const Mentorship &m, QDate day)
{
    return m.starts.isValid() && m.starts <= day && (!m.ends.isValid() || day <= m.ends);
}

QStringList MentorshipRules::check(const Mentorship &m)
{
    QStringList reasons;
    if (m.mentorId <= 0)
        reasons << tr("Choose the mentor.");
    if (m.menteeId <= 0)
        reasons << tr("Choose the mentee.");
    if (m.mentorId > 0 && m.mentorId == m.menteeId)
        reasons << tr("The mentor and the mentee are the same person.");
    if (!m.starts.isValid())
        reasons << tr("Give the first day of the mentoring.");
    if (m.starts.isValid() && m.ends.isValid() && m.ends < m.starts)
        reasons << tr("The mentoring ends before it starts.");
    return reasons;
}

} // namespace profrost
