#pragma once

#include "common/RecordListModel.h"
#include "domain/Association.h"

#include <QHash>
#include <QList>

namespace profrost {

// The associations page's list: the centre's own plans first (id 0), then
// every association with its kind, name (a school's ШМО names its school),
// members today and head. A row per association: a region's list is a
// few hundred rows whatever the size of the registry.
class AssociationListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, MembersColumn, HeadColumn };

    explicit AssociationListModel(QObject *parent = nullptr);
    // `schools`: organisation id -> name; `names`: teacher id -> full name.
    void setList(const QList<Association> &associations, const QHash<qint64, int> &memberCounts,
                 const QHash<qint64, QString> &schools, const QHash<qint64, QString> &names);
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString kind;
        QString kindName; // the kind spelt out, for the tooltip
        QString name;
        QString members;
        QString head;
    };
    QList<Row> m_rows;
};

} // namespace profrost
