#include "domain/Mentorship.h"

#include "util/TextNormalize.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

struct FormEntry
{
    MentorshipForm form;
    const char16_t *code;
    const char16_t *russian;
};

const FormEntry kForms[] = {
    {MentorshipForm::TeacherTeacher, u"teacher", u"педагог – педагог"},
    {MentorshipForm::ManagerTeacher, u"manager", u"руководитель – педагог"},
    {MentorshipForm::StudentTeacher, u"student", u"студент – педагог"},
    {MentorshipForm::Group, u"group", u"групповая"},
};

// «Педагог — педагог» and «педагог-педагог» alike: lower case, ё as е, any
// dash or hyphen as one hyphen with no spaces around it.
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

QString MentorshipText::code(MentorshipForm f)
{
    for (const FormEntry &e : kForms) {
        if (e.form == f)
            return QString::fromUtf16(e.code);
    }
    return {};
}

bool MentorshipText::fromCode(const QString &code, MentorshipForm *out)
{
    for (const FormEntry &e : kForms) {
        if (code == QString::fromUtf16(e.code)) {
            *out = e.form;
            return true;
        }
    }
    return false;
}

QString MentorshipText::russian(MentorshipForm f)
{
    for (const FormEntry &e : kForms) {
        if (e.form == f)
            return QString::fromUtf16(e.russian);
    }
    return {};
}

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
    if (key.isEmpty())
        return false;
    for (const FormEntry &e : kForms) {
        if (key == formKey(QString::fromUtf16(e.russian)) || key == QString::fromUtf16(e.code)) {
            *out = e.form;
            return true;
        }
    }
    static const QStringList group{u"группа"_s, u"групповое"_s, u"групповоенаставничество"_s,
                                   u"групповаяформа"_s};
    if (group.contains(key)) {
        *out = MentorshipForm::Group;
        return true;
    }
    return false;
}

QList<MentorshipForm> MentorshipText::allForms()
{
    return {MentorshipForm::TeacherTeacher, MentorshipForm::ManagerTeacher, MentorshipForm::StudentTeacher,
            MentorshipForm::Group};
}

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
