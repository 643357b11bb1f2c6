#pragma once

#include "domain/Vacancy.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;

// One vacancy: the organisation, post, subject, rate (ставки), since when
// and why; filled: by a teacher of the registry or a name as written, and
// on which day. `save` stores it and returns an empty string or the reason
// it was refused (shown under the fields; the dialog stays open).
class VacancyDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Vacancy &)>;
    VacancyDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);
    void setVacancy(const Vacancy &v);
    Vacancy vacancy() const;
    void accept() override;

    QComboBox *organisationBox() const { return m_organisation; }
    QComboBox *postBox() const { return m_post; }
    QComboBox *subjectBox() const { return m_subject; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    DateLineEdit *sinceEdit() const { return m_since; }
    QComboBox *filledByBox() const { return m_filledBy; }
    DateLineEdit *filledOnEdit() const { return m_filledOn; }
    FieldMessage *message() const { return m_message; }

private:
    void fillChoices();

    AppContext &m_ctx;
    Save m_save;
    qint64 m_id = 0;
    QComboBox *m_organisation;
    QComboBox *m_post;    // editable: a post of the registry or of the vacancies, or any typed
    QComboBox *m_subject; // the same for subjects
    QDoubleSpinBox *m_rate;
    DateLineEdit *m_since;
    QLineEdit *m_reason;
    QComboBox *m_filledBy; // editable: a teacher of the registry (id in the item's data) or a name typed
    DateLineEdit *m_filledOn;
    QLineEdit *m_note;
    FieldMessage *m_message;
};

} // namespace profrost
