#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace profrost {

class Database;

// File → Audit log: the server's log of changes (store/AuditLog), newest
// first, filtered by user, table and period, and exported to a spreadsheet.
// Read-only: nothing here can change the log, and the server would refuse.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(Database &db, QWidget *parent = nullptr);

    // The entries shown (for the tests).
    int rowCount() const;

private:
    void reload();
    void exportEntries();

    Database &m_db;
    QComboBox *m_user;
    QComboBox *m_table;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QTableWidget *m_list;
    QLabel *m_count;
};

} // namespace profrost
