<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>fortrolig::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: fortrolig-cli [--journal DIR] [--json] COMMAND

Commands:
  init [--consultant NAME] [--kdf interactive|moderate|sensitive]
       [--key-store keychain|file]
  passphrase change
  verify
  citizen add --name NAME --cpr CPR
  citizen list
  citizen show ID [--reason TEXT]
  citizen find --cpr CPR --reason TEXT
  course add --citizen ID --municipality NAME --type TYPE --start YYYY-MM-DD
             [--referral YYYY-MM-DD] [--planned-end YYYY-MM-DD]
  course end --course ID --date YYYY-MM-DD
  note add --citizen ID --text TEXT [--kind note|action-plan|status-report]
  note correct --note ID --text TEXT
  note history --note ID
  search TEXT
  log [--citizen ID]

The passphrase is read from FORTROLIG_PASSPHRASE when set, otherwise asked for
without echo (FORTROLIG_NEW_PASSPHRASE for the new one in 'passphrase change').
Exit codes: 0 success, 1 failure, 2 usage, 3 refused (wrong passphrase, locked
out), 4 the journal is damaged or not encrypted.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'fortrolig-cli --help' for the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no journal in %1; run 'fortrolig-cli init'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command: passphrase %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kdf must be interactive, moderate or sensitive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--key-store must be keychain or file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase (at least 12 characters): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: this computer has no system keychain. The journal's key is kept, sealed with your passphrase, in %1/journal.key. Anyone who copies the folder can try to guess the passphrase, so choose a long one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal created in %1 (key kept in: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal verified: encrypted, intact, access log chain unbroken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>citizen add needs --name and --cpr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CPR number holds an impossible date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CPR number must be DDMMYY-SSSS or DDMMYYSSSS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: the CPR number does not pass the modulus 11 check. Numbers issued since 2007 may not; it is accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>citizen show needs the citizen's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>citizen find needs a valid --cpr and a --reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command: citizen %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course add needs --citizen, --municipality, --type and --start YYYY-MM-DD (dates as YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course end needs --course ID and --date YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command: course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note add needs --citizen ID and --text TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note correct needs --note ID and --text TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note history needs --note ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command: note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search needs the words to look for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fortrolig::Error</name>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A journal already exists here. Choose another directory or open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must be at least 12 characters. A few ordinary words make a good one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform><numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>The journal's key cannot be found. Restore it from the keychain or the key file, or ask your IT administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain is locked or cannot be reached. Unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal file is not encrypted. Fortrolig refuses to use it; tell your IT administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key does not fit this journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal is damaged or has been changed outside Fortrolig. Nothing was written. Restore it from a backup or sync, or tell your IT administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal was made by a newer version of Fortrolig. Update the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal's folder cannot be written to. Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Nothing was lost, but nothing more can be saved until space is freed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal is in use by another program. Close it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The journal could not be read or written (input/output error).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fortrolig::SqlCipherDriver</name>
    <message>
        <source>No connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>