#pragma once

#include "io/ImportPreview.h"

#include <QAbstractTableModel>

namespace profrost {

// The rejected rows and warnings of an import preview, one line per issue:
// the row of the file (or «file» for the file as a whole), the column, the
// reason and whether the row is rejected. A model rather than a table of
// items, since it grows with the file (thousands of rows for a district).
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, ReasonColumn, KindColumn, ColumnCount };
    enum { SourceRowRole = Qt::UserRole + 1, RejectedRole }; // the file's row (0: the file); bool

    explicit ImportIssueModel(QObject *parent = nullptr);

    // Shows the issues of `preview`, in the order of the file.
    void reset(const ImportPreview &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Line
    {
        RowIssue issue;
        bool rejected = false;
    };
    QList<Line> m_lines;
};

} // namespace profrost
