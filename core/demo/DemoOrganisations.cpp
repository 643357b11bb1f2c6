#include "demo/DemoOrganisations.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

struct SubjectShare
{
    QStringList subjects;
    double weight;      // share of subject teachers
    double femaleShare;
};

// Shares of subject teachers by what they teach, from the weekly hours of the
// federal curriculum: Russian and mathematics lead, chemistry and ОБЗР are few.
const QList<SubjectShare> &subjectShares()
{
    static const QList<SubjectShare> list = {
        {{u"русский язык"_s, u"литература"_s}, 15, 0.98},
        {{u"русский язык"_s}, 1.5, 0.98},
        {{u"математика"_s}, 8, 0.9},
        {{u"алгебра"_s, u"геометрия"_s}, 4, 0.9},
        {{u"математика"_s, u"информатика"_s}, 1.5, 0.85},
        {{u"математика"_s, u"физика"_s}, 1, 0.8},
        {{u"английский язык"_s}, 9, 0.97},
        {{u"немецкий язык"_s}, 2, 0.97},
        {{u"французский язык"_s}, 0.5, 0.97},
        {{u"английский язык"_s, u"немецкий язык"_s}, 0.5, 0.97},
        {{u"история"_s, u"обществознание"_s}, 6, 0.8},
        {{u"история"_s}, 1, 0.8},
        {{u"история"_s, u"ОДНКНР"_s}, 0.7, 0.85},
        {{u"биология"_s}, 2.5, 0.93},
        {{u"биология"_s, u"химия"_s}, 2, 0.93},
        {{u"химия"_s}, 2, 0.93},
        {{u"физика"_s}, 2.5, 0.7},
        {{u"физика"_s, u"информатика"_s}, 0.8, 0.65},
        {{u"информатика"_s}, 2, 0.7},
        {{u"география"_s}, 3, 0.9},
        {{u"география"_s, u"биология"_s}, 0.8, 0.9},
        {{u"физическая культура"_s}, 7, 0.45},
        {{u"физическая культура"_s, u"ОБЗР"_s}, 0.8, 0.3},
        {{u"ОБЗР"_s}, 1, 0.3},
        {{u"труд (технология)"_s}, 3.5, 0.55},
        {{u"труд (технология)"_s, u"изобразительное искусство"_s}, 1, 0.75},
        {{u"изобразительное искусство"_s}, 1.5, 0.9},
        {{u"музыка"_s}, 2, 0.9},
    };
    return list;
}

const WeightedTable &subjectTable()
{
    static const WeightedTable table = [] {
        QList<double> weights;
        for (const SubjectShare &s : subjectShares())
            weights.append(s.weight);
        return WeightedTable(weights);
    }();
    return table;
}

QString ownership(DemoRandom &random, bool village, bool preschool)
{
    const double x = random.real();
    if (preschool) {
        if (village)
            return x < 0.5 ? u"МКДОУ"_s : u"МБДОУ"_s;
        return x < 0.6 ? u"МБДОУ"_s : x < 0.9 ? u"МАДОУ"_s : u"МКДОУ"_s;
    }
    if (village)
        return x < 0.5 ? u"МБОУ"_s : x < 0.9 ? u"МКОУ"_s : u"МОУ"_s;
    return x < 0.55 ? u"МБОУ"_s : x < 0.9 ? u"МАОУ"_s : u"МОУ"_s;
}

QString address(DemoRandom &random, const QString &settlement)
{
    // Drawn one at a time: the order of operands of `+` is unspecified, the seed's output must not be.
    const QString street = random.pick(DemoNames::streets());
    const int house = random.between(1, 120);
    return settlement + u", ул. " + street + u", д. " + QString::number(house);
}

QString schoolType(OrgKind kind)
{
    switch (kind) {
    case OrgKind::BasicSchool: return u"ООШ"_s;
    case OrgKind::PrimarySchool: return u"НОШ"_s;
    case OrgKind::Lyceum: return u"лицей"_s;
    case OrgKind::Gymnasium: return u"гимназия"_s;
    default: return u"СОШ"_s;
    }
}

void add(QList<Post> &posts, const QString &position, Post::Role role, double female)
{
    posts.append({position, {}, role, female});
}

} // namespace

Post DemoOrganisations::subjectTeacher(DemoRandom &random)
{
    const SubjectShare &s = subjectShares().at(subjectTable().draw(random));
    return {u"учитель"_s, s.subjects, Post::Role::Staff, s.femaleShare};
}

QList<PlannedOrganisation> DemoOrganisations::plan(DemoRandom &random, const DemoNames &names,
                                                   const District &district, int count)
{
    const int additional = count >= 30 ? 2 : 1;
    const int kindergartens = int(std::lround(count * 0.33));
    const int schools = count - additional - kindergartens;
    const int lyceums = schools >= 15 && random.chance(0.5) ? 1 : 0;
    const int gymnasiums = schools >= 12 && random.chance(0.6) ? 1 : 0;
    const int primary = std::max(1, schools / 12);
    const int basic = int(std::lround(schools * 0.28));
    const int secondary = schools - lyceums - gymnasiums - primary - basic;
    const int centreSecondary = std::clamp(schools / 4, 2, std::max(2, secondary));

    QList<Settlement> villages = names.settlements();
    random.shuffle(villages);
    qsizetype nextVillage = 0;
    QList<Settlement> schoolVillages; // where village kindergartens go
    int schoolNumber = 0;
    int kindergartenNumber = 0;
    QList<PlannedOrganisation> out;
    QSet<QString> taken; // names must be unique within the municipality

    auto push = [&](PlannedOrganisation p, const QString &where) {
        if (taken.contains(p.organisation.name))
            return false;
        taken.insert(p.organisation.name);
        p.organisation.address = address(random, where);
        out.append(p);
        return true;
    };
    auto centreSchool = [&](OrgKind kind, double weight, bool honour) {
        PlannedOrganisation p{{}, kind, weight};
        const QString number = u"№ "_s + QString::number(++schoolNumber);
        const QString type = schoolType(kind);
        const QString prefix = kind == OrgKind::Lyceum ? u"МАОУ"_s : ownership(random, false, false);
        p.organisation.name = prefix + u' ' + type + u' ' + number;
        p.organisation.shortName = type.left(1).toUpper() + type.mid(1) + u' ' + number;
        if (honour)
            p.organisation.name += u' ' + random.pick(DemoNames::honorifics());
        push(p, district.centre);
    };
    auto villageSchool = [&](OrgKind kind, double weight) {
        if (nextVillage >= villages.size()) // more schools than villages: the centre grows
            return centreSchool(kind, weight, false);
        const Settlement v = villages.at(nextVillage++);
        schoolVillages.append(v);
        PlannedOrganisation p{{}, kind, weight};
        const QString type = schoolType(kind);
        const QString prefix = ownership(random, true, false);
        const double form = random.real();
        if (!v.adjective.isEmpty() && form < 0.3) {          // МБОУ «Курдюковская СОШ»
            p.organisation.shortName = v.adjective + u' ' + type;
        } else if (!v.adjective.isEmpty() && form < 0.45) {  // МКОУ «Талицкая ООШ № 8»
            p.organisation.shortName = v.adjective + u' ' + type + u" № " + QString::number(++schoolNumber);
        }
        if (!p.organisation.shortName.isEmpty()) {
            p.organisation.name = prefix + u" «" + p.organisation.shortName + u'»';
        } else {                                             // МБОУ СОШ с. Майртуп
            p.organisation.shortName = type + u' ' + v.name;
            p.organisation.name = prefix + u' ' + p.organisation.shortName;
        }
        push(p, v.name);
    };

    const int honoured = random.chance(0.5) ? random.between(1, centreSecondary) : 0;
    for (int i = 1; i <= centreSecondary; ++i)
        centreSchool(OrgKind::SecondarySchool, random.between(35, 60), i == honoured);
    for (int i = 0; i < lyceums; ++i)
        centreSchool(OrgKind::Lyceum, random.between(40, 60), false);
    for (int i = 0; i < gymnasiums; ++i)
        centreSchool(OrgKind::Gymnasium, random.between(40, 60), false);
    for (int i = centreSecondary; i < secondary; ++i)
        villageSchool(OrgKind::SecondarySchool, random.between(14, 28));
    for (int i = 0; i < basic; ++i)
        villageSchool(OrgKind::BasicSchool, random.between(7, 13));
    for (int i = 0; i < primary; ++i)
        villageSchool(OrgKind::PrimarySchool, random.between(3, 6));

    // Kindergartens: a few big ones in the centre, the others in the villages with schools.
    QStringList gardenNames = names.kindergartens();
    random.shuffle(gardenNames);
    const int centreGardens = std::max(1, int(std::lround(kindergartens * 0.4)));
    for (int i = 0; i < kindergartens; ++i) {
        const bool village = i >= centreGardens && i - centreGardens < schoolVillages.size();
        const Settlement where = village ? schoolVillages.at(i - centreGardens) : Settlement{district.centre, {}};
        const QString garden = u'«' + gardenNames.at(i % gardenNames.size()) + u'»';
        const QString number = u"№ "_s + QString::number(kindergartenNumber + 1);
        PlannedOrganisation p{{}, OrgKind::Kindergarten, double(village ? random.between(5, 10) : random.between(14, 24))};
        p.organisation.type = OrganisationType::Preschool;
        const QString prefix = ownership(random, village, true);
        if (!village && i == 0 && kindergartens >= 6) {
            p.organisation.name = u"МАДОУ «Центр развития ребенка – детский сад "_s + number + u'»';
            p.organisation.shortName = u"ЦРР – детский сад "_s + number;
            ++kindergartenNumber;
        } else if (village && !where.adjective.isEmpty() && random.chance(0.5)) {
            p.organisation.shortName = DemoNames::masculineAdjective(where.adjective) + u" детский сад " + garden;
            p.organisation.name = prefix + u' ' + p.organisation.shortName;
        } else {
            const bool combined = random.chance(0.2);
            p.organisation.name = prefix + (combined ? u" детский сад комбинированного вида "_s : u" детский сад "_s)
                                  + number + u' ' + garden;
            p.organisation.shortName = u"Детский сад "_s + number + u' ' + garden;
            ++kindergartenNumber;
        }
        push(p, where.name);
    }

    const QString udo = random.chance(0.7) ? u"МБУ ДО"_s : u"МАУ ДО"_s;
    PlannedOrganisation ddt{{}, OrgKind::CreativityCentre, double(random.between(12, 22))};
    ddt.organisation.type = OrganisationType::Additional;
    ddt.organisation.name = udo + u" «Дом детского творчества»";
    ddt.organisation.shortName = u"ДДТ"_s;
    push(ddt, district.centre);
    if (additional > 1) {
        PlannedOrganisation sport{{}, OrgKind::SportSchool, double(random.between(8, 16))};
        sport.organisation.type = OrganisationType::Additional;
        sport.organisation.name = udo + u" «Спортивная школа»";
        sport.organisation.shortName = u"Спортивная школа"_s;
        push(sport, district.centre);
    }

    // About 15 % of the organisations are schools with low results (ШНОР),
    // mostly small village ones; half of those also work in unfavourable conditions.
    QList<std::pair<double, qsizetype>> candidates;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const OrgKind k = out.at(i).kind;
        if (k == OrgKind::SecondarySchool || k == OrgKind::BasicSchool || k == OrgKind::PrimarySchool) {
            const bool village = !out.at(i).organisation.address.startsWith(district.centre);
            candidates.append({random.real() + (village ? 0.6 : 0.0), i});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const qsizetype low = std::min<qsizetype>(candidates.size(), std::lround(out.size() * 0.15));
    for (qsizetype j = 0; j < candidates.size(); ++j) {
        Organisation &o = out[candidates.at(j).second].organisation;
        o.lowResults = j < low;
        o.unfavourableConditions = (j < low && j % 2 == 0) || (j >= low && random.chance(0.08));
    }
    return out;
}

QList<Post> DemoOrganisations::staffing(DemoRandom &random, OrgKind kind, int staff)
{
    QList<Post> posts;
    if (staff <= 0)
        return posts;
    using R = Post::Role;
    switch (kind) {
    case OrgKind::Kindergarten: {
        add(posts, u"заведующий"_s, R::Head, 0.99);
        const std::pair<int, const char16_t *> table[] = {
            {14, u"заместитель заведующего"}, {8, u"старший воспитатель"}, {5, u"музыкальный руководитель"},
            {9, u"инструктор по физической культуре"}, {10, u"учитель-логопед"}, {13, u"педагог-психолог"},
            {25, u"музыкальный руководитель"}};
        for (const auto &[from, position] : table) {
            if (staff >= from)
                add(posts, QString::fromUtf16(position), from == 14 ? R::Deputy : R::Staff, 0.99);
        }
        while (posts.size() < staff)
            add(posts, u"воспитатель"_s, R::Staff, 0.99);
        break;
    }
    case OrgKind::CreativityCentre:
    case OrgKind::SportSchool: {
        const bool sport = kind == OrgKind::SportSchool;
        add(posts, u"директор"_s, R::Head, sport ? 0.4 : 0.8);
        if (staff >= 12)
            add(posts, u"заместитель директора по учебно-воспитательной работе"_s, R::Deputy, 0.8);
        if (staff >= 6)
            add(posts, sport ? u"инструктор-методист"_s : u"методист"_s, R::Staff, 0.85);
        if (!sport && staff >= 10)
            add(posts, u"педагог-организатор"_s, R::Staff, 0.9);
        if (!sport && staff >= 15)
            add(posts, u"концертмейстер"_s, R::Staff, 0.8);
        while (posts.size() < staff) {
            if (sport)
                add(posts, random.chance(0.15) ? u"старший тренер-преподаватель"_s : u"тренер-преподаватель"_s,
                    R::Staff, 0.35);
            else
                add(posts, u"педагог дополнительного образования"_s, R::Staff, 0.85);
        }
        break;
    }
    default: { // schools
        add(posts, u"директор"_s, R::Head, 0.72);
        const std::pair<int, const char16_t *> table[] = {
            {6, u"заместитель директора по учебно-воспитательной работе"},
            {12, u"заместитель директора по воспитательной работе"},
            {30, u"заместитель директора по учебной работе"},
            {10, u"педагог-психолог"}, {14, u"социальный педагог"},
            {16, u"советник директора по воспитанию и взаимодействию с детскими общественными объединениями"},
            {18, u"учитель-логопед"}, {20, u"педагог-организатор"}, {24, u"педагог-библиотекарь"},
            {30, u"преподаватель-организатор основ безопасности и защиты Родины"},
            {36, u"учитель-дефектолог"}, {42, u"тьютор"}, {48, u"старший вожатый"}};
        for (const auto &[from, position] : table) {
            if (staff < from)
                continue;
            const QString name = QString::fromUtf16(position);
            const bool deputy = name.startsWith(u"заместитель");
            const bool lifeSafety = name.startsWith(u"преподаватель-организатор");
            add(posts, name, deputy ? R::Deputy : R::Staff, deputy ? 0.88 : lifeSafety ? 0.35 : 0.93);
        }
        // Class teachers of grades 1–4: all of a primary school, about a quarter elsewhere.
        const int rest = std::max(0, staff - int(posts.size()));
        const double primaryShare = kind == OrgKind::PrimarySchool ? 0.8
                                    : (kind == OrgKind::Lyceum || kind == OrgKind::Gymnasium) ? 0.22 : 0.27;
        const int primary = int(std::lround(rest * primaryShare));
        for (int i = 0; i < primary; ++i)
            posts.append({u"учитель начальных классов"_s, {u"начальные классы"_s}, R::Staff, 0.99});
        while (posts.size() < staff) {
            if (kind == OrgKind::PrimarySchool) { // the few subject teachers a primary school needs
                static const QStringList subjects = {u"английский язык"_s, u"физическая культура"_s, u"музыка"_s};
                const QString &s = random.pick(subjects);
                posts.append({u"учитель"_s, {s}, R::Staff, s == u"физическая культура" ? 0.45 : 0.95});
            } else {
                posts.append(subjectTeacher(random));
            }
        }
        break;
    }
    }
    posts.resize(std::min<qsizetype>(posts.size(), staff)); // tiny organisations: managers first
    return posts;
}

} // namespace profrost::demo
