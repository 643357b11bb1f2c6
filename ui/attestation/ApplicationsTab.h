#pragma once

#include "domain/Attestation.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QTableView;

namespace profrost {

class AppContext;
class ApplicationModel;

// Applications for categories and their course: подано → на рассмотрении
// → присвоена (writing the category into the history) / отказано.
class ApplicationsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    QTableView *table() const { return m_table; }
    ApplicationModel *model() const { return m_model; }
    QCheckBox *openOnly() const { return m_openOnly; }
    // The id of the application in the current row (0: none).
    qint64 currentId() const;
    void select(qint64 applicationId);

    // The actions on the current application, as the buttons call them.
    qint64 submitFor(qint64 teacherId, const AttestationApplication &a); // shows the warnings
    void startReview();
    void grant(QDate decided, const QString &orderNumber, QDate orderDate);
    void refuse(QDate decided, const QString &reason);
    void withdraw();
    // Why the last action was refused (empty when it succeeded).
    const QString &lastError() const { return m_lastError; }

private:
    void newApplication();
    void askGrant();
    void askRefuse();
    void askReschedule();
    // Runs an action on one teacher's applications as an undoable step;
    // with `shown`, a step on that application as the user saw it, made only
    // while it is still so (AttestationRepository::checkApplication).
    bool run(const QString &title, const QString &undoText, qint64 teacherId, const std::function<void()> &action,
             const std::optional<AttestationApplication> &shown = std::nullopt);
    // Runs a step on the application selected, as the list shows it.
    void step(const QString &title, const QString &undoText, const std::function<void(qint64)> &action);

    AppContext &m_ctx;
    QCheckBox *m_openOnly;
    ApplicationModel *m_model;
    QTableView *m_table;
    QString m_lastError;
};

} // namespace profrost
