#include "attestation/AttestationArea.h"

#include "attestation/AttestationPage.h"
#include "attestation/AttestationPlanTab.h"
#include "attestation/AttestationSettingsDialog.h"
#include "common/BackgroundRead.h"
#include "common/EditAccess.h"
#include "import/ImportKind.h"
#include "planning/AttestationStatus.h"
#include "shell/AppContext.h"
#include "shell/AreaHost.h"
#include "store/Database.h"

#include <QAction>
#include <QMenu>

namespace profrost {

AttestationArea::AttestationArea(AreaHost &host) : m_host(host), m_reminder(std::make_unique<BackgroundRead>(nullptr)) {}

AttestationArea::~AttestationArea() = default;

QWidget *AttestationArea::createPage(QWidget *parent)
{
    m_page = new AttestationPage(m_host.context(), parent);
    return m_page;
}

void AttestationArea::addMenuEntries(Menu menu, QMenu *into)
{
    if (menu == Menu::FileImport) {
        QAction *import = into->addAction(QIcon(QStringLiteral(":/icons/import.svg")),
                                          tr("Import &attestation history..."), into, [this] {
                                              m_host.runImport(ImportKind::attestation(m_host.context()), {}, id());
                                          });
        import->setObjectName(QStringLiteral("importAttestationAction"));
        EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Attestation, {import});
    } else if (menu == Menu::Settings) {
        QAction *rules = into->addAction(tr("&Attestation rules..."), into, [this] {
            AttestationSettingsDialog dialog(m_host.context(), m_host.dialogParent());
            dialog.exec();
        });
        rules->setObjectName(QStringLiteral("attestationRulesAction"));
        EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Settings, {rules});
    }
}

bool AttestationArea::confirmDiscard()
{
    return !m_page || m_page->plan()->confirmDiscard();
}

namespace {

} // namespace

void AttestationArea::startUp()
{
    // The status bar's count is the reminders' rule (AttestationStatus): the
    // same teachers as «Expiring categories», the card and the printed list.
    const QDate today = m_host.context().today();
    m_reminder->run<AttestationCounts>(
        m_host.context().db().connectionSpec(), [today](Database &db) { return AttestationStatus(db).counts(today); },
        [this](AttestationCounts counts, const QString &error) {
            // A reminder is no reason to trouble the user: an error shows nothing.
            if (!error.isEmpty() || counts.total() == 0)
                return;
            m_host.setStartupNote(tr("Attestation: %1 categories expire within %2 months, %3 have lapsed "
                                     "(Attestation → Expiring categories).")
                                      .arg(counts.expiring)
                                      .arg(counts.months)
                                      .arg(counts.lapsed));
        });
}

} // namespace profrost
