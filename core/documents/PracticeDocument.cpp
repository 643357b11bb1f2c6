#include "documents/PracticeDocument.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "domain/CompetencyAreas.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost {

QString PracticeDocument::title()
{
    return u"Карточка успешной педагогической практики"_s;
}

QString PracticeDocument::sizeText(qint64 bytes)
{
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    if (bytes < 1024)
        return u"%1 байт"_s.arg(bytes);
    if (bytes < 1024 * 1024)
        return u"%1 КБ"_s.arg(russian.toString(double(bytes) / 1024.0, 'f', 1));
    return u"%1 МБ"_s.arg(russian.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

std::optional<PracticeCardData> PracticeDocument::data(Database &db, qint64 id, QDate day)
{
    const std::optional<Practice> practice = PracticeRepository(db).get(id);
    if (!practice)
        return std::nullopt;
    PracticeCardData out;
    out.practice = *practice;
    TeacherRepository teachers(db);
    for (const qint64 teacherId : practice->authors) {
        const TeacherOnDay t = teachers.onDay(teacherId, day);
        QString line = QStringList{t.surname, t.name, t.patronymic}.join(u' ').simplified();
        if (line.isEmpty())
            line = teachers.nameOf(teacherId);
        if (!t.position.isEmpty())
            line += u", "_s + t.position.toLower();
        if (!t.organisation.isEmpty())
            line += u", "_s + t.organisation;
        out.authors << line;
    }
    const CompetencyAreas areas = CompetencyAreas::current();
    for (const CompetencyArea &a : practice->areas)
        out.areas << areas.name(a);
    return out;
}

std::unique_ptr<QTextDocument> PracticeDocument::build(const PracticeCardData &data)
{
    const Practice &p = data.practice;
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Portrait, title());
    QTextCursor cursor(doc.get());
    DocumentStyle::insertTitle(cursor, {title(), u"«%1»"_s.arg(p.title)});
    DocumentText::labelled(cursor, data.authors.size() > 1 ? u"Авторы:"_s : u"Автор:"_s,
                           data.authors.isEmpty() ? u"не указан"_s : data.authors.join(u"; "_s) + u"."_s, false);
    if (!p.subject.isEmpty())
        DocumentText::labelled(cursor, u"Предмет (направление):"_s, p.subject + u"."_s, false);
    DocumentText::labelled(cursor, u"Уровень представления:"_s, PracticeText::russian(p.level) + u"."_s, false);
    if (!data.areas.isEmpty())
        DocumentText::labelled(cursor, u"Направления профессиональных компетенций:"_s,
                               data.areas.join(u", "_s) + u"."_s, false);
    if (!p.description.isEmpty())
        DocumentText::labelled(cursor, u"Описание практики:"_s, p.description, false);
    if (!p.tags.isEmpty())
        DocumentText::labelled(cursor, u"Ключевые слова:"_s, p.tags.join(u", "_s) + u"."_s, false);
    QStringList files;
    for (const PracticeFile &f : p.files)
        files << u"%1) %2 (%3)"_s.arg(files.size() + 1).arg(f.name, sizeText(f.size));
    DocumentText::labelled(cursor, u"Приложения:"_s, files.isEmpty() ? u"нет."_s : files.join(u"; "_s) + u"."_s,
                           false);
    return doc;
}

} // namespace profrost
