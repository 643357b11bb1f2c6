#pragma once

#include "monitoring/DashboardData.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace profrost {

// The teachers behind a figure of the dashboard: those counted and those in
// the gap (in the denominator, not counted), «only the gap» to see who is
// to be reached; a teacher opens in the registry. I4 and I8 list what they
// count (teams, associations) as text.
class IndicatorPeopleDialog : public QDialog
{
    Q_OBJECT
public:
    using OpenTeacher = std::function<void(qint64 teacherId)>;
    IndicatorPeopleDialog(const IndicatorValue &value, const QString &scope, const DashboardData &data,
                          OpenTeacher openTeacher, QWidget *parent = nullptr);
    // A plain list of teachers, those behind a chart's slice, bar or cell:
    // no «counted» column. `heading` is rich text.
    IndicatorPeopleDialog(const QString &title, const QString &heading, const QList<qint64> &people,
                          const DashboardData &data, OpenTeacher openTeacher, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyGap() const { return m_onlyGap; }
    QLabel *items() const { return m_items; }

private:
    void build(const QString &title, const QString &heading, bool plain);
    void fill();
    void openChosen();

    IndicatorValue m_value;
    const DashboardData &m_data;
    OpenTeacher m_openTeacher;
    QTableWidget *m_table;
    QCheckBox *m_onlyGap;
    QLabel *m_items;
};

} // namespace profrost
