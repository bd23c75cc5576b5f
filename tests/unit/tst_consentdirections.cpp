// A consent allows telling a recipient and obtaining information from them as two choices,
// each with its own categories and purpose (retssikkerhedsloven § 11 a). The gate answers
// both questions, table-driven; information received is recorded through the gate; a
// withdrawal names a direction or both; records from before directions (all telling) keep
// their meaning, in the journal's file and in the event payload.
#include "JournalTestBase.h"
#include "app/consent/ConsentGate.h"
#include "app/journal/Events.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace fortrolig;

namespace {
const Recipient kDoctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
const Recipient kAkasse{QStringLiteral("akasse"), QStringLiteral("Prøvekassen")};
const QStringList kOrdinary{QStringLiteral("ordinary")};
const QStringList kHealth{QStringLiteral("health")};
} // namespace

class TestConsentDirections : public test::JournalTestBase
{
    Q_OBJECT
    QString m_citizen, m_course;

    // The doctor may be told ordinary information and asked about the citizen's health; the
    // a-kasse may only be told.
    ConsentInput form()
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
        c.grants = {
            {kDoctor, kOrdinary, Direction::Tell, QStringLiteral("Tilpasse praktikken")},
            {kDoctor, kHealth, Direction::Obtain, QStringLiteral("Få en lægeattest")},
            {kAkasse, kOrdinary, Direction::Tell, QStringLiteral("Afklare din ydelse")},
        };
        return c;
    }

private Q_SLOTS:
    void init()
    {
        startFresh();
        m_clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        m_citizen = m_journal
                        ->addCitizen(QStringLiteral("Borger Testsen"),
                                     *Cpr::parse(QString::fromLatin1(test::kFakeCpr)))
                        .value();
        m_course = m_journal
                       ->addCourse({m_citizen, QStringLiteral("Testby Kommune"),
                                    QStringLiteral("afklaringsforløb"), QDate(), QDate(2026, 2, 1),
                                    QDate(2026, 8, 1)})
                       .value();
    }
    void cleanup() { m_journal.reset(); }

    void gate_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("direction"); // the question
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("reason"); // "consent"/"legal-basis" allow
        const QString doctor = kDoctor.text(), akasse = kAkasse.text();
        const QString tell = QStringLiteral("tell"), obtain = QStringLiteral("obtain");
        QTest::newRow("tell doctor ordinary")
            << "given" << tell << doctor << kOrdinary << "consent";
        QTest::newRow("tell doctor health: only asked")
            << "given" << tell << doctor << kHealth << "category-not-covered";
        QTest::newRow("obtain from doctor health")
            << "given" << obtain << doctor << kHealth << "consent";
        QTest::newRow("obtain from doctor ordinary: only told")
            << "given" << obtain << doctor << kOrdinary << "category-not-covered";
        QTest::newRow("obtain from a-kasse: only told")
            << "given" << obtain << akasse << kOrdinary << "no-consent";
        QTest::newRow("obtain from the referring jobcentre")
            << "none" << obtain << QStringLiteral("jobcentre") << kHealth << "legal-basis";
        QTest::newRow("obtain from another jobcentre")
            << "given" << obtain << QStringLiteral("jobcentre:Andenby Kommune") << kOrdinary
            << "not-referring-municipality";
        QTest::newRow("nothing given: obtain")
            << "none" << obtain << doctor << kHealth << "no-consent";
        QTest::newRow("said no: obtain") << "refused" << obtain << doctor << kHealth << "refused";
        // Before form version 3 every grant told: none of them lets us ask.
        QTest::newRow("version 1 record: tell") << "v1" << tell << doctor << kHealth << "consent";
        QTest::newRow("version 1 record: obtain")
            << "v1" << obtain << doctor << kHealth << "no-consent";
        QTest::newRow("obtaining withdrawn: obtain")
            << "withdrawn-obtain" << obtain << doctor << kHealth << "withdrawn";
        QTest::newRow("obtaining withdrawn: telling kept")
            << "withdrawn-obtain" << tell << doctor << kOrdinary << "consent";
        QTest::newRow("telling withdrawn: obtaining kept")
            << "withdrawn-tell" << obtain << doctor << kHealth << "consent";
        QTest::newRow("doctor withdrawn both ways: tell")
            << "withdrawn-doctor" << tell << doctor << kOrdinary << "withdrawn";
        QTest::newRow("doctor withdrawn both ways: obtain")
            << "withdrawn-doctor" << obtain << doctor << kHealth << "withdrawn";
        QTest::newRow("whole consent withdrawn: obtain")
            << "withdrawn" << obtain << doctor << kHealth << "withdrawn";
        QTest::newRow("valid until: day after, obtain")
            << "expired" << obtain << doctor << kHealth << "expired";
    }
    void gate()
    {
        QFETCH(QString, state);
        QFETCH(QString, direction);
        QFETCH(QString, recipient);
        QFETCH(QStringList, categories);
        QFETCH(QString, reason);
        ConsentInput c = form();
        if (state == QStringLiteral("v1")) {
            c.templateVersion = 1;
            c.grants = {{kDoctor, {QStringLiteral("ordinary"), QStringLiteral("health")}}};
        }
        if (state == QStringLiteral("expired"))
            c.validUntil = QDate(2026, 3, 31);
        QString consent;
        if (state == QStringLiteral("refused"))
            QVERIFY(m_journal->refuseConsent(c).ok());
        else if (state != QStringLiteral("none"))
            consent = m_journal->giveConsent(c).value();
        if (state == QStringLiteral("withdrawn-obtain"))
            QVERIFY(!m_journal->withdrawConsent(consent, kDoctor, {}, Direction::Obtain));
        if (state == QStringLiteral("withdrawn-tell"))
            QVERIFY(!m_journal->withdrawConsent(consent, kDoctor, {}, Direction::Tell));
        if (state == QStringLiteral("withdrawn-doctor"))
            QVERIFY(!m_journal->withdrawConsent(consent, kDoctor));
        if (state == QStringLiteral("withdrawn"))
            QVERIFY(!m_journal->withdrawConsent(consent));
        if (state == QStringLiteral("expired"))
            m_clock.now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        const Direction asked = *DirectionName::parse(direction);
        auto d = m_journal->mayDisclose(m_citizen, Recipient::parse(recipient), categories, asked);
        QVERIFY2(d.ok(), qPrintable(d.error().message()));
        QCOMPARE(d->code(), reason);
        QCOMPARE(d->allowed,
                 reason == QStringLiteral("consent") || reason == QStringLiteral("legal-basis"));
        QCOMPARE(d->direction, asked);
        if (d->reason == GateDecision::Reason::Consent)
            QCOMPARE(d->consentId, consent);
        QVERIFY(!d->explanation().isEmpty());
        if (!d->allowed && asked == Direction::Obtain &&
            d->reason == GateDecision::Reason::NoConsent)
            QVERIFY(d->explanation().contains(QStringLiteral("obtaining")));
    }

    // Information received from a third party goes through the gate as obtaining, and is
    // recorded with its source and the consent it relied on; a refusal records nothing.
    void informationReceivedIsRecordedThroughTheGate()
    {
        const QString consent = m_journal->giveConsent(form()).value();
        auto refused =
            m_journal->recordObtained(m_citizen, kAkasse, kOrdinary, QStringLiteral("a letter"));
        QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
        auto notCovered =
            m_journal->recordObtained(m_citizen, kDoctor, kOrdinary, QStringLiteral("a letter"));
        QCOMPARE(notCovered.error().code, ErrorCode::NotAllowed);
        QVERIFY(m_journal->disclosures(m_citizen)->isEmpty());
        auto ok =
            m_journal->recordObtained(m_citizen, kDoctor, kHealth, QStringLiteral("lægeattest"));
        QVERIFY2(ok.ok(), qPrintable(ok.error().message()));
        QVERIFY(m_journal->disclose(m_citizen, kDoctor, kOrdinary, QStringLiteral("plan")).ok());
        auto list = m_journal->disclosures(m_citizen);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, ok.value());
        QCOMPARE(list->at(0).direction, Direction::Obtain);
        QCOMPARE(list->at(0).consentId, consent);
        QCOMPARE(list->at(0).recipient, kDoctor);
        QCOMPARE(list->at(0).categories, kHealth);
        QCOMPARE(list->at(1).direction, Direction::Tell);
        auto log = m_journal->accessLog(m_citizen);
        QStringList actions;
        for (const AccessLogEntry& e : log.value())
            actions << e.action;
        QCOMPARE(actions.count(QStringLiteral("obtained")), 1);
        QCOMPARE(actions.count(QStringLiteral("disclosed")), 1);
        QVERIFY(m_journal->verify().ok());
    }

    // A note of what was received: the gate first; the note and the record of what was
    // obtained together, or neither.
    void aReceivedNoteGoesThroughTheGate()
    {
        QCOMPARE(m_journal
                     ->addReceivedNote(m_citizen, QStringLiteral("attest"), QStringLiteral("note"),
                                       kDoctor, kHealth)
                     .error()
                     .code,
                 ErrorCode::NotAllowed);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes")), 0);
        const QString consent = m_journal->giveConsent(form()).value();
        QCOMPARE(m_journal
                     ->addReceivedNote(m_citizen, QStringLiteral("attest"), QStringLiteral("note"),
                                       kDoctor, kOrdinary)
                     .error()
                     .code,
                 ErrorCode::NotAllowed); // only health may be obtained from the doctor
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes")), 0);
        auto note = m_journal->addReceivedNote(m_citizen, QStringLiteral("attest"),
                                               QStringLiteral("note"), kDoctor, kHealth);
        QVERIFY2(note.ok(), qPrintable(note.error().message()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes")), 1);
        auto list = m_journal->disclosures(m_citizen);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().what, QStringLiteral("note:") + note.value());
        QCOMPARE(list->first().consentId, consent);
        QCOMPARE(list->first().direction, Direction::Obtain);
        QVERIFY(m_journal->verify().ok());
    }

    // The record keeps each grant's direction and purpose, and each withdrawal's direction.
    void theRecordKeepsDirectionsAndPurposes()
    {
        const QString consent = m_journal->giveConsent(form()).value();
        QVERIFY(!m_journal->withdrawConsent(consent, kDoctor, QStringLiteral("health"),
                                            Direction::Obtain));
        // Nothing to withdraw in a direction never given.
        QCOMPARE(m_journal->withdrawConsent(consent, kAkasse, {}, Direction::Obtain).code,
                 ErrorCode::NotFound);
        auto r = m_journal->consentRecord(consent);
        QVERIFY(r.ok());
        QCOMPARE(r->grants.size(), 3);
        for (const ConsentGrant& want : form().grants) {
            const auto found =
                std::find_if(r->grants.begin(), r->grants.end(), [&](const ConsentGrant& g) {
                    return g.recipient == want.recipient && g.direction == want.direction;
                });
            QVERIFY(found != r->grants.end());
            QCOMPARE(found->categories, want.categories);
            QCOMPARE(found->purpose, want.purpose);
        }
        QCOMPARE(r->withdrawals.size(), 1);
        QCOMPARE(r->withdrawals.first().direction, std::optional(Direction::Obtain));
        QCOMPARE(r->withdrawals.first().categories, kHealth);
        auto summary = m_journal->consents(m_citizen);
        QCOMPARE(summary->first().activeGrants.size(), 2); // the doctor's obtaining is gone
        for (const ConsentGrant& g : summary->first().activeGrants)
            QCOMPARE(g.direction, Direction::Tell);
        // The same recipient twice in one direction is refused; once each way is fine.
        ConsentInput twice = form();
        twice.grants << ConsentGrant{kDoctor, kHealth, Direction::Obtain, {}};
        QCOMPARE(m_journal->giveConsent(twice).error().code, ErrorCode::InvalidInput);
    }

    // A laptop of a version before obtaining reads "grants" only: obtaining is in a list of
    // its own, so such a laptop never takes it for telling. Telling grants read as before.
    void obtainingTravelsApartFromTelling()
    {
        ConsentPayload p;
        p.consentId = QStringLiteral("0b3c9a1e-0000-4000-8000-000000000001");
        p.templateId = QStringLiteral("fortrolig-standard");
        for (const ConsentGrant& g : form().grants)
            p.grants << ConsentGrantPayload{g.recipient.kind, g.recipient.name, g.categories,
                                            DirectionName::of(g.direction), g.purpose};
        const QJsonObject json = p.encode();
        const QJsonArray told = json.value(QStringLiteral("grants")).toArray();
        const QJsonArray asked = json.value(QStringLiteral("obtain")).toArray();
        QCOMPARE(told.size(), 2);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().toObject().value(QStringLiteral("categories")).toArray(),
                 QJsonArray{QStringLiteral("health")});
        const QList<ConsentGrantPayload> back = ConsentPayload::read(json).grants;
        QCOMPARE(back.size(), p.grants.size());
        for (const ConsentGrantPayload& g : p.grants)
            QVERIFY(back.contains(g));
        // A payload from before: no "obtain", no purposes.
        QJsonObject old = json;
        old.remove(QStringLiteral("obtain"));
        const ConsentPayload before = ConsentPayload::read(old);
        QCOMPARE(before.grants.size(), 2);
        QCOMPARE(before.grants.first().direction, QStringLiteral("tell"));
        // A withdrawal's direction, if any, is one of the two.
        QJsonObject w{{QStringLiteral("consentId"), p.consentId},
                      {QStringLiteral("recipientKind"), QStringLiteral("doctor")},
                      {QStringLiteral("direction"), QStringLiteral("sideways")}};
        QVERIFY(!ConsentWithdrawnPayload::decode(w).ok());
        w.insert(QStringLiteral("direction"), QStringLiteral("obtain"));
        QVERIFY(ConsentWithdrawnPayload::decode(w).ok());
    }

    // A journal from before directions: its grants become telling ones, withdrawals kept.
    void earlierGrantsMigrateAsTelling()
    {
        newPath();
        {
            auto jdb = JournalDatabase::open(m_path, m_key, JournalDatabase::Mode::Create, {});
            QVERIFY(jdb.ok());
            QSqlDatabase d = jdb.value()->db();
            QVERIFY(!Migrations::migrate(d, 10));
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))); // grants alone
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO consent_grants (consent_id, recipient_kind, recipient_name,"
                " category, withdrawn_at) VALUES ('k', 'doctor', 'Dr. Prøve', 'health', NULL),"
                " ('k', 'doctor', 'Dr. Prøve', 'cpr', '2026-03-01T10:00:00.000Z')")));
            QVERIFY(!Migrations::migrate(d));
            QVERIFY(q.exec(QStringLiteral("SELECT direction, purpose, category, withdrawn_at"
                                          " FROM consent_grants ORDER BY category")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("tell"));
            QCOMPARE(q.value(1).toString(), QString());
            QCOMPARE(q.value(2).toString(), QStringLiteral("cpr"));
            QVERIFY(!q.value(3).isNull());
            QVERIFY(q.next());
            QCOMPARE(q.value(2).toString(), QStringLiteral("health"));
            QVERIFY(q.value(3).isNull());
            QVERIFY(!q.next());
        }
    }
};

QTEST_GUILESS_MAIN(TestConsentDirections)
#include "tst_consentdirections.moc"
