#include "io/TeacherExport.h"

#include "domain/DateText.h"
#include "domain/Organisation.h"
#include "domain/Snils.h"
#include "io/TableWriter.h"

namespace profrost {

QStringList TeacherExport::header()
{
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {s(u"ФИО"), s(u"Дата рождения"), s(u"СНИЛС"), s(u"Муниципалитет"), s(u"Организация"), s(u"Тип ОО"),
            s(u"Должность"), s(u"Предметы"), s(u"Дата начала педстажа"), s(u"Дата приема"), s(u"Категория"),
            s(u"Дата присвоения категории"), s(u"Телефон"), s(u"Email")};
}

QList<QStringList> TeacherExport::cells(const QList<TeacherRow> &rows)
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const TeacherRow &r : rows) {
        // One line per current post, with full names, so that the file
        // imports back into the same registry without changes.
        QList<PostLine> posts = r.posts;
        if (posts.isEmpty())
            posts.append(PostLine());
        for (const PostLine &p : posts) {
            out.append({r.fullName(), DateText::numeric(r.birthDate),
                        r.snils.isEmpty() ? QString() : Snils::formatted(r.snils), p.municipality, p.organisation,
                        p.organisationType.isEmpty() ? QString()
                                                     : OrganisationTypeText::russian(OrganisationTypeText::fromCode(p.organisationType)),
                        p.position, p.subjects.join(QStringLiteral(", ")), DateText::numeric(r.experienceStart),
                        DateText::numeric(p.hired), r.category == Category::None ? QString() : CategoryText::russian(r.category),
                        DateText::numeric(r.categoryDate), r.phone, r.email});
        }
    }
    return out;
}

void TeacherExport::write(const QString &path, const QList<TeacherRow> &rows)
{
    TableWriter::write(path, header(), cells(rows), tr("Teachers"));
}

} // namespace profrost
