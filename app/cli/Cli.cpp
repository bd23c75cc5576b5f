#include "app/cli/Cli.h"

#include "app/crypto/KeyVault.h"
#include "app/domain/Cpr.h"
#include "app/terminal/Passphrase.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fortrolig {

Cli::Cli(QStringList arguments, KeyStore& keychain, QTextStream& out, QTextStream& err)
    : m_keychain(keychain), m_out(out), m_err(err)
{
    parse(std::move(arguments));
}

QString Cli::usage()
{
    // The note removal's line is a sentence of its own, so that the rest keeps its
    // translation; it goes after "note history" (a command's words are not translated).
    QString text = usageText();
    const QString after = QStringLiteral("  note history --note ID\n");
    const qsizetype at = text.indexOf(after);
    text.insert(at < 0 ? text.size() : at + after.size(),
                tr("  note remove CITIZEN NOTE --reference REF  (a note written in the wrong case, "
                   "on the\n"
                   "             controller's instruction: every version goes, a stub stays; a "
                   "journal\n"
                   "             that syncs: on the server, fortrolig-server note remove)\n"));
    // The same for the parts of a case: after the two lines of "retention run".
    qsizetype runAt = text.indexOf(QStringLiteral("  retention run [--dry-run]"));
    if (runAt >= 0)
        runAt = text.indexOf(QLatin1Char('\n'), runAt); // the end of its first line
    if (runAt >= 0)
        runAt = text.indexOf(QLatin1Char('\n'), runAt + 1); // and of its second
    text.insert(runAt < 0 ? text.size() : runAt + 1,
                tr("                          (also the consents and the disclosure records of a "
                   "case\n"
                   "                          whose own, shorter period has ended)\n"));
    return text;
}

QString Cli::usageText()
{
    return commandsUsageText() + requestsUsageText();
}

QString Cli::commandsUsageText()
{
    return tr(
        "Usage: fortrolig-cli [--journal DIR] [--json] COMMAND\n"
        "       fortrolig-cli --help | --version\n"
        "\n"
        "Commands:\n"
        "  init [--consultant NAME] [--kdf interactive|moderate|sensitive]\n"
        "       [--key-store keychain|file]\n"
        "  passphrase change [--kdf interactive|moderate|sensitive]\n"
        "  verify\n"
        "  recover --to FOLDER\n"
        "  citizen add --name NAME --cpr CPR\n"
        "  citizen list\n"
        "  citizen show ID [--reason TEXT]\n"
        "  citizen find --cpr CPR --reason TEXT\n"
        "  course add --citizen ID --municipality NAME --type TYPE --start YYYY-MM-DD\n"
        "             [--referral YYYY-MM-DD] [--planned-end YYYY-MM-DD]\n"
        "  course end --course ID --date YYYY-MM-DD --end-reason WHY   (WHY: job education\n"
        "             continued-benefit interrupted other)\n"
        "  course correct --course ID --field FIELD --value VALUE   (FIELD: municipality\n"
        "             courseType referralDate startDate plannedEnd; dates YYYY-MM-DD; an\n"
        "             empty VALUE clears the referral date or the planned end)\n"
        "  course hand-over --course ID --to FILE.json [--pdf FILE.pdf] --channel HOW\n"
        "             [--sent-to ADDRESS] [--received-by NAME]   (an ended course's hand-over\n"
        "             package to its municipality; HOW: secure-mail digital-post letter\n"
        "             in-person; ADDRESS: the register's secure address if not given)\n"
        "  package pdf FILE.json --to FILE.pdf   (a hand-over package's PDF/A to read, e.g.\n"
        "             of those fortrolig-server municipality offboard returns; no journal)\n"
        "  note add --citizen ID --text TEXT [--kind note|action-plan|status-report|\n"
        "             supplementary-statement|closing-report] [--course ID]\n"
        "             (supplementary-statement: the citizen's own words, art. 16;\n"
        "             closing-report: at the course's end; the note belongs to the running\n"
        "             course, else the one that ended last: --course names another, --course \"\"\n"
        "             none; with more than one running course --course is needed)\n"
        "  note correct --note ID --text TEXT [--replaces VERSION]\n"
        "  note history --note ID\n"
        "  search TEXT\n"
        "  log [--citizen ID]\n"
        "  consent templates [--templates DIR]\n"
        "  consent list --citizen ID\n"
        "  consent check --citizen ID --recipient KIND[:NAME] --category CAT...\n"
        "             [--direction tell|obtain]  (obtain: may we get it from them?)\n"
        "  consent withdraw --consent ID [--recipient KIND[:NAME] [--category CAT]]\n"
        "             [--direction tell|obtain]  (without: both directions)\n"
        "  consent record-paper --citizen ID --course ID --scan FILE --signer NAME\n"
        "             --grant KIND[:NAME]=CAT,CAT...[=PURPOSE] [--grant ...] (may tell them)\n"
        "             --obtain KIND[:NAME]=CAT,CAT...[=PURPOSE] [--obtain ...] (may get from\n"
        "             them; at least one --grant or --obtain) [--valid-until YYYY-MM-DD]\n"
        "             [--place PLACE] [--language LANG] [--guardian]  (--guardian: signed by\n"
        "             the holder of parental responsibility)\n"
        "  consent disclose --citizen ID --recipient KIND[:NAME] --category CAT... --what TEXT\n"
        "  consent obtained --citizen ID --recipient KIND[:NAME] --category CAT... --what TEXT\n"
        "             (information received from them: the consent must allow obtaining it)\n"
        "  consent receipt --consent ID --to FILE.pdf [--withdrawal N|latest]\n"
        "             [--templates DIR]   (the citizen's copy, as the window makes it)\n"
        "  consultant name [NAME]  (the name receipts show; without NAME: print it)\n"
        "  citizen correct ID --field name|cpr|address|phone|email --value VALUE\n"
        "             [--replaces VERSION,...]   (address, phone, email: the contact details,\n"
        "             versioned like the name; --value \"\" clears one)\n"
        "  enroll LINK | enroll --server https://HOST:PORT --code CODE --pin sha256/...\n"
        "         [--device-name NAME]\n"
        "  login [--totp CODE]     (server passphrase: FORTROLIG_SERVER_PASSPHRASE or asked)\n"
        "  sync                    (exit 0 only when fully in sync)\n"
        "  sync status | sync problems [--dismiss N | --retry N | --save N --to FILE]\n"
        "  conflict list [--citizen ID] | conflict resolve N --value TEXT [--replaces V,...]\n"
        "  (--replaces: the versions you read, from note history or conflict list; one that\n"
        "   arrived since stays beside yours, as a conflict, instead of being replaced)\n"
        "  retention show          (the rules in force, where from, and what is due)\n"
        "  retention run [--dry-run]  (delete the cases whose retention period has ended;\n"
        "                          --dry-run: list their internal ids and due dates only)\n");
}

// The citizen's requests and a case's restriction, and what the usage ends with.
QString Cli::requestsUsageText()
{
    return tr(
        "  request add --citizen ID --kind KIND --channel CHANNEL [--received YYYY-MM-DDTHH:MM]\n"
        "             [--text TEXT]   (a request from the citizen; KIND: access copy\n"
        "             rectification erasure restriction objection transfer withdrawal\n"
        "             aktindsigt complaint; CHANNEL: in-person phone letter email digital-post)\n"
        "  request list [--citizen ID]   (with the deadlines: forward by, answer by)\n"
        "  request forward ID --to ADDRESS --via secure-mail|digital-post|letter|in-person\n"
        "             [--sent YYYY-MM-DDTHH:MM]\n"
        "  request extend ID --until YYYY-MM-DD --decided YYYY-MM-DD --told YYYY-MM-DD\n"
        "             (the municipality extended the time to answer; the citizen was told)\n"
        "  request answer ID [--date YYYY-MM-DD] [--outcome TEXT]\n"
        "  request receipt ID --to FILE.pdf --provider NAME [--contact PHONE-OR-EMAIL]\n"
        "             [--language da|en]   (the citizen's receipt, in their language)\n"
        "  request letter ID --to FILE.pdf --provider NAME   (passes the request on to the\n"
        "             municipality, at the address in the register; it names the citizen)\n"
        "  request package ID --to FILE.json [--pdf FILE.pdf] [--no-server]   (the\n"
        "             access package: all the journal holds of the citizen, for the\n"
        "             municipality to release; with the uses on the consultant's other\n"
        "             devices, from the server, unless --no-server)\n"
        "  case restrict CITIZEN --request ID | --instruction TEXT   (restriction, art. 18:\n"
        "             on a restriction or objection request, or the municipality's\n"
        "             instruction; only the municipality is told anything, changes need\n"
        "             --change-reason TEXT)\n"
        "  case lift RESTRICTION --reason TEXT --told-how CHANNEL [--told YYYY-MM-DDTHH:MM]\n"
        "             (the citizen was told it would be lifted: when, and how)\n"
        "  case lift-notice CITIZEN --lift-on YYYY-MM-DD --reason TEXT --to FILE.pdf\n"
        "             --provider NAME [--contact TEXT] [--language da|en]   (the paper\n"
        "             telling the citizen the restriction in force will be lifted, not before\n"
        "             --lift-on; then case lift --told-how letter)\n"
        "  case restrictions CITIZEN   (in force and lifted)\n"
        "Recipients: jobcentre internship doctor psychologist akasse union relative other;\n"
        "categories: ordinary cpr health criminal economy relatives.\n"
        "\n"
        "The passphrase is read from FORTROLIG_PASSPHRASE when set, otherwise asked for\n"
        "without echo (FORTROLIG_NEW_PASSPHRASE for the new one in 'passphrase change').\n"
        "Exit codes: 0 success, 1 failure, 2 usage, 3 refused (wrong passphrase, locked\n"
        "out), 4 the journal is damaged or not encrypted.\n");
}

int Cli::exitCodeFor(const Error& e)
{
    switch (e.code) {
    case ErrorCode::Ok:
        return Success;
    case ErrorCode::InvalidInput:
        return Usage;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::LockedOut:
    case ErrorCode::WeakPassphrase:
    case ErrorCode::KeychainDenied:
    case ErrorCode::NotAllowed:
        return Refused;
    case ErrorCode::NotEncrypted:
    case ErrorCode::Damaged:
    case ErrorCode::WrongKey:
        return DamagedJournal;
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::KeyMissing:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::NewerFormat:
    case ErrorCode::ReadOnlyLocation:
    case ErrorCode::DiskFull:
    case ErrorCode::Busy:
    case ErrorCode::IoError:
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

int Cli::fail(const Error& e)
{
    m_err << "fortrolig-cli: " << e.message() << Qt::endl;
    if (e.code == ErrorCode::Damaged)
        m_err << tr("To rescue what can be read: fortrolig-cli recover --to NEW-FOLDER")
              << Qt::endl;
    if (e.code == ErrorCode::NotAllowed && e.detail == QStringLiteral("restricted"))
        m_err << tr("The case is restricted: a change needs --change-reason TEXT (why it must "
                    "change: the citizen's consent, a legal claim, another person's rights).")
              << Qt::endl;
    return exitCodeFor(e);
}

int Cli::usageError(const QString& text, const QString& hint)
{
    m_err << "fortrolig-cli: " << text << Qt::endl
          << (hint.isEmpty() ? tr("Run 'fortrolig-cli --help' for the commands.") : hint)
          << Qt::endl;
    return Usage;
}

void Cli::print(const QJsonValue& json, const QString& text)
{
    if (m_json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            m_out << Qt::endl;
        m_out.flush();
    }
}

Result<std::unique_ptr<Journal>> Cli::unlock(JournalAccess& access)
{
    if (!access.exists())
        return Error(ErrorCode::NotFound,
                     tr("no journal in %1; run 'fortrolig-cli init'").arg(access.directory()));
    if (const qint64 wait = access.secondsToWait(); wait > 0) {
        Error e(ErrorCode::LockedOut);
        e.waitSeconds = wait;
        return e;
    }
    const SecureBytes pass = readPassphrase("FORTROLIG_PASSPHRASE", tr("Passphrase: "));
    if (pass.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal"));
    return access.unlock(pass);
}

int Cli::run()
{
    if (m_args.has(QStringLiteral("--help"))) {
        m_out << usage();
        m_out.flush();
        return Success;
    }
    if (m_args.has(QStringLiteral("--version"))) {
        m_out << "fortrolig-cli " << FORTROLIG_VERSION << Qt::endl;
        return Success;
    }
    // Before anything is opened: a command that would do other than was meant does nothing.
    QString hint;
    if (const QString problem = check(m_args, &hint); !problem.isEmpty())
        return usageError(problem, hint);
    const QString command = m_args.positional.at(0);
    const QString sub = m_args.positional.value(1);
    const QString dir = m_args.has(QStringLiteral("--journal"))
                            ? m_args.value(QStringLiteral("--journal"))
                            : JournalAccess::defaultDirectory();
    JournalAccess access(dir, m_keychain);

    if (command == QStringLiteral("init"))
        return cmdInit(access);
    if (command == QStringLiteral("passphrase"))
        return cmdPassphraseChange(access);
    if (command == QStringLiteral("recover"))
        return cmdRecover(access); // opens the journal its own way: as damaged
    if (command == QStringLiteral("consent") && sub == QStringLiteral("templates"))
        return cmdTemplates(); // the forms: no journal needed
    if (command == QStringLiteral("package") && sub == QStringLiteral("pdf"))
        return packagePdf(); // a package's file: no journal needed

    auto journal = unlock(access);
    if (!journal.ok())
        return fail(journal.error());
    const int rc = dispatch(*journal.value(), command, sub);
    if (m_revoked) {
        // The server revoked this device: the journal and its key go, now.
        journal.value().reset();
        const Error e = access.wipe();
        m_err << tr("This computer's access was revoked by your provider. The journal and its "
                    "key have been deleted from this computer.")
              << Qt::endl;
        if (e)
            m_err << "fortrolig-cli: " << e.message() << Qt::endl;
        return Refused;
    }
    return rc;
}

int Cli::dispatch(Journal& j, const QString& command, const QString& sub)
{
    // A change to a restricted case says why (docs/restriction.md).
    if (m_args.has(QStringLiteral("--change-reason")))
        if (Error e = j.giveChangeReason({}, m_args.value(QStringLiteral("--change-reason"))))
            return fail(e);
    if (command == QStringLiteral("enroll"))
        return cmdEnroll(j);
    if (command == QStringLiteral("login"))
        return cmdLogin(j);
    if (command == QStringLiteral("sync"))
        return cmdSync(j, sub);
    if (command == QStringLiteral("conflict"))
        return cmdConflict(j, sub);
    if (command == QStringLiteral("verify"))
        return cmdVerify(j);
    if (command == QStringLiteral("citizen"))
        return cmdCitizen(j, sub);
    if (command == QStringLiteral("course"))
        return cmdCourse(j, sub);
    if (command == QStringLiteral("note"))
        return cmdNote(j, sub);
    if (command == QStringLiteral("search"))
        return cmdSearch(j);
    if (command == QStringLiteral("consent"))
        return sub == QStringLiteral("receipt") ? cmdConsentReceipt(j) : cmdConsent(j, sub);
    if (command == QStringLiteral("consultant"))
        return cmdConsultant(j, sub);
    if (command == QStringLiteral("retention"))
        return cmdRetention(j, sub);
    if (command == QStringLiteral("request"))
        return cmdRequest(j, sub);
    if (command == QStringLiteral("case"))
        return cmdCase(j, sub);
    return cmdLog(j);
}

int Cli::cmdInit(JournalAccess& access)
{
    JournalAccess::InitOptions options;
    const QString kdf = m_args.value(QStringLiteral("--kdf"));
    if (kdf == QStringLiteral("interactive"))
        options.kdf = KdfProfile::Interactive;
    else if (kdf == QStringLiteral("sensitive"))
        options.kdf = KdfProfile::Sensitive;
    else if (!kdf.isEmpty() && kdf != QStringLiteral("moderate"))
        return usageError(tr("--kdf must be interactive, moderate or sensitive"));
    const QString store = m_args.value(QStringLiteral("--key-store"));
    if (!store.isEmpty() && store != QStringLiteral("keychain") && store != QStringLiteral("file"))
        return usageError(tr("--key-store must be keychain or file"));
    options.useFileStore = store == QStringLiteral("file");
    options.consultant = m_args.value(QStringLiteral("--consultant"));
    if (options.consultant.isEmpty())
        options.consultant = qEnvironmentVariable("USER", QStringLiteral("consultant"));
    if (access.exists())
        return fail(Error(ErrorCode::AlreadyExists));

    SecureBytes pass;
    if (std::getenv("FORTROLIG_PASSPHRASE")) {
        pass = readPassphrase("FORTROLIG_PASSPHRASE", {});
    } else {
        pass =
            readPassphrase("FORTROLIG_PASSPHRASE", tr("New passphrase (at least 12 characters): "));
        const SecureBytes again = readPassphrase("FORTROLIG_PASSPHRASE", tr("Repeat it: "));
        if (!pass.equals(again))
            return usageError(tr("the two passphrases differ"));
    }
    if (pass.isEmpty())
        return usageError(tr("no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal"));
    auto outcome = access.init(pass, options);
    if (!outcome.ok())
        return fail(outcome.error());
    if (outcome->fellBack)
        m_err << tr("Note: this computer has no system keychain. The journal's key is kept, "
                    "sealed with your passphrase, in %1/journal.key. Anyone who copies the "
                    "folder can try to guess the passphrase, so choose a long one.")
                     .arg(access.directory())
              << Qt::endl;
    print(
        QJsonObject{{QStringLiteral("journal"), access.directory()},
                    {QStringLiteral("journalId"), outcome->journalId},
                    {QStringLiteral("keyStore"), outcome->keyStore}},
        tr("Journal created in %1 (key kept in: %2).").arg(access.directory(), outcome->keyStore));
    return Success;
}

int Cli::cmdPassphraseChange(JournalAccess& access)
{
    const QString kdf = m_args.value(QStringLiteral("--kdf"));
    if (!kdf.isEmpty() && kdf != QStringLiteral("interactive") &&
        kdf != QStringLiteral("moderate") && kdf != QStringLiteral("sensitive"))
        return usageError(tr("--kdf must be interactive, moderate or sensitive"));
    if (!access.exists())
        return fail(Error(ErrorCode::NotFound, access.directory()));
    const SecureBytes old = readPassphrase("FORTROLIG_PASSPHRASE", tr("Current passphrase: "));
    SecureBytes fresh;
    if (std::getenv("FORTROLIG_NEW_PASSPHRASE")) {
        fresh = readPassphrase("FORTROLIG_NEW_PASSPHRASE", {});
    } else {
        fresh = readPassphrase("FORTROLIG_NEW_PASSPHRASE", tr("New passphrase: "));
        const SecureBytes again = readPassphrase("FORTROLIG_NEW_PASSPHRASE", tr("Repeat it: "));
        if (!fresh.equals(again))
            return usageError(tr("the two passphrases differ"));
    }
    if (old.isEmpty() || fresh.isEmpty())
        return usageError(tr("no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal"));
    const KdfProfile profile = kdf == QStringLiteral("interactive") ? KdfProfile::Interactive
                               : kdf == QStringLiteral("sensitive") ? KdfProfile::Sensitive
                                                                    : KdfProfile::Moderate;
    if (Error e = access.changePassphrase(old, fresh, profile))
        return fail(e);
    print(QJsonObject{{QStringLiteral("changed"), true}}, tr("Passphrase changed."));
    return Success;
}

int Cli::cmdRecover(JournalAccess& access)
{
    const QString to = m_args.value(QStringLiteral("--to"));
    if (to.isEmpty())
        return usageError(tr("recover needs --to FOLDER: a new folder for the recovered journal"));
    if (!access.exists())
        return fail(Error(ErrorCode::NotFound, tr("no journal in %1").arg(access.directory())));
    if (const qint64 wait = access.secondsToWait(); wait > 0) {
        Error e(ErrorCode::LockedOut);
        e.waitSeconds = wait;
        return fail(e);
    }
    const SecureBytes pass = readPassphrase("FORTROLIG_PASSPHRASE", tr("Passphrase: "));
    if (pass.isEmpty())
        return fail(Error(ErrorCode::InvalidInput,
                          tr("no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal")));
    auto pending = access.beginUnlock();
    if (!pending.ok())
        return fail(pending.error());
    const QString target = QDir(to).absolutePath();
    auto outcome =
        access.recoverInto(target, pending.value(), KeyVault::unseal(pending->wrapped, pass));
    if (!outcome.ok() && outcome.error().code == ErrorCode::Damaged) {
        m_err << "fortrolig-cli: "
              << tr("The journal's table of contents cannot be read, so nothing can be "
                    "recovered from it. Remove it, connect this computer to the server again "
                    "and sync, and tell your IT administrator.")
              << Qt::endl;
        return DamagedJournal;
    }
    if (!outcome.ok())
        return fail(outcome.error());
    qint64 rows = 0;
    for (const auto& t : outcome->tables)
        rows += t.rowsCopied;
    const QStringList lost = outcome->lostSummary();
    QString text = tr("Recovered into %1: %n row(s) copied.", nullptr, int(rows)).arg(target);
    text += QLatin1Char('\n') + (lost.isEmpty()
                                     ? tr("Everything could be read.")
                                     : tr("Could not be read (table: internal row numbers): %1")
                                           .arg(lost.join(QStringLiteral("; "))));
    if (outcome->unsentLost > 0)
        text += QLatin1Char('\n') +
                tr("%n change(s) not yet sent were on a page that could not be read: what they "
                   "made is kept on this computer, but they cannot be sent. Enter them again if "
                   "your colleagues or the municipality need them.",
                   nullptr, int(outcome->unsentLost));
    if (outcome->unsentEvents > 0)
        text += QLatin1Char('\n') + tr("%n change(s) not yet sent to the server are kept and are "
                                       "sent at the next sync.",
                                       nullptr, int(outcome->unsentEvents));
    text += QLatin1Char('\n') +
            tr("Use the recovered journal with --journal %1 (or move it into place). The damaged "
               "journal in %2 was not changed: remove it when it is no longer needed.")
                .arg(target, access.directory());
    print(QJsonObject{{QStringLiteral("recoveredTo"), target},
                      {QStringLiteral("rowsCopied"), rows},
                      {QStringLiteral("notReadable"), QJsonArray::fromStringList(lost)},
                      {QStringLiteral("unsentChanges"), outcome->unsentEvents},
                      {QStringLiteral("unsentLost"), outcome->unsentLost}},
          text);
    return Success;
}

int Cli::cmdVerify(Journal& journal)
{
    if (Error e = journal.verify())
        return fail(e);
    print(QJsonObject{{QStringLiteral("encrypted"), true},
                      {QStringLiteral("integrity"), true},
                      {QStringLiteral("accessLogChain"), true}},
          tr("Journal verified: encrypted, intact, access log chain unbroken."));
    return Success;
}

} // namespace fortrolig
