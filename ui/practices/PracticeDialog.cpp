#include "practices/PracticeDialog.h"

#include "common/FieldMessage.h"
#include "common/ScreenFit.h"
#include "documents/PracticeDocument.h"
#include "domain/CompetencyAreas.h"
#include "shell/AppContext.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/TextNormalize.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace profrost {

PracticeDialog::PracticeDialog(AppContext &ctx, Save save, QWidget *parent)
    : QDialog(parent),
      m_ctx(ctx),
      m_save(std::move(save)),
      m_title(new QLineEdit(this)),
      m_subject(new QLineEdit(this)),
      m_level(new QComboBox(this)),
      m_teacher(new QComboBox(this)),
      m_authors(new QListWidget(this)),
      m_areas(new QListWidget(this)),
      m_tags(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)),
      m_files(new QListWidget(this)),
      m_message(new FieldMessage(this))
{
    setWindowTitle(tr("Practice"));
    m_title->setObjectName(QStringLiteral("practiceTitle"));
    m_title->setPlaceholderText(tr("e.g. Функциональная грамотность на уроках математики"));
    m_subject->setPlaceholderText(tr("e.g. математика, дошкольное образование"));
    for (PracticeLevel l : PracticeText::allLevels())
        m_level->addItem(PracticeText::displayName(l), int(l));
    m_tags->setPlaceholderText(tr("separated by commas: функциональная грамотность, PISA"));
    m_description->setTabChangesFocus(true);

    // Authors: a teacher of the registry chosen by typing the name.
    m_teacher->setEditable(true);
    m_teacher->setInsertPolicy(QComboBox::NoInsert);
    m_teacher->setObjectName(QStringLiteral("practiceTeacher"));
    try {
        QHash<qint64, QString> names = TeacherRepository(ctx.db()).fullNames();
        QList<qint64> ids = names.keys();
        std::sort(ids.begin(), ids.end(), [&names](qint64 a, qint64 b) { return alphabeticalLess(names[a], names[b]); });
        for (qint64 id : ids)
            m_teacher->addItem(names.value(id), id);
    } catch (const Error &) {
    }
    m_teacher->setCurrentIndex(-1);
    m_teacher->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_teacher->completer()->setFilterMode(Qt::MatchContains);
    m_teacher->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *addAuthor = new QPushButton(tr("&Add"), this);
    auto *removeAuthor = new QPushButton(tr("Re&move"), this);
    connect(addAuthor, &QPushButton::clicked, this, [this] {
        const int i = m_teacher->findText(m_teacher->currentText());
        if (i >= 0)
            this->addAuthor(m_teacher->itemData(i).toLongLong());
    });
    connect(removeAuthor, &QPushButton::clicked, this, [this] { delete m_authors->currentItem(); });
    auto *authorRow = new QHBoxLayout;
    authorRow->addWidget(m_teacher, 1);
    authorRow->addWidget(addAuthor);
    authorRow->addWidget(removeAuthor);
    m_authors->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);

    const CompetencyAreas dictionary = CompetencyAreas::current();
    for (const CompetencyAreaEntry &e : dictionary.entries()) {
        auto *item = new QListWidgetItem(upperFirst(e.name), m_areas);
        item->setData(Qt::UserRole, e.area.code());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_areas->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 12);

    auto *attach = new QPushButton(tr("A&ttach..."), this);
    auto *saveAs = new QPushButton(tr("&Save as..."), this);
    auto *removeFile = new QPushButton(tr("Remove &file"), this);
    attach->setToolTip(tr("Lesson plans, presentations: up to 20 MB a file, kept in the database"));
    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        for (const QString &path : paths)
            attachFile(path);
    });
    connect(saveAs, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0 || row >= m_fileList.size())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the file"), m_fileList.at(row).name);
        if (!path.isEmpty())
            saveFile(row, path);
    });
    connect(removeFile, &QPushButton::clicked, this, [this] { this->removeFile(m_files->currentRow()); });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(attach);
    fileButtons->addWidget(saveAs);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch(1);
    m_files->setObjectName(QStringLiteral("practiceFiles"));
    m_files->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubject or area:"), m_subject);
    form->addRow(tr("&Level reached:"), m_level);
    auto *authorsLabel = new QLabel(tr("Auth&ors:"), this); // a row of a layout has no buddy of its own
    authorsLabel->setBuddy(m_teacher);
    form->addRow(authorsLabel, authorRow);
    form->addRow(QString(), m_authors);
    form->addRow(tr("Competency a&reas:"), m_areas);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Files:"), m_files);
    form->addRow(QString(), fileButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PracticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {820, 700});
}

void PracticeDialog::addAuthor(qint64 teacherId)
{
    for (int i = 0; i < m_authors->count(); ++i) {
        if (m_authors->item(i)->data(Qt::UserRole).toLongLong() == teacherId)
            return;
    }
    QString name;
    try {
        name = TeacherRepository(m_ctx.db()).nameOf(teacherId);
    } catch (const Error &e) {
        name = e.message();
    }
    auto *item = new QListWidgetItem(name, m_authors);
    item->setData(Qt::UserRole, teacherId);
}

void PracticeDialog::setPractice(const Practice &p)
{
    m_id = p.id;
    m_title->setText(p.title);
    m_title->setCursorPosition(0);
    m_subject->setText(p.subject);
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(p.level))));
    m_authors->clear();
    for (qint64 id : p.authors)
        addAuthor(id);
    for (int i = 0; i < m_areas->count(); ++i) {
        QListWidgetItem *item = m_areas->item(i);
        item->setCheckState(p.areas.contains(CompetencyArea(item->data(Qt::UserRole).toString())) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
    m_tags->setText(p.tags.join(QStringLiteral(", ")));
    m_description->setPlainText(p.description);
    m_fileList = p.files;
    showFiles();
}

Practice PracticeDialog::practice() const
{
    Practice p;
    p.id = m_id;
    p.title = m_title->text().simplified();
    p.subject = m_subject->text().simplified();
    p.level = PracticeLevel(m_level->currentData().toInt());
    for (int i = 0; i < m_authors->count(); ++i)
        p.authors << m_authors->item(i)->data(Qt::UserRole).toLongLong();
    for (int i = 0; i < m_areas->count(); ++i) {
        if (m_areas->item(i)->checkState() == Qt::Checked)
            p.areas << CompetencyArea(m_areas->item(i)->data(Qt::UserRole).toString());
    }
    p.tags = PracticeText::splitTags(m_tags->text());
    p.description = m_description->toPlainText().trimmed();
    p.files = m_fileList;
    return p;
}

void PracticeDialog::showFiles()
{
    m_files->clear();
    for (const PracticeFile &f : m_fileList) {
        const qint64 size = f.content.isEmpty() ? f.size : f.content.size();
        m_files->addItem(tr("%1 (%2)").arg(f.name, PracticeDocument::sizeText(size)));
    }
}

bool PracticeDialog::attachFile(const QString &path)
{
    const QFileInfo info(path);
    // The limit is checked before the file is read: a 2 GB video is never loaded.
    if (const QString why = PracticeRules::checkFile(info.fileName(), info.size()); !why.isEmpty()) {
        m_message->show(why);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->show(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    PracticeFile f;
    f.name = info.fileName();
    f.content = file.readAll();
    f.size = f.content.size();
    m_fileList << f;
    m_message->clear();
    showFiles();
    return true;
}

QByteArray PracticeDialog::contentOf(const PracticeFile &f) const
{
    if (!f.content.isEmpty() || f.id == 0)
        return f.content;
    return PracticeRepository(m_ctx.db()).fileContent(f.id);
}

bool PracticeDialog::saveFile(int row, const QString &path)
{
    if (row < 0 || row >= m_fileList.size())
        return false;
    QByteArray bytes;
    try {
        bytes = contentOf(m_fileList.at(row));
    } catch (const Error &e) {
        m_message->show(e.message());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        m_message->show(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void PracticeDialog::removeFile(int row)
{
    if (row < 0 || row >= m_fileList.size())
        return;
    m_fileList.removeAt(row);
    showFiles();
}

void PracticeDialog::accept()
{
    const Practice p = practice();
    if (const QStringList problems = PracticeRules::check(p); !problems.isEmpty()) {
        m_message->show(problems.join(u'\n'));
        return;
    }
    if (const QString refused = m_save(p); !refused.isEmpty()) {
        m_message->show(refused);
        return;
    }
    QDialog::accept();
}

} // namespace profrost
