#pragma once

#include "domain/MethodicalPlan.h"

#include <QAbstractTableModel>
#include <functional>

namespace profrost {

// The items of a plan being edited, one row each, in print order. Dates
// keep the text as typed, so that a date that is not one is reported with
// its row when the dialog is accepted instead of silently dropped.
class PlanItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Stage, Title, Form, Term, From, To, Level, Responsible, Result, Meeting, ColumnCount };

    explicit PlanItemsModel(QObject *parent = nullptr);

    void setItems(const QList<PlanItem> &items);
    // Dates typed wrongly come back invalid; dateProblems() names them.
    QList<PlanItem> items() const;
    // «Item 3: start date: "31.02.2026" is not an existing date», one per bad date.
    QStringList dateProblems() const;
    PlanItem item(int row) const;

    // The plan's stages: the Stage column shows their titles.
    void setStages(const QStringList &stages);
    const QStringList &stages() const { return m_stages; }
    // Stage numbers of the items follow the stages list as it changes.
    void removeStage(int number);           // 1-based; its items get no stage
    void swapStages(int first, int second); // 1-based

    // Inserts before `row` (at the end when out of range); the row used.
    int insertItem(int row, const PlanItem &item);
    void removeItem(int row);
    // Moves the row up (delta -1) or down (+1); false at the edge.
    bool moveItem(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PlanItem item;
        QString fromText; // as typed
        QString toText;
    };
    static QString text(const Row &row, int column);
    void stagesRenumbered(const std::function<int(int)> &renumber);

    QList<Row> m_rows;
    QStringList m_stages;
};

} // namespace profrost
