#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>

class QLineEdit;

namespace profrost {

class AppContext;
class FieldMessage;
class DateLineEdit;

// Who filled a vacancy, and when: a teacher of the registry chosen with
// «Choose from the registry...» (the filter-as-you-type picker, fit for
// thousands of names), or a name typed for a newcomer not registered yet.
class FillVacancyDialog : public QDialog
{
    Q_OBJECT
public:
    // `names`: the registry's full names by id (a name typed that is one of
    // them exactly counts as that teacher, as the old list did).
    FillVacancyDialog(AppContext &ctx, QHash<qint64, QString> names, QWidget *parent = nullptr);
    void accept() override;

    // The registry's teacher (0 for a name as typed), the name and the day.
    qint64 teacherId() const;
    QString name() const;
    QDate day() const { return m_chosenDay; }
    // What «Choose from the registry...» does once a teacher was picked.
    void chooseTeacher(qint64 teacherId);
    // The teacher of `names` whose full name is `name` exactly, or 0.
    static qint64 idNamed(const QHash<qint64, QString> &names, const QString &name);

private:
    void pick();

    AppContext &m_ctx;
    QHash<qint64, QString> m_names;
    qint64 m_teacherId = 0; // picked, while the name shown is still theirs
    QLineEdit *m_name;
    DateLineEdit *m_day;
    FieldMessage *m_message;
    QDate m_chosenDay;
};

} // namespace profrost
