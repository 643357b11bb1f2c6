#pragma once

#include <QDialog>

class QTableWidget;
class QListWidget;

namespace profrost {

class AppContext;

// Positions (with their kind: pedagogical or managerial, which decides who
// counts in the indicators) and subjects. Imports add new ones as
// pedagogical; this is where the methodist corrects that.
class DictionariesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DictionariesDialog(AppContext &ctx, QWidget *parent = nullptr);

    QTableWidget *positionsTable() const { return m_positions; }
    void addPosition(const QString &name);
    void addSubject(const QString &name);

private:
    void fill();
    void kindChosen(int row, int comboIndex);

    AppContext &m_ctx;
    QTableWidget *m_positions;
    QListWidget *m_subjects;
};

} // namespace profrost
