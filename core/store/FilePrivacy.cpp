#include "store/FilePrivacy.h"

#include <QDir>
#include <QFile>

namespace profrost {

namespace {

#ifdef Q_OS_UNIX
constexpr bool kPosix = true;
#else
constexpr bool kPosix = false;
#endif

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

void FilePrivacy::restrictFile(const QString &path)
{
    if (kPosix && QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void FilePrivacy::restrictFolder(const QString &path)
{
    if (kPosix && QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString FilePrivacy::exposure(const QString &path)
{
    if (!kPosix || !QFile::exists(path) || !(QFile::permissions(path) & kOthers))
        return {};
    return tr("%1 can be read by other users of this computer, and it holds the teachers' personal data "
              "(СНИЛС, birth dates). Make it private: chmod 600 \"%1\".")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace profrost
