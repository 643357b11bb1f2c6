#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class DiagnosticsPage;

// Diagnostics of professional deficits: its page, and the import of a
// diagnostic platform's results in File.
class DiagnosticsArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsArea)
public:
    explicit DiagnosticsArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("diagnostics"); }
    QString title() const override { return tr("Diagnostics"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/diagnostics.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;

private:
    AreaHost &m_host;
    QPointer<DiagnosticsPage> m_page;
};

} // namespace profrost
