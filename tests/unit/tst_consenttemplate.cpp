// Consent form templates: the built-in ones load, the text hash is exact, every kind of
// defect is rejected with a message naming it, providers add files without rebuilding.
#include "app/consent/ConsentTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fortrolig;

class TestConsentTemplate : public QObject
{
    Q_OBJECT

    static QJsonObject builtIn(const QString& language)
    {
        QFile f(QStringLiteral(":/consent/fortrolig-standard-%1.json").arg(language));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void builtInFormsLoad()
    {
        const TemplateCatalogue c = TemplateCatalogue::load();
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        const ConsentTemplate* da =
            c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"));
        const ConsentTemplate* en =
            c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("en"));
        QVERIFY(da && en);
        QCOMPARE(da->version(), en->version());
        QCOMPARE(da->categories().size(), 6);
        QCOMPARE(da->recipients().size(), en->recipients().size());
        QVERIFY(!da->rightToLeft());
        const QString text =
            da->renderedText(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve A/S"));
        QVERIFY(text.contains(QStringLiteral("Testby Kommune er dataansvarlig")));
        QVERIFY(!text.contains(QStringLiteral("{municipality}")));
    }

    // Version 3 of the built-in form (the reviewed wording, obtaining as well as telling) is
    // the one offered, in both languages; versions 1 and 2 stay loaded, unchanged, for the
    // consents signed with them. A form
    // version already loaded is refused again; a provider's later version is offered.
    void earlierVersionsStayForTheirRecords()
    {
        const TemplateCatalogue c = TemplateCatalogue::load();
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        const QString id = QStringLiteral("fortrolig-standard");
        for (const QString& language : {QStringLiteral("da"), QStringLiteral("en")}) {
            const ConsentTemplate* newest = c.find(id, language);
            const ConsentTemplate* first = c.find(id, language, 1);
            QVERIFY(newest && first);
            QCOMPARE(newest->version(), 4);
            QCOMPARE(first->version(), 1);
            QCOMPARE(c.find(id, language, 4), newest);
            QCOMPARE(c.find(id, language, 2)->version(), 2);
            QCOMPARE(c.find(id, language, 3)->version(), 3);
            QVERIFY(!c.find(id, language, 5));
            QVERIFY(newest->asksAboutObtaining());
            QVERIFY(c.find(id, language, 3)->asksAboutObtaining());
            QVERIFY(newest->hasRightsPage());
            QVERIFY(!c.find(id, language, 3)->hasRightsPage());
            QVERIFY(!c.find(id, language, 2)->asksAboutObtaining());
            QVERIFY(!first->asksAboutObtaining());
            QVERIFY(newest->purposes().size() >= 5);
            QVERIFY(newest->text(QStringLiteral("withdraw")) !=
                    first->text(QStringLiteral("withdraw")));
            // What version 1 said, it still says (its records' hashes are of these words).
            QCOMPARE(first->text(QStringLiteral("signature")),
                     language == QStringLiteral("da")
                         ? QStringLiteral(
                               "Jeg har læst samtykket og giver samtykke til det, jeg har valgt.")
                         : QStringLiteral(
                               "I have read the consent and I consent to what I have chosen."));
            // Version 2 says what naming the trade union means; version 1 did not.
            for (const auto& k : newest->recipients())
                QCOMPARE(k.explanation.isEmpty(), k.kind != QStringLiteral("union"));
            for (const auto& k : first->recipients())
                QVERIFY(k.explanation.isEmpty());
            QVERIFY(newest->renderedText({}, {}).contains(newest->recipients().at(4).explanation));
            QVERIFY(newest->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve")) !=
                    first->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve")));
        }
        int offered = 0;
        for (const ConsentTemplate& t : c.templates)
            offered += t.id() == id;
        QCOMPARE(offered, 2); // one per language: the newest
        QCOMPARE(c.earlier.size(), 6);

        QTemporaryDir dir;
        QJsonObject o = builtIn(QStringLiteral("da"));
        QFile again(dir.filePath(QStringLiteral("igen-da.json")));
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(QJsonDocument(o).toJson());
        again.close();
        o.insert(QStringLiteral("version"), 5);
        QFile later(dir.filePath(QStringLiteral("senere-da.json")));
        QVERIFY(later.open(QIODevice::WriteOnly));
        later.write(QJsonDocument(o).toJson());
        later.close();
        const TemplateCatalogue p = TemplateCatalogue::load(dir.path());
        QCOMPARE(p.problems.size(), 1);
        QVERIFY2(p.problems.first().startsWith(QStringLiteral("igen-da.json: ")),
                 qPrintable(p.problems.first()));
        QCOMPARE(p.find(id, QStringLiteral("da"))->version(), 5);
        QCOMPARE(p.find(id, QStringLiteral("da"), 4)->version(), 4);
        QCOMPARE(p.find(id, QStringLiteral("da"), 3)->version(), 3);
        QCOMPARE(p.find(id, QStringLiteral("da"), 2)->version(), 2);
        QCOMPARE(p.find(id, QStringLiteral("da"), 1)->version(), 1);
    }

    // Categories and recipients inside a sentence are written out in the built-in forms, in
    // both languages: never a whole label lowered ("your cpr number").
    void wordsInsideASentenceAreTheFormsOwn()
    {
        const TemplateCatalogue c = TemplateCatalogue::load();
        for (const QString& language : {QStringLiteral("da"), QStringLiteral("en")}) {
            const QJsonObject raw = builtIn(language);
            for (const char* list : {"categories", "recipients"})
                for (const QJsonValue& v : raw.value(QLatin1String(list)).toArray())
                    QVERIFY2(!v.toObject().value(QStringLiteral("inSentence")).toString().isEmpty(),
                             qPrintable(language + QLatin1Char(' ') + QLatin1String(list)));
            const ConsentTemplate* form = c.find(QStringLiteral("fortrolig-standard"), language);
            QVERIFY(form);
            const Recipient doctor{QStringLiteral("doctor"), QStringLiteral("Dr. Prøve")};
            const QStringList asked{QStringLiteral("cpr"), QStringLiteral("health")};
            const bool da = language == QStringLiteral("da");
            QCOMPARE(form->grantSentence(QStringLiteral("Prøve A/S"), QStringLiteral("Testby"),
                                         ConsentGrant{doctor, asked}),
                     da ? QStringLiteral("Prøve A/S må på vegne af Testby fortælle din læge (Dr. "
                                         "Prøve) om: dit CPR-nummer, oplysninger om dit helbred.")
                        : QStringLiteral("Prøve A/S may, on behalf of Testby, tell your doctor "
                                         "(Dr. Prøve) about: your CPR number, information about "
                                         "your health."));
            // Obtaining, with the purpose the consultant chose from the form's list.
            QCOMPARE(form->grantSentence(QStringLiteral("Prøve A/S"), QStringLiteral("Testby"),
                                         ConsentGrant{doctor, asked, Direction::Obtain,
                                                      form->purposes().at(2).label}),
                     da ? QStringLiteral("Prøve A/S må på vegne af Testby få oplysninger fra din "
                                         "læge (Dr. Prøve) om: dit CPR-nummer, oplysninger om dit "
                                         "helbred. Formål: at få en lægeattest eller en udtalelse "
                                         "om, hvad du kan arbejde med.")
                        : QStringLiteral("Prøve A/S may, on behalf of Testby, obtain information "
                                         "from your doctor (Dr. Prøve) about: your CPR number, "
                                         "information about your health. Purpose: to get a "
                                         "medical certificate or a statement on what work you "
                                         "can do."));
            QVERIFY(form->grantSentence(QStringLiteral("P"), QStringLiteral("T"),
                                        ConsentGrant{doctor, asked, Direction::Obtain}, true)
                        .contains(da ? QStringLiteral("ikke længere få oplysninger fra")
                                     : QStringLiteral("no longer obtain information from")));
        }
        // A provider's form that does not write them out: the label's first letter only, and
        // not even that before a capital (an abbreviation).
        QCOMPARE(ConsentTemplate::insideASentence(QStringLiteral("Your CPR number")),
                 QStringLiteral("your CPR number"));
        QCOMPARE(ConsentTemplate::insideASentence(QStringLiteral("CPR number")),
                 QStringLiteral("CPR number"));
        QCOMPARE(ConsentTemplate::insideASentence(QStringLiteral("Din læge")),
                 QStringLiteral("din læge"));
        QJsonObject o = builtIn(QStringLiteral("en"));
        QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
        QJsonObject cpr = categories.at(1).toObject();
        QCOMPARE(cpr.value(QStringLiteral("id")).toString(), QStringLiteral("cpr"));
        cpr.remove(QStringLiteral("inSentence"));
        categories[1] = cpr;
        o.insert(QStringLiteral("categories"), categories);
        auto without = ConsentTemplate::parse(QJsonDocument(o).toJson());
        QVERIFY(without.ok());
        QVERIFY(without
                    ->shareSentence(QStringLiteral("P"), Recipient{QStringLiteral("akasse"), {}},
                                    {QStringLiteral("cpr")})
                    .endsWith(QStringLiteral("about: your CPR number.")));
    }

    void textHashIsOfTheExactText()
    {
        const TemplateCatalogue c = TemplateCatalogue::load();
        const ConsentTemplate* da =
            c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"));
        const QString h =
            da->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve A/S"));
        QCOMPARE(h.size(), 64);
        QCOMPARE(h, da->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve A/S")));
        QVERIFY(h != da->textHash(QStringLiteral("Andenby Kommune"), QStringLiteral("Prøve A/S")));
        QVERIFY(h != c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("en"))
                         ->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve A/S")));
        QJsonObject o = builtIn(QStringLiteral("da"));
        o.insert(QStringLiteral("rights"),
                 QString(o.value(QStringLiteral("rights")).toString() + QLatin1Char('.')));
        auto changed = ConsentTemplate::parse(QJsonDocument(o).toJson());
        QVERIFY(changed.ok());
        QVERIFY(changed->textHash(QStringLiteral("Testby Kommune"), QStringLiteral("Prøve A/S")) !=
                h);
    }

    void rightToLeftTemplate()
    {
        QJsonObject o = builtIn(QStringLiteral("en"));
        o.insert(QStringLiteral("language"), QStringLiteral("ar"));
        o.insert(QStringLiteral("direction"), QStringLiteral("rtl"));
        o.insert(QStringLiteral("title"), QStringLiteral("نموذج اختبار")); // a synthetic test title
        auto t = ConsentTemplate::parse(QJsonDocument(o).toJson());
        QVERIFY2(t.ok(), qPrintable(t.error().detail));
        QVERIFY(t->rightToLeft());
        QCOMPARE(t->text(QStringLiteral("title")), QStringLiteral("نموذج اختبار"));
    }

    void defectsAreRejected_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "not-json"
                                  << "JSON";
        QTest::newRow("wrong format") << "format=4"
                                      << "format";
        QTest::newRow("no id") << "id="
                               << "\"id\"";
        QTest::newRow("version 0") << "version=0"
                                   << "\"version\"";
        QTest::newRow("bad language") << "language=dansk"
                                      << "\"language\"";
        QTest::newRow("bad direction") << "direction=up"
                                       << "\"direction\"";
        QTest::newRow("no purpose") << "purpose="
                                    << "\"purpose\"";
        QTest::newRow("empty withdraw text") << "withdraw=   "
                                             << "\"withdraw\"";
        QTest::newRow("no refusal text") << "refusal="
                                         << "\"refusal\"";
        QTest::newRow("health missing") << "drop-category=health"
                                        << "\"health\" is missing";
        QTest::newRow("unknown category") << "add-category=relevant"
                                          << "unknown category";
        QTest::newRow("duplicate category") << "add-category=cpr"
                                            << "twice";
        QTest::newRow("jobcentre as recipient") << "add-recipient=jobcentre"
                                                << "legal basis";
        QTest::newRow("unknown recipient") << "add-recipient=neighbour"
                                           << "unknown recipient";
        QTest::newRow("doctor not named") << "unname-doctor"
                                          << "\"named\"";
        QTest::newRow("no recipients") << "no-recipients"
                                       << "no recipients";
        QTest::newRow("format 2 without purposes") << "purposes="
                                                   << "no purposes";
        QTest::newRow("format 2 without mayObtain") << "drop-receipt=mayObtain"
                                                    << "\"mayObtain\"";
        QTest::newRow("purposes in format 1") << "format-1-with-purposes"
                                              << "\"purposes\" needs";
        // Format 3: the rights page's texts, each with the slots the register and course fill.
        for (const char* section :
             {"course", "contacts", "contactsUnknown", "retention", "complaint", "approved"})
            QTest::newRow(qPrintable(QStringLiteral("format 3 without ") + QLatin1String(section)))
                << QString::fromLatin1(section) + QLatin1Char('=')
                << QStringLiteral("\"%1\"").arg(QLatin1String(section));
        QTest::newRow("course without its type") << "course=Dit forløb startede {courseStart}."
                                                 << "{courseType}";
        QTest::newRow("contacts without the DPO") << "contacts=Ring til {controllerContact}."
                                                  << "{dpoContact}";
        QTest::newRow("retention without the months") << "retention=Vi sletter det senere."
                                                      << "{retentionMonths}";
        QTest::newRow("approval without its date") << "approved=Godkendt af {municipality}."
                                                   << "{approvedOn}";
        QTest::newRow("withdrawal without the provider's contact")
            << "withdraw=Sig det til din konsulent."
            << "{providerContact}";
    }

    // The municipalities' entries (municipalities.json beside the provider's forms): a
    // broken file is listed as a problem, and no form is lost because of it.
    void municipalityEntriesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": 2, "municipalities": []})") << "format";
        QTest::newRow("no DPO") << QByteArray(R"({"format": 1, "municipalities": [{"name": "A",
                                   "contact": "tlf. 00"}]})")
                                << "data protection officer";
        QTest::newRow("approval without a date")
            << QByteArray(R"({"format": 1, "municipalities": [{"name": "A", "contact": "c",
                 "dpo": "d", "approved": [{"form": "f", "version": 4, "on": "20-11-2026"}]}]})")
            << "YYYY-MM-DD";
    }
    void municipalityEntriesAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto parsed = TemplateCatalogue::parseControllers(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().detail.contains(message), qPrintable(parsed.error().detail));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("municipalities.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const TemplateCatalogue c = TemplateCatalogue::load(dir.path());
        QCOMPARE(c.problems.size(), 1);
        QVERIFY(c.problems.first().startsWith(QStringLiteral("municipalities.json: ")));
        QVERIFY(c.controllers.isEmpty());
        QVERIFY(c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da")));
    }

    void municipalityEntriesGiveTheDetails()
    {
        const auto parsed = TemplateCatalogue::parseControllers(
            R"({"format": 1, "municipalities": [{"name": "Testby Kommune", "contact": "c",
                "dpo": "d", "approved": [{"form": "fortrolig-standard", "version": 4,
                "on": "2026-11-20"}]}]})");
        QVERIFY(parsed.ok());
        TemplateCatalogue c = TemplateCatalogue::load();
        c.controllers = parsed.value();
        const ConsentTemplate* v4 =
            c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"), 4);
        const ConsentTemplate* v3 =
            c.find(QStringLiteral("fortrolig-standard"), QStringLiteral("da"), 3);
        // Found whatever the case of the course's free text; approved only for the version named.
        const QMap<QString, QString> d =
            c.controllerDetails(*v4, QStringLiteral(" testby kommune"));
        QCOMPARE(d.value(QStringLiteral("controllerContact")), QStringLiteral("c"));
        QCOMPARE(d.value(QStringLiteral("dpoContact")), QStringLiteral("d"));
        QCOMPARE(d.value(QStringLiteral("approvedOn")), QStringLiteral("2026-11-20"));
        QVERIFY(!c.controllerDetails(*v3, QStringLiteral("Testby Kommune"))
                     .contains(QStringLiteral("approvedOn")));
        QVERIFY(c.controllerDetails(*v4, QStringLiteral("Andetby Kommune")).isEmpty());
        QCOMPARE(v4->rightsSections(d),
                 QStringList({QStringLiteral("contacts"), QStringLiteral("retention"),
                              QStringLiteral("complaint"), QStringLiteral("approved")}));
        QCOMPARE(v4->rightsSections({}),
                 QStringList({QStringLiteral("contactsUnknown"), QStringLiteral("retention"),
                              QStringLiteral("complaint")}));
        QVERIFY(v3->rightsSections(d).isEmpty());
    }
    void defectsAreRejected()
    {
        QFETCH(QString, defect);
        QFETCH(QString, message);
        QJsonObject o = builtIn(QStringLiteral("da"));
        QByteArray json;
        const QString key = defect.section(QLatin1Char('='), 0, 0);
        const QString value = defect.section(QLatin1Char('='), 1);
        if (defect == QStringLiteral("not-json")) {
            json = "{ \"format\": 1, ";
        } else {
            if (key == QStringLiteral("format") || key == QStringLiteral("version"))
                o.insert(key, value.toInt());
            else if (key == QStringLiteral("drop-category") ||
                     key == QStringLiteral("add-category")) {
                QJsonArray cats;
                for (const QJsonValue& c : o.value(QStringLiteral("categories")).toArray())
                    if (c.toObject().value(QStringLiteral("id")).toString() != value ||
                        key.startsWith(QLatin1String("add")))
                        cats.append(c);
                if (key == QStringLiteral("add-category"))
                    cats.append(QJsonObject{{QStringLiteral("id"), value},
                                            {QStringLiteral("label"), QStringLiteral("x")},
                                            {QStringLiteral("explanation"), QStringLiteral("y")}});
                o.insert(QStringLiteral("categories"), cats);
            } else if (key == QStringLiteral("add-recipient")) {
                QJsonArray r = o.value(QStringLiteral("recipients")).toArray();
                r.append(QJsonObject{{QStringLiteral("kind"), value},
                                     {QStringLiteral("label"), QStringLiteral("x")}});
                o.insert(QStringLiteral("recipients"), r);
            } else if (key == QStringLiteral("unname-doctor")) {
                QJsonArray r;
                for (const QJsonValue& v : o.value(QStringLiteral("recipients")).toArray()) {
                    QJsonObject x = v.toObject();
                    if (x.value(QStringLiteral("kind")).toString() == QStringLiteral("doctor"))
                        x.insert(QStringLiteral("named"), false);
                    r.append(x);
                }
                o.insert(QStringLiteral("recipients"), r);
            } else if (key == QStringLiteral("drop-receipt")) {
                QJsonObject r = o.value(QStringLiteral("receipt")).toObject();
                r.remove(value);
                o.insert(QStringLiteral("receipt"), r);
            } else if (key == QStringLiteral("format-1-with-purposes")) {
                o.insert(QStringLiteral("format"), 1);
            } else if (key == QStringLiteral("no-recipients")) {
                o.insert(QStringLiteral("recipients"), QJsonArray());
            } else {
                o.insert(key, value);
            }
            json = QJsonDocument(o).toJson();
        }
        auto t = ConsentTemplate::parse(json);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY2(t.error().detail.contains(message), qPrintable(t.error().detail));
    }

    void providerTemplatesWithoutRebuilding()
    {
        QTemporaryDir dir;
        QJsonObject o = builtIn(QStringLiteral("da"));
        o.insert(QStringLiteral("id"), QStringLiteral("udbyder-praktik"));
        QFile good(dir.filePath(QStringLiteral("udbyder-praktik-da.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(o).toJson());
        good.close();
        o.remove(QStringLiteral("purpose"));
        QFile broken(dir.filePath(QStringLiteral("broken-da.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QJsonDocument(o).toJson());
        broken.close();
        const TemplateCatalogue c = TemplateCatalogue::load(dir.path());
        QVERIFY(c.find(QStringLiteral("udbyder-praktik"), QStringLiteral("da")));
        QCOMPARE(c.templates.size(), 3);
        QCOMPARE(c.problems.size(), 1);
        QVERIFY(c.problems.first().startsWith(QStringLiteral("broken-da.json: ")));
        QVERIFY(c.problems.first().contains(QStringLiteral("purpose")));
    }
};

QTEST_GUILESS_MAIN(TestConsentTemplate)
#include "tst_consenttemplate.moc"
