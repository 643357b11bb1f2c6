#pragma once

#include "common/RecordListModel.h"
#include "domain/Training.h"

#include <QList>

namespace profrost {

// The catalogue of programmes: title, provider, kind, hours, form, the
// federal registry, competency areas. SortRole sorts hours as numbers and
// the rest as text; SearchRole (column 0) holds title, provider and areas
// for the filter (TokenFilterProxy).
class ProgrammeModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProviderColumn, KindColumn, HoursColumn, FormColumn, RegistryColumn, AreasColumn };

    explicit ProgrammeModel(QObject *parent = nullptr);
    void setProgrammes(const QList<Programme> &programmes);
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Row
    {
        Programme programme;
        QString areas;  // as listed
        QString search; // normalised title, provider and areas
    };
    QString text(const Row &r, int column) const;

    QList<Row> m_rows;
};

} // namespace profrost
