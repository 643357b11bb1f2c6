#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class MentoringPage;

// Young teachers and mentoring: its page, and the import of mentorship
// pairs in File.
class MentoringArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(MentoringArea)
public:
    explicit MentoringArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("mentoring"); }
    QString title() const override { return tr("Mentoring"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/mentoring.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;

private:
    AreaHost &m_host;
    QPointer<MentoringPage> m_page;
};

} // namespace profrost
