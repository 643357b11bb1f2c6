#pragma once

#include "domain/Position.h"
#include "domain/Training.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace profrost {

// A programme of the further-training catalogue (ДПП). Stays open until
// `save` succeeds; the hours rule (ПК ≥ 16, ПП ≥ 250) is checked on the spot.
class ProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Programme &)>;
    ProgrammeDialog(const QList<Position> &positions, const QList<Subject> &subjects, const QStringList &providers,
                    Save save, QWidget *parent = nullptr);
    void setProgramme(const Programme &p);
    Programme programme() const;
    void accept() override;

private:
    Programme m_programme;
    Save m_save;
    QLineEdit *m_title;
    QComboBox *m_provider;
    QComboBox *m_providerKind;
    QComboBox *m_kind;
    QSpinBox *m_hours;
    QComboBox *m_form;
    QCheckBox *m_federal;
    QListWidget *m_areas;
    QListWidget *m_positions;
    QListWidget *m_subjects;
    QLabel *m_error;
};

} // namespace profrost
