#pragma once

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "domain/Organisation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace profrost::demo {

// Finer than OrganisationType: the staffing of a lyceum and of a sports school differ.
enum class OrgKind { SecondarySchool, BasicSchool, PrimarySchool, Lyceum, Gymnasium, Kindergarten,
                     CreativityCentre, SportSchool };

struct PlannedOrganisation
{
    Organisation organisation; // without id, municipality and director (known later)
    OrgKind kind = OrgKind::SecondarySchool;
    double staffWeight = 1;    // relative number of staff
};

// One post to fill at an organisation.
struct Post
{
    enum class Role { Head, Deputy, Staff };
    QString position;      // as in the nomenclature (PositionCatalog)
    QStringList subjects;  // for teachers
    Role role = Role::Staff;
    double femaleShare = 0.9;
};

// The organisations of one demo municipality and their staffing tables.
class DemoOrganisations
{
public:
    // `count` organisations in the proportions of a real rural district
    // (core/demo/README.md): about a third kindergartens, one or two additional-education
    // centres, the rest schools — numbered ones in the centre, village ones named
    // after their village. Names are unique within the municipality.
    static QList<PlannedOrganisation> plan(DemoRandom &random, const DemoNames &names,
                                           const District &district, int count);

    // `staff` posts of an organisation: managers first, then specialists that a
    // school of that size has, then subject and class teachers (or educators).
    static QList<Post> staffing(DemoRandom &random, OrgKind kind, int staff);

    // One or two subjects a subject teacher teaches, in the proportions of a
    // school timetable (many Russian and mathematics teachers, few chemists).
    static Post subjectTeacher(DemoRandom &random);
};

} // namespace profrost::demo
