#pragma once

#include "shell/Area.h"

#include <QCoreApplication>

namespace profrost {

class AreaHost;

// Innovation and internship sites and the staffing needs: their page (the
// sites of a year, the vacancies of a day with their totals).
class SitesArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(SitesArea)
public:
    explicit SitesArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("sites"); }
    QString title() const override { return tr("Sites and staffing"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/organisations.svg")); }
    QWidget *createPage(QWidget *parent) override;

private:
    AreaHost &m_host;
};

} // namespace profrost
