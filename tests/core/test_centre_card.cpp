// The centre's card (Settings → «Организация (ИМЦ)»): stored in the database,
// it gives every approval block and closing signature the position and
// «И.О. Фамилия» (/work/shared/forms.md), the same position at the top and at
// the end where the head signs both; the protocol is headed by the centre;
// the roadmap numbers its events 1.1 … 2.1; the centre's plans print their
// «Задачи» and a closing signature. Expectations are written out by hand.
#include <catch2/catch.hpp>

#include "documents/AssociationReports.h"
#include "documents/AttestationReports.h"
#include "documents/CentreSignatures.h"
#include "documents/MethodicalPlanDocument.h"
#include "documents/ProtocolDocument.h"
#include "documents/TrainingReports.h"
#include "domain/PersonName.h"
#include "store/CentreCardRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MeetingRepository.h"
#include "store/Migrations.h"
#include "store/PlanRepository.h"
#include "support/MeetingFixture.h"
#include "support/TestSupport.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNbsp = QString(QChar::Nbsp);

QString cellText(QTextTable *table, int row, int column)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    c.setPosition(table->cellAt(row, column).lastPosition(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::Nbsp, u' ');
}

// A borderless table's lines: its non-empty cells, row by row, one a line.
QString tableText(QTextFrame *frame)
{
    auto *table = qobject_cast<QTextTable *>(frame);
    if (!table)
        return {};
    QStringList out;
    for (int r = 0; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c)
            if (const QString text = cellText(table, r, c); !text.isEmpty())
                out << text;
    return out.join(u'\n');
}

// The approval block: the document's first table; the closing signatures: its last.
QString approvalText(QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    return frames.isEmpty() ? QString() : tableText(frames.constFirst());
}

QString signatureText(QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    return frames.isEmpty() ? QString() : tableText(frames.constLast());
}

// The card of a district centre, its head and a methodist for the lists.
CentreCard ermakovo()
{
    CentreCard c;
    c.fullName = u"Муниципальное казённое учреждение «Информационно-методический центр» Ермаковского района"_s;
    c.shortName = u"МКУ «ИМЦ»"_s;
    c.municipality = u"Ермаковский район"_s;
    c.address = u"с. Ермаковское, ул. Ленина, д. 12"_s;
    c.headPosition = u"Директор МКУ «ИМЦ»"_s;
    c.headName = u"Орлова Наталья Викторовна"_s;
    c.signers.insert(SignedDocument::TrainingPlan, {u"Методист"_s, u"Соколова Елена Андреевна"_s});
    c.signers.insert(SignedDocument::Expiring, {u"Методист по аттестации"_s, u"Кузнецова Ольга Ивановна"_s});
    return c;
}

struct CardWorld
{
    ClockScope clock;
    TempDatabase t;
    CardWorld()
    {
        DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
        CentreCardRepository(t.db()).save(ermakovo());
    }
};

} // namespace

TEST_CASE("A name beside a signature reads И.О. Фамилия", "[centre]")
{
    CHECK(PersonName::initialsFirst(u"Орлова Наталья Викторовна"_s) == u"Н.В."_s + kNbsp + u"Орлова"_s);
    CHECK(PersonName::initialsFirst(u"  Орлова   Наталья "_s) == u"Н."_s + kNbsp + u"Орлова"_s);
    CHECK(PersonName::initialsFirst(u"Орлова Н.В."_s) == u"Н.В."_s + kNbsp + u"Орлова"_s);
    CHECK(PersonName::initialsFirst(u"Н. В. Орлова"_s) == u"Н.В."_s + kNbsp + u"Орлова"_s);
    CHECK(PersonName::initialsFirst(u"Орлова"_s) == u"Орлова"_s);
    CHECK(PersonName::initialsFirst(QString()).isEmpty());
    CHECK(PersonName::initialsFirst(u"Орлова"_s, u"Наталья"_s, u"Викторовна"_s) == u"Н.В."_s + kNbsp + u"Орлова"_s);
}

TEST_CASE("The centre's card is kept in the database with who signs each document", "[centre]")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CentreCardRepository repo(t.db());
    CHECK(repo.load().isEmpty());
    repo.save(ermakovo());
    const CentreCard loaded = repo.load();
    CHECK(loaded == ermakovo());
    CHECK(loaded.signers.value(SignedDocument::TrainingPlan).name == u"Соколова Елена Андреевна"_s);
    // A signer cleared is gone, not kept blank.
    CentreCard changed = loaded;
    changed.signers.remove(SignedDocument::Expiring);
    changed.headName = u"Белова Ирина Петровна"_s;
    repo.save(changed);
    CHECK(repo.load() == changed);
    CHECK_FALSE(repo.load().signers.contains(SignedDocument::Expiring));
}

TEST_CASE("Who signs: the head where the head signs, else the methodist named or the user", "[centre]")
{
    const CentreCard card = ermakovo();
    const DocumentSigner head = card.approver();
    CHECK(head.position == u"Директор МКУ «ИМЦ»"_s);
    CHECK(head.name == u"Н.В."_s + kNbsp + u"Орлова"_s);
    CHECK(card.signer(SignedDocument::Attestation) == head);
    CHECK(card.signer(SignedDocument::CentrePlan) == head);
    CHECK(card.signer(SignedDocument::TrainingPlan, u"Петрова Анна Ивановна"_s)
          == DocumentSigner{u"Методист"_s, u"Е.А."_s + kNbsp + u"Соколова"_s});
    // Nobody assigned to the course schedule: «Методист» and the user's own name.
    CHECK(card.signer(SignedDocument::CourseSchedule, u"Петрова Анна Ивановна"_s)
          == DocumentSigner{u"Методист"_s, u"А.И."_s + kNbsp + u"Петрова"_s});
    // Without a position of the head: «Директор» and the short name.
    CentreCard bare;
    bare.shortName = u"МБУ «ММЦ»"_s;
    CHECK(bare.approver().position == u"Директор МБУ «ММЦ»"_s);
}

TEST_CASE("The plan-graphs carry the card's head at the top and the same position at the end", "[centre][documents]")
{
    CardWorld w;
    const auto five = AttestationReports::fiveYearPlan(w.t.db(), 2027, QDate(2026, 11, 22));
    const QString top = approvalText(*five);
    const QString end = signatureText(*five);
    INFO(top.toStdString());
    INFO(end.toStdString());
    CHECK(top.startsWith(u"УТВЕРЖДАЮ\nДиректор МКУ «ИМЦ»\n______________ Н.В. Орлова\n"_s));
    CHECK(end == u"Директор МКУ «ИМЦ»\n_______________\nН.В. Орлова"_s);

    const auto year = AttestationReports::yearSchedule(w.t.db(), 2027, QDate(2026, 11, 22));
    CHECK(approvalText(*year).startsWith(u"УТВЕРЖДАЮ\nДиректор МКУ «ИМЦ»\n______________ Н.В. Орлова\n"_s));
    CHECK(signatureText(*year) == u"Директор МКУ «ИМЦ»\n_______________\nН.В. Орлова"_s);

    const auto training = TrainingReports::trainingPlan(w.t.db(), 2027);
    CHECK(approvalText(*training).startsWith(u"УТВЕРЖДАЮ\nДиректор МКУ «ИМЦ»\n______________ Н.В. Орлова\n"_s));
    CHECK(signatureText(*training) == u"Методист\n_______________\nЕ.А. Соколова"_s);

    const auto schedule = TrainingReports::courseSchedule(w.t.db(), QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(approvalText(*schedule).startsWith(u"УТВЕРЖДАЮ\nДиректор МКУ «ИМЦ»\n______________ Н.В. Орлова\n"_s));
    CHECK(signatureText(*schedule).startsWith(u"Методист\n_______________\n"_s));

    const auto expiring = AttestationReports::expiring(w.t.db(), QDate(2026, 11, 22), 6);
    CHECK(signatureText(*expiring) == u"Методист по аттестации\n_______________\nО.И. Кузнецова"_s);
}

TEST_CASE("Changing the card changes the printed approval and signature", "[centre][documents]")
{
    CardWorld w;
    CentreCard card = CentreCardRepository(w.t.db()).load();
    card.headPosition = u"Руководитель МБУ «Методический центр»"_s;
    card.headName = u"Белова Ирина Петровна"_s;
    CentreCardRepository(w.t.db()).save(card);
    const auto five = AttestationReports::fiveYearPlan(w.t.db(), 2027, QDate(2026, 11, 22));
    CHECK(approvalText(*five).startsWith(
        u"УТВЕРЖДАЮ\nРуководитель МБУ «Методический центр»\n______________ И.П. Белова\n"_s));
    CHECK(signatureText(*five) == u"Руководитель МБУ «Методический центр»\n_______________\nИ.П. Белова"_s);
    CHECK_FALSE(five->toPlainText().contains(u"Орлова"_s));
    CHECK_FALSE(five->toPlainText().contains(u"Директор"_s));
}

TEST_CASE("The centre's work plan prints its tasks, the card's head above and below", "[centre][documents]")
{
    CardWorld w;
    MethodicalPlan p;
    p.kind = PlanKind::CentreWork;
    p.startYear = 2026;
    p.title = u"План работы МКУ «ИМЦ» на 2026/2027 учебный год"_s;
    p.goal = u"Непрерывное профессиональное развитие педагогов"_s;
    p.tasks = u"Выявлять дефициты\nСопровождать аттестацию"_s;
    p.approval.date = QDate(2026, 8, 29);
    PlanItem item;
    item.title = u"Августовская конференция"_s;
    item.term = u"август"_s;
    p.items = {item};
    const qint64 id = PlanRepository(w.t.db()).insert(p);
    const auto doc = AssociationReports::plan(w.t.db(), id);
    const QString text = doc->toPlainText().replace(QChar::Nbsp, u' ');
    INFO(text.toStdString());
    CHECK(text.contains(u"Задачи:\n1. Выявлять дефициты\n2. Сопровождать аттестацию"_s));
    CHECK(approvalText(*doc).startsWith(u"УТВЕРЖДАЮ\nДиректор МКУ «ИМЦ»\n______________ Н.В. Орлова\n29 августа 2026 г."_s));
    CHECK(signatureText(*doc) == u"Директор МКУ «ИМЦ»\n_______________\nН.В. Орлова"_s);
}

TEST_CASE("The roadmap numbers its events within the stage, 1.1 … 2.1", "[centre][documents]")
{
    PlanDocumentData data;
    MethodicalPlan &p = data.plan;
    p.kind = PlanKind::Roadmap;
    p.title = u"Дорожная карта на 2026/2027 учебный год"_s;
    p.goal = u"Повышение качества образования"_s;
    p.tasks = u"Выявить кадровые дефициты\nОценить результаты"_s;
    p.stages = {u"Этап 1. Аналитический"_s, u"Этап 2. Методическое сопровождение"_s};
    for (const auto &[stage, title] : {std::pair{1, u"Оценка кадрового потенциала"_s}, {1, u"Анализ"_s},
                                       {2, u"Самообразование"_s}}) {
        PlanItem i;
        i.stage = stage;
        i.title = title;
        p.items.append(i);
    }
    data.signatures = {{u"Директор МКУ «ИМЦ»"_s, u"Н.В. Орлова"_s}};
    const auto doc = MethodicalPlanDocument::build(data);
    QTextTable *table = nullptr;
    for (QTextFrame *f : doc->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(f); t && t->columns() == 6)
            table = t;
    REQUIRE(table);
    const auto text = [&](int row, int column) { return cellText(table, row, column); };
    // Row 1: stage 1; rows 2–3 its events; row 4: stage 2; row 5 its event.
    CHECK(text(1, 0) == u"Этап 1. Аналитический"_s);
    CHECK(text(2, 0) == u"1.1"_s);
    CHECK(text(3, 0) == u"1.2"_s);
    CHECK(text(4, 0) == u"Этап 2. Методическое сопровождение"_s);
    CHECK(text(5, 0) == u"2.1"_s);
    CHECK(text(5, 1) == u"Самообразование"_s);
    const QString all = doc->toPlainText();
    CHECK(all.contains(u"Задачи:\n1. Выявить кадровые дефициты\n2. Оценить результаты"_s));
    CHECK(signatureText(*doc) == u"Директор МКУ «ИМЦ»\n_______________\nН.В. Орлова"_s);
}

TEST_CASE("The protocol is headed by the centre and spells the association out", "[centre][documents]")
{
    MeetingFixture f;
    CentreCardRepository(f.t.db()).save(ermakovo());
    Meeting m;
    m.associationId = f.rmo;
    m.date = QDate(2026, 11, 18);
    m.agenda = {AgendaItem{}};
    m.agenda.first().title = u"Функциональная грамотность"_s;
    const qint64 id = MeetingRepository(f.t.db()).insert(m);
    const auto doc = AssociationReports::protocol(f.t.db(), id);
    const QStringList lines = doc->toPlainText().split(u'\n');
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(lines.size() > 3);
    CHECK(lines.at(0)
          == u"МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «ИНФОРМАЦИОННО-МЕТОДИЧЕСКИЙ ЦЕНТР» ЕРМАКОВСКОГО РАЙОНА"_s);
    CHECK(lines.at(1) == u"ПРОТОКОЛ № 1"_s);
    CHECK(lines.at(2) == u"заседания районного методического объединения учителей начальных классов"_s);
    CHECK(ProtocolDocument::ofAssociation(u"ШМО учителей математики"_s)
          == u"школьного методического объединения учителей математики"_s);
    CHECK(ProtocolDocument::ofAssociation(u"Творческая группа"_s) == u"Творческая группа"_s);
}
