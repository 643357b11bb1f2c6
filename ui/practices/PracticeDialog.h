#pragma once

#include "domain/Practice.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace profrost {

class AppContext;
class FieldMessage;

// One practice of the bank: its title, subject, level, authors (teachers of
// the registry), the competency areas it helps with, tags, description and
// attached files. A file over 20 MB is refused when attached, naming it and
// its size. `save` stores the practice and returns an empty string, or the
// reason it was refused (shown under the fields; the dialog stays open).
class PracticeDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const Practice &)>;
    PracticeDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);
    void setPractice(const Practice &p);
    Practice practice() const;
    void accept() override;

    // Adds a file as attached from disk (the «Attach...» button's work):
    // false, with the reason shown, for a file over the limit or unreadable.
    bool attachFile(const QString &path);
    // Writes the chosen file's content to `path`; false with the reason shown.
    bool saveFile(int row, const QString &path);
    void removeFile(int row);
    // Adds the teacher as an author (the «Add» button's work).
    void addAuthor(qint64 teacherId);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *levelBox() const { return m_level; }
    QListWidget *authorsList() const { return m_authors; }
    QListWidget *areasList() const { return m_areas; }
    QListWidget *filesList() const { return m_files; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    FieldMessage *message() const { return m_message; }

private:
    void showFiles();
    QByteArray contentOf(const PracticeFile &f) const;

    AppContext &m_ctx;
    Save m_save;
    qint64 m_id = 0;
    QLineEdit *m_title;
    QLineEdit *m_subject;
    QComboBox *m_level;
    QComboBox *m_teacher;
    QListWidget *m_authors;
    QListWidget *m_areas;
    QLineEdit *m_tags;
    QPlainTextEdit *m_description;
    QListWidget *m_files;
    QList<PracticeFile> m_fileList;
    FieldMessage *m_message;
};

} // namespace profrost
