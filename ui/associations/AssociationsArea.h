#pragma once

#include "shell/Area.h"

#include <QCoreApplication>

namespace profrost {

class AreaHost;

// Methodical associations: the page only (its actions live on the page).
class AssociationsArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(AssociationsArea)
public:
    explicit AssociationsArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("associations"); }
    QString title() const override { return tr("Methodical associations"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/associations.svg")); }
    QWidget *createPage(QWidget *parent) override;

private:
    AreaHost &m_host;
};

} // namespace profrost
