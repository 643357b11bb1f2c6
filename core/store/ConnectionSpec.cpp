#include "store/ConnectionSpec.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace profrost {

ConnectionSpec ConnectionSpec::sqliteFile(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = SqlDialect::Kind::Sqlite;
    spec.file = path;
    return spec;
}

ConnectionSpec ConnectionSpec::postgres(const QString &host, int port, const QString &databaseName,
                                        const QString &user, const QString &password)
{
    ConnectionSpec spec;
    spec.kind = SqlDialect::Kind::Postgres;
    spec.host = host;
    spec.port = port;
    spec.databaseName = databaseName;
    spec.user = user;
    spec.password = password;
    return spec;
}

bool ConnectionSpec::isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive) || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

ConnectionSpec ConnectionSpec::fromText(const QString &text)
{
    if (!isServerUrl(text))
        return sqliteFile(text);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    ConnectionSpec spec = postgres(url.host(), url.port(5432), url.path().mid(1), url.userName());
    if (spec.user.isEmpty())
        spec.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return spec;
}

QString ConnectionSpec::url() const
{
    if (isFile())
        return file;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString ConnectionSpec::shortName() const
{
    if (isFile())
        return QFileInfo(file).fileName();
    return databaseName + u'@' + host;
}

QString ConnectionSpec::fullName() const
{
    if (isFile())
        return QDir::toNativeSeparators(file);
    return user + u'@' + host + u':' + QString::number(port) + u'/' + databaseName;
}

} // namespace profrost
