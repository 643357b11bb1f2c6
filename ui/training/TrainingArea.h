#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class TrainingPage;

// Further training: its page, the import of course completions in File, and
// the unsaved plan-graph.
class TrainingArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(TrainingArea)
public:
    explicit TrainingArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("training"); }
    QString title() const override { return tr("Further training"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/training.svg")); }
    QWidget *createPage(QWidget *parent) override;
    void addMenuEntries(Menu menu, QMenu *into) override;
    bool confirmDiscard() override;

private:
    AreaHost &m_host;
    QPointer<TrainingPage> m_page;
};

} // namespace profrost
