#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;

namespace profrost {

class AppContext;
class TeacherTableModel;

// Chooses one or more teachers of the registry, with filter-as-you-type.
class TeacherPickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeacherPickerDialog(AppContext &ctx, QWidget *parent = nullptr);
    QList<qint64> chosen() const;
    // One teacher only (a mentor, a mentee), under `title`.
    void setSingleChoice(const QString &title);
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }

private:
    TeacherTableModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace profrost
