#include "shell/ServerConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace profrost {

namespace {

const char *const kRecentKey = "server/recent";
constexpr int kRecentKept = 8;

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent, const QString &message)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Connect to a server"));
    setObjectName(QStringLiteral("serverConnectDialog"));
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));

    m_recent->addItem(tr("(a new connection)"));
    for (const QString &url : recent())
        m_recent->addItem(url, url);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("server name or address"));
    m_database->setText(QStringLiteral("profrost"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000"));
    m_message->setVisible(false);
    setMessage(message);

    auto *form = new QFormLayout;
    if (m_recent->count() > 1)
        form->addRow(tr("&Recent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(tr("The password is not saved. The server's administrator creates the database and "
                               "the users (README, «A shared server»)."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    connect(m_recent, &QComboBox::activated, this, &ServerConnectDialog::chooseRecent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (m_recent->count() > 1)
        chooseRecent(1); // the last connection, ready to reconnect
}

ConnectionSpec ServerConnectDialog::spec() const
{
    return ConnectionSpec::postgres(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                    m_user->text().trimmed(), m_password->text());
}

void ServerConnectDialog::setSpec(const ConnectionSpec &spec)
{
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.databaseName);
    m_user->setText(spec.user);
    m_password->setText(spec.password);
}

void ServerConnectDialog::setMessage(const QString &message)
{
    // libpq speaks English: the two refusals a user meets most are said in
    // the interface's language first, the server's words after them.
    QString shown = message;
    if (message.contains(u"no password supplied"))
        shown = tr("The server asks for a password: enter it.") + u'\n' + message;
    else if (message.contains(u"password authentication failed"))
        shown = tr("The server did not accept the user name or the password.") + u'\n' + message;
    m_message->setText(shown);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_password->setFocus();
}

void ServerConnectDialog::chooseRecent(int index)
{
    const QString url = m_recent->itemData(index).toString();
    if (url.isEmpty())
        return;
    m_recent->setCurrentIndex(index);
    setSpec(ConnectionSpec::fromText(url));
    m_password->setFocus();
}

void ServerConnectDialog::accept()
{
    const ConnectionSpec s = spec();
    QString missing;
    if (s.host.isEmpty())
        missing = tr("Enter the server's name or address.");
    else if (s.databaseName.isEmpty())
        missing = tr("Enter the database's name.");
    else if (s.user.isEmpty())
        missing = tr("Enter the user's name on the server.");
    if (!missing.isEmpty()) {
        setMessage(missing);
        return;
    }
    QDialog::accept();
}

QStringList ServerConnectDialog::recent()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void ServerConnectDialog::remember(const ConnectionSpec &spec)
{
    if (spec.isFile())
        return;
    QStringList list = recent();
    const QString url = spec.url(); // never the password
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > kRecentKept)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
}

} // namespace profrost
