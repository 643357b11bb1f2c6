#include "support/TestSupport.h"

#include <QFile>

namespace profrost::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("test.profrost")))
{
    m_db = std::make_unique<Database>(m_path);
    m_db->open();
}

int createAtVersion(const QString &path, int version, const std::function<void(Database &)> &fill)
{
    Database old(path);
    Database::OpenOptions options;
    options.targetVersion = version;
    old.open(options);
    fill(old);
    return old.schemaVersion();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(PROFROST_TEST_DATA_DIR) + u'/' + name;
}

} // namespace profrost::test
