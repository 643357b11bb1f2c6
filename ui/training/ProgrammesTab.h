#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace profrost {

class AppContext;
struct Programme;

// The catalogue of further-training programmes (ДПП).
class ProgrammesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammesTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    void addProgramme();
    void editProgramme();
    void deleteProgramme();
    QTableWidget *table() const { return m_table; }

private:
    bool openDialog(const Programme &p, bool isNew);
    qint64 currentId() const;

    AppContext &m_ctx;
    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace profrost
