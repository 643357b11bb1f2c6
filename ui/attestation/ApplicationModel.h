#pragma once

#include "common/RecordListModel.h"
#include "domain/Attestation.h"

#include <QList>
#include <optional>

namespace profrost {

// Applications for a category, one a row: the teacher and organisations
// (the registry today), category, month of the commission, submitted,
// status (granted green, refused red) and the decision with its note.
class ApplicationModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, CategoryColumn, MonthColumn, SubmittedColumn, StatusColumn,
                  DecisionColumn };
    struct Entry
    {
        AttestationApplication application;
        QString name;          // empty: not in the registry today
        QString organisations;
    };

    explicit ApplicationModel(QObject *parent = nullptr);
    void setApplications(QList<Entry> entries);
    qint64 idAt(int row) const override;
    // The application of that id as the list shows it (none: not shown).
    std::optional<AttestationApplication> shown(qint64 id) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace profrost
