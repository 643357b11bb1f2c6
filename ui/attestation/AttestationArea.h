#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>

namespace profrost {

class AreaHost;
class AttestationPage;
class BackgroundRead;

// Attestation: its page, the import of the attestation history in File, the
// rules in Settings, the unsaved plan-graph, and on start the count of
// expiring and lapsed categories in the status bar.
class AttestationArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(AttestationArea)
public:
    explicit AttestationArea(AreaHost &host);
    ~AttestationArea() override;

    QString id() const override { return QStringLiteral("attestation"); }
    QString title() const override { return tr("Attestation"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/attestation.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;
    bool confirmDiscard() override;
    // The reminder reads every teacher and every record: on a worker thread.
    void startUp() override;

private:
    AreaHost &m_host;
    QPointer<AttestationPage> m_page;
    // Counts the reminder; the area's lifetime (destroying it drops a late result).
    std::unique_ptr<BackgroundRead> m_reminder;
};

} // namespace profrost
