#pragma once

#include "common/PlanGraphModel.h"
#include "documents/AttestationLines.h"

#include <QHash>
#include <QMap>

namespace profrost {

// The 5-year attestation plan being edited: one row per teacher with what
// they hold, what they are to be attested for and when. The month of the
// attestation is edited (the month of the application moves with it);
// counts per month and organisation follow every edit.
class AttestationPlanModel : public PlanGraphModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AttestColumn, OrganisationColumn, PositionColumn, HeldColumn, UntilColumn,
                  WantedColumn, ApplyColumn, ColumnCount };
    enum { AttestDateRole = Qt::UserRole + 50 }; // first day of the month of attestation

    explicit AttestationPlanModel(QObject *parent = nullptr);

    void reset(const AttestationDocumentData &data);

    // The rows made ready away from the model (a worker thread for a
    // region); reset(Prepared) only swaps them in.
    struct Row
    {
        AttestationPlanEntry entry;
        AttestationLine line;
        PlanGraphKeys keys;
    };
    struct Prepared
    {
        AttestationDocumentData data;
        QList<Row> rows;
    };
    static Prepared prepare(AttestationDocumentData data);
    void reset(Prepared prepared);
    int firstYear() const override { return m_data.firstYear; }
    const PlanGraphKeys &keys(int row) const override { return m_rows.at(row).keys; }
    int compareRows(int left, int right, int column) const override;
    // The year of attestation of a row (the proxy's year filter reads it directly).
    int attestYear(int row) const { return AttestationPlan::attestMonth(m_rows.at(row).entry).year(); }
    QList<AttestationPlanEntry> entries() const;
    AttestationDocumentData documentData() const;
    int lapsedCount() const;

    // Teachers per month of `year` (1..12) and per organisation (the group) in `year` (0: all years).
    QList<int> countsByMonth(int year) const;
    QMap<QString, int> countsByOrganisation(int year) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // AttestColumn takes the first day of a month inside the plan's 5 years.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    AttestationLine lineFor(const AttestationPlanEntry &entry) const;

    AttestationDocumentData m_data;
    QList<Row> m_rows;
};

} // namespace profrost
