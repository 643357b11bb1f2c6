#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace profrost {

class AppContext;
class ProgrammeModel;
class TokenFilterProxy;
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
    QTableView *table() const { return m_table; }
    ProgrammeModel *model() const { return m_model; }

private:
    bool openDialog(const Programme &p, bool isNew);
    qint64 currentId() const;

    AppContext &m_ctx;
    QLineEdit *m_filter;
    ProgrammeModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_table;
};

} // namespace profrost
