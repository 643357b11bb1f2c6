#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class OrganisationsPage;

// The registry of organisations, and the dictionaries (positions and
// subjects) in the Registry menu.
class OrganisationsArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationsArea)
public:
    explicit OrganisationsArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("organisations"); }
    QString title() const override { return tr("Organisations"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/organisations.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;
    void saveState() const override;
    void restoreState() override;

private:
    AreaHost &m_host;
    QPointer<OrganisationsPage> m_page;
};

} // namespace profrost
