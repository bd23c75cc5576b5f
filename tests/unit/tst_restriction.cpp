// A case's restriction (GDPR art. 18 and 21): set only on a restriction or objection request of
// the case or on the municipality's instruction; while in force the gate tells no one but the
// controller (every recipient kind, every category), a change needs a reason that the log
// keeps, the caseload says so, retention keeps the case; lifted only once the citizen was told
// (docs/restriction.md).
#include "JournalTestBase.h"
#include "app/consent/Consent.h"
#include "app/privacy/AccessLog.h"

#include <QCryptographicHash>

using namespace fortrolig;

namespace {

// A named recipient of each kind that needs a name; the jobcentre of the course's municipality
// by its name; another municipality's jobcentre.
Recipient recipientOf(const QString& kind)
{
    if (kind == RecipientKind::Jobcentre)
        return {kind, QStringLiteral("Jobcenter Testby")};
    return {kind,
            RecipientKind::needsName(kind) ? QStringLiteral("Prøve %1").arg(kind) : QString()};
}

const Recipient kOtherJobcentre{RecipientKind::Jobcentre, QStringLiteral("Andenby Kommune")};

} // namespace

class TestRestriction : public test::JournalTestBase
{
    Q_OBJECT
    QString m_citizen, m_course;

    // Every recipient kind (the jobcentre: another municipality's) may be told and asked about
    // every category.
    void giveEverything()
    {
        ConsentInput c;
        c.citizenId = m_citizen;
        c.courseId = m_course;
        c.templateId = QStringLiteral("fortrolig-standard");
        c.templateVersion = 3;
        c.language = QStringLiteral("da");
        c.textHash = QString::fromLatin1(
            QCryptographicHash::hash("the pages shown", QCryptographicHash::Sha256).toHex());
        c.place = QStringLiteral("Testby");
        c.signer = QStringLiteral("Borger Testsen");
        c.signerRole = QStringLiteral("citizen");
        QList<Recipient> everyone{kOtherJobcentre};
        for (const QString& kind : RecipientKind::all())
            if (kind != RecipientKind::Jobcentre) // the referring one has the legal basis
                everyone << recipientOf(kind);
        for (const Recipient& r : everyone)
            for (Direction d : {Direction::Tell, Direction::Obtain})
                c.grants << ConsentGrant{r, InfoCategory::all(), d, QStringLiteral("Forløbet")};
        const auto given = m_journal->giveConsent(c);
        QVERIFY2(given.ok(), qPrintable(given.error().detail));
    }

    QString addRequest(const QString& kind)
    {
        return test::require(m_journal->addRequest({m_citizen, kind, QStringLiteral("phone"),
                                                    m_clock.now, QStringLiteral("Vil ikke")}),
                             "request");
    }

    QString gateCode(const Recipient& r, Direction d)
    {
        return test::require(m_journal->mayDisclose(m_citizen, r, InfoCategory::all(), d), "gate")
            .code();
    }

    // Every change the journal offers for a case, tried once: the errors, in order.
    QList<Error> tryEveryChange(const QString& noteId)
    {
        QList<Error> out;
        const auto add = [&out](const auto& result) { out << result.error(); };
        add(m_journal->addNote(m_citizen, QStringLiteral("Nyt notat")));
        add(m_journal->correctNote(noteId, QStringLiteral("Rettet notat")));
        add(m_journal->correctCitizen(m_citizen, QStringLiteral("name"),
                                      QStringLiteral("Borger Rettet")));
        add(m_journal->addCourse({m_citizen,
                                  QStringLiteral("Testby Kommune"),
                                  QStringLiteral("jobsøgning"),
                                  {},
                                  QDate(2026, 9, 1),
                                  {}}));
        out << m_journal->endCourse(m_course, QDate(2026, 3, 1));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        startFresh();
        m_clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m_citizen =
            test::require(m_journal->addCitizen(QStringLiteral("Borger Testsen"),
                                                *Cpr::parse(QString::fromLatin1(test::kFakeCpr))),
                          "citizen");
        m_course = test::require(m_journal->addCourse({m_citizen,
                                                       QStringLiteral("Testby Kommune"),
                                                       QStringLiteral("afklaringsforløb"),
                                                       {},
                                                       QDate(2026, 2, 1),
                                                       QDate(2026, 8, 1)}),
                                 "course");
    }
    void cleanup() { m_journal.reset(); }

    // Every recipient kind, both directions, all categories: before, during and after.
    void theGateTellsOnlyTheController()
    {
        giveEverything();
        for (const QString& kind : RecipientKind::all())
            QCOMPARE(gateCode(recipientOf(kind), Direction::Tell),
                     kind == RecipientKind::Jobcentre ? QStringLiteral("legal-basis")
                                                      : QStringLiteral("consent"));
        QCOMPARE(gateCode(kOtherJobcentre, Direction::Tell), QStringLiteral("consent"));

        const QString request = addRequest(QStringLiteral("restriction"));
        m_clock.now = m_clock.now.addSecs(60);
        const QString restriction =
            test::require(m_journal->restrictCase(m_citizen, request), "restrict");
        for (const QString& kind : RecipientKind::all()) {
            const Recipient r = recipientOf(kind);
            const bool controller = kind == RecipientKind::Jobcentre;
            QCOMPARE(gateCode(r, Direction::Tell),
                     controller ? QStringLiteral("legal-basis") : QStringLiteral("restricted"));
            // Asking is left to the consent (art. 18(2)).
            QCOMPARE(gateCode(r, Direction::Obtain),
                     controller ? QStringLiteral("legal-basis") : QStringLiteral("consent"));
            const auto told = m_journal->disclose(m_citizen, r, {QStringLiteral("ordinary")},
                                                  QStringLiteral("plan"));
            QCOMPARE(told.ok(), controller);
            if (!controller) {
                QCOMPARE(told.error().code, ErrorCode::NotAllowed);
                QVERIFY(told.error().detail.contains(QStringLiteral("restricted")));
            }
        }
        // Another municipality is not the controller, consent or not.
        QCOMPARE(gateCode(kOtherJobcentre, Direction::Tell), QStringLiteral("restricted"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM disclosures")), 1);
        const GateDecision refused =
            test::require(m_journal->mayDisclose(m_citizen, recipientOf(QStringLiteral("doctor")),
                                                 {QStringLiteral("ordinary")}),
                          "gate");
        QVERIFY(refused.explanation().contains(QStringLiteral("restricted")));

        m_clock.now = m_clock.now.addDays(10);
        QVERIFY(!m_journal->liftRestriction(restriction, QStringLiteral("Kommunen har afgjort"),
                                            m_clock.now.addSecs(-3600), QStringLiteral("letter")));
        for (const QString& kind : RecipientKind::all())
            QVERIFY(test::require(
                        m_journal->mayDisclose(m_citizen, recipientOf(kind), InfoCategory::all()),
                        "gate")
                        .allowed);
    }

    // A change needs a reason while restricted; the log keeps it with each change; the
    // citizen's own acts (a consent given or withdrawn, a request) need none.
    void changesNeedAReason()
    {
        giveEverything();
        const QString note =
            test::require(m_journal->addNote(m_citizen, QStringLiteral("Møde")), "note");
        const QString request = addRequest(QStringLiteral("objection"));
        QVERIFY(m_journal->restrictCase(m_citizen, request).ok());
        QVERIFY(test::require(m_journal->isRestricted(m_citizen), "restricted"));
        const int events = scalar(QStringLiteral("SELECT count(*) FROM events"));
        for (const Error& e : tryEveryChange(note)) {
            QCOMPARE(e.code, ErrorCode::NotAllowed);
            QCOMPARE(e.detail, QStringLiteral("restricted"));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events")), events);
        // The citizen's own steps go through.
        const auto consents = test::require(m_journal->consents(m_citizen), "consents");
        QVERIFY(
            !m_journal->withdrawConsent(consents.first().id, recipientOf(QStringLiteral("union"))));
        giveEverything(); // a new consent, signed in citizen mode, needs no reason either
        QVERIFY(!m_journal->forwardRequest(request, m_clock.now,
                                           QStringLiteral("jobcenter@testby.example"),
                                           QStringLiteral("secure-mail")));
        QCOMPARE(m_journal->giveChangeReason(m_citizen, QStringLiteral("   ")).detail,
                 QStringLiteral("reason"));
        QCOMPARE(m_journal->giveChangeReason(QStringLiteral("nobody"), QStringLiteral("x")).code,
                 ErrorCode::NotFound);

        const QString why = QStringLiteral("Borgeren har samtykket til at notatet rettes");
        QVERIFY(!m_journal->giveChangeReason(m_citizen, why));
        for (const Error& e : tryEveryChange(note))
            QVERIFY2(!e, qPrintable(e.detail));
        // Each change's log entry says why.
        const auto log = test::require(m_journal->accessLog(m_citizen), "log");
        int withReason = 0;
        for (const AccessLogEntry& entry : log)
            withReason += entry.reason == why ? 1 : 0;
        QCOMPARE(withReason, 5);

        // Showing another case ends the reason; showing this one again asks again.
        const QString other =
            test::require(m_journal->addCitizen(QStringLiteral("Anden Borger"),
                                                *Cpr::parse(QStringLiteral("0101580000"))),
                          "other");
        QVERIFY(m_journal->citizen(other).ok());
        QVERIFY(m_journal->citizen(m_citizen).ok());
        QCOMPARE(m_journal->addNote(m_citizen, QStringLiteral("Igen")).error().detail,
                 QStringLiteral("restricted"));
        // Another case is not restricted by this one.
        QVERIFY(m_journal->addNote(other, QStringLiteral("Fri")).ok());
    }

    void onlyOnARequestOrAnInstruction()
    {
        const QString access = addRequest(QStringLiteral("access"));
        QCOMPARE(m_journal->restrictCase(m_citizen, access).error().detail,
                 QStringLiteral("request kind"));
        QCOMPARE(m_journal->restrictCase(m_citizen, {}).error().detail, QStringLiteral("basis"));
        QCOMPARE(m_journal->restrictCase(m_citizen, {}, QStringLiteral("  ")).error().detail,
                 QStringLiteral("basis"));
        const QString restriction = addRequest(QStringLiteral("restriction"));
        QCOMPARE(m_journal->restrictCase(m_citizen, restriction, QStringLiteral("også brev"))
                     .error()
                     .detail,
                 QStringLiteral("basis"));
        QCOMPARE(m_journal->restrictCase(m_citizen, {}, QString(2001, u'x')).error().detail,
                 QStringLiteral("instruction"));
        QCOMPARE(m_journal->restrictCase(m_citizen, QStringLiteral("nothing")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(m_journal->restrictCase(QStringLiteral("nobody"), {}, QStringLiteral("brev"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        // Another citizen's request does not restrict this case.
        const QString other =
            test::require(m_journal->addCitizen(QStringLiteral("Anden Borger"),
                                                *Cpr::parse(QStringLiteral("0101580000"))),
                          "other");
        QCOMPARE(m_journal->restrictCase(other, restriction).error().code, ErrorCode::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM restrictions")), 0);

        // One restriction per request; an instruction besides it is a second one.
        const QString onRequest =
            test::require(m_journal->restrictCase(m_citizen, restriction), "r");
        QCOMPARE(m_journal->restrictCase(m_citizen, restriction).error().code,
                 ErrorCode::AlreadyExists);
        const QString instruction = QStringLiteral("Testby Kommune, brev 2. marts, j.nr. 26-117");
        const QString onInstruction =
            test::require(m_journal->restrictCase(m_citizen, {}, instruction), "i");
        const auto list = test::require(m_journal->restrictions(m_citizen), "list");
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).inForce() && list.at(1).inForce());
        QSet<QString> ids{list.at(0).id, list.at(1).id};
        QCOMPARE(ids, (QSet<QString>{onRequest, onInstruction}));
        for (const RestrictionRecord& r : list) {
            QCOMPARE(r.setBy, m_journal->identity().consultant);
            QCOMPARE(r.requestId, r.id == onRequest ? restriction : QString());
            QCOMPARE(r.instruction, r.id == onRequest ? QString() : instruction);
        }
        // Lifting one leaves the other in force.
        QVERIFY(!m_journal->liftRestriction(onRequest, QStringLiteral("Afgjort"), m_clock.now,
                                            QStringLiteral("in-person")));
        QVERIFY(test::require(m_journal->isRestricted(m_citizen), "r"));
        QCOMPARE(gateCode(recipientOf(QStringLiteral("doctor")), Direction::Tell),
                 QStringLiteral("restricted"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::Restricted}),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                        {AccessLog::Action::Unrestricted}),
                 1);
    }

    // Art. 18(3): the citizen is told before it is lifted, and the journal keeps when and how.
    void liftedOnlyWhenTheCitizenWasTold()
    {
        const QString request = addRequest(QStringLiteral("restriction"));
        m_clock.now = m_clock.now.addSecs(3600);
        const QString id = test::require(m_journal->restrictCase(m_citizen, request), "r");
        const QDateTime set = m_clock.now;
        m_clock.now = m_clock.now.addDays(3);
        const QString why = QStringLiteral("Kommunen har rettet oplysningerne");
        QCOMPARE(
            m_journal->liftRestriction(id, why, set.addSecs(-120), QStringLiteral("phone")).detail,
            QStringLiteral("toldAt"));
        QCOMPARE(
            m_journal->liftRestriction(id, why, m_clock.now.addSecs(3600), QStringLiteral("phone"))
                .detail,
            QStringLiteral("toldAt"));
        QCOMPARE(m_journal->liftRestriction(id, why, {}, QStringLiteral("phone")).detail,
                 QStringLiteral("toldAt"));
        QCOMPARE(m_journal->liftRestriction(id, why, set, QStringLiteral("pigeon")).detail,
                 QStringLiteral("toldHow"));
        QCOMPARE(m_journal->liftRestriction(id, QStringLiteral(" "), set, QStringLiteral("phone"))
                     .detail,
                 QStringLiteral("reason"));
        QCOMPARE(
            m_journal->liftRestriction(QStringLiteral("nothing"), why, set, QStringLiteral("phone"))
                .code,
            ErrorCode::NotFound);
        QVERIFY(test::require(m_journal->isRestricted(m_citizen), "still"));
        // Every channel the citizen can be told by is taken.
        for (const QString& how : CitizenRequest::channels()) {
            const QString r = test::require(m_journal->restrictCase(m_citizen, {}, how), "r");
            m_clock.now = m_clock.now.addSecs(60);
            QVERIFY2(!m_journal->liftRestriction(r, why, m_clock.now, how), qPrintable(how));
        }
        const QDateTime told = m_clock.now.addDays(-1);
        QVERIFY(!m_journal->liftRestriction(id, why, told, QStringLiteral("digital-post")));
        QCOMPARE(m_journal->liftRestriction(id, why, told, QStringLiteral("letter")).detail,
                 QStringLiteral("lifted"));
        const RestrictionRecord lifted =
            test::require(m_journal->restrictions(m_citizen), "list").last();
        QCOMPARE(lifted.id, id);
        QCOMPARE(lifted.liftReason, why);
        QCOMPARE(lifted.toldHow, QStringLiteral("digital-post"));
        QCOMPARE(lifted.toldAt, told);
        QCOMPARE(lifted.liftedAt, m_clock.now);
        QVERIFY(!test::require(m_journal->isRestricted(m_citizen), "lifted"));
        QVERIFY(m_journal->addNote(m_citizen, QStringLiteral("Frit igen")).ok());
    }

    // The caseload marks the case; retention keeps it while restricted, deletes it after.
    void caseloadAndRetention()
    {
        QVERIFY(!m_journal->endCourse(m_course, QDate(2026, 3, 1)));
        const auto row = [this] {
            for (const CaseloadRow& r : test::require(m_journal->caseload(), "caseload"))
                if (r.citizenId == m_citizen)
                    return r;
            return CaseloadRow{};
        };
        QVERIFY(!row().restricted);
        const QString id = test::require(
            m_journal->restrictCase(m_citizen, {}, QStringLiteral("Kommunens instruks")), "r");
        QVERIFY(row().restricted);
        QVERIFY(row().held);
        const auto retention = test::require(m_journal->caseRetention(m_citizen), "retention");
        QCOMPARE(retention.holds.size(), 1);
        QVERIFY(retention.holds.first().restriction);
        QCOMPARE(retention.holds.first().reason, QStringLiteral("Kommunens instruks"));

        const QDate afterDue = retention.dueDate.addDays(1);
        QVERIFY(afterDue.isValid());
        auto run = test::require(m_journal->applyRetention(afterDue), "run");
        QCOMPARE(run.count(), 0);
        QCOMPARE(run.held, 1);
        QVERIFY(m_journal->citizen(m_citizen).ok());

        QVERIFY(!m_journal->liftRestriction(id, QStringLiteral("Afgjort"), m_clock.now,
                                            QStringLiteral("letter")));
        QVERIFY(!row().restricted);
        run = test::require(m_journal->applyRetention(afterDue), "run");
        QCOMPARE(run.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM restrictions")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestriction)
#include "tst_restriction.moc"
