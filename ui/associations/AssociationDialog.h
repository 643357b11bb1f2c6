#pragma once

#include "associations/AssociationEditing.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace profrost {

class AppContext;

// An association's card: kind, level, name, the school of a ШМО, subject
// or direction, head and secretary (from the members, or any teacher of
// the registry, who then joins), the years it works. OK checks
// AssociationRules and keeps the dialog open, naming what is wrong.
class AssociationDialog : public QDialog
{
    Q_OBJECT
public:
    // `names`: teacher id -> «Фамилия Имя Отчество» of the registry.
    AssociationDialog(AppContext &ctx, const AssociationRecord &record, const QHash<qint64, QString> &names,
                      QWidget *parent = nullptr);
    AssociationRecord record() const;
    // Offers the teacher as head and secretary and makes them head or secretary.
    void chooseHead(qint64 teacherId);
    void chooseSecretary(qint64 teacherId);
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *organisationCombo() const { return m_organisation; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void offer(qint64 teacherId);
    void pick(QComboBox *combo);
    void updateLevel();

    AppContext &m_ctx;
    AssociationRecord m_record;
    QHash<qint64, QString> m_names;
    QComboBox *m_kind;
    QComboBox *m_level;
    QLineEdit *m_name;
    QComboBox *m_organisation;
    QComboBox *m_subject;
    QLineEdit *m_direction;
    QComboBox *m_head;
    QComboBox *m_secretary;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_problems;
};

} // namespace profrost
