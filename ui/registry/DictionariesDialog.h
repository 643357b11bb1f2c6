#pragma once

#include <QDialog>

#include <functional>

class QTableWidget;
class QListWidget;

namespace profrost {

class AppContext;

// Positions (with their kind: pedagogical or managerial, which decides who
// counts in the indicators) and subjects. Imports add new ones as
// pedagogical; this is where the methodist corrects that. And the
// competency areas of diagnostics, deficits, routes and programmes
// (CompetencyAreaRepository): added, renamed, put in order and deleted
// while nothing uses them. Like the other lists here, a change is stored at
// once and is not on the undo stack: it changes a dictionary, not a record.
class DictionariesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DictionariesDialog(AppContext &ctx, QWidget *parent = nullptr);

    QTableWidget *positionsTable() const { return m_positions; }
    void addPosition(const QString &name);
    void addSubject(const QString &name);

    QListWidget *areasList() const { return m_areas; }
    // Each shows the store's refusal in a message box and returns false.
    bool addArea(const QString &name);
    bool renameArea(const QString &code, const QString &name);
    bool moveArea(const QString &code, int offset);
    bool deleteArea(const QString &code);

private:
    void fill();
    void fillAreas(const QString &currentCode);
    QWidget *areasPage();
    QString currentAreaCode() const;
    // Runs a change of the areas (it returns the area to select); a refusal
    // is shown, and the list is read again either way.
    bool changeAreas(const std::function<QString()> &change);
    void kindChosen(int row, int comboIndex);

    AppContext &m_ctx;
    QTableWidget *m_positions;
    QListWidget *m_subjects;
    QListWidget *m_areas;
};

} // namespace profrost
