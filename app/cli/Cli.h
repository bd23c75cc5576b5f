#pragma once

#include "app/cli/CliTable.h"
#include "app/core/Error.h"
#include "app/journal/JournalAccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace fortrolig {

class KeyStore;
class SyncService;

// fortrolig-cli: the journal from a terminal or a script. Links the core, and Qt Gui only to
// draw receipts (offscreen).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::Cli)
public:
    enum Exit
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
        Refused = 3,
        DamagedJournal = 4
    };

    Cli(QStringList arguments, KeyStore& keychain, QTextStream& out, QTextStream& err);
    int run();

    static int exitCodeFor(const Error& error);
    static QString usage();
    static QString usageText();         // all of it but the note removal's line
    static QString commandsUsageText(); // the journal, its cases, consents, sync, retention
    static QString requestsUsageText(); // requests, restriction, and the closing words
    // Whether these arguments draw pages (a receipt): they need a QGuiApplication.
    static bool drawsPages(const QStringList& arguments);

private:
    struct Args
    {
        struct Given
        {
            QString name; // --name (-h is --help)
            QString value;
            bool hasValue = false; // --name VALUE or --name=VALUE
        };
        QStringList positional;
        QList<Given> given; // every option, in the order given, known or not
        // The known options with their values (a flag: "1"); one given twice keeps both
        QHash<QString, QStringList> options;
        QString value(const QString& name) const
        {
            return options.value(name).value(options.value(name).size() - 1);
        }
        QStringList values(const QString& name) const { return options.value(name); }
        // --x a --x b,c  ->  a b c
        QStringList list(const QString& name) const
        {
            QStringList out;
            for (const QString& v : options.value(name))
                for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    out << part.trimmed();
            return out;
        }
        bool has(const QString& name) const { return options.contains(name); }
    };
    static void parseInto(const QStringList& arguments, Args& args);
    void parse(QStringList arguments);
    // What is wrong with the arguments, by the table (CliTable.h); empty when nothing is.
    // *hint: a nearby option the person may have meant, in a sentence, or empty.
    static QString check(const Args& args, QString* hint);
    static const cli::Command* commandFor(const QStringList& positional, QString* words);
    static QString optionsProblem(const Args& args, const cli::Command* command, QString* hint);
    static QString missingProblem(const Args& args, const cli::Command& command);
    int fail(const Error& error);
    // Prints the problem and the hint; without a hint, where to find the commands.
    int usageError(const QString& text, const QString& hint = {});
    Result<std::unique_ptr<Journal>> unlock(JournalAccess& access);
    void print(const QJsonValue& json, const QString& text);

    int dispatch(Journal& journal, const QString& command, const QString& sub);
    int cmdInit(JournalAccess& access);
    int cmdPassphraseChange(JournalAccess& access);
    int cmdVerify(Journal& journal);
    int cmdRecover(JournalAccess& access);
    int cmdCitizen(Journal& journal, const QString& sub);
    int citizenAdd(Journal& journal);
    int citizenList(Journal& journal);
    int citizenShow(Journal& journal);
    int citizenCorrect(Journal& journal);
    int citizenFind(Journal& journal);
    int cmdCourse(Journal& journal, const QString& sub);
    int cmdNote(Journal& journal, const QString& sub);
    int noteRemove(Journal& journal); // CliRetention.cpp
    int cmdSearch(Journal& journal);
    int cmdLog(Journal& journal);
    int cmdConsent(Journal& journal, const QString& sub);
    int consentList(Journal& journal);
    int consentCheck(Journal& journal, const QString& sub);
    int consentWithdraw(Journal& journal);
    int consentRecordPaper(Journal& journal);
    // What is wrong with --recipient / --category, in words; empty when nothing is.
    static QString recipientProblem(const QString& text);
    static QString categoriesProblem(const QStringList& categories);
    int cmdTemplates();
    int cmdConsentReceipt(Journal& journal);
    int cmdConsultant(Journal& journal, const QString& sub);
    int cmdEnroll(Journal& journal);
    int cmdLogin(Journal& journal);
    int cmdSync(Journal& journal, const QString& sub);
    int syncStatus(SyncService& sync);
    int syncProblems(SyncService& sync);
    int cmdConflict(Journal& journal, const QString& sub);
    int cmdRetention(Journal& journal, const QString& sub);
    int cmdRequest(Journal& journal, const QString& sub); // CliRequests.cpp
    int cmdCase(Journal& journal, const QString& sub);    // restriction (CliRestriction.cpp)
    int caseLiftNotice(Journal& journal, const QString& citizenId);
    int requestAdd(Journal& journal);
    int requestList(Journal& journal);
    int requestPackage(Journal& journal, const QString& id);
    int courseHandOver(Journal& journal); // CliHandOver.cpp
    int packagePdf();                     // CliHandOver.cpp: no journal needed
    ServerLogExtract otherDevicesLog(Journal& journal, const QString& citizenId);
    int requestDocument(Journal& journal, const QString& id, bool letter);

    Args m_args;
    KeyStore& m_keychain;
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json = false;
    bool m_revoked = false; // the server revoked this device: wipe the journal
};

// The entry point of fortrolig-cli (and of `fortrolig` until the window exists).
int cliMain(int argc, char** argv);

} // namespace fortrolig
