// The database, its backups and the backups folder are for their owner only
// (POSIX 0600 / 0700), and an old file readable by others is said so.
#include <catch2/catch.hpp>

#include "store/BackupService.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

#ifdef Q_OS_UNIX

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

// What `ls -l` would show, without the user bits Qt adds for the current user.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

} // namespace

TEST_CASE("A new database, its backups and the backups folder are for the owner only", "[database][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"imc.sqlite"_s);
    Database db(path);
    REQUIRE(db.open() == Database::Opened::Created);
    CHECK(modeOf(path) == kOwnerFile); // rw-------
    CHECK(db.privacyWarning().isEmpty());

    const QString copy = BackupService(db).backupNow(u"test"_s);
    CHECK(modeOf(copy) == kOwnerFile);
    CHECK(modeOf(db.backupDirectory()) == kOwnerFolder); // rwx------

    const QString chosen = dir.filePath(u"копия.sqlite"_s);
    BackupService(db).backupTo(chosen);
    CHECK(modeOf(chosen) == kOwnerFile);
}

TEST_CASE("An existing database that others can read is opened as it is, with a warning naming it", "[database][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    {
        Database db(path);
        db.open();
    }
    REQUIRE(QFile::setPermissions(path, kOwnerFile | QFileDevice::ReadGroup | QFileDevice::ReadOther)); // rw-r--r--
    Database db(path);
    Database::OpenOptions options;
    options.create = false;
    REQUIRE(db.open(options) == Database::Opened::Existing);
    CHECK(modeOf(path) == (kOwnerFile | QFileDevice::ReadGroup | QFileDevice::ReadOther)); // left as it was
    CHECK(db.privacyWarning().contains(QDir::toNativeSeparators(path)));
    CHECK(db.privacyWarning().contains(u"chmod 600"_s));
}

#endif
