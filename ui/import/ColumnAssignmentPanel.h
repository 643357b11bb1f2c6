#pragma once

#include <QGroupBox>
#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace profrost {

// The import preview's table «column of the file → field»: one line per
// column the program does not recognise, with a choice of the importer's
// fields that no column of the file fills yet, or «do not load». A field
// chosen for one column is not offered for another. Compact (it scrolls
// past a few lines) so that the dialog fits a 1366×768 screen; the choices
// are combo boxes in the tab order, so the keyboard does it all.
class ColumnAssignmentPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ColumnAssignmentPanel(QWidget *parent = nullptr);

    // One line per header of `unrecognised`, offering `fields`; the entries
    // of `assignment` chosen. `remembered`: the assignment comes from an
    // earlier import, which a line says while it is kept as it is.
    void setColumns(const QStringList &unrecognised, const QStringList &fields,
                    const QHash<QString, QString> &assignment, bool remembered);

    // «header in the file» → «field» for every column given a field.
    QHash<QString, QString> assignment() const;
    // The choice for the column `header`; nullptr when it has none.
    QComboBox *comboFor(const QString &header) const;
    // The choices, in the order of the file's columns.
    QList<QComboBox *> combos() const;
    QLabel *rememberedNote() const { return m_note; }

signals:
    // The user chose another field for a column.
    void assignmentChanged();

private:
    void updateChoices();

    struct Line
    {
        QString header;
        QComboBox *combo;
    };
    QLabel *m_intro;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QList<Line> m_lines;
    QHash<QString, QString> m_remembered;
};

} // namespace profrost
