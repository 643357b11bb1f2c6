#include "attestation/AttestationArea.h"

#include "attestation/AttestationPage.h"
#include "attestation/AttestationPlanTab.h"
#include "attestation/AttestationSettingsDialog.h"
#include "common/BackgroundRead.h"
#include "import/ImportKind.h"
#include "planning/AttestationReminders.h"
#include "shell/AppContext.h"
#include "shell/AreaHost.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"

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
    } else if (menu == Menu::Settings) {
        QAction *rules = into->addAction(tr("&Attestation rules..."), into, [this] {
            AttestationSettingsDialog dialog(m_host.context(), m_host.dialogParent());
            dialog.exec();
        });
        rules->setObjectName(QStringLiteral("attestationRulesAction"));
    }
}

bool AttestationArea::confirmDiscard()
{
    return !m_page || m_page->plan()->confirmDiscard();
}

namespace {

struct Reminder
{
    int expiring = 0;
    int lapsed = 0;
    int months = 0;
};

} // namespace

void AttestationArea::startUp()
{
    const QDate today = m_host.context().today();
    m_reminder->run<Reminder>(
        m_host.context().db().path(),
        [today](Database &db) {
            Reminder r;
            r.months = SettingsRepository(db).reminderMonths();
            const QList<ExpiringCategory> items = AttestationReminders::compute(
                TeacherRepository(db).rows(today), AttestationRepository(db).allRecords(), today, r.months,
                SettingsRepository(db).validityYears());
            for (const ExpiringCategory &i : items)
                r.lapsed += i.lapsed ? 1 : 0;
            r.expiring = int(items.size()) - r.lapsed;
            return r;
        },
        [this](Reminder r, const QString &error) {
            // A reminder is no reason to trouble the user: an error shows nothing.
            if (!error.isEmpty() || r.expiring + r.lapsed == 0)
                return;
            m_host.setStartupNote(tr("Attestation: %1 categories expire within %2 months, %3 have lapsed "
                                     "(Attestation → Expiring categories).")
                                      .arg(r.expiring)
                                      .arg(r.months)
                                      .arg(r.lapsed));
        });
}

} // namespace profrost
