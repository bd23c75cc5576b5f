<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>fortrolig::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 kræver en værdi</translation>
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
        <translation>Brug: fortrolig-cli [--journal MAPPE] [--json] KOMMANDO

Kommandoer:
  init [--consultant NAVN] [--kdf interactive|moderate|sensitive]
       [--key-store keychain|file]
  passphrase change
  verify
  citizen add --name NAVN --cpr CPR
  citizen list
  citizen show ID [--reason TEKST]
  citizen find --cpr CPR --reason TEKST
  course add --citizen ID --municipality NAVN --type TYPE --start ÅÅÅÅ-MM-DD
             [--referral ÅÅÅÅ-MM-DD] [--planned-end ÅÅÅÅ-MM-DD]
  course end --course ID --date ÅÅÅÅ-MM-DD
  note add --citizen ID --text TEKST [--kind note|action-plan|status-report]
  note correct --note ID --text TEKST
  note history --note ID
  search TEKST
  log [--citizen ID]

Adgangsfrasen læses fra FORTROLIG_PASSPHRASE, hvis den er sat, ellers spørges der
uden at vise den (FORTROLIG_NEW_PASSPHRASE for den nye i 'passphrase change').
Slutkoder: 0 lykkedes, 1 fejl, 2 forkert brug, 3 afvist (forkert adgangsfrase,
spærret), 4 journalen er beskadiget eller ikke krypteret.
</translation>
    </message>
    <message>
        <source>Run 'fortrolig-cli --help' for the commands.</source>
        <translation>Kør 'fortrolig-cli --help' for at se kommandoerne.</translation>
    </message>
    <message>
        <source>no journal in %1; run 'fortrolig-cli init'</source>
        <translation>ingen journal i %1; kør 'fortrolig-cli init'</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Adgangsfrase: </translation>
    </message>
    <message>
        <source>no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal</source>
        <translation>ingen adgangsfrase: sæt FORTROLIG_PASSPHRASE eller kør i en terminal</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando angivet</translation>
    </message>
    <message>
        <source>unknown command: passphrase %1</source>
        <translation>ukendt kommando: passphrase %1</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>ukendt kommando: %1</translation>
    </message>
    <message>
        <source>--kdf must be interactive, moderate or sensitive</source>
        <translation>--kdf skal være interactive, moderate eller sensitive</translation>
    </message>
    <message>
        <source>--key-store must be keychain or file</source>
        <translation>--key-store skal være keychain eller file</translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters): </source>
        <translation>Ny adgangsfrase (mindst 12 tegn): </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Gentag den: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>de to adgangsfraser er forskellige</translation>
    </message>
    <message>
        <source>Note: this computer has no system keychain. The journal's key is kept, sealed with your passphrase, in %1/journal.key. Anyone who copies the folder can try to guess the passphrase, so choose a long one.</source>
        <translation>Bemærk: denne computer har ingen nøglering i systemet. Journalens nøgle gemmes, forseglet med din adgangsfrase, i %1/journal.key. Den, der kopierer mappen, kan prøve at gætte adgangsfrasen, så vælg en lang.</translation>
    </message>
    <message>
        <source>Journal created in %1 (key kept in: %2).</source>
        <translation>Journalen er oprettet i %1 (nøglen gemt i: %2).</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Nuværende adgangsfrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Ny adgangsfrase: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Adgangsfrasen er skiftet.</translation>
    </message>
    <message>
        <source>Journal verified: encrypted, intact, access log chain unbroken.</source>
        <translation>Journalen er kontrolleret: krypteret, hel, og adgangsloggens kæde er ubrudt.</translation>
    </message>
    <message>
        <source>citizen add needs --name and --cpr</source>
        <translation>citizen add kræver --name og --cpr</translation>
    </message>
    <message>
        <source>the CPR number holds an impossible date</source>
        <translation>CPR-nummeret indeholder en dato, der ikke findes</translation>
    </message>
    <message>
        <source>the CPR number must be DDMMYY-SSSS or DDMMYYSSSS</source>
        <translation>CPR-nummeret skal skrives DDMMÅÅ-LLLL eller DDMMÅÅLLLL</translation>
    </message>
    <message>
        <source>Note: the CPR number does not pass the modulus 11 check. Numbers issued since 2007 may not; it is accepted.</source>
        <translation>Bemærk: CPR-nummeret består ikke modulus 11-kontrollen. Numre udstedt siden 2007 gør det ikke altid; nummeret er godtaget.</translation>
    </message>
    <message>
        <source>citizen show needs the citizen's id</source>
        <translation>citizen show kræver borgerens id</translation>
    </message>
    <message>
        <source>citizen find needs a valid --cpr and a --reason</source>
        <translation>citizen find kræver et gyldigt --cpr og en --reason (begrundelse)</translation>
    </message>
    <message>
        <source>unknown command: citizen %1</source>
        <translation>ukendt kommando: citizen %1</translation>
    </message>
    <message>
        <source>course add needs --citizen, --municipality, --type and --start YYYY-MM-DD (dates as YYYY-MM-DD)</source>
        <translation>course add kræver --citizen, --municipality, --type og --start ÅÅÅÅ-MM-DD (datoer som ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>course end needs --course ID and --date YYYY-MM-DD</source>
        <translation>course end kræver --course ID og --date ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Course ended.</source>
        <translation>Forløbet er afsluttet.</translation>
    </message>
    <message>
        <source>unknown command: course %1</source>
        <translation>ukendt kommando: course %1</translation>
    </message>
    <message>
        <source>note add needs --citizen ID and --text TEXT</source>
        <translation>note add kræver --citizen ID og --text TEKST</translation>
    </message>
    <message>
        <source>note correct needs --note ID and --text TEXT</source>
        <translation>note correct kræver --note ID og --text TEKST</translation>
    </message>
    <message>
        <source>note history needs --note ID</source>
        <translation>note history kræver --note ID</translation>
    </message>
    <message>
        <source>unknown command: note %1</source>
        <translation>ukendt kommando: note %1</translation>
    </message>
    <message>
        <source>search needs the words to look for</source>
        <translation>search kræver de ord, der skal søges efter</translation>
    </message>
</context>
<context>
    <name>fortrolig::Error</name>
    <message>
        <source>The input is not valid.</source>
        <translation>Inddata er ikke gyldige.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Ikke fundet.</translation>
    </message>
    <message>
        <source>A journal already exists here. Choose another directory or open it.</source>
        <translation>Der findes allerede en journal her. Vælg en anden mappe, eller åbn den.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 12 characters. A few ordinary words make a good one.</source>
        <translation>Adgangsfrasen skal være mindst 12 tegn. Nogle få almindelige ord giver en god en.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Forkert adgangsfrase. Prøv igen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange forkerte adgangsfraser. Prøv igen om %n sekund.</numerusform><numerusform>For mange forkerte adgangsfraser. Prøv igen om %n sekunder.</numerusform></translation>
    </message>
    <message>
        <source>The journal's key cannot be found. Restore it from the keychain or the key file, or ask your IT administrator.</source>
        <translation>Journalens nøgle kan ikke findes. Gendan den fra nøgleringen eller nøglefilen, eller spørg din it-administrator.</translation>
    </message>
    <message>
        <source>The system keychain is locked or cannot be reached. Unlock it and try again.</source>
        <translation>Systemets nøglering er låst eller kan ikke nås. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow it and try again.</source>
        <translation>Adgang til systemets nøglering blev afvist. Tillad den, og prøv igen.</translation>
    </message>
    <message>
        <source>The journal file is not encrypted. Fortrolig refuses to use it; tell your IT administrator.</source>
        <translation>Journalfilen er ikke krypteret. Fortrolig nægter at bruge den; kontakt din it-administrator.</translation>
    </message>
    <message>
        <source>The key does not fit this journal.</source>
        <translation>Nøglen passer ikke til denne journal.</translation>
    </message>
    <message>
        <source>The journal is damaged or has been changed outside Fortrolig. Nothing was written. Restore it from a backup or sync, or tell your IT administrator.</source>
        <translation>Journalen er beskadiget eller ændret uden om Fortrolig. Intet blev skrevet. Gendan den fra en sikkerhedskopi eller en synkronisering, eller kontakt din it-administrator.</translation>
    </message>
    <message>
        <source>The journal was made by a newer version of Fortrolig. Update the program.</source>
        <translation>Journalen er lavet af en nyere version af Fortrolig. Opdatér programmet.</translation>
    </message>
    <message>
        <source>The journal's folder cannot be written to. Check its permissions.</source>
        <translation>Der kan ikke skrives i journalens mappe. Kontrollér dens rettigheder.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost, but nothing more can be saved until space is freed.</source>
        <translation>Disken er fuld. Intet gik tabt, men intet mere kan gemmes, før der er frigjort plads.</translation>
    </message>
    <message>
        <source>The journal is in use by another program. Close it and try again.</source>
        <translation>Journalen bruges af et andet program. Luk det, og prøv igen.</translation>
    </message>
    <message>
        <source>The journal could not be read or written (input/output error).</source>
        <translation>Journalen kunne ikke læses eller skrives (ind-/uddatafejl).</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>Der opstod en intern fejl.</translation>
    </message>
</context>
<context>
    <name>fortrolig::SqlCipherDriver</name>
    <message>
        <source>No connection</source>
        <translation>Ingen forbindelse</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Transaktionen kunne ikke startes</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Transaktionen kunne ikke gennemføres</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>Transaktionen kunne ikke rulles tilbage</translation>
    </message>
</context>
</TS>