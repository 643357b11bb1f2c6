#pragma once

#include "domain/InnovationSite.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace profrost {

class AppContext;
class DateLineEdit;
class FieldMessage;

// One innovation or internship site: the organisation, status, level, topic,
// order, period and state; its people (teachers of the registry with a role)
// and its yearly reports (a text and a file attached, at most 20 MB) on tabs
// of their own. `save` stores it and returns an empty string or the reason
// it was refused (shown under the fields; the dialog stays open).
class SiteDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const InnovationSite &)>;
    SiteDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);
    void setSite(const InnovationSite &s);
    InnovationSite site() const;
    void accept() override;

    // The steps of the buttons, for the tests (no dialogs asked).
    void addPerson(qint64 teacherId, const QString &role);
    // Those of `teacherIds` not listed yet, each with `role`.
    void addPeople(const QList<qint64> &teacherIds, const QString &role);
    void addReport(int year, const QString &text);
    // Attaches the file at `path` to the report of `year`; false with the reason shown when refused.
    bool attachFile(int year, const QString &path);
    // Writes the report file of `year` to `path`.
    bool saveFile(int year, const QString &path);

    QComboBox *organisationBox() const { return m_organisation; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *levelBox() const { return m_level; }
    QLineEdit *topicEdit() const { return m_topic; }
    DateLineEdit *fromEdit() const { return m_from; }
    DateLineEdit *toEdit() const { return m_to; }
    QTableWidget *peopleTable() const { return m_people; }
    QTableWidget *reportsTable() const { return m_reportTable; }
    FieldMessage *message() const { return m_message; }

private:
    void showPeople();
    void showReports();
    int currentReport() const;
    QList<qint64> listedIds() const;
    void askPerson();
    void askReport();
    void askAttach();
    void askSave();

    AppContext &m_ctx;
    Save m_save;
    qint64 m_id = 0;
    QTabWidget *m_tabs;
    QComboBox *m_organisation;
    QComboBox *m_status;
    QComboBox *m_level;
    QComboBox *m_state;
    QLineEdit *m_topic;
    QLineEdit *m_orderNumber;
    DateLineEdit *m_orderDate;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QPlainTextEdit *m_note;
    QTableWidget *m_people;
    QTableWidget *m_reportTable;
    FieldMessage *m_message;
    QHash<qint64, QString> m_names;
    QList<SiteReport> m_reports;
};

} // namespace profrost
