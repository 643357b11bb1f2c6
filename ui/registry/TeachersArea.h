#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class TeachersPage;

// The registry of teachers: its page, the import and export of teachers in
// File, the page's actions in Registry, and the table's remembered layout.
class TeachersArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(TeachersArea)
public:
    explicit TeachersArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("teachers"); }
    QString title() const override { return tr("Teachers"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/teachers.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;
    void saveState() const override;
    void restoreState() override;

    // Another area's «open in the registry»: the teachers' page shown with
    // the teacher chosen (the filter cleared when it hid them).
    static void showTeacher(AreaHost &host, qint64 teacherId);

private:
    void importTeachers();

    AreaHost &m_host;
    QPointer<TeachersPage> m_page;
};

} // namespace profrost
