#pragma once

#include "common/RecordListModel.h"
#include "domain/Association.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace profrost {

// The members of one association, each membership a row (its id in
// IdRole): name and organisation from the registry today, joined, left;
// a past member (not a member on the day given) is greyed.
class MemberListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, JoinedColumn, LeftColumn };

    explicit MemberListModel(QObject *parent = nullptr);
    void setMembers(const QList<AssociationMember> &members, const QHash<qint64, QString> &names,
                    const QHash<qint64, QString> &organisations, QDate today);
    void clear();
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString organisation;
        QString joined;
        QString left;
        bool past = false;
    };
    QList<Row> m_rows;
};

} // namespace profrost
