#include "practices/PracticesPage.h"

#include "associations/AssociationWidgets.h"
#include "common/DeferredLoad.h"
#include "common/DocumentOutput.h"
#include "common/EditAccess.h"
#include "documents/PracticeDocument.h"
#include "practices/PracticeDialog.h"
#include "practices/PracticeEditing.h"
#include "shell/AppContext.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "util/WordStems.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kHtmlRole = Qt::UserRole + 1;

QString bold(const QString &text, const PracticeSearchResult &found, int words = 0)
{
    return WordStems::highlight(text, found.stems, found.lastIsPrefix, QStringLiteral("<b>"), QStringLiteral("</b>"),
                                words, true);
}

} // namespace

PracticesPage::PracticesPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_search(new QLineEdit(this)),
      m_summary(new QLabel(this)),
      m_results(new QListWidget(this)),
      m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("practicesPage"));
    m_search->setObjectName(QStringLiteral("practiceSearch"));
    m_search->setPlaceholderText(tr("Search: words of the title, tags, description or authors, in any form"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("practiceSummary"));
    m_results->setObjectName(QStringLiteral("practiceResults"));
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &PracticesPage::search);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New practice..."), tr("Add a practice to the bank"),
                          this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen practice"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen practice"),
                             this);
    add->setObjectName(QStringLiteral("newPracticeButton"));
    edit->setObjectName(QStringLiteral("editPracticeButton"));
    remove->setObjectName(QStringLiteral("deletePracticeButton"));
    connect(add, &QPushButton::clicked, this, &PracticesPage::newPractice);
    connect(edit, &QPushButton::clicked, this, &PracticesPage::editPractice);
    connect(remove, &QPushButton::clicked, this, &PracticesPage::deletePractice);
    if (m_ctx.mayEdit(UserAccess::Area::Sites)) {
        connect(m_results, &QListWidget::itemActivated, this, &PracticesPage::editPractice);
        W::bindKeys(m_results, [this] { editPractice(); }, [this] { deletePractice(); });
    }
    QToolButton *card = W::printButton(tr("Card"), this, [this](bool toFile) { printCard(toFile); });
    card->setObjectName(QStringLiteral("printPracticeButton"));
    card->setToolTip(tr("The chosen practice's card"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(W::buttonBar(this, {add, edit, remove, card}, {m_search}));
    EditAccess::showIfEditable(m_ctx, UserAccess::Area::Sites, {add, edit, remove});
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    m_search->setMinimumWidth(420);

    m_loader = new DeferredLoad(this, [this] { search(); });
    connect(&m_ctx, &AppContext::registryChanged, m_loader, &DeferredLoad::invalidate);
}

void PracticesPage::addResult(qint64 id, const QString &html)
{
    auto *item = new QListWidgetItem(m_results);
    item->setData(kIdRole, id);
    item->setData(kHtmlRole, html);
    auto *label = new QLabel(html, m_results);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setContentsMargins(6, 4, 6, 4);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    const int width = qMax(300, m_results->viewport()->width() - 8);
    item->setSizeHint(QSize(width, label->heightForWidth(width)));
    m_results->setItemWidget(item, label);
}

void PracticesPage::search()
{
    m_loader->markLoaded();
    m_typing->stop();
    const qint64 keep = currentId();
    m_results->clear();
    const QString text = m_search->text();
    try {
        PracticeRepository repo(m_ctx.db());
        if (PracticeRepository::queryStems(text).isEmpty()) {
            const QHash<qint64, QString> names = TeacherRepository(m_ctx.db()).fullNames();
            const QList<Practice> all = repo.all();
            for (const Practice &p : all) {
                QStringList authors;
                for (qint64 id : p.authors)
                    authors << names.value(id);
                addResult(p.id, u"<b>" + p.title.toHtmlEscaped() + u"</b><br>"
                              + QString(authors.join(u", ") + u" · " + PracticeText::displayName(p.level)).toHtmlEscaped());
            }
            m_summary->setText(tr("%n practice(s) in the bank.", nullptr, int(all.size())));
        } else {
            QElapsedTimer timer;
            timer.start();
            const PracticeSearchResult found = repo.search(text, 100);
            const qint64 ms = timer.elapsed();
            for (const PracticeHit &h : found.hits) {
                QString html = u"<span style='font-size:large'>" + bold(h.title, found) + u"</span><br>";
                QStringList facts;
                if (!h.authors.isEmpty())
                    facts << bold(h.authors.join(u", "), found);
                facts << PracticeText::displayName(h.level).toHtmlEscaped();
                if (!h.subject.isEmpty())
                    facts << bold(h.subject, found);
                html += facts.join(u" · ");
                if (!h.tags.isEmpty())
                    html += u"<br><i>" + bold(h.tags.join(u", "), found) + u"</i>";
                if (!h.description.isEmpty())
                    html += u"<br>" + bold(h.description.simplified(), found, 30);
                addResult(h.id, html);
            }
            m_summary->setText(found.hits.isEmpty() ? tr("Nothing found.")
                                                    : tr("%n practice(s) found in %1 ms, best first.", nullptr,
                                                         int(found.hits.size()))
                                                          .arg(ms));
        }
    } catch (const Error &e) {
        W::report(this, false, tr("Practice bank"), e.message(), &m_lastError);
        return;
    }
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(kIdRole).toLongLong() == keep)
            m_results->setCurrentRow(i);
    }
}

QString PracticesPage::resultHtml(int row) const
{
    const QListWidgetItem *item = m_results->item(row);
    return item ? item->data(kHtmlRole).toString() : QString();
}

qint64 PracticesPage::currentId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void PracticesPage::newPractice()
{
    openDialog(std::nullopt, Practice{});
}

void PracticesPage::editPractice()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    std::optional<Practice> p;
    try {
        p = PracticeRepository(m_ctx.db()).get(id, true);
    } catch (const Error &e) {
        W::report(this, false, tr("Practice bank"), e.message(), &m_lastError);
        return;
    }
    if (p) {
        // The dialog keeps the stored files by id, without their contents.
        Practice shown = *p;
        for (PracticeFile &f : shown.files)
            f.content.clear();
        openDialog(*p, shown);
    }
}

void PracticesPage::openDialog(const std::optional<Practice> &before, const Practice &p)
{
    m_loader->ensureLoaded();
    qint64 savedId = 0;
    PracticeDialog dialog(
        m_ctx,
        [this, before, &savedId](const Practice &changed) {
            QString error;
            PracticeEditing::save(m_ctx, before, changed, &error, &savedId);
            return error;
        },
        this);
    dialog.setPractice(p);
    if (dialog.exec() != QDialog::Accepted)
        return;
    search();
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(kIdRole).toLongLong() == savedId)
            m_results->setCurrentRow(i);
    }
}

void PracticesPage::deletePractice()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    std::optional<Practice> p;
    try {
        p = PracticeRepository(m_ctx.db()).get(id);
    } catch (const Error &e) {
        W::report(this, false, tr("Practice bank"), e.message(), &m_lastError);
        return;
    }
    if (!p)
        return;
    if (QMessageBox::question(this, tr("Delete practice"),
                              tr("Delete «%1» with its %n file(s)? Edit → Undo brings it back.", nullptr,
                                 int(p->files.size()))
                                  .arg(p->title))
        != QMessageBox::Yes)
        return;
    QString error;
    W::report(this, PracticeEditing::remove(m_ctx, id, &error), tr("Delete practice"), error, &m_lastError);
}

void PracticesPage::printCard(bool toFile)
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    std::optional<PracticeCardData> data;
    try {
        data = PracticeDocument::data(m_ctx.db(), id, m_ctx.today());
    } catch (const Error &e) {
        W::report(this, false, tr("Practice bank"), e.message(), &m_lastError);
        return;
    }
    if (!data)
        return;
    const PracticeCardData captured = *data;
    DocumentOutput::output(this, PracticeDocument::title() + u" «" + captured.practice.title + u"»",
                           [captured] { return PracticeDocument::build(captured); }, toFile);
}

} // namespace profrost
