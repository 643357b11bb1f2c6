#pragma once

#include "planning/RouteEffect.h"

#include <QAbstractTableModel>
#include <memory>

namespace profrost {

// The figures of what the routes changed (RouteEffectBuilder), one table at
// a time: by area, by programme, by organisation, or by teacher. The
// figures behind fewer than RouteEffect::kFewTeachers teachers are greyed
// with a tooltip saying why; a rise is green, a fall red. SortRole gives
// numbers; IdRole the teacher (by teacher) or the row's key.
class EffectModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class View { ByArea, ByProgramme, ByOrganisation, ByTeacher };

    explicit EffectModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEffect(std::shared_ptr<const RouteEffect> effect);
    void setView(View view);
    View view() const { return m_view; }
    const RouteEffect *effect() const { return m_effect.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<EffectRow> *rows() const;
    QVariant figureData(const EffectRow &row, int column, int role) const;
    QVariant teacherData(const ScoreChange &change, int column, int role) const;

    std::shared_ptr<const RouteEffect> m_effect;
    View m_view = View::ByArea;
};

} // namespace profrost
