#pragma once

#include "domain/Recommendation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace profrost {

class AppContext;
class DateLineEdit;

// The management decisions of the monitorings (issue «Monitoring», seed 002
// criterion 5): to whom, what, by when; written at a monitoring, marked done
// or not done at the next. Every change goes on the undo stack; the analytic
// report prints them.
class RecommendationsDialog : public QDialog
{
    Q_OBJECT
public:
    // `day`: the monitoring's date, given to a new recommendation and to a check.
    RecommendationsDialog(AppContext &ctx, QDate day, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *addresseeEdit() const { return m_addressee; }
    QPlainTextEdit *textEdit() const { return m_text; }
    DateLineEdit *dueEdit() const { return m_due; }
    QComboBox *indicatorBox() const { return m_indicator; }
    QLabel *message() const { return m_message; }

    bool add();
    // The chosen recommendation checked on the day: done or not.
    bool check(RecommendationState state);
    bool removeChosen();

private:
    void fill(qint64 select = 0);
    qint64 chosenId() const;

    AppContext &m_ctx;
    QDate m_day;
    QTableWidget *m_table;
    QLineEdit *m_addressee;
    QPlainTextEdit *m_text;
    DateLineEdit *m_due;
    QComboBox *m_indicator;
    QLabel *m_message;
};

} // namespace profrost
