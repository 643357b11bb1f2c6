#pragma once

#include "domain/Teacher.h"

#include <QCoreApplication>
#include <QHash>

namespace profrost {

class Database;

// Everything known about one teacher as rich text for the card panel.
// Later areas (courses, attestation, routes) add their sections here.
class TeacherCard
{
    Q_DECLARE_TR_FUNCTIONS(TeacherCard)
public:
    // `attestationLinks`: the attestation history offers add / edit / remove
    // (not to a role that may not edit attestation).
    static QString html(Database &db, qint64 teacherId, QDate today, bool attestationLinks = true);

private:
    // `employed`: holds a post today; only then is a course due (273-ФЗ, art. 47).
    static QString trainingSection(Database &db, qint64 teacherId, QDate today, bool employed);
    // The history with links attestation-add: / attestation-edit:ID /
    // attestation-remove:ID that the teachers page acts on.
    // `lapsedListed`: the reminders' rule lists the category as lapsed
    // (AttestationStatus), so the card says so too.
    // The diagnoses with their scores (deficits in red), the current
    // deficits, and the routes by year with their progress.
    static QString diagnosticsSection(Database &db, qint64 teacherId, QDate today);
    // What the routes changed for the teacher (RouteEffectBuilder): each
    // area's score before and after as two bars, the change and the deficit's fate.
    static QString effectSection(Database &db, qint64 teacherId, QDate today);
    // The pairs where the teacher is the mentee or the mentor (past ones
    // greyed), the young-teachers associations, and for a young teacher
    // without any support a red line (the rule of planning/YoungTeachers).
    // Empty for a teacher with none of it who is not young.
    static QString mentoringSection(Database &db, qint64 teacherId, QDate today, bool young);
    // The events the teacher took part in, the newest first, with their role
    // (planned ones greyed); empty when none.
    static QString eventsSection(Database &db, qint64 teacherId);
    // The competitions the teacher took part in, the newest year first, with
    // the result at each stage (prizes in green); empty when none.
    static QString competitionsSection(Database &db, qint64 teacherId);
    // The innovation and internship sites the teacher works on, with the
    // role and the period (ended ones greyed); empty when none.
    static QString sitesSection(Database &db, qint64 teacherId, QDate today);
    // The practices of the bank the teacher wrote, and those the bank
    // suggests for the teacher's current deficits (PracticeSuggestions);
    // empty when neither.
    static QString practicesSection(Database &db, qint64 teacherId);
    // The tracks of development the teacher was enrolled on, latest half-year first (TeacherCardTracks.cpp).
    static QString tracksSection(Database &db, qint64 teacherId, QDate today);
    static QString attestationSection(Database &db, qint64 teacherId, QDate today, bool lapsedListed, bool links);
};

} // namespace profrost
