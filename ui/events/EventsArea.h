#pragma once

#include "shell/Area.h"

#include <QCoreApplication>

namespace profrost {

class AreaHost;

// Methodical events and professional competitions: their page (the list
// of a period and its counts, the competitions of a year).
class EventsArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(EventsArea)
public:
    explicit EventsArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("events"); }
    QString title() const override { return tr("Events and competitions"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/events.svg")); }
    QWidget *createPage(QWidget *parent) override;

private:
    AreaHost &m_host;
};

} // namespace profrost
