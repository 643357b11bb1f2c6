#pragma once

#include "domain/Practice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace profrost {

class AppContext;
class DeferredLoad;

// The bank of practices: a search box answering as one types (full-text,
// any form of the words, best first, the matched words in bold), the whole
// bank by title while the box is empty; practices made, changed and deleted
// here with undo, and a practice's card printed.
class PracticesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PracticesPage(AppContext &ctx, QWidget *parent = nullptr);

    // Runs the search of the box's text now (typing runs it after a pause).
    void search();
    void newPractice();
    void editPractice();
    void deletePractice();
    void printCard(bool toFile);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    // The rich text shown for a result (matched words in <b>).
    QString resultHtml(int row) const;
    qint64 currentId() const;
    QString lastError() const { return m_lastError; }

private:
    void openDialog(const std::optional<Practice> &before, const Practice &p);
    void addResult(qint64 id, const QString &html);

    AppContext &m_ctx;
    QLineEdit *m_search;
    QLabel *m_summary;
    QListWidget *m_results;
    QTimer *m_typing;
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
