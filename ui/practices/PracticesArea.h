#pragma once

#include "shell/Area.h"

#include <QCoreApplication>

namespace profrost {

class AreaHost;

// The bank of successful practices: the search and the practices with their files.
class PracticesArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(PracticesArea)
public:
    explicit PracticesArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("practices"); }
    QString title() const override { return tr("Practice bank"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/document.svg")); }
    QWidget *createPage(QWidget *parent) override;

private:
    AreaHost &m_host;
};

} // namespace profrost
