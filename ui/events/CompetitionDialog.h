#pragma once

#include "domain/Competition.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace profrost {

class AppContext;
class FieldMessage;

// One competition of a year: its name (the known ones offered), its stages
// and nominations, and its participants from the registry, each with a
// nomination and a result at every stage they reached. `save` stores it and
// returns an empty string, or the reason it was refused.
class CompetitionDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Competition &)>;
    CompetitionDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);
    void setCompetition(const Competition &c);
    Competition competition() const;
    void accept() override;

    // Adds teachers with no result: one not listed yet in the first nomination,
    // one listed in the next nomination they are not in (none when in every one).
    void addTeachers(const QList<qint64> &teacherIds);
    // The result cell of `row` at `level` (a combo box; index 0 is «—»).
    QComboBox *resultBox(int row, CompetitionLevel level) const;

    QComboBox *nameBox() const { return m_name; }
    QSpinBox *yearBox() const { return m_year; }
    QCheckBox *stageBox(CompetitionLevel level) const { return m_stages.value(level); }
    QPlainTextEdit *nominationsEdit() const { return m_nominations; }
    QTableWidget *entries() const { return m_entries; }
    FieldMessage *message() const { return m_message; }

private:
    void appendRow(const CompetitionEntry &e);
    void updateColumns();
    QStringList nominations() const;

    AppContext &m_ctx;
    Save m_save;
    qint64 m_id = 0;
    QComboBox *m_name;
    QSpinBox *m_year;
    QMap<CompetitionLevel, QCheckBox *> m_stages;
    QPlainTextEdit *m_nominations;
    QPlainTextEdit *m_note;
    QTableWidget *m_entries;
    FieldMessage *m_message;
};

} // namespace profrost
