#pragma once

#include "common/RecordListModel.h"
#include "planning/ShmoHints.h"

#include <QList>

namespace profrost {

// The ШМО hints as a list: organisation, subject (or cycle with its
// subjects), teachers. A hint has no record of its own: IdRole is its row.
class ShmoHintModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { OrganisationColumn, SubjectColumn, TeachersColumn };

    explicit ShmoHintModel(QList<ShmoHint> hints, QObject *parent = nullptr);
    qint64 idAt(int row) const override { return row; }
    const ShmoHint &hint(int row) const { return m_hints.at(row); }

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<ShmoHint> m_hints;
};

} // namespace profrost
