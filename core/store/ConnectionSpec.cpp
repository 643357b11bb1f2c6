#include "store/ConnectionSpec.h"

#include <QDir>
#include <QFileInfo>

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
