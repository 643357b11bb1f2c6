#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace profrost {

enum class PositionKind { Pedagogical, Managerial };

struct Position
{
    qint64 id = 0;
    QString name;
    PositionKind kind = PositionKind::Pedagogical;
};

struct Subject
{
    qint64 id = 0;
    QString name;
};

class PositionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PositionCatalog)
public:
    static QString kindCode(PositionKind k);
    static PositionKind kindFromCode(const QString &code);
    static QString kindDisplayName(PositionKind k);
    // The default posts of the nomenclature (постановление № 225 от 21.02.2022).
    static QList<Position> defaultPositions();
    // Subjects of the federal curriculum (ФОП), as schools name them.
    static QStringList defaultSubjects();
    // Managerial by default: директор, заместитель директора..., заведующий, заместитель заведующего.
    static PositionKind defaultKindFor(const QString &positionName);
};

} // namespace profrost
