<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ServerCli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 skal have en værdi</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>ukendt tilvalg: %1</translation>
    </message>
    <message>
        <source>Run &apos;fortrolig-server --help&apos; for the commands.</source>
        <translation>Kør &apos;fortrolig-server --help&apos; for at se kommandoerne.</translation>
    </message>
    <message>
        <source>A new storage key was made: %1
Back it up apart from the data and keep it secret: without it nothing stored can be read.</source>
        <translation>Der er lavet en ny lagringsnøgle: %1
Tag en sikkerhedskopi af den adskilt fra data, og hold den hemmelig: uden den kan intet af det gemte læses.</translation>
    </message>
    <message>
        <source>give both --cert and --key</source>
        <translation>angiv både --cert og --key</translation>
    </message>
    <message>
        <source>give --cert and --key, or --data DIR for a development certificate</source>
        <translation>angiv --cert og --key, eller --data MAPPE til et udviklingscertifikat</translation>
    </message>
    <message>
        <source>give --data DIR (and --database URL for PostgreSQL)</source>
        <translation>angiv --data MAPPE (og --database URL til PostgreSQL)</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>ukendt kommando: %1</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 0.0.0.0:8443</source>
        <translation>--listen skal være ADRESSE:PORT, f.eks. 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--workers must be 1-64</source>
        <translation>--workers skal være 1-64</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Lager: %1</translation>
    </message>
    <message>
        <source>A development certificate was made: %1
For production give the provider&apos;s certificate with --cert and --key.</source>
        <translation>Der er lavet et udviklingscertifikat: %1
I drift angives udbyderens certifikat med --cert og --key.</translation>
    </message>
    <message>
        <source>Devices need this pin to enroll:</source>
        <translation>Enhederne skal bruge denne pin for at blive tilmeldt:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>spærret</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n enhed</numerusform>
            <numerusform>%n enheder</numerusform>
        </translation>
    </message>
    <message>
        <source>consultant %1 needs a user name</source>
        <translation>consultant %1 skal have et brugernavn</translation>
    </message>
    <message>
        <source>a user name is 2-64 of a-z 0-9 . _ - (lower case)</source>
        <translation>et brugernavn er 2-64 tegn blandt a-z 0-9 . _ - (små bogstaver)</translation>
    </message>
    <message>
        <source>Passphrase for %1 (at least 12 characters): </source>
        <translation>Adgangsfrase til %1 (mindst 12 tegn): </translation>
    </message>
    <message>
        <source>no passphrase: set FORTROLIG_CONSULTANT_PASSPHRASE or run in a terminal</source>
        <translation>ingen adgangsfrase: sæt FORTROLIG_CONSULTANT_PASSPHRASE eller kør i en terminal</translation>
    </message>
    <message>
        <source>Consultant %1 created. Add this to the consultant&apos;s authenticator app (it is shown once):</source>
        <translation>Konsulenten %1 er oprettet. Tilføj dette i konsulentens godkendelsesapp (det vises kun én gang):</translation>
    </message>
    <message>
        <source>New TOTP secret for %1 (the old one no longer works):</source>
        <translation>Ny TOTP-hemmelighed til %1 (den gamle virker ikke længere):</translation>
    </message>
    <message>
        <source>%1 is locked; their tokens no longer work.</source>
        <translation>%1 er spærret; brugerens adgangsbeviser virker ikke længere.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>Spærringen af %1 er ophævet.</translation>
    </message>
    <message>
        <source>unknown command: consultant %1</source>
        <translation>ukendt kommando: consultant %1</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>tilmeldt %1</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>sidst set %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>device %1 needs an argument</source>
        <translation>device %1 mangler et argument</translation>
    </message>
    <message>
        <source>--valid-days must be a number</source>
        <translation>--valid-days skal være et tal</translation>
    </message>
    <message numerus="yes">
        <source>The code works once, for %n day(s).</source>
        <translation>
            <numerusform>Koden virker én gang, i %n dag.</numerusform>
            <numerusform>Koden virker én gang, i %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1 is revoked. At its next contact it deletes its journal and key.</source>
        <translation>Enheden %1 er tilbagekaldt. Ved næste kontakt sletter den sin journal og sin nøgle.</translation>
    </message>
    <message>
        <source>unknown command: device %1</source>
        <translation>ukendt kommando: device %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1 needs the citizen&apos;s id</source>
        <translation>case %1 skal have borgerens id</translation>
    </message>
    <message>
        <source>case assign needs the consultant&apos;s user name</source>
        <translation>case assign skal have konsulentens brugernavn</translation>
    </message>
    <message>
        <source>The case now belongs to %1; the former consultant&apos;s devices delete it at their next sync.</source>
        <translation>Sagen hører nu til %1; den tidligere konsulents enheder sletter den ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The case is deleted on the server; devices delete it at their next sync.</source>
        <translation>Sagen er slettet på serveren; enhederne sletter den ved næste synkronisering.</translation>
    </message>
    <message>
        <source>unknown command: case %1</source>
        <translation>ukendt kommando: case %1</translation>
    </message>
    <message>
        <source>unknown command: epoch %1</source>
        <translation>ukendt kommando: epoch %1</translation>
    </message>
    <message>
        <source>New epoch %1: devices will send what this server lacks.</source>
        <translation>Ny epoke %1: enhederne sender det, serveren mangler.</translation>
    </message>
    <message>
        <source>--connections-per-address must be 1-%1</source>
        <translation>--connections-per-address skal være 1-%1</translation>
    </message>
    <message>
        <source>--metrics must be ADDRESS:PORT, e.g. 127.0.0.1:9464</source>
        <translation>--metrics skal være ADRESSE:PORT, fx 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>--login-workers must be 1-16</source>
        <translation>--login-workers skal være 1-16</translation>
    </message>
    <message>
        <source>--logins-per-address must be 1-1000000</source>
        <translation>--logins-per-address skal være 1-1000000</translation>
    </message>
    <message>
        <source>Default (municipalities without a rule of their own):</source>
        <translation>Standard (kommuner uden deres egen regel):</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the course ended</source>
        <translation>
            <numerusform>%n måned efter forløbets afslutning</numerusform>
            <numerusform>%n måneder efter forløbets afslutning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n month(s) after the course ended. Laptops receive the rule at their next sync.</source>
        <translation>
            <numerusform>%1 for %2: %n måned efter forløbets afslutning. De bærbare får reglen ved deres næste synkronisering.</numerusform>
            <numerusform>%1 for %2: %n måneder efter forløbets afslutning. De bærbare får reglen ved deres næste synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>the default</source>
        <translation>standarden</translation>
    </message>
    <message>
        <source>unknown command: retention %1</source>
        <translation>ukendt kommando: retention %1</translation>
    </message>
    <message>
        <source>course ended %1</source>
        <translation>forløb afsluttet %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>slettes %1</translation>
    </message>
    <message>
        <source>held (by %1, %2)</source>
        <translation>tilbageholdt (af %1, %2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>until released</source>
        <translation>til den frigives</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n case(s) would be deleted.</source>
        <translation>
            <numerusform>Prøvekørsel: %n sag ville blive slettet.</numerusform>
            <numerusform>Prøvekørsel: %n sager ville blive slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) deleted.</source>
        <translation>
            <numerusform>%n sag slettet.</numerusform>
            <numerusform>%n sager slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held.</source>
        <translation>
            <numerusform>%n tilbageholdt.</numerusform>
            <numerusform>%n tilbageholdt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be deleted now; the next run tries again.</source>
        <translation>
            <numerusform>%n sag kunne ikke slettes nu; næste kørsel prøver igen.</numerusform>
            <numerusform>%n sager kunne ikke slettes nu; næste kørsel prøver igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hold is released; the case is deleted when its rule says.</source>
        <translation>Tilbageholdelsen er ophævet; sagen slettes, når dens regel siger det.</translation>
    </message>
    <message>
        <source>--until takes a date, YYYY-MM-DD</source>
        <translation>--until skal have en dato, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>case hold needs --reason TEXT (why the case must be kept)</source>
        <translation>case hold skal have --reason TEKST (hvorfor sagen skal bevares)</translation>
    </message>
    <message>
        <source>The case is held until %1: it is not deleted before.</source>
        <translation>Sagen er tilbageholdt til %1: den slettes ikke før.</translation>
    </message>
    <message>
        <source>The case is held until released: it is not deleted.</source>
        <translation>Sagen er tilbageholdt, til den frigives: den slettes ikke.</translation>
    </message>
    <message>
        <source>deletion-list needs --municipality NAME and --month YYYY-MM</source>
        <translation>deletion-list skal have --municipality NAVN og --month ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>--format: csv or pdf</source>
        <translation>--format: csv eller pdf</translation>
    </message>
    <message>
        <source>--format pdf needs --to FILE.pdf</source>
        <translation>--format pdf skal have --to FIL.pdf</translation>
    </message>
    <message>
        <source>Cases deleted for %1 in %2</source>
        <translation>Sager slettet for %1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Internal references only: no name or CPR number. Made %1 (UTC).</source>
        <translation>
            <numerusform>%n sag. Kun interne referencer: intet navn eller CPR-nummer. Lavet %1 (UTC).</numerusform>
            <numerusform>%n sager. Kun interne referencer: intet navn eller CPR-nummer. Lavet %1 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skrevet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made since the backup was made were made again.</source>
        <translation>
            <numerusform>%n sletning, der blev foretaget efter sikkerhedskopien blev taget, er foretaget igen.</numerusform>
            <numerusform>%n sletninger, der blev foretaget efter sikkerhedskopien blev taget, er foretaget igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versioner</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command: note %1</source>
        <translation>ukendt kommando: note %1</translation>
    </message>
    <message>
        <source>note remove needs the citizen&apos;s id and the note&apos;s id</source>
        <translation>note remove skal have borgerens id og notatets id</translation>
    </message>
    <message>
        <source>note remove needs --reference: the controller&apos;s reference for the instruction (it is shown in the case&apos;s history)</source>
        <translation>note remove skal have --reference: den dataansvarliges reference for instruksen (den vises i sagens historik)</translation>
    </message>
    <message>
        <source>--reference: 1 to 64 letters, digits, spaces and . _ / : -, and not a CPR number</source>
        <translation>--reference: 1 til 64 bogstaver, cifre, mellemrum og . _ / : -, og ikke et CPR-nummer</translation>
    </message>
    <message>
        <source>the case has no note with that id</source>
        <translation>sagen har intet notat med det id</translation>
    </message>
    <message>
        <source>no case with that id</source>
        <translation>ingen sag med det id</translation>
    </message>
    <message>
        <source>The note was removed before; nothing to do.</source>
        <translation>Notatet er allerede fjernet; intet at gøre.</translation>
    </message>
    <message numerus="yes">
        <source>The note is removed on the server (%n version(s)); devices remove it at their next sync and show a stub with the reference.</source>
        <translation>
            <numerusform>Notatet er fjernet på serveren (%n version); enhederne fjerner det ved næste synkronisering og viser en stump med referencen.</numerusform>
            <numerusform>Notatet er fjernet på serveren (%n versioner); enhederne fjerner det ved næste synkronisering og viser en stump med referencen.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the case</source>
        <translation>sammen med sagen</translation>
    </message>
    <message>
        <source>retention set needs a kind (case, access-log, sync-problems, consents, disclosures) and a number of months</source>
        <translation>retention set skal have en art (case, access-log, sync-problems, consents, disclosures) og et antal måneder</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: consents or disclosure records of %n case(s) would be deleted before the rest of the case.</source>
        <translation>
            <numerusform>Prøvekørsel: samtykker eller videregivelser i %n sag ville blive slettet før resten af sagen.</numerusform>
            <numerusform>Prøvekørsel: samtykker eller videregivelser i %n sager ville blive slettet før resten af sagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consents or disclosure records of %n case(s) deleted before the rest of the case.</source>
        <translation>
            <numerusform>Samtykker eller videregivelser i %n sag slettet før resten af sagen.</numerusform>
            <numerusform>Samtykker eller videregivelser i %n sager slettet før resten af sagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command: municipality %1</source>
        <translation>ukendt kommando: municipality %1</translation>
    </message>
    <message numerus="yes">
        <source>%n approved form version(s)</source>
        <translation>
            <numerusform>%n godkendt version af en erklæring</numerusform>
            <numerusform>%n godkendte versioner af erklæringer</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics allowed</source>
        <translation>statistik tilladt</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>ingen statistik</translation>
    </message>
    <message>
        <source>The register is empty: add a municipality with &apos;municipality add&apos;.</source>
        <translation>Registret er tomt: tilføj en kommune med &apos;municipality add&apos;.</translation>
    </message>
    <message>
        <source>no municipality with that id or name (see &apos;municipality list&apos;)</source>
        <translation>ingen kommune med det id eller navn (se &apos;municipality list&apos;)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>Jobcentre&apos;s secure address</source>
        <translation>Jobcentrets sikre adresse</translation>
    </message>
    <message>
        <source>Jobcentre&apos;s phone</source>
        <translation>Jobcentrets telefon</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Data-processing agreement</source>
        <translation>Databehandleraftale</translation>
    </message>
    <message>
        <source>Legal basis shown to citizens</source>
        <translation>Hjemmel vist for borgerne</translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation>Anonymiseret statistik</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>tilladt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ikke tilladt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Approved consent forms:</source>
        <translation>Godkendte samtykkeerklæringer:</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Retention (change with &apos;retention set KIND MONTHS --municipality NAME&apos;):</source>
        <translation>Opbevaring (ændres med &apos;retention set ART MÅNEDER --municipality NAVN&apos;):</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(standarden)</translation>
    </message>
    <message>
        <source>--agreement-date takes a date, YYYY-MM-DD</source>
        <translation>--agreement-date skal have en dato, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>--statistics: yes or no</source>
        <translation>--statistics: yes eller no</translation>
    </message>
    <message>
        <source>--approve takes FORM:VERSION:YYYY-MM-DD, several separated by commas</source>
        <translation>--approve skal have ERKLÆRING:VERSION:ÅÅÅÅ-MM-DD, flere adskilt af kommaer</translation>
    </message>
    <message>
        <source>--unapprove takes FORM:VERSION of an approval the municipality has</source>
        <translation>--unapprove skal have ERKLÆRING:VERSION for en godkendelse, kommunen har</translation>
    </message>
    <message>
        <source>no municipality with that id (see &apos;municipality list&apos;)</source>
        <translation>ingen kommune med det id (se &apos;municipality list&apos;)</translation>
    </message>
    <message>
        <source>municipality %1: %2</source>
        <translation>municipality %1: %2</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>the id %1 is taken: give another with --id</source>
        <translation>id&apos;et %1 er optaget: angiv et andet med --id</translation>
    </message>
    <message>
        <source>another municipality is called %1</source>
        <translation>en anden kommune hedder %1</translation>
    </message>
    <message>
        <source>%1 (%2) is in the register.</source>
        <translation>%1 (%2) er i registret.</translation>
    </message>
    <message>
        <source>%1 (%2) is changed.</source>
        <translation>%1 (%2) er ændret.</translation>
    </message>
    <message>
        <source>Laptops receive it at their next sync.</source>
        <translation>De bærbare får det ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>unknown command: request %1</source>
        <translation>ukendt kommando: request %1</translation>
    </message>
    <message>
        <source>NOT FORWARDED IN TIME</source>
        <translation>IKKE VIDERESENDT I TIDE</translation>
    </message>
    <message>
        <source>ANSWER OVERDUE</source>
        <translation>SVARFRIST OVERSKREDET</translation>
    </message>
    <message>
        <source>answer due soon</source>
        <translation>svarfristen nærmer sig</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>forlænget</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>modtaget %1</translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation>videresendt %1</translation>
    </message>
    <message>
        <source>forward by %1</source>
        <translation>videresend senest %1</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>svar senest %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s),</source>
        <translation>
            <numerusform>%n åben anmodning,</numerusform>
            <numerusform>%n åbne anmodninger,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n forsinket.</numerusform>
            <numerusform>%n forsinkede.</numerusform>
        </translation>
    </message>
    <message>
        <source>case restricted</source>
        <translation>sagen er begrænset</translation>
    </message>
    <message>
        <source>restricted (GDPR art. 18): kept until the restriction is lifted</source>
        <translation>begrænset (GDPR art. 18): beholdes, til begrænsningen ophæves</translation>
    </message>
    <message numerus="yes">
        <source>entries %1-%2 (%n held)</source>
        <translation>
            <numerusform>poster %1-%2 (%n haves)</numerusform>
            <numerusform>poster %1-%2 (%n haves)</numerusform>
        </translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>ingen huller</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>mangler %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>CHANGED AFTER WRITING: %1</source>
        <translation>ÆNDRET EFTER SKRIVNING: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n without their reason (a deleted case)</source>
        <translation>
            <numerusform>%n uden sin begrundelse (en slettet sag)</numerusform>
            <numerusform>%n uden deres begrundelse (en slettet sag)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device log(s) checked.</source>
        <translation>
            <numerusform>%n enheds log tjekket.</numerusform>
            <numerusform>%n enheders log tjekket.</numerusform>
        </translation>
    </message>
    <message>
        <source>give a case&apos;s internal id (a UUID), or check</source>
        <translation>angiv en sags interne id (et UUID), eller check</translation>
    </message>
    <message>
        <source>(does not match its hash)</source>
        <translation>(passer ikke med sin hash)</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) of the case on the devices.</source>
        <translation>
            <numerusform>%n brug af sagen på enhederne.</numerusform>
            <numerusform>%n brug af sagen på enhederne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n access-log entry(s) of the devices are past the log&apos;s own period and would be deleted.</source>
        <translation>
            <numerusform>Prøvekørsel: %n post i enhedernes adgangslog er ældre end loggens egen periode og ville blive slettet.</numerusform>
            <numerusform>Prøvekørsel: %n poster i enhedernes adgangslog er ældre end loggens egen periode og ville blive slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) of the devices past the log&apos;s own period deleted.</source>
        <translation>
            <numerusform>%n post i enhedernes adgangslog, ældre end loggens egen periode, er slettet.</numerusform>
            <numerusform>%n poster i enhedernes adgangslog, ældre end loggens egen periode, er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>not handed over to the municipality</source>
        <translation>ikke overdraget til kommunen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within %1 days have a course not handed over to the municipality: the consultant hands it over (&quot;Hand over to the jobcentre&quot;) before the case is deleted.</source>
        <translation>
            <numerusform>%n sag skal slettes inden for %1 dage og har et forløb, der ikke er overdraget til kommunen: konsulenten overdrager det (&quot;Overdrag til jobcentret&quot;), før sagen slettes.</numerusform>
            <numerusform>%n sager skal slettes inden for %1 dage og har et forløb, der ikke er overdraget til kommunen: konsulenten overdrager det (&quot;Overdrag til jobcentret&quot;), før sagen slettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>kept: a legal hold (release it first)</source>
        <translation>beholdt: tilbageholdt (ophæv det først)</translation>
    </message>
    <message>
        <source>kept: restricted (GDPR art. 18; the municipality decides first)</source>
        <translation>beholdt: begrænset (GDPR art. 18; kommunen beslutter først)</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>slettet %1</translation>
    </message>
    <message>
        <source>NOT deleted: failed</source>
        <translation>IKKE slettet: fejlede</translation>
    </message>
    <message>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>NOT deleted: %1</source>
        <translation>IKKE slettet: %1</translation>
    </message>
    <message>
        <source>to be deleted</source>
        <translation>slettes</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n pakke</numerusform>
            <numerusform>%n pakker</numerusform>
        </translation>
    </message>
    <message>
        <source>municipality offboard: which municipality (its id)?</source>
        <translation>municipality offboard: hvilken kommune (dens id)?</translation>
    </message>
    <message>
        <source>municipality offboard: say --return (hand-over packages first) or --delete-only, as the municipality instructed</source>
        <translation>municipality offboard: angiv --return (overdragelsespakker først) eller --delete-only, som kommunen har instrueret</translation>
    </message>
    <message>
        <source>municipality offboard: --to FOLDER, an existing folder</source>
        <translation>municipality offboard: --to MAPPE, en mappe der findes</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n case(s) of %1, nothing changed.</source>
        <translation>
            <numerusform>Prøvekørsel: %n sag fra %1, intet ændret.</numerusform>
            <numerusform>Prøvekørsel: %n sager fra %1, intet ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion certificate: %1 (CVR %2), data-processing agreement %3 of %4</source>
        <translation>Sletningsattest: %1 (CVR %2), databehandleraftale %3 af %4</translation>
    </message>
    <message>
        <source>The contract ended. Made %1 (UTC) by %2; %3. Internal references only: no name or CPR number.</source>
        <translation>Kontrakten er ophørt. Lavet %1 (UTC) af %2; %3. Kun interne referencer: intet navn eller CPR-nummer.</translation>
    </message>
    <message>
        <source>hand-over packages returned before deletion</source>
        <translation>overdragelsespakker tilbageleveret før sletning</translation>
    </message>
    <message>
        <source>deleted without return, as instructed</source>
        <translation>slettet uden tilbagelevering, som instrueret</translation>
    </message>
    <message>
        <source>Signed (Ed25519, key %1) in deletion-certificate.json: check it with &apos;fortrolig-server municipality verify-certificate&apos;.</source>
        <translation>Signeret (Ed25519, nøgle %1) i deletion-certificate.json: kontrollér den med &apos;fortrolig-server municipality verify-certificate&apos;.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <source>municipality verify-certificate FILE.json: cannot read %1</source>
        <translation>municipality verify-certificate FIL.json: kan ikke læse %1</translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation>%1: ikke JSON (%2)</translation>
    </message>
    <message>
        <source>%1: the certificate does not hold: %2</source>
        <translation>%1: attesten holder ikke: %2</translation>
    </message>
    <message>
        <source>The signature holds: this server signed the certificate for %1, made %2.</source>
        <translation>Signaturen holder: denne server har signeret attesten for %1, lavet %2.</translation>
    </message>
    <message>
        <source>Courses name municipalities the register lacks (their consent forms and hand-overs miss the contacts; add them, or have the course corrected):</source>
        <translation>Forløb nævner kommuner, som registret mangler (deres samtykkeerklæringer og overdragelser mangler kontaktoplysningerne; tilføj dem, eller få forløbet rettet):</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
    <message>
        <source>its courses cut out; the case stays for another municipality&apos;s course</source>
        <translation>dens forløb skåret fra; sagen bliver for en anden kommunes forløb</translation>
    </message>
    <message>
        <source>its courses deleted %1; the case stays for another municipality&apos;s course</source>
        <translation>dens forløb slettet %1; sagen bliver for en anden kommunes forløb</translation>
    </message>
    <message>
        <source>its courses to be cut out; the case stays for another municipality&apos;s course</source>
        <translation>dens forløb skæres fra; sagen bliver for en anden kommunes forløb</translation>
    </message>
    <message>
        <source>%1: cases deleted %2, cases whose courses were cut out %3, kept %4, failed %5; packages returned %6.</source>
        <translation>%1: sager slettet %2, sager hvis forløb blev skåret fra %3, beholdt %4, fejlet %5; pakker tilbageleveret %6.</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>kan ikke læse konfigurationsfilen %1</translation>
    </message>
    <message>
        <source>%1, line %2: not one of the server&apos;s settings as name = value (%3)</source>
        <translation>%1, linje %2: ikke en af serverens indstillinger som navn = værdi (%3)</translation>
    </message>
    <message>
        <source>Usage: fortrolig-server --data DIR [--database postgresql://USER@HOST:PORT/NAME]
                        [COMMAND]

Without a command the server starts:
  [--listen ADDR:PORT] (default 0.0.0.0:8443) [--cert FILE --key FILE] [--workers N]
  [--host NAME] (another name for the development certificate)
  [--connections-per-address N] (default 64; raise it behind a TCP load balancer or
   NAT that makes many laptops one address)
  [--login-workers N] (default 1: threads that check passphrases, apart from sync)
  [--logins-per-address N] (default 30: logins and enrollments from one address at
   once, and then each minute)
  [--metrics ADDR:PORT] (off by default: Prometheus-style figures over plain HTTP,
   GET /metrics; no personal data; listen on a monitoring network only)

Commands:
  consultant create USER [--name NAME]   (prints the TOTP secret as an otpauth:// URI)
  consultant reset-totp USER
  consultant lock USER | consultant unlock USER | consultant list
  device enroll-code USER [--valid-days N] [--server-url https://HOST:PORT]
  device list [USER] | device revoke DEVICE-ID
  case list [USER] | case assign CITIZEN-ID USER
  case purge CITIZEN-ID   (on the controller&apos;s instruction: deleted everywhere)
  case hold CITIZEN-ID --reason TEXT [--until YYYY-MM-DD] | case release CITIZEN-ID
  note list CITIZEN-ID   (the case&apos;s notes: id, when, by whom, versions; no text)
  note remove CITIZEN-ID NOTE-ID --reference REF   (a note written in the wrong
      citizen&apos;s case, on the controller&apos;s instruction: every version deleted
      everywhere, a stub with REF left in the case&apos;s history)
  retention show | retention set KIND MONTHS [--municipality NAME]
      (KIND: case, access-log, sync-problems, consents, disclosures; without
      --municipality: the default)
  retention run [--dry-run]   (deletes the cases due today; the server also does
      this by itself every hour)
  deletion-list --municipality NAME --month YYYY-MM [--format csv | --format pdf
      --to FILE.pdf]
  municipality add --name NAME --cvr NUMBER --jobcentre-address ADDRESS --dpo CONTACT
      [--id ID] [--jobcentre-phone PHONE] [--agreement-date YYYY-MM-DD]
      [--agreement-reference REF] [--legal-basis TEXT] [--statistics yes|no]
      [--approve FORM:VERSION:YYYY-MM-DD[,...]]
  municipality edit ID [the same options; --unapprove FORM:VERSION[,...]]
  municipality list | municipality show ID   (laptops receive the register at sync)
  municipality offboard ID (--return | --delete-only) --to FOLDER | --dry-run
      (the contract with the municipality ended: with --return a hand-over package
      of each of its courses first; then its cases deleted everywhere and a signed
      deletion certificate written, FOLDER/deletion-certificate.json and .pdf)
  municipality verify-certificate FILE.json   (checks a certificate&apos;s signature)
  request list [--consultant USER] [--overdue]   (the citizens&apos; open requests, with
      their deadlines; with --overdue only those late, and exit code 1 if any)
  access-log CITIZEN   (every device&apos;s uses of a case: when, who, what, why)
  access-log check     (each device&apos;s log as the server holds it: gaps, entries
      changed after they were written; exit code 1 if any was changed)
  epoch new            (after restoring the database from a backup; deletions made
      since the backup are made again from the purge ledger)
  pin                  (the public-key pin devices need)
  --version            (the server&apos;s version)

The storage key comes from FORTROLIG_SERVER_KEY (64 hex digits), --storage-key FILE
or DIR/server.key, made at the first start. --config FILE reads the server&apos;s
settings (data, database, listen, cert, key, storage-key, workers, server-url, ...)
as &apos;name = value&apos; lines; an option on the command line wins. A new consultant&apos;s passphrase is read from
FORTROLIG_CONSULTANT_PASSPHRASE or asked for without echo.
</source>
        <translation>Brug: fortrolig-server --data MAPPE [--database postgresql://BRUGER@VÆRT:PORT/NAVN]
                        [KOMMANDO]

Uden en kommando starter serveren:
  [--listen ADRESSE:PORT] (standard 0.0.0.0:8443) [--cert FIL --key FIL] [--workers N]
  [--host NAVN] (endnu et navn til udviklingscertifikatet)
  [--connections-per-address N] (standard 64; hæv det bag en TCP-lastfordeler eller
   NAT, der får mange bærbare til at være én adresse)
  [--login-workers N] (standard 1: tråde, der tjekker adgangsfraser, adskilt fra synkronisering)
  [--logins-per-address N] (standard 30: logins og tilmeldinger fra én adresse på én
   gang og derefter hvert minut)
  [--metrics ADRESSE:PORT] (slået fra som standard: tal i Prometheus-format over almindelig
   HTTP, GET /metrics; ingen personoplysninger; lyt kun på et overvågningsnet)

Kommandoer:
  consultant create BRUGER [--name NAVN]   (viser TOTP-hemmeligheden som en otpauth://-URI)
  consultant reset-totp BRUGER
  consultant lock BRUGER | consultant unlock BRUGER | consultant list
  device enroll-code BRUGER [--valid-days N] [--server-url https://VÆRT:PORT]
  device list [BRUGER] | device revoke ENHEDS-ID
  case list [BRUGER] | case assign BORGER-ID BRUGER
  case purge BORGER-ID   (efter den dataansvarliges instruks: slettes overalt)
  case hold BORGER-ID --reason TEKST [--until ÅÅÅÅ-MM-DD] | case release BORGER-ID
  note list BORGER-ID   (sagens notater: id, hvornår, af hvem, versioner; ingen tekst)
  note remove BORGER-ID NOTAT-ID --reference REF   (et notat skrevet i den forkerte
      borgers sag, efter den dataansvarliges instruks: alle versioner slettes
      overalt, en stump med REF bliver stående i sagens historik)
  retention show | retention set ART MÅNEDER [--municipality NAVN]
      (ART: case, access-log, sync-problems, consents, disclosures; uden
      --municipality: standarden)
  retention run [--dry-run]   (sletter de sager, der skal slettes i dag; serveren gør
      det også selv hver time)
  deletion-list --municipality NAVN --month ÅÅÅÅ-MM [--format csv | --format pdf
      --to FIL.pdf]
  municipality add --name NAVN --cvr NUMMER --jobcentre-address ADRESSE --dpo KONTAKT
      [--id ID] [--jobcentre-phone TELEFON] [--agreement-date ÅÅÅÅ-MM-DD]
      [--agreement-reference REF] [--legal-basis TEKST] [--statistics yes|no]
      [--approve ERKLÆRING:VERSION:ÅÅÅÅ-MM-DD[,...]]
  municipality edit ID [de samme tilvalg; --unapprove ERKLÆRING:VERSION[,...]]
  municipality list | municipality show ID   (de bærbare får registret ved synkronisering)
  municipality offboard ID (--return | --delete-only) --to MAPPE | --dry-run
      (kontrakten med kommunen er ophørt: med --return først en overdragelsespakke
      for hvert af dens forløb; så slettes dens sager overalt, og en signeret
      sletningsattest skrives, MAPPE/deletion-certificate.json og .pdf)
  municipality verify-certificate FIL.json   (kontrollerer en attests signatur)
  request list [--consultant USER] [--overdue]   (borgernes åbne anmodninger med
      deres frister; med --overdue kun de forsinkede, og slutkode 1 hvis der er nogen)
  access-log BORGER   (alle enheders brug af en sag: hvornår, hvem, hvad, hvorfor)
  access-log check     (hver enheds log, som serveren har den: huller, poster
      ændret efter de blev skrevet; slutkode 1 hvis nogen er ændret)
  epoch new            (efter gendannelse af databasen fra en sikkerhedskopi; sletninger
      foretaget efter kopien gentages fra sletteprotokollen)
  pin                  (pin for den offentlige nøgle, som enhederne skal bruge)
  --version            (serverens version)

Lagringsnøglen kommer fra FORTROLIG_SERVER_KEY (64 hex-cifre), --storage-key FIL
eller MAPPE/server.key, der laves ved første start. --config FIL læser serverens
indstillinger (data, database, listen, cert, key, storage-key, workers, server-url, ...)
som linjer &apos;navn = værdi&apos;; en indstilling på kommandolinjen går forud. En ny konsulents adgangsfrase læses fra
FORTROLIG_CONSULTANT_PASSPHRASE eller spørges der om uden at blive vist.
</translation>
    </message>
</context>
<context>
    <name>fortrolig::AccessPackage</name>
    <message>
        <source>this laptop</source>
        <translation>denne bærbare</translation>
    </message>
</context>
<context>
    <name>fortrolig::AccessPackageDocument</name>
    <message>
        <source>Access package</source>
        <translation>Adgangspakke</translation>
    </message>
    <message>
        <source>Everything this journal holds about %1 (CPR %2), made %3 by %4 for the municipality, the controller, to release. The JSON file beside this one holds the same in a machine-readable form (schema %5, version %6), with the documents.</source>
        <translation>Alt, hvad denne journal har om %1 (CPR %2), lavet %3 af %4, til kommunen som dataansvarlig at udlevere. JSON-filen ved siden af har det samme i maskinlæsbar form (skema %5, version %6), med dokumenterne.</translation>
    </message>
    <message>
        <source>It answers the citizen&apos;s request (%1) received %2.</source>
        <translation>Den besvarer borgerens anmodning (%1), modtaget %2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256 (the file is in the JSON)</source>
        <translation>SHA-256 (filen er i JSON-filen)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Requests from the citizen</source>
        <translation>Anmodninger fra borgeren</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Videresendt</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Svar senest</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Begrænsninger</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Indført</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruks</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Ophævet</translation>
    </message>
    <message>
        <source>Citizen told</source>
        <translation>Borgeren fik besked</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Deleted %1 months after the course ended; due %2.</source>
        <translation>Slettes %1 måneder efter forløbets afslutning; forfalder %2.</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Tilbageholdt af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begrænsning</translation>
    </message>
    <message>
        <source>Access log: who used the information, when and why</source>
        <translation>Adgangslog: hvem brugte oplysningerne, hvornår og hvorfor</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message numerus="yes">
        <source>From this laptop and, through the provider&apos;s server, the consultant&apos;s other devices: %n device(s) in all.</source>
        <translation>
            <numerusform>Fra denne bærbare og, gennem leverandørens server, konsulentens andre enheder: %n enhed i alt.</numerusform>
            <numerusform>Fra denne bærbare og, gennem leverandørens server, konsulentens andre enheder: %n enheder i alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this laptop only: the provider&apos;s server, which holds the other devices&apos; logs, was not reached (%1). Make the package again when it can be.</source>
        <translation>Kun fra denne bærbare: leverandørens server, der har de andre enheders log, kunne ikke nås (%1). Lav pakken igen, når den kan.</translation>
    </message>
    <message>
        <source>From this laptop only: it is not connected to a server, so it is the only device.</source>
        <translation>Kun fra denne bærbare: den er ikke forbundet til en server, så den er den eneste enhed.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Hvorfor det sluttede</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Identity and contact details, with every version</source>
        <translation>Identitet og kontaktoplysninger, med alle versioner</translation>
    </message>
</context>
<context>
    <name>fortrolig::CaseView</name>
    <message>
        <source>Copy &amp;CPR</source>
        <translation>Kopiér &amp;CPR</translation>
    </message>
    <message>
        <source>Copies the full CPR number; the clipboard is cleared after 30 seconds.</source>
        <translation>Kopierer hele CPR-nummeret; udklipsholderen tømmes efter 30 sekunder.</translation>
    </message>
    <message>
        <source>Notes, newest last</source>
        <translation>Notater, nyeste sidst</translation>
    </message>
    <message>
        <source>History of the selected note</source>
        <translation>Historik for det valgte notat</translation>
    </message>
    <message>
        <source>Co&amp;rrect note</source>
        <translation>&amp;Ret notat</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsulent</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <source>&amp;Access log</source>
        <translation>&amp;Adgangslog</translation>
    </message>
    <message>
        <source>corrected (version %1)</source>
        <translation>rettet (version %1)</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Con&amp;sents</source>
        <translation>&amp;Samtykker</translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation>D&amp;el …</translation>
    </message>
    <message>
        <source>Share the selected note, if the citizen&apos;s consent allows it.</source>
        <translation>Del det valgte notat, hvis borgerens samtykke tillader det.</translation>
    </message>
    <message>
        <source>Correct &amp;details...</source>
        <translation>Ret &amp;oplysninger …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in this case were made on two computers before they synced. Both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n ændring i denne sag blev lavet på to computere, før de synkroniserede. Begge udgaver gemmes, indtil du vælger.</numerusform>
            <numerusform>%n ændringer i denne sag blev lavet på to computere, før de synkroniserede. Begge udgaver gemmes, indtil du vælger.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on two computers</source>
        <translation>ændret på to computere</translation>
    </message>
    <message>
        <source>Resol&amp;ve...</source>
        <translation>Af&amp;gør …</translation>
    </message>
    <message>
        <source>%1 (sent by %2)</source>
        <translation>%1 (sendt af %2)</translation>
    </message>
    <message>
        <source>the provider (%1)</source>
        <translation>udbyderen (%1)</translation>
    </message>
    <message>
        <source>Held by %1 until %2: %3</source>
        <translation>Tilbageholdt af %1 til %2: %3</translation>
    </message>
    <message>
        <source>Held by %1 until released: %2</source>
        <translation>Tilbageholdt af %1, til den frigives: %2</translation>
    </message>
    <message>
        <source>The case is not deleted while it is held.</source>
        <translation>Sagen slettes ikke, så længe den er tilbageholdt.</translation>
    </message>
    <message>
        <source>The course&apos;s planned end (%1) has passed, but the course has not been ended. Please end it: the retention period starts when the course ends.</source>
        <translation>Forløbets planlagte afslutning (%1) er passeret, men forløbet er ikke afsluttet. Afslut det: slettefristen regnes fra forløbets afslutning.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 everything this computer holds of the case is deleted: notes, courses, consents, drafts and attachments (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>Den %1 slettes alt, hvad denne computer har om sagen: notater, forløb, samtykker, kladder og bilag (%n måned efter forløbets afslutning).</numerusform>
            <numerusform>Den %1 slettes alt, hvad denne computer har om sagen: notater, forløb, samtykker, kladder og bilag (%n måneder efter forløbets afslutning).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>Det er om %n dag.</numerusform>
            <numerusform>Det er om %n dage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deleted while a course is open; deleted %n month(s) after the course ends.</source>
        <translation>
            <numerusform>Slettes ikke, mens et forløb er åbent; slettes %n måned efter forløbets afslutning.</numerusform>
            <numerusform>Slettes ikke, mens et forløb er åbent; slettes %n måneder efter forløbets afslutning.</numerusform>
        </translation>
    </message>
    <message>
        <source>No course has ended: the case has no deletion date yet.</source>
        <translation>Intet forløb er afsluttet: sagen har endnu ingen slettedato.</translation>
    </message>
    <message>
        <source>Retention rules from the server, received %1.</source>
        <translation>Sletteregler fra serveren, modtaget %1.</translation>
    </message>
    <message>
        <source>Retention rules from this computer&apos;s settings.</source>
        <translation>Sletteregler fra denne computers indstillinger.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Ho&amp;ld...</source>
        <translation>Tilbage&amp;hold …</translation>
    </message>
    <message>
        <source>Keep the case past its deletion date, e.g. while a complaint is in progress.</source>
        <translation>Bevar sagen efter dens slettedato, f.eks. mens en klage behandles.</translation>
    </message>
    <message>
        <source>Rel&amp;ease</source>
        <translation>&amp;Frigiv</translation>
    </message>
    <message>
        <source>End your hold: the case is deleted on its date again.</source>
        <translation>Ophæv din tilbageholdelse: sagen slettes igen på sin dato.</translation>
    </message>
    <message>
        <source>The retention rules could not be read: nothing is deleted.</source>
        <translation>Slettereglerne kunne ikke læses: intet slettes.</translation>
    </message>
    <message>
        <source>Record the day the course ended: the retention period starts then.</source>
        <translation>Registrér dagen, forløbet sluttede: slettefristen regnes fra da.</translation>
    </message>
    <message>
        <source>End co&amp;urse...</source>
        <translation>Afslut forlø&amp;b …</translation>
    </message>
    <message>
        <source>Note removed on instruction (%1), %2</source>
        <translation>Notat fjernet efter instruks (%1), %2</translation>
    </message>
    <message>
        <source>Every version of this note was removed on the controller&apos;s instruction (it was written in the wrong case). Only this line stays in the case.</source>
        <translation>Alle versioner af dette notat er fjernet efter den dataansvarliges instruks (det var skrevet i den forkerte sag). Kun denne linje bliver stående i sagen.</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the consents, with signatures and paper scans, are deleted, before the rest of the case (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>Den %1 slettes samtykkerne med underskrifter og scannede papirsamtykker, før resten af sagen (%n måned efter forløbets afslutning).</numerusform>
            <numerusform>Den %1 slettes samtykkerne med underskrifter og scannede papirsamtykker, før resten af sagen (%n måneder efter forløbets afslutning).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1 the records of what was disclosed to whom are deleted, before the rest of the case (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>Den %1 slettes registreringerne af, hvad der er videregivet til hvem, før resten af sagen (%n måned efter forløbets afslutning).</numerusform>
            <numerusform>Den %1 slettes registreringerne af, hvad der er videregivet til hvem, før resten af sagen (%n måneder efter forløbets afslutning).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consents, with signatures and paper scans, are deleted %n month(s) after the course ends, before the rest of the case.</source>
        <translation>
            <numerusform>Samtykkerne med underskrifter og scannede papirsamtykker slettes %n måned efter forløbets afslutning, før resten af sagen.</numerusform>
            <numerusform>Samtykkerne med underskrifter og scannede papirsamtykker slettes %n måneder efter forløbets afslutning, før resten af sagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records of what was disclosed to whom are deleted %n month(s) after the course ends, before the rest of the case.</source>
        <translation>
            <numerusform>Registreringerne af, hvad der er videregivet til hvem, slettes %n måned efter forløbets afslutning, før resten af sagen.</numerusform>
            <numerusform>Registreringerne af, hvad der er videregivet til hvem, slettes %n måneder efter forløbets afslutning, før resten af sagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>An&amp;modninger</translation>
    </message>
    <message>
        <source>Restricted since %1: kept as it is while the restriction is in force.</source>
        <translation>Begrænset siden %1: beholdes, som den er, så længe begrænsningen gælder.</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Hvorfor det sluttede</translation>
    </message>
    <message>
        <source>Hand over to the &amp;jobcentre...</source>
        <translation>Overdrag til &amp;jobcentret …</translation>
    </message>
    <message>
        <source>Send an ended course&apos;s closing report, reports, consents and disclosure log back to its municipality.</source>
        <translation>Send et afsluttet forløbs afslutningsrapport, rapporter, samtykker og videregivelseslog tilbage til kommunen.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overdraget</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>Handed over to the jobcentre: the files are saved where you chose. Send them through the municipality&apos;s secure channel.</source>
        <translation>Overdraget til jobcentret: filerne er gemt, hvor du valgte. Send dem gennem kommunens sikre kanal.</translation>
    </message>
    <message>
        <source>Correc&amp;t a course...</source>
        <translation>Re&amp;t et forløb …</translation>
    </message>
    <message>
        <source>Correct a course&apos;s municipality, type or dates; what it said before stays in the case&apos;s history.</source>
        <translation>Ret et forløbs kommune, type eller datoer; det, der stod før, bevares i sagens historik.</translation>
    </message>
    <message>
        <source>Correct the citizen&apos;s name or CPR number, or give or correct their address, phone or e-mail.</source>
        <translation>Ret borgerens navn eller CPR-nummer, eller angiv eller ret adresse, telefon eller e-mail.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Ne&amp;w note</source>
        <translation>N&amp;yt notat</translation>
    </message>
    <message>
        <source>Choose a citizen in the list to open the case.

Opening a case is a use of the citizen&apos;s data: it is written in the access log.</source>
        <translation>Vælg en borger i listen for at åbne sagen.

At åbne en sag er en brug af borgerens oplysninger: det skrives i adgangsloggen.</translation>
    </message>
    <message>
        <source>Up and down move between notes; Enter shows the note&apos;s history; F2 corrects it.</source>
        <translation>Pil op og ned flytter mellem notaterne; Enter viser notatets historik; F2 retter det.</translation>
    </message>
    <message>
        <source>CPR %1 · born %2</source>
        <translation>CPR %1 · født %2</translation>
    </message>
</context>
<context>
    <name>fortrolig::CaseloadModel</name>
    <message>
        <source>No course</source>
        <translation>Intet forløb</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation>Skal slettes</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Næste dato</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tilbageholdt</translation>
    </message>
    <message>
        <source>Course not ended</source>
        <translation>Forløbet er ikke afsluttet</translation>
    </message>
    <message>
        <source>Deleted today</source>
        <translation>Slettes i dag</translation>
    </message>
    <message numerus="yes">
        <source>Deleted in %n day(s)</source>
        <translation>
            <numerusform>Slettes om %n dag</numerusform>
            <numerusform>Slettes om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept past its deletion date: the case view says why.</source>
        <translation>Bevares efter sin slettedato: sagsvisningen siger hvorfor.</translation>
    </message>
    <message>
        <source>The planned end has passed: end the course in the case view.</source>
        <translation>Den planlagte afslutning er passeret: afslut forløbet i sagsvisningen.</translation>
    </message>
    <message>
        <source>The retention period ends: the case is deleted from this computer.</source>
        <translation>Slettefristen udløber: sagen slettes fra denne computer.</translation>
    </message>
    <message>
        <source>Request late</source>
        <translation>Anmodning forsinket</translation>
    </message>
    <message>
        <source>Request open</source>
        <translation>Anmodning åben</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from the citizen not yet answered: see Requests in the case view.</source>
        <translation>
            <numerusform>%n anmodning fra borgeren er endnu ikke besvaret: se Anmodninger i sagen.</numerusform>
            <numerusform>%n anmodninger fra borgeren er endnu ikke besvaret: se Anmodninger i sagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Begrænset</translation>
    </message>
    <message>
        <source>Restricted (GDPR art. 18): nothing is passed on except to the municipality, and changes need a reason. The case view says why.</source>
        <translation>Begrænset (GDPR art. 18): intet videregives undtagen til kommunen, og ændringer kræver en begrundelse. Sagen viser hvorfor.</translation>
    </message>
    <message>
        <source>Restricted, late</source>
        <translation>Begrænset, forsinket</translation>
    </message>
    <message>
        <source>A request from the citizen is late.</source>
        <translation>En anmodning fra borgeren er forsinket.</translation>
    </message>
    <message>
        <source>Not handed over, deleted today</source>
        <translation>Ikke overdraget, slettes i dag</translation>
    </message>
    <message numerus="yes">
        <source>Not handed over, deleted in %n day(s)</source>
        <translation>
            <numerusform>Ikke overdraget, slettes om %n dag</numerusform>
            <numerusform>Ikke overdraget, slettes om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period ends, and an ended course was never handed over to its municipality: hand it over from the case view before it is deleted.</source>
        <translation>Opbevaringsperioden udløber, og et afsluttet forløb er aldrig overdraget til kommunen: overdrag det fra sagsvisningen, før sagen slettes.</translation>
    </message>
</context>
<context>
    <name>fortrolig::CitizenMode</name>
    <message>
        <source>Consultant: leave citizen mode...</source>
        <translation>Konsulent: forlad borgervisning …</translation>
    </message>
    <message>
        <source>The consultant&apos;s passphrase is needed to leave citizen mode.</source>
        <translation>Konsulentens adgangsfrase skal til for at forlade borgervisningen.</translation>
    </message>
    <message>
        <source>Consultant&apos;s passphrase</source>
        <translation>Konsulentens adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Leave citizen mode</source>
        <translation>&amp;Forlad borgervisning</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Tilbage til blanketten</translation>
    </message>
    <message>
        <source>Nothing the citizen chose has been saved: leaving now discards it.</source>
        <translation>Intet af det, borgeren har valgt, er gemt: forlader du nu, kasseres det.</translation>
    </message>
    <message>
        <source>The citizen&apos;s answer is saved.</source>
        <translation>Borgerens svar er gemt.</translation>
    </message>
</context>
<context>
    <name>fortrolig::CitizenRequest</name>
    <message>
        <source>Access to their information (GDPR art. 15)</source>
        <translation>Indsigt i sine oplysninger (GDPR art. 15)</translation>
    </message>
    <message>
        <source>A copy of their information (GDPR art. 15(3))</source>
        <translation>Kopi af sine oplysninger (GDPR art. 15, stk. 3)</translation>
    </message>
    <message>
        <source>Rectification (GDPR art. 16)</source>
        <translation>Berigtigelse (GDPR art. 16)</translation>
    </message>
    <message>
        <source>Erasure (GDPR art. 17)</source>
        <translation>Sletning (GDPR art. 17)</translation>
    </message>
    <message>
        <source>Restriction of use (GDPR art. 18)</source>
        <translation>Begrænsning af brugen (GDPR art. 18)</translation>
    </message>
    <message>
        <source>Objection (GDPR art. 21)</source>
        <translation>Indsigelse (GDPR art. 21)</translation>
    </message>
    <message>
        <source>Transfer to another provider</source>
        <translation>Overførsel til en anden leverandør</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Tilbagetrækning af samtykke</translation>
    </message>
    <message>
        <source>Aktindsigt (Public Administration Act)</source>
        <translation>Aktindsigt (forvaltningsloven)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Sikker e-mail</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berigtigelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begrænsning</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Indsigelse</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overførsel</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Tilbagetrækning</translation>
    </message>
    <message>
        <source>Aktindsigt</source>
        <translation>Aktindsigt</translation>
    </message>
</context>
<context>
    <name>fortrolig::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 kræver en værdi</translation>
    </message>
    <message>
        <source>Run &apos;fortrolig-cli --help&apos; for the commands.</source>
        <translation>Kør &apos;fortrolig-cli --help&apos; for at se kommandoerne.</translation>
    </message>
    <message>
        <source>no journal in %1; run &apos;fortrolig-cli init&apos;</source>
        <translation>ingen journal i %1; kør &apos;fortrolig-cli init&apos;</translation>
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
        <source>Note: this computer has no system keychain. The journal&apos;s key is kept, sealed with your passphrase, in %1/journal.key. Anyone who copies the folder can try to guess the passphrase, so choose a long one.</source>
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
        <source>citizen show needs the citizen&apos;s id</source>
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
    <message>
        <source>consent list needs --citizen ID</source>
        <translation>consent list kræver --citizen ID</translation>
    </message>
    <message>
        <source>consent withdraw needs --consent ID (and at most one --category)</source>
        <translation>consent withdraw kræver --consent ID (og højst én --category)</translation>
    </message>
    <message>
        <source>Withdrawn. It takes effect now.</source>
        <translation>Trukket tilbage. Det gælder fra nu.</translation>
    </message>
    <message>
        <source>cannot read the scanned form: %1</source>
        <translation>kan ikke læse den indscannede blanket: %1</translation>
    </message>
    <message>
        <source>unknown command: consent %1</source>
        <translation>ukendt kommando: consent %1</translation>
    </message>
    <message>
        <source>template rejected: %1</source>
        <translation>skabelon afvist: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by your provider. The journal and its key have been deleted from this computer.</source>
        <translation>Udbyderen har tilbagekaldt denne computers adgang. Journalen og dens nøgle er slettet fra computeren.</translation>
    </message>
    <message>
        <source>enroll needs a fortrolig:// link, or --server, --code and --pin (%1)</source>
        <translation>enroll skal have et fortrolig://-link eller --server, --code og --pin (%1)</translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2. Now log in: fortrolig-cli login</source>
        <translation>Tilmeldt %1 som %2. Log nu ind: fortrolig-cli login</translation>
    </message>
    <message>
        <source>not enrolled; run &apos;fortrolig-cli enroll&apos;</source>
        <translation>ikke tilmeldt; kør &apos;fortrolig-cli enroll&apos;</translation>
    </message>
    <message>
        <source>Server passphrase for %1: </source>
        <translation>Serverens adgangsfrase for %1: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Engangskode: </translation>
    </message>
    <message>
        <source>login needs the server passphrase and the one-time code</source>
        <translation>login skal have serverens adgangsfrase og engangskoden</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Logget ind.</translation>
    </message>
    <message>
        <source>unknown command: sync %1</source>
        <translation>ukendt kommando: sync %1</translation>
    </message>
    <message>
        <source>not logged in; run &apos;fortrolig-cli login&apos;</source>
        <translation>ikke logget ind; kør &apos;fortrolig-cli login&apos;</translation>
    </message>
    <message>
        <source>In sync.</source>
        <translation>Synkroniseret.</translation>
    </message>
    <message numerus="yes">
        <source>Not fully in sync: %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Ikke helt synkroniseret: %n ændring venter på at blive sendt.</numerusform>
            <numerusform>Ikke helt synkroniseret: %n ændringer venter på at blive sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s): fortrolig-cli sync problems</source>
        <translation>
            <numerusform>%n synkroniseringsproblem: fortrolig-cli sync problems</numerusform>
            <numerusform>%n synkroniseringsproblemer: fortrolig-cli sync problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: fortrolig-cli conflict list</source>
        <translation>
            <numerusform>%n konflikt at afgøre: fortrolig-cli conflict list</numerusform>
            <numerusform>%n konflikter at afgøre: fortrolig-cli conflict list</numerusform>
        </translation>
    </message>
    <message>
        <source>state: %1
server: %2
user: %3
waiting to be sent: %4
problems: %5
conflicts: %6
last sync: %7</source>
        <translation>tilstand: %1
server: %2
bruger: %3
venter på at blive sendt: %4
problemer: %5
konflikter: %6
sidst synkroniseret: %7</translation>
    </message>
    <message>
        <source>give the problem&apos;s number</source>
        <translation>angiv problemets nummer</translation>
    </message>
    <message>
        <source>The change will be sent again at the next sync.</source>
        <translation>Ændringen sendes igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Fjernet fra listen.</translation>
    </message>
    <message>
        <source>conflict resolve needs the conflict&apos;s number and --value</source>
        <translation>conflict resolve skal have konfliktens nummer og --value</translation>
    </message>
    <message>
        <source>Resolved; the other versions stay in the history.</source>
        <translation>Afgjort; de andre udgaver bliver i historikken.</translation>
    </message>
    <message>
        <source>unknown command: conflict %1</source>
        <translation>ukendt kommando: conflict %1</translation>
    </message>
    <message>
        <source>sync problems --save needs the problem&apos;s number and --to FILE</source>
        <translation>sync problems --save skal have problemets nummer og --to FIL</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>To rescue what can be read: fortrolig-cli recover --to NEW-FOLDER</source>
        <translation>Sådan redder du det, der kan læses: fortrolig-cli recover --to NY-MAPPE</translation>
    </message>
    <message>
        <source>recover needs --to FOLDER: a new folder for the recovered journal</source>
        <translation>recover kræver --to MAPPE: en ny mappe til den reddede journal</translation>
    </message>
    <message>
        <source>no journal in %1</source>
        <translation>ingen journal i %1</translation>
    </message>
    <message>
        <source>The journal&apos;s table of contents cannot be read, so nothing can be recovered from it. Remove it, connect this computer to the server again and sync, and tell your IT administrator.</source>
        <translation>Journalens indholdsfortegnelse kan ikke læses, så intet kan reddes fra den. Fjern den, forbind computeren til serveren igen og synkronisér, og kontakt din it-administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered into %1: %n row(s) copied.</source>
        <translation>
            <numerusform>Reddet til %1: %n række kopieret.</numerusform>
            <numerusform>Reddet til %1: %n rækker kopieret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation>Alt kunne læses.</translation>
    </message>
    <message>
        <source>Could not be read (table: internal row numbers): %1</source>
        <translation>Kunne ikke læses (tabel: interne rækkenumre): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the server are kept and are sent at the next sync.</source>
        <translation>
            <numerusform>%n ændring, der endnu ikke er sendt til serveren, er bevaret og sendes ved næste synkronisering.</numerusform>
            <numerusform>%n ændringer, der endnu ikke er sendt til serveren, er bevaret og sendes ved næste synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the recovered journal with --journal %1 (or move it into place). The damaged journal in %2 was not changed: remove it when it is no longer needed.</source>
        <translation>Brug den reddede journal med --journal %1 (eller flyt den på plads). Den beskadigede journal i %2 er ikke ændret: fjern den, når den ikke længere skal bruges.</translation>
    </message>
    <message>
        <source>--recipient is missing: write --recipient KIND or KIND:NAME, where KIND is one of: %1.</source>
        <translation>--recipient mangler: skriv --recipient TYPE eller TYPE:NAVN, hvor TYPE er en af: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient. Write one of: %2.</source>
        <translation>&quot;%1&quot; er ikke en modtager. Skriv en af: %2.</translation>
    </message>
    <message>
        <source>%1 needs a name: write --recipient %1:NAME</source>
        <translation>%1 skal have et navn: skriv --recipient %1:NAVN</translation>
    </message>
    <message>
        <source>--category is missing: write --category CAT, one or more of: %1.</source>
        <translation>--category mangler: skriv --category KAT, en eller flere af: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Write one or more of: %2.</source>
        <translation>&quot;%1&quot; er ikke en kategori. Skriv en eller flere af: %2.</translation>
    </message>
    <message>
        <source>consent %1 needs --citizen ID</source>
        <translation>consent %1 kræver --citizen ID</translation>
    </message>
    <message>
        <source>consent receipt needs --consent ID and --to FILE.pdf</source>
        <translation>consent receipt kræver --consent ID og --to FIL.pdf</translation>
    </message>
    <message>
        <source>--withdrawal must be a number from 1 (the first) or &apos;latest&apos;</source>
        <translation>--withdrawal skal være et tal fra 1 (den første) eller &apos;latest&apos;</translation>
    </message>
    <message numerus="yes">
        <source>this consent has %n withdrawal(s)</source>
        <translation>
            <numerusform>dette samtykke har %n tilbagetrækning</numerusform>
            <numerusform>dette samtykke har %n tilbagetrækninger</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <source>Receipt saved in %1.</source>
        <translation>Kvitteringen er gemt i %1.</translation>
    </message>
    <message>
        <source>unknown command: consultant %1</source>
        <translation>ukendt kommando: consultant %1</translation>
    </message>
    <message>
        <source>No name is set: receipts show the user name %1.</source>
        <translation>Intet navn er sat: kvitteringer viser brugernavnet %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were on a page that could not be read: what they made is kept on this computer, but they cannot be sent. Enter them again if your colleagues or the municipality need them.</source>
        <translation>
            <numerusform>%n ændring, der endnu ikke var sendt, lå på en side, der ikke kunne læses: det, den lavede, er bevaret på denne computer, men den kan ikke sendes. Skriv den igen, hvis dine kolleger eller kommunen skal have den.</numerusform>
            <numerusform>%n ændringer, der endnu ikke var sendt, lå på en side, der ikke kunne læses: det, de lavede, er bevaret på denne computer, men de kan ikke sendes. Skriv dem igen, hvis dine kolleger eller kommunen skal have dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option %2</source>
        <translation>&apos;%1&apos; har ikke tilvalget %2</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>ukendt tilvalg: %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 tager ingen værdi</translation>
    </message>
    <message>
        <source>%1 can be given only once</source>
        <translation>%1 må kun angives én gang</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 kræver %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &quot;%2&quot; (a value with spaces goes in quotes)</source>
        <translation>&apos;%1&apos; tager ikke &quot;%2&quot; (en værdi med mellemrum skal stå i anførselstegn)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules from the server, received %1:
</source>
        <translation>Regler fra serveren, modtaget %1:
</translation>
    </message>
    <message>
        <source>Rules from this computer&apos;s settings:
</source>
        <translation>Regler fra denne computers indstillinger:
</translation>
    </message>
    <message numerus="yes">
        <source>  (none: cases are deleted %n month(s) after the course ended)
</source>
        <translation>
            <numerusform>  (ingen: sager slettes %n måned efter forløbets afslutning)
</numerusform>
            <numerusform>  (ingen: sager slettes %n måneder efter forløbets afslutning)
</numerusform>
        </translation>
    </message>
    <message>
        <source>(every municipality)</source>
        <translation>(alle kommuner)</translation>
    </message>
    <message>
        <source>Due for deletion today: %1; held past their due date: %2.
</source>
        <translation>Skal slettes i dag: %1; tilbageholdt efter slettedatoen: %2.
</translation>
    </message>
    <message>
        <source>unknown command: retention %1</source>
        <translation>ukendt kommando: retention %1</translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n case(s) (nothing is deleted in a dry run):
</source>
        <translation>
            <numerusform>Ville slette %n sag (intet slettes i en prøvekørsel):
</numerusform>
            <numerusform>Ville slette %n sager (intet slettes i en prøvekørsel):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s):
</source>
        <translation>
            <numerusform>Slettede %n sag:
</numerusform>
            <numerusform>Slettede %n sager:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n sag, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
            <numerusform>%n sager, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>  note remove CITIZEN NOTE --reference REF  (a note written in the wrong case, on the
             controller&apos;s instruction: every version goes, a stub stays; a journal
             that syncs: on the server, fortrolig-server note remove)
</source>
        <translation>  note remove BORGER NOTAT --reference REF  (et notat skrevet i den forkerte sag, efter
             den dataansvarliges instruks: alle versioner slettes, en linje bliver
             stående; en journal der synkroniserer: på serveren, fortrolig-server note remove)
</translation>
    </message>
    <message>
        <source>removed on instruction %1, %2</source>
        <translation>fjernet efter instruks %1, %2</translation>
    </message>
    <message>
        <source>note remove needs the citizen&apos;s id and the note&apos;s id (citizen show lists them)</source>
        <translation>note remove skal have borgerens id og notatets id (citizen show viser dem)</translation>
    </message>
    <message>
        <source>--reference: 1 to 64 letters, digits, spaces and . _ / : -, and not a CPR number</source>
        <translation>--reference: 1 til 64 bogstaver, cifre, mellemrum og . _ / : -, og ikke et CPR-nummer</translation>
    </message>
    <message>
        <source>This journal syncs with a server: the note is removed there, so that the removal reaches every copy. Ask the administrator to run:
  fortrolig-server note remove %1 %2 --reference %3</source>
        <translation>Denne journal synkroniserer med en server: notatet fjernes dér, så fjernelsen når alle kopier. Bed administratoren om at køre:
  fortrolig-server note remove %1 %2 --reference %3</translation>
    </message>
    <message>
        <source>Removed note %1 from case %2 on instruction %3: every version is deleted, a stub is left in its place.</source>
        <translation>Notat %1 er fjernet fra sag %2 efter instruks %3: alle versioner er slettet, en linje står i stedet.</translation>
    </message>
    <message>
        <source>Note %1 was removed from case %2 already; the stub (instruction %3) stays.</source>
        <translation>Notat %1 var allerede fjernet fra sag %2; linjen (instruks %3) bliver stående.</translation>
    </message>
    <message>
        <source>                          (also the consents and the disclosure records of a case
                          whose own, shorter period has ended)
</source>
        <translation>                          (også samtykkerne og videregivelserne i en sag,
                          hvis egen, kortere frist er udløbet)
</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>In force where a municipality has no rule of its own:
</source>
        <translation>Gælder, hvor en kommune ikke har sin egen regel:
</translation>
    </message>
    <message>
        <source> (with the case)</source>
        <translation> (sammen med sagen)</translation>
    </message>
    <message>
        <source>Parts of cases due for deletion before the rest: %1.
</source>
        <translation>Dele af sager, der skal slettes før resten: %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n part(s) of cases that stay (consents, disclosure records):
</source>
        <translation>
            <numerusform>Ville slette %n del af sager, der bliver (samtykker, videregivelser):
</numerusform>
            <numerusform>Ville slette %n dele af sager, der bliver (samtykker, videregivelser):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n part(s) of cases that stay (consents, disclosure records):
</source>
        <translation>
            <numerusform>Slettede %n del af sager, der bliver (samtykker, videregivelser):
</numerusform>
            <numerusform>Slettede %n dele af sager, der bliver (samtykker, videregivelser):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of cases (consents, disclosure records) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n del af sager (samtykker, videregivelser), hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
            <numerusform>%n dele af sager (samtykker, videregivelser), hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>--direction is tell or obtain</source>
        <translation>--direction er tell eller obtain</translation>
    </message>
    <message>
        <source>--direction is tell or obtain, with --recipient</source>
        <translation>--direction er tell eller obtain, sammen med --recipient</translation>
    </message>
    <message>
        <source>consent record-paper needs --citizen, --course, --signer, --scan and at least one --grant or --obtain KIND[:NAME]=CAT,...</source>
        <translation>consent record-paper kræver --citizen, --course, --signer, --scan og mindst én --grant eller --obtain TYPE[:NAVN]=KAT, …</translation>
    </message>
    <message>
        <source>--via must be one of: %1</source>
        <translation>--via skal være en af: %1</translation>
    </message>
    <message>
        <source>--sent takes a time, YYYY-MM-DDTHH:MM</source>
        <translation>--sent skal have et tidspunkt, ÅÅÅÅ-MM-DDTTT:MM</translation>
    </message>
    <message>
        <source>Forwarded to the municipality.</source>
        <translation>Videresendt til kommunen.</translation>
    </message>
    <message>
        <source>The time to answer is extended to %1.</source>
        <translation>Svarfristen er forlænget til %1.</translation>
    </message>
    <message>
        <source>The request is answered.</source>
        <translation>Anmodningen er besvaret.</translation>
    </message>
    <message>
        <source>unknown command: request %1</source>
        <translation>ukendt kommando: request %1</translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation>--kind skal være en af: %1</translation>
    </message>
    <message>
        <source>--channel must be one of: %1</source>
        <translation>--channel skal være en af: %1</translation>
    </message>
    <message>
        <source>--received takes a time, YYYY-MM-DDTHH:MM</source>
        <translation>--received skal have et tidspunkt, ÅÅÅÅ-MM-DDTTT:MM</translation>
    </message>
    <message>
        <source>Forward it to the municipality by %1; the answer is due by %2.</source>
        <translation>Videresend den til kommunen senest %1; svaret skal foreligge senest %2.</translation>
    </message>
    <message>
        <source>not forwarded in time</source>
        <translation>ikke videresendt i tide</translation>
    </message>
    <message>
        <source>answer overdue</source>
        <translation>svarfrist overskredet</translation>
    </message>
    <message>
        <source>forward by %1</source>
        <translation>videresend senest %1</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>svar senest %1</translation>
    </message>
    <message>
        <source>%1 is not in the register of municipalities: the letter needs its address (fortrolig-server municipality add, then sync)</source>
        <translation>%1 er ikke i registret over kommuner: brevet skal bruge kommunens adresse (fortrolig-server municipality add, og synkronisér så)</translation>
    </message>
    <message>
        <source>--language must be one of: %1</source>
        <translation>--language skal være en af: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skrevet: %1</translation>
    </message>
    <message>
        <source>The case is restricted: a change needs --change-reason TEXT (why it must change: the citizen&apos;s consent, a legal claim, another person&apos;s rights).</source>
        <translation>Sagen er begrænset: en ændring kræver --change-reason TEKST (hvorfor den skal ændres: borgerens samtykke, et retskrav, en anden persons rettigheder).</translation>
    </message>
    <message>
        <source>on instruction: %1</source>
        <translation>på instruks: %1</translation>
    </message>
    <message>
        <source>on request %1</source>
        <translation>på anmodning %1</translation>
    </message>
    <message>
        <source>%1	IN FORCE since %2, %3</source>
        <translation>%1	GÆLDER siden %2, %3</translation>
    </message>
    <message>
        <source>%1	lifted %2 (citizen told %3 by %4: %5), set %6, %7</source>
        <translation>%1	ophævet %2 (borgeren fik besked %3 via %4: %5), indført %6, %7</translation>
    </message>
    <message>
        <source>case restrict needs --request ID (a restriction or objection request) or --instruction TEXT (the municipality&apos;s), one of the two</source>
        <translation>case restrict kræver --request ID (en anmodning om begrænsning eller indsigelse) eller --instruction TEKST (kommunens), den ene af de to</translation>
    </message>
    <message>
        <source>The case is restricted (%1): only the municipality that referred the citizen is told anything, and changes need a reason.</source>
        <translation>Sagen er begrænset (%1): kun kommunen, der henviste borgeren, får noget at vide, og ændringer kræver en begrundelse.</translation>
    </message>
    <message>
        <source>--told-how must be one of: %1</source>
        <translation>--told-how skal være en af: %1</translation>
    </message>
    <message>
        <source>--told takes a time, YYYY-MM-DDTHH:MM</source>
        <translation>--told tager et tidspunkt, ÅÅÅÅ-MM-DDTTT:MM</translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation>Begrænsningen er ophævet.</translation>
    </message>
    <message>
        <source>No restrictions.</source>
        <translation>Ingen begrænsninger.</translation>
    </message>
    <message>
        <source>unknown command: case %1</source>
        <translation>ukendt kommando: case %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) may tell about someone other than the citizen: review them before release (&quot;review&quot; in the JSON).</source>
        <translation>
            <numerusform>%n del kan fortælle om andre end borgeren: gennemgå den før udlevering (&quot;review&quot; i JSON-filen).</numerusform>
            <numerusform>%n dele kan fortælle om andre end borgeren: gennemgå dem før udlevering (&quot;review&quot; i JSON-filen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log includes %n use(s) on the consultant&apos;s other devices, from the server.</source>
        <translation>
            <numerusform>Adgangsloggen omfatter %n brug på konsulentens andre enheder, fra serveren.</numerusform>
            <numerusform>Adgangsloggen omfatter %n brug på konsulentens andre enheder, fra serveren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log is this laptop&apos;s only: the server was not asked (%1).</source>
        <translation>Adgangsloggen er kun denne bærbares: serveren blev ikke spurgt (%1).</translation>
    </message>
    <message>
        <source>--end-reason must be one of: %1</source>
        <translation>--end-reason skal være en af: %1</translation>
    </message>
    <message>
        <source>--sent-to ADDRESS is needed: the register has no secure address for %1</source>
        <translation>--sent-to ADRESSE skal angives: registret har ingen sikker adresse for %1</translation>
    </message>
    <message>
        <source>Handed over to %1 (%2): %3</source>
        <translation>Overdraget til %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) may tell about someone other than the citizen or belong to another course (&quot;review&quot; in the JSON).</source>
        <translation>
            <numerusform>%n del kan handle om en anden end borgeren eller høre til et andet forløb (&quot;review&quot; i JSON-filen).</numerusform>
            <numerusform>%n dele kan handle om en anden end borgeren eller høre til et andet forløb (&quot;review&quot; i JSON-filen).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>kan ikke læse %1</translation>
    </message>
    <message>
        <source>%1 is not a hand-over package (schema %2, version %3)</source>
        <translation>%1 er ikke en overdragelsespakke (skema %2, version %3)</translation>
    </message>
    <message>
        <source>--field must be one of: %1</source>
        <translation>--field skal være en af: %1</translation>
    </message>
    <message>
        <source>Course corrected.</source>
        <translation>Forløbet er rettet.</translation>
    </message>
    <message>
        <source>the citizen has more than one running course: say which the note belongs to with --course ID</source>
        <translation>borgeren har mere end ét igangværende forløb: angiv med --course ID, hvilket notatet hører til</translation>
    </message>
    <message>
        <source>Usage: fortrolig-cli [--journal DIR] [--json] COMMAND
       fortrolig-cli --help | --version

Commands:
  init [--consultant NAME] [--kdf interactive|moderate|sensitive]
       [--key-store keychain|file]
  passphrase change [--kdf interactive|moderate|sensitive]
  verify
  recover --to FOLDER
  citizen add --name NAME --cpr CPR
  citizen list
  citizen show ID [--reason TEXT]
  citizen find --cpr CPR --reason TEXT
  course add --citizen ID --municipality NAME --type TYPE --start YYYY-MM-DD
             [--referral YYYY-MM-DD] [--planned-end YYYY-MM-DD]
  course end --course ID --date YYYY-MM-DD --end-reason WHY   (WHY: job education
             continued-benefit interrupted other)
  course correct --course ID --field FIELD --value VALUE   (FIELD: municipality
             courseType referralDate startDate plannedEnd; dates YYYY-MM-DD; an
             empty VALUE clears the referral date or the planned end)
  course hand-over --course ID --to FILE.json [--pdf FILE.pdf] --channel HOW
             [--sent-to ADDRESS] [--received-by NAME]   (an ended course&apos;s hand-over
             package to its municipality; HOW: secure-mail digital-post letter
             in-person; ADDRESS: the register&apos;s secure address if not given)
  package pdf FILE.json --to FILE.pdf   (a hand-over package&apos;s PDF/A to read, e.g.
             of those fortrolig-server municipality offboard returns; no journal)
  note add --citizen ID --text TEXT [--kind note|action-plan|status-report|
             supplementary-statement|closing-report] [--course ID]
             (supplementary-statement: the citizen&apos;s own words, art. 16;
             closing-report: at the course&apos;s end; the note belongs to the running
             course, else the one that ended last: --course names another, --course &quot;&quot;
             none; with more than one running course --course is needed)
  note correct --note ID --text TEXT [--replaces VERSION]
  note history --note ID
  search TEXT
  log [--citizen ID]
  consent templates [--templates DIR]
  consent list --citizen ID
  consent check --citizen ID --recipient KIND[:NAME] --category CAT...
             [--direction tell|obtain]  (obtain: may we get it from them?)
  consent withdraw --consent ID [--recipient KIND[:NAME] [--category CAT]]
             [--direction tell|obtain]  (without: both directions)
  consent record-paper --citizen ID --course ID --scan FILE --signer NAME
             --grant KIND[:NAME]=CAT,CAT...[=PURPOSE] [--grant ...] (may tell them)
             --obtain KIND[:NAME]=CAT,CAT...[=PURPOSE] [--obtain ...] (may get from
             them; at least one --grant or --obtain) [--valid-until YYYY-MM-DD]
             [--place PLACE] [--language LANG] [--guardian]  (--guardian: signed by
             the holder of parental responsibility)
  consent disclose --citizen ID --recipient KIND[:NAME] --category CAT... --what TEXT
  consent obtained --citizen ID --recipient KIND[:NAME] --category CAT... --what TEXT
             (information received from them: the consent must allow obtaining it)
  consent receipt --consent ID --to FILE.pdf [--withdrawal N|latest]
             [--templates DIR]   (the citizen&apos;s copy, as the window makes it)
  consultant name [NAME]  (the name receipts show; without NAME: print it)
  citizen correct ID --field name|cpr|address|phone|email --value VALUE
             [--replaces VERSION,...]   (address, phone, email: the contact details,
             versioned like the name; --value &quot;&quot; clears one)
  enroll LINK | enroll --server https://HOST:PORT --code CODE --pin sha256/...
         [--device-name NAME]
  login [--totp CODE]     (server passphrase: FORTROLIG_SERVER_PASSPHRASE or asked)
  sync                    (exit 0 only when fully in sync)
  sync status | sync problems [--dismiss N | --retry N | --save N --to FILE]
  conflict list [--citizen ID] | conflict resolve N --value TEXT [--replaces V,...]
  (--replaces: the versions you read, from note history or conflict list; one that
   arrived since stays beside yours, as a conflict, instead of being replaced)
  retention show          (the rules in force, where from, and what is due)
  retention run [--dry-run]  (delete the cases whose retention period has ended;
                          --dry-run: list their internal ids and due dates only)
</source>
        <translation>Brug: fortrolig-cli [--journal MAPPE] [--json] KOMMANDO
       fortrolig-cli --help | --version

Kommandoer:
  init [--consultant NAVN] [--kdf interactive|moderate|sensitive]
       [--key-store keychain|file]
  passphrase change [--kdf interactive|moderate|sensitive]
  verify
  recover --to MAPPE
  citizen add --name NAVN --cpr CPR
  citizen list
  citizen show ID [--reason TEKST]
  citizen find --cpr CPR --reason TEKST
  course add --citizen ID --municipality NAVN --type TYPE --start ÅÅÅÅ-MM-DD
             [--referral ÅÅÅÅ-MM-DD] [--planned-end ÅÅÅÅ-MM-DD]
  course end --course ID --date ÅÅÅÅ-MM-DD --end-reason GRUND   (GRUND: job education
             continued-benefit interrupted other)
  course correct --course ID --field FELT --value VÆRDI   (FELT: municipality
             courseType referralDate startDate plannedEnd; datoer ÅÅÅÅ-MM-DD; en
             tom VÆRDI fjerner henvisningsdatoen eller den planlagte slutdato)
  course hand-over --course ID --to FIL.json [--pdf FIL.pdf] --channel HVORDAN
             [--sent-to ADRESSE] [--received-by NAVN]   (et afsluttet forløbs
             overdragelsespakke til kommunen; HVORDAN: secure-mail digital-post letter
             in-person; ADRESSE: registrets sikre adresse, hvis ikke angivet)
  package pdf FIL.json --to FIL.pdf   (en overdragelsespakkes PDF/A til læsning, fx
             af dem, fortrolig-server municipality offboard tilbageleverer; ingen journal)
  note add --citizen ID --text TEKST [--kind note|action-plan|status-report|
             supplementary-statement|closing-report] [--course ID]
             (supplementary-statement: borgerens egne ord, art. 16;
             closing-report: ved forløbets afslutning; notatet hører til det
             igangværende forløb, ellers det sidst afsluttede: --course angiver et andet,
             --course &quot;&quot; intet; med mere end ét igangværende forløb skal --course angives)
  note correct --note ID --text TEKST [--replaces UDGAVE]
  note history --note ID
  search TEKST
  log [--citizen ID]
  consent templates [--templates MAPPE]
  consent list --citizen ID
  consent check --citizen ID --recipient TYPE[:NAVN] --category KAT...
             [--direction tell|obtain]  (obtain: må vi få det fra dem?)
  consent withdraw --consent ID [--recipient TYPE[:NAVN] [--category KAT]]
             [--direction tell|obtain]  (uden: begge veje)
  consent record-paper --citizen ID --course ID --scan FIL --signer NAVN
             --grant TYPE[:NAVN]=KAT,KAT...[=FORMÅL] [--grant ...] (må fortælle dem)
             --obtain TYPE[:NAVN]=KAT,KAT...[=FORMÅL] [--obtain ...] (må få fra dem;
             mindst én --grant eller --obtain) [--valid-until ÅÅÅÅ-MM-DD]
             [--place STED] [--language SPROG] [--guardian]  (--guardian: underskrevet
             af indehaveren af forældremyndigheden)
  consent disclose --citizen ID --recipient TYPE[:NAVN] --category KAT... --what TEKST
  consent obtained --citizen ID --recipient TYPE[:NAVN] --category KAT... --what TEKST
             (oplysninger modtaget fra dem: samtykket skal tillade at hente dem)
  consent receipt --consent ID --to FIL.pdf [--withdrawal N|latest]
             [--templates MAPPE]   (borgerens kopi, som vinduet laver den)
  consultant name [NAVN]  (navnet på kvitteringer; uden NAVN: vis det)
  citizen correct ID --field name|cpr|address|phone|email --value VÆRDI
             [--replaces UDGAVE,...]   (address, phone, email: kontaktoplysningerne,
             med versioner som navnet; --value &quot;&quot; fjerner en)
  enroll LINK | enroll --server https://VÆRT:PORT --code KODE --pin sha256/...
         [--device-name NAVN]
  login [--totp KODE]     (serverens adgangsfrase: FORTROLIG_SERVER_PASSPHRASE eller spørges)
  sync                    (slutkode 0 kun når alt er synkroniseret)
  sync status | sync problems [--dismiss N | --retry N | --save N --to FIL]
  conflict list [--citizen ID] | conflict resolve N --value TEKST [--replaces U,...]
  (--replaces: de udgaver, du har læst, fra note history eller conflict list; en udgave,
   der er kommet siden, bliver stående ved siden af din, som en konflikt, i stedet for at
   blive erstattet)
  retention show          (reglerne, der gælder, hvor de kommer fra, og hvad der skal slettes)
  retention run [--dry-run]  (slet de sager, hvis slettefrist er udløbet;
                          --dry-run: vis kun deres interne id&apos;er og slettedatoer)
</translation>
    </message>
    <message>
        <source>citizen correct needs the id, --field name|cpr|address|phone|email and --value</source>
        <translation>citizen correct skal have id, --field name|cpr|address|phone|email og --value</translation>
    </message>
    <message>
        <source>  request add --citizen ID --kind KIND --channel CHANNEL [--received YYYY-MM-DDTHH:MM]
             [--text TEXT]   (a request from the citizen; KIND: access copy
             rectification erasure restriction objection transfer withdrawal
             aktindsigt complaint; CHANNEL: in-person phone letter email digital-post)
  request list [--citizen ID]   (with the deadlines: forward by, answer by)
  request forward ID --to ADDRESS --via secure-mail|digital-post|letter|in-person
             [--sent YYYY-MM-DDTHH:MM]
  request extend ID --until YYYY-MM-DD --decided YYYY-MM-DD --told YYYY-MM-DD
             (the municipality extended the time to answer; the citizen was told)
  request answer ID [--date YYYY-MM-DD] [--outcome TEXT]
  request receipt ID --to FILE.pdf --provider NAME [--contact PHONE-OR-EMAIL]
             [--language da|en]   (the citizen&apos;s receipt, in their language)
  request letter ID --to FILE.pdf --provider NAME   (passes the request on to the
             municipality, at the address in the register; it names the citizen)
  request package ID --to FILE.json [--pdf FILE.pdf] [--no-server]   (the
             access package: all the journal holds of the citizen, for the
             municipality to release; with the uses on the consultant&apos;s other
             devices, from the server, unless --no-server)
  case restrict CITIZEN --request ID | --instruction TEXT   (restriction, art. 18:
             on a restriction or objection request, or the municipality&apos;s
             instruction; only the municipality is told anything, changes need
             --change-reason TEXT)
  case lift RESTRICTION --reason TEXT --told-how CHANNEL [--told YYYY-MM-DDTHH:MM]
             (the citizen was told it would be lifted: when, and how)
  case lift-notice CITIZEN --lift-on YYYY-MM-DD --reason TEXT --to FILE.pdf
             --provider NAME [--contact TEXT] [--language da|en]   (the paper
             telling the citizen the restriction in force will be lifted, not before
             --lift-on; then case lift --told-how letter)
  case restrictions CITIZEN   (in force and lifted)
Recipients: jobcentre internship doctor psychologist akasse union relative other;
categories: ordinary cpr health criminal economy relatives.

The passphrase is read from FORTROLIG_PASSPHRASE when set, otherwise asked for
without echo (FORTROLIG_NEW_PASSPHRASE for the new one in &apos;passphrase change&apos;).
Exit codes: 0 success, 1 failure, 2 usage, 3 refused (wrong passphrase, locked
out), 4 the journal is damaged or not encrypted.
</source>
        <translation>  request add --citizen ID --kind ART --channel KANAL [--received ÅÅÅÅ-MM-DDTTT:MM]
             [--text TEKST]   (en anmodning fra borgeren; ART: access copy
             rectification erasure restriction objection transfer withdrawal
             aktindsigt complaint; KANAL: in-person phone letter email digital-post)
  request list [--citizen ID]   (med fristerne: videresend senest, svar senest)
  request forward ID --to ADRESSE --via secure-mail|digital-post|letter|in-person
             [--sent ÅÅÅÅ-MM-DDTTT:MM]
  request extend ID --until ÅÅÅÅ-MM-DD --decided ÅÅÅÅ-MM-DD --told ÅÅÅÅ-MM-DD
             (kommunen har forlænget svarfristen; borgeren har fået besked)
  request answer ID [--date ÅÅÅÅ-MM-DD] [--outcome TEKST]
  request receipt ID --to FIL.pdf --provider NAVN [--contact TELEFON-ELLER-E-MAIL]
             [--language da|en]   (borgerens kvittering, på borgerens sprog)
  request letter ID --to FIL.pdf --provider NAVN   (sender anmodningen videre til
             kommunen, til adressen i registret; brevet nævner borgeren)
  request package ID --to FIL.json [--pdf FIL.pdf] [--no-server]   (adgangspakken:
             alt, hvad journalen har om borgeren, til kommunen at udlevere; med
             brugen på konsulentens andre enheder, fra serveren, medmindre --no-server)
  case restrict BORGER --request ID | --instruction TEKST   (begrænsning, art. 18:
             på en anmodning om begrænsning eller indsigelse, eller kommunens
             instruks; kun kommunen får noget at vide, ændringer kræver
             --change-reason TEKST)
  case lift BEGRÆNSNING --reason TEKST --told-how KANAL [--told ÅÅÅÅ-MM-DDTTT:MM]
             (borgeren har fået besked om, at den ophæves: hvornår og hvordan)
  case lift-notice BORGER --lift-on ÅÅÅÅ-MM-DD --reason TEKST --to FIL.pdf
             --provider NAVN [--contact TEKST] [--language da|en]   (brevet, der
             fortæller borgeren, at begrænsningen ophæves, tidligst --lift-on;
             derefter case lift --told-how letter)
  case restrictions BORGER   (gældende og ophævede)
Modtagere: jobcentre internship doctor psychologist akasse union relative other;
kategorier: ordinary cpr health criminal economy relatives.

Adgangsfrasen læses fra FORTROLIG_PASSPHRASE, hvis den er sat, ellers spørges der
uden at vise den (FORTROLIG_NEW_PASSPHRASE for den nye i &apos;passphrase change&apos;).
Slutkoder: 0 lykkedes, 1 fejl, 2 forkert brug, 3 afvist (forkert adgangsfrase,
spærret), 4 journalen er beskadiget eller ikke krypteret.
</translation>
    </message>
    <message>
        <source>--lift-on takes a day from today on, YYYY-MM-DD: the citizen is told before it is lifted</source>
        <translation>--lift-on skal have en dag fra i dag og frem, ÅÅÅÅ-MM-DD: borgeren får besked, før den ophæves</translation>
    </message>
    <message>
        <source>the notice needs a --reason, and --language one of: %1</source>
        <translation>meddelelsen skal have en --reason, og --language skal være en af: %1</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConflictDialog</name>
    <message>
        <source>Changed on two computers</source>
        <translation>Ændret på to computere</translation>
    </message>
    <message>
        <source>This note was corrected on two computers before they synced. Keep one text, or join them below. The other versions stay in the note&apos;s history.</source>
        <translation>Notatet blev rettet på to computere, før de synkroniserede. Behold én tekst, eller sæt dem sammen nedenfor. De andre udgaver bliver i notatets historik.</translation>
    </message>
    <message>
        <source>%1 was changed on two computers before they synced. Choose the right value. The other stays in the history.</source>
        <translation>%1 blev ændret på to computere, før de synkroniserede. Vælg den rigtige værdi. Den anden bliver i historikken.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Version by %1 at %2</source>
        <translation>Udgave af %1, %2</translation>
    </message>
    <message>
        <source>The note&apos;s text from now on</source>
        <translation>Notatets tekst fremover</translation>
    </message>
    <message>
        <source>The value from now on</source>
        <translation>Værdien fremover</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>&amp;Behold denne</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Navnet</translation>
    </message>
    <message>
        <source>The CPR number</source>
        <translation>CPR-nummeret</translation>
    </message>
    <message>
        <source>The course&apos;s end date</source>
        <translation>Forløbets slutdato</translation>
    </message>
    <message>
        <source>The course&apos;s municipality</source>
        <translation>Forløbets kommune</translation>
    </message>
    <message>
        <source>The course&apos;s type</source>
        <translation>Forløbets type</translation>
    </message>
    <message>
        <source>The course&apos;s referral date</source>
        <translation>Forløbets henvisningsdato</translation>
    </message>
    <message>
        <source>The course&apos;s start</source>
        <translation>Forløbets start</translation>
    </message>
    <message>
        <source>The course&apos;s planned end</source>
        <translation>Forløbets planlagte slut</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Telefonnummeret</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-mailadressen</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentLabels</name>
    <message>
        <source>The referring jobcentre</source>
        <translation>Det henvisende jobcenter</translation>
    </message>
    <message>
        <source>Work placement company</source>
        <translation>Praktikvirksomhed</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Unemployment fund (a-kasse)</source>
        <translation>A-kasse</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Fagforening</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>Ordinary information</source>
        <translation>Almindelige oplysninger</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Criminal records</source>
        <translation>Strafbare forhold</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <source>Jobcentre: %1</source>
        <translation>Jobcenter: %1</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentPanel</name>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gælder til</translation>
    </message>
    <message>
        <source>What the citizen has consented to</source>
        <translation>Det, borgeren har givet samtykke til</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>What has been shared</source>
        <translation>Det, der er delt</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Træk tilbage</translation>
    </message>
    <message>
        <source>Withdraws the chosen line at once. The citizen&apos;s other choices stay.</source>
        <translation>Trækker den valgte linje tilbage med det samme. Borgerens andre valg består.</translation>
    </message>
    <message>
        <source>Consents (withdrawn lines are not shown):</source>
        <translation>Samtykker (linjer, der er trukket tilbage, vises ikke):</translation>
    </message>
    <message>
        <source>Disclosures:</source>
        <translation>Videregivelser:</translation>
    </message>
    <message>
        <source>course end</source>
        <translation>forløbets afslutning</translation>
    </message>
    <message>
        <source>the law</source>
        <translation>loven</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <source>Withdraws the whole consent the chosen line belongs to.</source>
        <translation>Trækker hele det samtykke tilbage, som den valgte linje hører til.</translation>
    </message>
    <message>
        <source>The citizen&apos;s receipt for the chosen consent: save or print.</source>
        <translation>Borgerens kvittering for det valgte samtykke: gem eller udskriv.</translation>
    </message>
    <message>
        <source>Consent &amp;form...</source>
        <translation>Samt&amp;ykkeerklæring …</translation>
    </message>
    <message>
        <source>Prepare the consent form and turn the screen to the citizen.</source>
        <translation>Forbered samtykkeerklæringen, og vend skærmen mod borgeren.</translation>
    </message>
    <message>
        <source>The citizen said no</source>
        <translation>Borgeren sagde nej</translation>
    </message>
    <message>
        <source>Withdraw r&amp;ecipient</source>
        <translation>Træk modtage&amp;r tilbage</translation>
    </message>
    <message>
        <source>Withdraws everything the chosen line&apos;s recipient may receive under this consent.</source>
        <translation>Trækker alt tilbage, som den valgte linjes modtager må få under dette samtykke.</translation>
    </message>
    <message>
        <source>Receipt for the wi&amp;thdrawal...</source>
        <translation>Kvittering for tilbagetræknin&amp;gen …</translation>
    </message>
    <message>
        <source>&amp;Paper consent...</source>
        <translation>Papirsamty&amp;kke …</translation>
    </message>
    <message>
        <source>Record a consent the citizen signed on paper, with its scan.</source>
        <translation>Registrér et samtykke, som borgeren har skrevet under på papir, med scanningen.</translation>
    </message>
    <message>
        <source>Get from: %1</source>
        <translation>Hent fra: %1</translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation>Modtaget fra: %1</translation>
    </message>
    <message>
        <source>a note in the case</source>
        <translation>et notat i sagen</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw all</source>
        <translation>Træk h&amp;ele samtykket tilbage</translation>
    </message>
    <message>
        <source>&amp;Receipt...</source>
        <translation>K&amp;vittering …</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentPrepDialog</name>
    <message>
        <source>Prepare the consent form</source>
        <translation>Forbered samtykkeerklæringen</translation>
    </message>
    <message>
        <source>The course the consent is for</source>
        <translation>Det forløb, samtykket gælder</translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation>%1, %2, fra %3</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtykkeerklæring</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Provider, as the form names it</source>
        <translation>Leverandøren, som blanketten nævner den</translation>
    </message>
    <message>
        <source>Where the form is signed</source>
        <translation>Hvor blanketten underskrives</translation>
    </message>
    <message>
        <source>&amp;Add a recipient</source>
        <translation>&amp;Tilføj en modtager</translation>
    </message>
    <message>
        <source>&amp;Turn the screen to the citizen</source>
        <translation>&amp;Vend skærmen mod borgeren</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>F&amp;orløb:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Blanket:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Modtagere:</translation>
    </message>
    <message>
        <source>Recipient %1: kind</source>
        <translation>Modtager %1: slags</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Recipient %1: name</source>
        <translation>Modtager %1: navn</translation>
    </message>
    <message>
        <source>Name (company, doctor, person)</source>
        <translation>Navn (virksomhed, læge, person)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove recipient %1</source>
        <translation>Fjern modtager %1</translation>
    </message>
    <message>
        <source>The citizen has no running course. A consent is given for a course: add the course first.</source>
        <translation>Borgeren har intet igangværende forløb. Et samtykke gives til et forløb: opret forløbet først.</translation>
    </message>
    <message>
        <source>No consent form could be loaded.</source>
        <translation>Ingen samtykkeerklæring kunne indlæses.</translation>
    </message>
    <message>
        <source>Write the provider&apos;s name as the form should show it.</source>
        <translation>Skriv leverandørens navn, som blanketten skal vise det.</translation>
    </message>
    <message>
        <source>Write where the form is signed (town or address).</source>
        <translation>Skriv, hvor blanketten underskrives (by eller adresse).</translation>
    </message>
    <message>
        <source>Add at least one recipient the citizen will be asked about.</source>
        <translation>Tilføj mindst én modtager, som borgeren skal spørges om.</translation>
    </message>
    <message>
        <source>The form does not ask about recipient %1 (%2).</source>
        <translation>Blanketten spørger ikke om modtager %1 (%2).</translation>
    </message>
    <message>
        <source>Write the name of recipient %1 (%2).</source>
        <translation>Skriv navnet på modtager %1 (%2).</translation>
    </message>
    <message>
        <source>Recipient %1 is on the list twice.</source>
        <translation>Modtager %1 står to gange på listen.</translation>
    </message>
    <message>
        <source>Name, and what they do (e.g. Jens Hansen, mentor)</source>
        <translation>Navn, og hvad de laver (fx Jens Hansen, mentor)</translation>
    </message>
    <message>
        <source>Write who recipient %1 is and what they do, e.g. &quot;Jens Hansen, mentor&quot;.</source>
        <translation>Skriv, hvem modtager %1 er, og hvad de laver, fx &quot;Jens Hansen, mentor&quot;.</translation>
    </message>
    <message>
        <source>Choose whom the citizen will be asked about. Type the name of a company, a doctor or a relative, and say whether we would tell them, get information from them, or both, and why, before you turn the screen: the citizen then chooses yes or no to each question, and which kinds of information.</source>
        <translation>Vælg, hvem borgeren skal spørges om. Skriv navnet på en virksomhed, en læge eller en pårørende, og vælg, om vi vil fortælle dem noget, få oplysninger fra dem eller begge dele, og hvorfor, før du vender skærmen: borgeren siger så ja eller nej til hvert spørgsmål og vælger, hvilke slags oplysninger.</translation>
    </message>
    <message>
        <source>Recipient %1: tell or ask</source>
        <translation>Modtager %1: fortælle eller spørge</translation>
    </message>
    <message>
        <source>Tell them</source>
        <translation>Fortælle dem</translation>
    </message>
    <message>
        <source>Get information from them</source>
        <translation>Få oplysninger fra dem</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Begge dele</translation>
    </message>
    <message>
        <source>Recipient %1: purpose</source>
        <translation>Modtager %1: formål</translation>
    </message>
    <message>
        <source>Recipient %1: purpose in your own words</source>
        <translation>Modtager %1: formål med dine egne ord</translation>
    </message>
    <message>
        <source>What we want to do, e.g. plan your transport to the placement</source>
        <translation>Hvad vi vil, fx planlægge din transport til praktikpladsen</translation>
    </message>
    <message>
        <source>Choose a purpose...</source>
        <translation>Vælg et formål …</translation>
    </message>
    <message>
        <source>Other (write it)</source>
        <translation>Andet (skriv det)</translation>
    </message>
    <message>
        <source>Choose why we would contact recipient %1, or write it.</source>
        <translation>Vælg, hvorfor vi vil kontakte modtager %1, eller skriv det.</translation>
    </message>
    <message>
        <source>The form shows %1&apos;s contact details and its approval of version %2.</source>
        <translation>Blanketten viser kontaktoplysningerne for %1 og kommunens godkendelse af version %2.</translation>
    </message>
    <message>
        <source>The provider&apos;s phone or e-mail, for the citizen to withdraw</source>
        <translation>Leverandørens telefon eller e-mail, så borgeren kan trække samtykket tilbage</translation>
    </message>
    <message>
        <source>Phone or e-mail, e.g. 00 00 00 00</source>
        <translation>Telefon eller e-mail, fx 00 00 00 00</translation>
    </message>
    <message>
        <source>Provider&apos;s co&amp;ntact:</source>
        <translation>Leverandørens &amp;kontakt:</translation>
    </message>
    <message>
        <source>Write the provider&apos;s phone or e-mail: the form tells the citizen to use it to withdraw their consent when you are not there.</source>
        <translation>Skriv leverandørens telefon eller e-mail: blanketten fortæller borgeren, at de kan bruge den til at trække samtykket tilbage, når du ikke er der.</translation>
    </message>
    <message>
        <source>%1 is not in your provider&apos;s register of municipalities, so the form cannot show its contact details: it tells the citizen to find them in the jobcentre&apos;s letter. Your provider adds the municipality; this computer receives it at the next sync.</source>
        <translation>%1 er ikke i din udbyders register over kommuner, så erklæringen kan ikke vise kommunens kontaktoplysninger: den fortæller borgeren, at de står i brevet fra jobcentret. Din udbyder tilføjer kommunen; computeren får den ved næste synkronisering.</translation>
    </message>
    <message>
        <source>%1 has not approved version %2 of this form (the register of municipalities says).</source>
        <translation>%1 har ikke godkendt version %2 af denne erklæring (ifølge registret over kommuner).</translation>
    </message>
    <message>
        <source>These come from municipalities.json in the forms folder, not from your provider&apos;s server.</source>
        <translation>Oplysningerne kommer fra municipalities.json i mappen med erklæringer, ikke fra din udbyders server.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentReceipt</name>
    <message>
        <source>A consent signed on paper has the paper copy as its receipt.</source>
        <translation>Et samtykke underskrevet på papir har papirkopien som kvittering.</translation>
    </message>
    <message>
        <source>The form this consent was given on (%1, version %2, %3) is not installed here, so its receipt cannot be made.</source>
        <translation>Blanketten, som samtykket blev givet på (%1, version %2, %3), findes ikke her, så kvitteringen kan ikke laves.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentSession</name>
    <message>
        <source>Choose yes or no.</source>
        <translation>Vælg ja eller nej.</translation>
    </message>
    <message>
        <source>Choose what we may tell them, or answer no.</source>
        <translation>Vælg, hvad vi må fortælle dem, eller svar nej.</translation>
    </message>
    <message>
        <source>Choose how long the consent is valid.</source>
        <translation>Vælg, hvor længe samtykket gælder.</translation>
    </message>
    <message>
        <source>The date has already passed.</source>
        <translation>Datoen er allerede passeret.</translation>
    </message>
    <message>
        <source>Write the name of the person who signs.</source>
        <translation>Skriv navnet på den, der skriver under.</translation>
    </message>
    <message>
        <source>The citizen is under 15: the holder of parental responsibility signs.</source>
        <translation>Borgeren er under 15 år: forældremyndighedens indehaver skriver under.</translation>
    </message>
    <message>
        <source>Choose what we may ask them about, or answer no.</source>
        <translation>Vælg, hvad vi må spørge dem om, eller svar nej.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentTemplate</name>
    <message>
        <source>not a valid JSON document (%1 at byte %2)</source>
        <translation>ikke et gyldigt JSON-dokument (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or contains spaces</source>
        <translation>&quot;id&quot; mangler eller indeholder mellemrum</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; skal være et helt tal fra 1</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a two-letter code such as &quot;da&quot;</source>
        <translation>&quot;language&quot; skal være en kode på to bogstaver som &quot;da&quot;</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;ltr&quot; or &quot;rtl&quot;</source>
        <translation>&quot;direction&quot; skal være &quot;ltr&quot; eller &quot;rtl&quot;</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is missing or empty</source>
        <translation>teksten &quot;%1&quot; mangler eller er tom</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>ukendt kategori &quot;%1&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; appears twice</source>
        <translation>kategorien &quot;%1&quot; står der to gange</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; needs a label and an explanation</source>
        <translation>kategorien &quot;%1&quot; skal have en betegnelse og en forklaring</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation>kategorien &quot;%1&quot; mangler</translation>
    </message>
    <message>
        <source>the jobcentre is not a consent recipient (it has the legal basis)</source>
        <translation>jobcentret er ikke modtager efter samtykke (det har hjemmel i loven)</translation>
    </message>
    <message>
        <source>unknown recipient kind &quot;%1&quot;</source>
        <translation>ukendt modtagertype &quot;%1&quot;</translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; appears twice</source>
        <translation>modtagertypen &quot;%1&quot; står der to gange</translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; needs a label</source>
        <translation>modtagertypen &quot;%1&quot; skal have en betegnelse</translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; must be &quot;named&quot;</source>
        <translation>modtagertypen &quot;%1&quot; skal være &quot;named&quot; (navngivet)</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>ingen modtagere</translation>
    </message>
    <message>
        <source>the receipt text &quot;%1&quot; is missing or empty</source>
        <translation>kvitteringsteksten &quot;%1&quot; mangler eller er tom</translation>
    </message>
    <message>
        <source>a template with this id, language and version is already loaded</source>
        <translation>en blanket med dette id, sprog og denne version er allerede indlæst</translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot;: &quot;explanation&quot; must be text</source>
        <translation>modtagertypen &quot;%1&quot;: &quot;explanation&quot; skal være tekst</translation>
    </message>
    <message>
        <source>&quot;purposes&quot; needs &quot;format&quot;: 2</source>
        <translation>&quot;purposes&quot; kræver &quot;format&quot;: 2</translation>
    </message>
    <message>
        <source>a purpose needs an id and a label</source>
        <translation>et formål skal have et id og en tekst</translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; appears twice</source>
        <translation>formålet &quot;%1&quot; står der to gange</translation>
    </message>
    <message>
        <source>no purposes: a format 2 form lists the reasons for contacting someone</source>
        <translation>ingen formål: en blanket i format 2 skal angive grundene til at kontakte nogen</translation>
    </message>
    <message>
        <source>unknown template format (expected &quot;format&quot;: 1, 2 or 3)</source>
        <translation>ukendt skabelonformat (forventede &quot;format&quot;: 1, 2 eller 3)</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; must contain %2</source>
        <translation>teksten &quot;%1&quot; skal indeholde %2</translation>
    </message>
    <message>
        <source>unknown format (expected &quot;format&quot;: 1)</source>
        <translation>ukendt format (forventede &quot;format&quot;: 1)</translation>
    </message>
    <message>
        <source>a municipality needs a name, a contact and its data protection officer&apos;s contact</source>
        <translation>en kommune skal have et navn, en kontakt og databeskyttelsesrådgiverens kontakt</translation>
    </message>
    <message>
        <source>%1: an approval needs a form, a version and a date (YYYY-MM-DD)</source>
        <translation>%1: en godkendelse skal have en blanket, en version og en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentWizard</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Underskriv</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>Sign in the white field with a finger, a pen or the mouse.</source>
        <translation>Skriv under i det hvide felt med en finger, en pen eller musen.</translation>
    </message>
    <message>
        <source>Your answer could not be saved. Please give the screen to your consultant.</source>
        <translation>Dit svar kunne ikke gemmes. Giv skærmen til din konsulent.</translation>
    </message>
    <message>
        <source>Choose the language of the form</source>
        <translation>Vælg blankettens sprog</translation>
    </message>
    <message>
        <source>I do not want to give consent</source>
        <translation>Jeg vil ikke give samtykke</translation>
    </message>
    <message>
        <source>May %1 share information about you with %2?</source>
        <translation>Må %1 dele oplysninger om dig med %2?</translation>
    </message>
    <message>
        <source>&amp;Yes, I want that</source>
        <translation>&amp;Ja, det vil jeg gerne</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;ej</translation>
    </message>
    <message>
        <source>What may we tell them? Choose each kind.</source>
        <translation>Hvad må vi fortælle? Vælg hver slags for sig.</translation>
    </message>
    <message>
        <source>Sensitive information. Choose it only if you want to.</source>
        <translation>Følsomme oplysninger. Vælg dem kun, hvis du vil.</translation>
    </message>
    <message>
        <source>How long may we share it?</source>
        <translation>Hvor længe må vi dele det?</translation>
    </message>
    <message>
        <source>Until my &amp;course ends</source>
        <translation>Indtil mit &amp;forløb slutter</translation>
    </message>
    <message>
        <source>Until a &amp;date I choose:</source>
        <translation>Indtil en &amp;dato, jeg vælger:</translation>
    </message>
    <message>
        <source>Last day the consent is valid</source>
        <translation>Sidste dag, samtykket gælder</translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation>Det har du valgt</translation>
    </message>
    <message>
        <source>If something is not as you want it, go back and change it.</source>
        <translation>Hvis noget ikke er, som du vil have det, så gå tilbage og ret det.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>You are under 15, so the holder of parental responsibility signs.</source>
        <translation>Du er under 15 år, så det er forældremyndighedens indehaver, der skriver under.</translation>
    </message>
    <message>
        <source>&amp;Name of the holder of parental responsibility:</source>
        <translation>&amp;Navn på forældremyndighedens indehaver:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>Signature field</source>
        <translation>Underskriftsfelt</translation>
    </message>
    <message>
        <source>Draw your signature with a finger, a pen or the mouse.</source>
        <translation>Tegn din underskrift med en finger, en pen eller musen.</translation>
    </message>
    <message>
        <source>C&amp;lear and sign again</source>
        <translation>&amp;Ryd og skriv under igen</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Your answer is saved. Your consultant gives you a receipt, on paper or as a file.</source>
        <translation>Dit svar er gemt. Din konsulent giver dig en kvittering, på papir eller som fil.</translation>
    </message>
    <message>
        <source>&amp;Give the screen back to the consultant</source>
        <translation>&amp;Giv skærmen tilbage til konsulenten</translation>
    </message>
    <message>
        <source>May %1 get information about you from %2?</source>
        <translation>Må %1 få oplysninger om dig fra %2?</translation>
    </message>
    <message>
        <source>Why we ask: to %1.</source>
        <translation>Hvorfor vi spørger: for at %1.</translation>
    </message>
    <message>
        <source>What may we ask them about? Choose each kind.</source>
        <translation>Hvad må vi spørge om? Vælg hver slags for sig.</translation>
    </message>
    <message>
        <source>Your rights and what happens to your information</source>
        <translation>Dine rettigheder og hvad der sker med dine oplysninger</translation>
    </message>
</context>
<context>
    <name>fortrolig::ContactDetails</name>
    <message>
        <source>An address is at most 200 characters.</source>
        <translation>En adresse er højst 200 tegn.</translation>
    </message>
    <message>
        <source>A phone number is 8 to 15 digits; spaces and a + in front may be written.</source>
        <translation>Et telefonnummer er 8 til 15 cifre; mellemrum og et + foran må skrives med.</translation>
    </message>
    <message>
        <source>An e-mail address is written name@place.dk.</source>
        <translation>En e-mailadresse skrives navn@sted.dk.</translation>
    </message>
    <message>
        <source>Not a contact detail.</source>
        <translation>Ikke en kontaktoplysning.</translation>
    </message>
</context>
<context>
    <name>fortrolig::CorrectCitizenDialog</name>
    <message>
        <source>Correct the citizen&apos;s details</source>
        <translation>Ret borgerens oplysninger</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Hvad der skal rettes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>The correct value</source>
        <translation>Den rigtige værdi</translation>
    </message>
    <message>
        <source>The earlier value stays in the journal&apos;s history.</source>
        <translation>Den tidligere værdi bliver i journalens historik.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Ret</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Felt:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Værdi:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Leave it empty to remove it. The earlier value stays in the journal&apos;s history.</source>
        <translation>Lad feltet stå tomt for at fjerne oplysningen. Den tidligere værdi bliver i journalens historik.</translation>
    </message>
</context>
<context>
    <name>fortrolig::CorrectCourseDialog</name>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Correct a course</source>
        <translation>Ret et forløb</translation>
    </message>
    <message>
        <source>The course to correct</source>
        <translation>Forløbet, der skal rettes</translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation>%1, %2, fra %3</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Hvad der skal rettes</translation>
    </message>
    <message>
        <source>Choose what to correct...</source>
        <translation>Vælg, hvad der skal rettes …</translation>
    </message>
    <message>
        <source>The correct value</source>
        <translation>Den rigtige værdi</translation>
    </message>
    <message>
        <source>The correct date</source>
        <translation>Den rigtige dato</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Ingen dato</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>C&amp;orrect value:</source>
        <translation>R&amp;igtig værdi:</translation>
    </message>
    <message>
        <source>Correct &amp;date:</source>
        <translation>Rigtig &amp;dato:</translation>
    </message>
    <message>
        <source>What it said before stays in the case&apos;s history.</source>
        <translation>Det, der stod før, bevares i sagens historik.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s register of municipalities.</source>
        <translation>%1 er ikke i leverandørens register over kommuner.</translation>
    </message>
</context>
<context>
    <name>fortrolig::CourseEnd</name>
    <message>
        <source>Job (ordinary or with wage subsidy)</source>
        <translation>Job (ordinært eller med løntilskud)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Continues on benefit</source>
        <translation>Fortsætter på ydelse</translation>
    </message>
    <message>
        <source>Interrupted (illness, moving, stopped coming)</source>
        <translation>Afbrudt (sygdom, flytning, holdt op med at komme)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>fortrolig::DamagePage</name>
    <message>
        <source>The journal is damaged</source>
        <translation>Journalen er beskadiget</translation>
    </message>
    <message>
        <source>Part of the journal on this computer cannot be read. It may be a fault in the disk, or the file was changed outside Fortrolig. Fortrolig writes nothing more to it, so nothing more is lost.</source>
        <translation>En del af journalen på denne computer kan ikke læses. Det kan være en fejl i disken, eller filen er blevet ændret uden om Fortrolig. Fortrolig skriver ikke mere i den, så intet mere går tabt.</translation>
    </message>
    <message>
        <source>Recover what can still be read into a new journal. It opens with the same passphrase. When this computer syncs with your provider&apos;s server, what the server holds comes back and changes that were not yet sent are sent. The damaged journal is kept in a folder beside the new one until you remove it; tell your IT administrator.</source>
        <translation>Red det, der stadig kan læses, over i en ny journal. Den åbnes med den samme adgangsfrase. Når computeren synkroniserer med din arbejdsgivers server, kommer det, serveren har, tilbage, og ændringer, der ikke var sendt, bliver sendt. Den beskadigede journal gemmes i en mappe ved siden af den nye, indtil du fjerner den; kontakt din it-administrator.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Din &amp;adgangsfrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Besked om redning</translation>
    </message>
    <message>
        <source>&amp;Recover what can be read</source>
        <translation>&amp;Red det, der kan læses</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Recovering what can be read...</source>
        <translation>Redder det, der kan læses …</translation>
    </message>
</context>
<context>
    <name>fortrolig::EndCourseDialog</name>
    <message>
        <source>End the course</source>
        <translation>Afslut forløbet</translation>
    </message>
    <message>
        <source>%1 in %2, started %3.</source>
        <translation>%1 i %2, startet %3.</translation>
    </message>
    <message>
        <source>The day the course ended</source>
        <translation>Dagen, forløbet sluttede</translation>
    </message>
    <message>
        <source>&amp;End course</source>
        <translation>Afslut &amp;forløb</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Sluttede &amp;den:</translation>
    </message>
    <message numerus="yes">
        <source>The case is deleted %n month(s) after the course ended: on %1, unless another course is open then or the case is held.</source>
        <translation>
            <numerusform>Sagen slettes %n måned efter forløbets afslutning: den %1, medmindre et andet forløb er åbent til den tid, eller sagen er tilbageholdt.</numerusform>
            <numerusform>Sagen slettes %n måneder efter forløbets afslutning: den %1, medmindre et andet forløb er åbent til den tid, eller sagen er tilbageholdt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the course ended</source>
        <translation>Hvorfor forløbet sluttede</translation>
    </message>
    <message>
        <source>Choose why...</source>
        <translation>Vælg hvorfor …</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Hvorfor:</translation>
    </message>
    <message>
        <source>Choose why the course ended.</source>
        <translation>Vælg, hvorfor forløbet sluttede.</translation>
    </message>
    <message>
        <source>Write the closing report as a note of the kind &quot;Closing report&quot;.</source>
        <translation>Skriv afslutningsrapporten som et notat af typen &quot;Afslutningsrapport&quot;.</translation>
    </message>
</context>
<context>
    <name>fortrolig::EnrollDialog</name>
    <message>
        <source>Connect to the provider&apos;s server</source>
        <translation>Forbind til udbyderens server</translation>
    </message>
    <message>
        <source>Your IT administrator gives you a link, or a server address, a one-time code and a pin. Paste the link, or type the three.</source>
        <translation>Din IT-administrator giver dig et link, eller en serveradresse, en engangskode og en pin. Indsæt linket, eller skriv de tre.</translation>
    </message>
    <message>
        <source>Link from the administrator</source>
        <translation>Link fra administratoren</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation>Engangskode til tilmelding</translation>
    </message>
    <message>
        <source>Pin of the server&apos;s key</source>
        <translation>Pin for serverens nøgle</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Navn på denne computer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>or &amp;server:</source>
        <translation>eller &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>&amp;Pin:</translation>
    </message>
    <message>
        <source>This &amp;computer:</source>
        <translation>Denne &amp;computer:</translation>
    </message>
    <message>
        <source>Check what you typed: %1</source>
        <translation>Tjek det, du har skrevet: %1</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Forbinder …</translation>
    </message>
    <message>
        <source>the server address (https://host:port)</source>
        <translation>serveradressen (https://vært:port)</translation>
    </message>
    <message>
        <source>the enrollment code</source>
        <translation>engangskoden</translation>
    </message>
    <message>
        <source>the pin (sha256/...)</source>
        <translation>pinnen (sha256/...)</translation>
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
            <numerusform>For mange forkerte adgangsfraser. Prøv igen om %n sekund.</numerusform>
            <numerusform>For mange forkerte adgangsfraser. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s key cannot be found. Restore it from the keychain or the key file, or ask your IT administrator.</source>
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
        <source>The journal was made by a newer version of Fortrolig. Update the program.</source>
        <translation>Journalen er lavet af en nyere version af Fortrolig. Opdatér programmet.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to. Check its permissions.</source>
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
    <message>
        <source>Sharing is not allowed.</source>
        <translation>Videregivelse er ikke tilladt.</translation>
    </message>
    <message>
        <source>The journal is damaged or has been changed outside Fortrolig. Nothing more is written to it. Recover what can still be read into a new journal, then sync, and tell your IT administrator.</source>
        <translation>Journalen er beskadiget eller ændret uden om Fortrolig. Der skrives ikke mere i den. Red det, der stadig kan læses, over i en ny journal, synkronisér derefter, og kontakt din it-administrator.</translation>
    </message>
    <message>
        <source>The case is restricted (GDPR art. 18): a change needs a reason, given first.</source>
        <translation>Sagen er begrænset (GDPR art. 18): en ændring kræver en begrundelse, som skal gives først.</translation>
    </message>
</context>
<context>
    <name>fortrolig::GateDecision</name>
    <message>
        <source>Allowed: the referring jobcentre receives what the course requires.</source>
        <translation>Tilladt: det henvisende jobcenter får det, forløbet kræver.</translation>
    </message>
    <message>
        <source>Allowed by the citizen&apos;s consent.</source>
        <translation>Tilladt efter borgerens samtykke.</translation>
    </message>
    <message>
        <source>Not allowed: the citizen has not consented to sharing with this recipient.</source>
        <translation>Ikke tilladt: borgeren har ikke givet samtykke til at dele med denne modtager.</translation>
    </message>
    <message>
        <source>Not allowed: the citizen said no to the consent form.</source>
        <translation>Ikke tilladt: borgeren sagde nej til samtykkeerklæringen.</translation>
    </message>
    <message>
        <source>Not allowed: the citizen has withdrawn this consent.</source>
        <translation>Ikke tilladt: borgeren har trukket samtykket tilbage.</translation>
    </message>
    <message>
        <source>Not allowed: the consent has expired.</source>
        <translation>Ikke tilladt: samtykket er udløbet.</translation>
    </message>
    <message>
        <source>Not allowed: the consent does not cover %1.</source>
        <translation>Ikke tilladt: samtykket dækker ikke %1.</translation>
    </message>
    <message>
        <source>Allowed: the course from %1 ended on %2; its jobcentre receives the hand-over until %3.</source>
        <translation>Tilladt: forløbet fra %1 sluttede den %2. Jobcentret får overdragelsen indtil den %3.</translation>
    </message>
    <message>
        <source>Allowed: %1 referred the citizen to the course; its jobcentre receives what the course requires.</source>
        <translation>Tilladt: %1 har henvist borgeren til forløbet. Jobcentret får det, forløbet kræver.</translation>
    </message>
    <message>
        <source>Not allowed: only the jobcentre of the municipality that referred the citizen to a course has a legal basis, and the citizen has not consented to sharing with this jobcentre.</source>
        <translation>Ikke tilladt: kun jobcentret i den kommune, der har henvist borgeren til et forløb, har hjemmel i loven, og borgeren har ikke givet samtykke til at dele med dette jobcenter.</translation>
    </message>
    <message>
        <source>Not allowed: the citizen has no course, so no jobcentre has a legal basis, and the citizen has not consented to sharing with this jobcentre.</source>
        <translation>Ikke tilladt: borgeren har intet forløb, så intet jobcenter har hjemmel i loven, og borgeren har ikke givet samtykke til at dele med dette jobcenter.</translation>
    </message>
    <message>
        <source>Not allowed: the course from %1 starts on %2. Until then its jobcentre has no legal basis.</source>
        <translation>Ikke tilladt: forløbet fra %1 begynder den %2. Indtil da har jobcentret ikke hjemmel i loven.</translation>
    </message>
    <message>
        <source>Not allowed: the course from %1 ended on %2, and the hand-over to its jobcentre ended on %3.</source>
        <translation>Ikke tilladt: forløbet fra %1 sluttede den %2, og overdragelsen til jobcentret sluttede den %3.</translation>
    </message>
    <message>
        <source>Not allowed: courses from more than one municipality are running. Write the name of the municipality whose jobcentre is to receive it.</source>
        <translation>Ikke tilladt: borgeren har forløb fra flere kommuner i gang. Skriv navnet på den kommune, hvis jobcenter skal have det.</translation>
    </message>
    <message>
        <source>Not allowed: the citizen has not consented to our obtaining information from this recipient.</source>
        <translation>Ikke tilladt: borgeren har ikke givet samtykke til, at vi henter oplysninger fra denne modtager.</translation>
    </message>
    <message>
        <source>Not allowed: the consent does not cover obtaining %1.</source>
        <translation>Ikke tilladt: samtykket dækker ikke at hente %1.</translation>
    </message>
    <message>
        <source>Not allowed: the case is restricted (the citizen&apos;s request or the municipality&apos;s instruction). Nothing is passed on except to the jobcentre of the municipality that referred the citizen.</source>
        <translation>Ikke tilladt: sagen er begrænset (borgerens anmodning eller kommunens instruks). Intet videregives undtagen til jobcentret i den kommune, der henviste borgeren.</translation>
    </message>
</context>
<context>
    <name>fortrolig::HandOverDialog</name>
    <message>
        <source>Hand over to the jobcentre</source>
        <translation>Overdrag til jobcentret</translation>
    </message>
    <message>
        <source>At the end of a course the municipality, the controller, gets back the closing report, the status reports and action plans, the course&apos;s consents with their withdrawals, and the log of what was disclosed: as a PDF to read and a JSON file. Send them through the municipality&apos;s secure channel, never ordinary e-mail.</source>
        <translation>Ved et forløbs afslutning får kommunen, den dataansvarlige, afslutningsrapporten, statusrapporterne og handleplanerne, forløbets samtykker med tilbagetrækninger og loggen over videregivelser tilbage: som en PDF at læse og en JSON-fil. Send dem gennem kommunens sikre kanal, aldrig almindelig e-mail.</translation>
    </message>
    <message>
        <source>The course to hand over</source>
        <translation>Forløbet, der overdrages</translation>
    </message>
    <message>
        <source>%1, %2, ended %3 (handed over %4)</source>
        <translation>%1, %2, afsluttet %3 (overdraget %4)</translation>
    </message>
    <message>
        <source>%1, %2, ended %3</source>
        <translation>%1, %2, afsluttet %3</translation>
    </message>
    <message>
        <source>Parts to check before handing over</source>
        <translation>Dele, der skal tjekkes før overdragelsen</translation>
    </message>
    <message>
        <source>I have read the parts listed above</source>
        <translation>Jeg har læst delene ovenfor</translation>
    </message>
    <message>
        <source>The municipality&apos;s secure address it is sent to</source>
        <translation>Kommunens sikre adresse, den sendes til</translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation>Hvordan den sendes</translation>
    </message>
    <message>
        <source>Choose how...</source>
        <translation>Vælg hvordan …</translation>
    </message>
    <message>
        <source>Who received it (if known)</source>
        <translation>Hvem modtog den (hvis kendt)</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Hvis kendt</translation>
    </message>
    <message>
        <source>&amp;Hand over...</source>
        <translation>&amp;Overdrag …</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Via:</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>&amp;Modtaget af:</translation>
    </message>
    <message>
        <source>This course has no closing report yet. Write it first: a new note of the kind &quot;Closing report&quot;.</source>
        <translation>Forløbet har ingen afslutningsrapport endnu. Skriv den først: et nyt notat af typen &quot;Afslutningsrapport&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>It holds the closing report, %n status report(s), </source>
        <translation>
            <numerusform>Den indeholder afslutningsrapporten, %n statusrapport, </numerusform>
            <numerusform>Den indeholder afslutningsrapporten, %n statusrapporter, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s), </source>
        <translation>
            <numerusform>%n handleplan, </numerusform>
            <numerusform>%n handleplaner, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) </source>
        <translation>
            <numerusform>%n samtykke </numerusform>
            <numerusform>%n samtykker </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n disclosure record(s).</source>
        <translation>
            <numerusform>og %n registrering af videregivelse.</numerusform>
            <numerusform>og %n registreringer af videregivelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>A consent that concerns a relative.</source>
        <translation>Et samtykke, der angår en pårørende.</translation>
    </message>
    <message>
        <source>A disclosure that concerns a relative.</source>
        <translation>En videregivelse, der angår en pårørende.</translation>
    </message>
    <message>
        <source>Save the hand-over package as</source>
        <translation>Gem overdragelsespakken som</translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation>overdragelse</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Et notat</translation>
    </message>
    <message>
        <source>%1: written while a course of %2 ran; check that it belongs to this course.</source>
        <translation>%1: skrevet, mens et forløb i %2 kørte; tjek, at det hører til dette forløb.</translation>
    </message>
    <message>
        <source>%1: may tell about a relative.</source>
        <translation>%1: kan handle om en pårørende.</translation>
    </message>
    <message>
        <source>%1: may tell about a relative (&quot;%2&quot;).</source>
        <translation>%1: kan handle om en pårørende (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>fortrolig::HandOverDocument</name>
    <message>
        <source>Hand-over to the jobcentre</source>
        <translation>Overdragelse til jobcentret</translation>
    </message>
    <message>
        <source>Citizen: %1, CPR %2.</source>
        <translation>Borger: %1, CPR %2.</translation>
    </message>
    <message>
        <source>%1, CVR %2; the jobcentre&apos;s secure address: %3; data-processing agreement: %4.</source>
        <translation>%1, CVR %2; jobcentrets sikre adresse: %3; databehandleraftale: %4.</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>Forløbet</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Hvorfor det sluttede</translation>
    </message>
    <message>
        <source>Returned at the end of the contract</source>
        <translation>Tilbageleveret ved kontraktens ophør</translation>
    </message>
    <message>
        <source>The provider&apos;s contract with %1, the controller, has ended, and the provider returns what it holds of this course before deleting it: every note written since the course began, the course&apos;s consents with their withdrawals, and the log of what was disclosed.</source>
        <translation>Leverandørens kontrakt med %1, den dataansvarlige, er ophørt, og leverandøren tilbageleverer det, den har om dette forløb, før det slettes: alle notater skrevet siden forløbet begyndte, forløbets samtykker med tilbagetrækninger og loggen over det, der er videregivet.</translation>
    </message>
    <message>
        <source>At the end of the course the provider hands this back to %1, the controller: the closing report, the status reports and action plans written since the course began, the course&apos;s consents with their withdrawals, and the log of what was disclosed.</source>
        <translation>Ved forløbets afslutning overdrager leverandøren dette til %1, den dataansvarlige: afslutningsrapporten, statusrapporter og handleplaner skrevet siden forløbet begyndte, forløbets samtykker med tilbagetrækninger og loggen over det, der er videregivet.</translation>
    </message>
    <message>
        <source>Made %1 by %2. The JSON file beside this one holds the same in a machine-readable form (schema %3, version %4).</source>
        <translation>Lavet %1 af %2. JSON-filen ved siden af denne indeholder det samme i maskinlæsbar form (skema %3, version %4).</translation>
    </message>
</context>
<context>
    <name>fortrolig::HoldDialog</name>
    <message>
        <source>Hold the case</source>
        <translation>Tilbagehold sagen</translation>
    </message>
    <message>
        <source>A held case is not deleted when its retention period ends. Say why, without naming anyone: the reason is shown to the administrator.</source>
        <translation>En tilbageholdt sag slettes ikke, når slettefristen udløber. Skriv hvorfor, uden at nævne nogen ved navn: begrundelsen vises for administratoren.</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Begrundelse for tilbageholdelsen</translation>
    </message>
    <message>
        <source>e.g. complaint to Ankestyrelsen in progress</source>
        <translation>f.eks. klage til Ankestyrelsen under behandling</translation>
    </message>
    <message>
        <source>Held &amp;until a date</source>
        <translation>Tilbageholdt &amp;til en dato</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Tilbageholdt til</translation>
    </message>
    <message>
        <source>Without a date, the case is held until you release it.</source>
        <translation>Uden en dato er sagen tilbageholdt, til du frigiver den.</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Tilbagehold</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
<context>
    <name>fortrolig::LiftNoticeDialog</name>
    <message>
        <source>Letter: the restriction will be lifted</source>
        <translation>Brev: begrænsningen bliver ophævet</translation>
    </message>
    <message>
        <source>Lifted on this day at the earliest</source>
        <translation>Ophæves tidligst denne dag</translation>
    </message>
    <message>
        <source>The municipality&apos;s reason</source>
        <translation>Kommunens begrundelse</translation>
    </message>
    <message>
        <source>The municipality&apos;s decision, in a few words</source>
        <translation>Kommunens afgørelse med få ord</translation>
    </message>
    <message>
        <source>The citizen&apos;s language</source>
        <translation>Borgerens sprog</translation>
    </message>
    <message>
        <source>The letter says since when and why the information was restricted, the municipality&apos;s decision, and whom to ask. Lift the restriction once it has been given.</source>
        <translation>Brevet fortæller, siden hvornår og hvorfor oplysningerne blev begrænset, kommunens afgørelse, og hvem borgeren kan spørge. Ophæv begrænsningen, når brevet er givet.</translation>
    </message>
    <message>
        <source>&amp;Save the letter...</source>
        <translation>&amp;Gem brevet …</translation>
    </message>
    <message>
        <source>Lifted &amp;on:</source>
        <translation>Ophæves &amp;tidligst:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s reason: the citizen is told why.</source>
        <translation>Skriv kommunens begrundelse: borgeren får at vide hvorfor.</translation>
    </message>
    <message>
        <source>The case has no restriction in force, or no course to name the municipality by.</source>
        <translation>Sagen har ingen begrænsning i kraft, eller intet forløb at nævne kommunen ud fra.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>restriction-lift-notice</source>
        <translation>ophaevelse-af-begraensning</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fortrolig::LoginDialog</name>
    <message>
        <source>Log in to the server</source>
        <translation>Log ind på serveren</translation>
    </message>
    <message>
        <source>Log in as %1 on %2. The passphrase is your server passphrase, not the journal&apos;s.</source>
        <translation>Log ind som %1 på %2. Adgangsfrasen er din adgangsfrase til serveren, ikke journalens.</translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation>Adgangsfrase til serveren</translation>
    </message>
    <message>
        <source>One-time code from the authenticator app</source>
        <translation>Engangskode fra godkendelsesappen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Engangs&amp;kode:</translation>
    </message>
    <message>
        <source>Type the passphrase and the six digits.</source>
        <translation>Skriv adgangsfrasen og de seks cifre.</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>Logger ind …</translation>
    </message>
</context>
<context>
    <name>fortrolig::MainWindow</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>New &amp;citizen...</source>
        <translation>Ny &amp;borger …</translation>
    </message>
    <message>
        <source>Find by C&amp;PR...</source>
        <translation>Find på C&amp;PR …</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Din journal er klar</translation>
    </message>
    <message>
        <source>The journal&apos;s key is sealed with your passphrase and kept in this computer&apos;s keychain. Without your passphrase nobody can open the journal.</source>
        <translation>Journalens nøgle er forseglet med din adgangsfrase og gemt i denne computers nøglering. Uden din adgangsfrase kan ingen åbne journalen.</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the journal&apos;s key is kept, sealed with your passphrase, in a file beside the journal (%1). Anyone who copies the folder can try to guess your passphrase: that is why it must be long.</source>
        <translation>Denne computer har ingen nøglering i systemet, så journalens nøgle gemmes, forseglet med din adgangsfrase, i en fil ved siden af journalen (%1). Den, der kopierer mappen, kan prøve at gætte din adgangsfrase: derfor skal den være lang.</translation>
    </message>
    <message>
        <source>Consent forms that were not loaded: %1</source>
        <translation>Samtykkeerklæringer, der ikke blev indlæst: %1</translation>
    </message>
    <message>
        <source>Citizen mode was left before the citizen answered: nothing was recorded.</source>
        <translation>Borgervisningen blev forladt, før borgeren svarede: intet blev registreret.</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by your provider (for example because it was reported lost). The journal and its key have been deleted from this computer.</source>
        <translation>Udbyderen har tilbagekaldt denne computers adgang (for eksempel fordi den er meldt bortkommet). Journalen og dens nøgle er slettet fra computeren.</translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation>Adgang tilbagekaldt</translation>
    </message>
    <message>
        <source>What could be read was recovered into a new journal. The damaged one is kept in %1.</source>
        <translation>Det, der kunne læses, er reddet over i en ny journal. Den beskadigede gemmes i %1.</translation>
    </message>
    <message>
        <source>Could not be read: %1.</source>
        <translation>Kunne ikke læses: %1.</translation>
    </message>
    <message>
        <source>Unlock to open the new journal.</source>
        <translation>Lås op for at åbne den nye journal.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent could not be rescued for sending; what they made is kept on this computer.</source>
        <translation>
            <numerusform>%n ændring, der endnu ikke var sendt, kunne ikke reddes til afsendelse; det, den lavede, er bevaret på denne computer.</numerusform>
            <numerusform>%n ændringer, der endnu ikke var sendt, kunne ikke reddes til afsendelse; det, de lavede, er bevaret på denne computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s table of contents cannot be read, so nothing can be recovered from it. Tell your IT administrator: the journal can be removed, and this computer connected to the server again.</source>
        <translation>Journalens indholdsfortegnelse kan ikke læses, så intet kan reddes fra den. Kontakt din it-administrator: journalen kan fjernes, og computeren kan forbindes til serveren igen.</translation>
    </message>
    <message>
        <source>Cases whose retention period ended could not be deleted: %1</source>
        <translation>Sager, hvis slettefrist er udløbet, kunne ikke slettes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n sag, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
            <numerusform>%n sager, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consents or disclosure records of %n case(s), whose retention period ended, were deleted from this computer.</source>
        <translation>
            <numerusform>Samtykkerne eller videregivelserne i %n sag, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
            <numerusform>Samtykkerne eller videregivelserne i %n sager, hvis slettefrist var udløbet, er slettet fra denne computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fortrolig::Municipality</name>
    <message>
        <source>1 to 100 characters on one line</source>
        <translation>1 til 100 tegn på én linje</translation>
    </message>
    <message>
        <source>1 to 32 of a-z, 0-9 and -, starting with a letter or digit</source>
        <translation>1 til 32 af a-z, 0-9 og -, begyndende med et bogstav eller ciffer</translation>
    </message>
    <message>
        <source>8 digits with a valid check digit</source>
        <translation>8 cifre med et gyldigt kontrolciffer</translation>
    </message>
    <message>
        <source>the jobcentre&apos;s secure address, 1 to %1 characters on one line</source>
        <translation>jobcentrets sikre adresse, 1 til %1 tegn på én linje</translation>
    </message>
    <message>
        <source>8 to 20 digits and spaces, + first if abroad</source>
        <translation>8 til 20 cifre og mellemrum, + først hvis i udlandet</translation>
    </message>
    <message>
        <source>the data protection officer&apos;s contact, 1 to %1 characters on one line</source>
        <translation>databeskyttelsesrådgiverens kontakt, 1 til %1 tegn på én linje</translation>
    </message>
    <message>
        <source>at most 64 characters on one line</source>
        <translation>højst 64 tegn på én linje</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>højst %1 tegn</translation>
    </message>
    <message>
        <source>at most %1 approvals</source>
        <translation>højst %1 godkendelser</translation>
    </message>
    <message>
        <source>each approval names a form, a version from 1 and a date, once (FORM:VERSION:YYYY-MM-DD)</source>
        <translation>hver godkendelse nævner en erklæring, en version fra 1 og en dato, én gang (ERKLÆRING:VERSION:ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ikke en dato</translation>
    </message>
</context>
<context>
    <name>fortrolig::NewCitizenDialog</name>
    <message>
        <source>New citizen from a referral</source>
        <translation>Ny borger fra en henvisning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-LLLL</translation>
    </message>
    <message>
        <source>Referring municipality</source>
        <translation>Henvisende kommune</translation>
    </message>
    <message>
        <source>Course type</source>
        <translation>Forløbstype</translation>
    </message>
    <message>
        <source>Referral date known</source>
        <translation>Henvisningsdato kendt</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Henvisningsdato</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end known</source>
        <translation>Planlagt slut kendt</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation>Problemer i formularen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Course &amp;type:</source>
        <translation>Forløbs&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>The provider&apos;s register: %1</source>
        <translation>Leverandørens register: %1</translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s register of municipalities: the consent form and the hand-over will lack its contacts. Check the spelling, or ask the administrator to add it.</source>
        <translation>%1 er ikke i leverandørens register over kommuner: samtykkeerklæringen og overdragelsen vil mangle dens kontaktoplysninger. Tjek stavemåden, eller bed administratoren tilføje den.</translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteEditor</name>
    <message>
        <source>Kind of note</source>
        <translation>Notattype</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notattekst</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Gem notat</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Kassér kladde</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>Correction (the earlier text stays in the history)</source>
        <translation>Rettelse (den tidligere tekst bliver i historikken)</translation>
    </message>
    <message>
        <source>Draft restored from %1.</source>
        <translation>Kladde gendannet fra %1.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Kladde gemt.</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Modtaget fra</translation>
    </message>
    <message>
        <source>Our own note</source>
        <translation>Vores eget notat</translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation>Modtaget fra: %1</translation>
    </message>
    <message>
        <source>Name of the one it came from</source>
        <translation>Navn på den, det kom fra</translation>
    </message>
    <message>
        <source>Name (a company, a doctor, a person)</source>
        <translation>Navn (en virksomhed, en læge, en person)</translation>
    </message>
    <message>
        <source>It contains:</source>
        <translation>Det indeholder:</translation>
    </message>
    <message>
        <source>Write the name of the one it came from.</source>
        <translation>Skriv navnet på den, det kom fra.</translation>
    </message>
    <message>
        <source>Tick which kinds of information it contains: the consent must allow obtaining each of them.</source>
        <translation>Sæt flueben ved de slags oplysninger, det indeholder: samtykket skal tillade at hente hver af dem.</translation>
    </message>
    <message>
        <source>The citizen&apos;s supplementary statement</source>
        <translation>Borgerens supplerende erklæring</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Afslutningsrapport</translation>
    </message>
    <message>
        <source>The course the note belongs to</source>
        <translation>Forløbet, notatet hører til</translation>
    </message>
    <message>
        <source>The note is part of this course: it goes with the course&apos;s hand-over and is the referring municipality&apos;s.</source>
        <translation>Notatet hører til dette forløb: det følger med forløbets overdragelse og tilhører den kommune, der henviste.</translation>
    </message>
    <message>
        <source>Choose the course...</source>
        <translation>Vælg forløbet …</translation>
    </message>
    <message>
        <source>%1, %2 (ended %3)</source>
        <translation>%1, %2 (sluttede %3)</translation>
    </message>
    <message>
        <source>%1, %2 (from %3)</source>
        <translation>%1, %2 (fra %3)</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Intet forløb</translation>
    </message>
    <message>
        <source>Choose the course the note belongs to: the citizen has more than one running course.</source>
        <translation>Vælg det forløb, notatet hører til: borgeren har mere end ét igangværende forløb.</translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteKind</name>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>The citizen&apos;s supplementary statement</source>
        <translation>Borgerens supplerende erklæring</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Afslutningsrapport</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Journalnotat</translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteTimeline::Delegate</name>
    <message>
        <source>... (select the note to read all of it)</source>
        <translation>… (vælg notatet for at læse det hele)</translation>
    </message>
</context>
<context>
    <name>fortrolig::PackageHtml</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>the text mentions a relative</source>
        <translation>teksten nævner et familiemedlem</translation>
    </message>
    <message>
        <source>the information came from a relative</source>
        <translation>oplysningerne kom fra et familiemedlem</translation>
    </message>
    <message>
        <source>a relative is the recipient or the source</source>
        <translation>et familiemedlem er modtager eller kilde</translation>
    </message>
    <message>
        <source>written while a course of another municipality ran: check that it belongs to this one</source>
        <translation>skrevet, mens et forløb i en anden kommune kørte: tjek, at det hører til dette</translation>
    </message>
    <message>
        <source>it concerns information about relatives</source>
        <translation>det gælder oplysninger om familiemedlemmer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Videregivelse</translation>
    </message>
    <message>
        <source>To review before release</source>
        <translation>Gennemgås før udlevering</translation>
    </message>
    <message>
        <source>Nothing was found that names someone else; read it through all the same.</source>
        <translation>Intet fundet, der nævner andre; læs den alligevel igennem.</translation>
    </message>
    <message>
        <source>These parts may tell about other people than the citizen (GDPR art. 15(4)). Read them and agree with the municipality what is released.</source>
        <translation>Disse dele kan fortælle om andre end borgeren (GDPR art. 15, stk. 4). Læs dem, og aftal med kommunen, hvad der udleveres.</translation>
    </message>
    <message>
        <source>Notes, with every version</source>
        <translation>Notater, med alle versioner</translation>
    </message>
    <message>
        <source>Note %1 was removed on the controller&apos;s instruction (%2), %3.</source>
        <translation>Notat %1 blev fjernet efter den dataansvarliges instruks (%2), %3.</translation>
    </message>
    <message>
        <source>Version %1, %2, by %3%4</source>
        <translation>Version %1, %2, af %3%4</translation>
    </message>
    <message>
        <source>(replaced)</source>
        <translation>(erstattet)</translation>
    </message>
    <message>
        <source>Consents, with their withdrawals</source>
        <translation>Samtykker, med tilbagetrækninger</translation>
    </message>
    <message>
        <source>%1, signed %2 by %3 (form %4, version %5); withdrawn: %6</source>
        <translation>%1, underskrevet %2 af %3 (blanket %4, version %5); trukket tilbage: %6</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Disclosures: told to whom, and obtained from whom</source>
        <translation>Videregivelser: fortalt til hvem, og indhentet fra hvem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>To check before it is sent</source>
        <translation>Tjekkes før afsendelse</translation>
    </message>
    <message>
        <source>Nothing was found that names someone else or belongs to another municipality&apos;s course; read it through all the same.</source>
        <translation>Der blev ikke fundet noget, der nævner andre eller hører til en anden kommunes forløb; læs det alligevel igennem.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <source>These parts may tell about other people than the citizen, or may belong to another municipality&apos;s course (a note tied to no course, written while that course ran). They are included; check them before you use them.</source>
        <translation>Disse dele kan fortælle om andre end borgeren eller høre til en anden kommunes forløb (et notat, der ikke er knyttet til et forløb, skrevet mens det forløb kørte). De er med; tjek dem, før I bruger dem.</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Forløb: %1</translation>
    </message>
</context>
<context>
    <name>fortrolig::PaperConsentDialog</name>
    <message>
        <source>Consent signed on paper</source>
        <translation>Samtykke underskrevet på papir</translation>
    </message>
    <message>
        <source>For a citizen who cannot sign on the screen: record the paper form they signed, as it is. Tick only what is ticked on the paper.</source>
        <translation>Til en borger, der ikke kan skrive under på skærmen: registrér den papirblanket, borgeren har skrevet under, som den er. Sæt kun kryds ved det, der er krydset af på papiret.</translation>
    </message>
    <message>
        <source>%1 in %2, from %3</source>
        <translation>%1 i %2, fra %3</translation>
    </message>
    <message>
        <source>No scan chosen</source>
        <translation>Ingen scanning valgt</translation>
    </message>
    <message>
        <source>Choose the &amp;scan...</source>
        <translation>Vælg &amp;scanningen …</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>The holder of parental responsibility</source>
        <translation>Forældremyndighedens indehaver</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Valid only &amp;until:</source>
        <translation>Gælder kun ti&amp;l:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gælder til</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Forløb:</translation>
    </message>
    <message>
        <source>Scanned form:</source>
        <translation>Scannet blanket:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Underskrevet af:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>The form&apos;s &amp;language:</source>
        <translation>Blankettens spro&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>&amp;Tilføj modtager</translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation>&amp;Registrér samtykket</translation>
    </message>
    <message>
        <source>Recipients, as ticked on the paper:</source>
        <translation>Modtagere, som de er krydset af på papiret:</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Modtager %1</translation>
    </message>
    <message>
        <source>Kind of recipient %1</source>
        <translation>Slags modtager %1</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Name of recipient %1</source>
        <translation>Navn på modtager %1</translation>
    </message>
    <message>
        <source>Name (a company, a doctor, a person)</source>
        <translation>Navn (en virksomhed, en læge, en person)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The scanned consent form</source>
        <translation>Den scannede samtykkeblanket</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scanninger (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Recipient %1: choose the kind of recipient.</source>
        <translation>Modtager %1: vælg, hvilken slags modtager det er.</translation>
    </message>
    <message>
        <source>Recipient %1: write the name the paper gives.</source>
        <translation>Modtager %1: skriv det navn, der står på papiret.</translation>
    </message>
    <message>
        <source>Recipient %1: tick what the paper allows.</source>
        <translation>Modtager %1: sæt kryds ved det, papiret giver lov til.</translation>
    </message>
    <message>
        <source>Add at least one recipient as ticked on the paper.</source>
        <translation>Tilføj mindst én modtager, som den er krydset af på papiret.</translation>
    </message>
    <message>
        <source>The citizen has no course: a consent is for a course. Add the course first.</source>
        <translation>Borgeren har intet forløb: et samtykke gælder et forløb. Tilføj forløbet først.</translation>
    </message>
    <message>
        <source>Choose the scanned form.</source>
        <translation>Vælg den scannede blanket.</translation>
    </message>
    <message>
        <source>The scan cannot be read: %1</source>
        <translation>Scanningen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>The scan is empty or larger than 20 MB.</source>
        <translation>Scanningen er tom eller større end 20 MB.</translation>
    </message>
    <message>
        <source>Write who signed the paper.</source>
        <translation>Skriv, hvem der skrev under på papiret.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke registreret: %1</translation>
    </message>
    <message>
        <source>Recipient %1: tell or get information</source>
        <translation>Modtager %1: fortælle eller få oplysninger</translation>
    </message>
    <message>
        <source>We may tell them</source>
        <translation>Vi må fortælle dem</translation>
    </message>
    <message>
        <source>We may get information from them</source>
        <translation>Vi må få oplysninger fra dem</translation>
    </message>
    <message>
        <source>Purpose for recipient %1</source>
        <translation>Formål for modtager %1</translation>
    </message>
    <message>
        <source>Purpose, as the paper gives it</source>
        <translation>Formål, som det står på papiret</translation>
    </message>
    <message>
        <source>Recipient %1 is there twice in the same direction: tick all its kinds in one row.</source>
        <translation>Modtager %1 står der to gange i samme retning: sæt alle slags flueben i én række.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ReceiptDialog</name>
    <message>
        <source>Receipt for the withdrawal</source>
        <translation>Kvittering for tilbagetrækningen</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>The receipt&apos;s text</source>
        <translation>Kvitteringens tekst</translation>
    </message>
    <message>
        <source>Give the citizen this receipt: save it as a PDF file for them, or print it.</source>
        <translation>Giv borgeren denne kvittering: gem den som PDF-fil til borgeren, eller udskriv den.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>withdrawal-receipt</source>
        <translation>kvittering-tilbagetraekning</translation>
    </message>
    <message>
        <source>consent-receipt</source>
        <translation>kvittering-samtykke</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Gem kvitteringen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written in %1. Choose a folder you can write to. Nothing was saved.</source>
        <translation>Filen kunne ikke skrives i %1. Vælg en mappe, du kan skrive i. Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ReferralForm</name>
    <message>
        <source>Write the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <source>Write the CPR number (DDMMYY-SSSS).</source>
        <translation>Skriv CPR-nummeret (DDMMÅÅ-LLLL).</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits: DDMMYY-SSSS.</source>
        <translation>Et CPR-nummer har 10 cifre: DDMMÅÅ-LLLL.</translation>
    </message>
    <message>
        <source>The CPR number&apos;s first six digits are not a real date.</source>
        <translation>CPR-nummerets første seks cifre er ikke en rigtig dato.</translation>
    </message>
    <message>
        <source>The CPR number does not pass the modulus 11 check. Numbers issued since 2007 need not; check it against the referral, then save.</source>
        <translation>CPR-nummeret består ikke modulus 11-kontrollen. Numre udstedt siden 2007 behøver ikke; tjek det mod henvisningen, og gem så.</translation>
    </message>
    <message>
        <source>Choose the referring municipality.</source>
        <translation>Vælg den henvisende kommune.</translation>
    </message>
    <message>
        <source>Choose the course type.</source>
        <translation>Vælg forløbstypen.</translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation>Vælg startdatoen.</translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation>Den planlagte afslutning ligger før starten.</translation>
    </message>
    <message>
        <source>The referral date is after the start date.</source>
        <translation>Henvisningsdatoen ligger efter startdatoen.</translation>
    </message>
</context>
<context>
    <name>fortrolig::RequestDialog</name>
    <message>
        <source>Request from the citizen</source>
        <translation>Anmodning fra borgeren</translation>
    </message>
    <message>
        <source>Record what the citizen asks for, as soon as you receive it. The municipality decides; you forward the request to it at the latest the next working day.</source>
        <translation>Registrér, hvad borgeren beder om, så snart du modtager det. Kommunen træffer afgørelsen; du sender anmodningen videre til den senest næste hverdag.</translation>
    </message>
    <message>
        <source>What the citizen asks for</source>
        <translation>Hvad borgeren beder om</translation>
    </message>
    <message>
        <source>How the request came</source>
        <translation>Hvordan anmodningen kom</translation>
    </message>
    <message>
        <source>When it was received</source>
        <translation>Hvornår den blev modtaget</translation>
    </message>
    <message>
        <source>What the request says</source>
        <translation>Hvad anmodningen går ud på</translation>
    </message>
    <message>
        <source>In a few words, as the citizen put it</source>
        <translation>Med få ord, som borgeren sagde det</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>H&amp;vordan:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Modtaget:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Forwarded to the municipality</source>
        <translation>Videresendt til kommunen</translation>
    </message>
    <message>
        <source>Record that you passed the request on to the municipality, the controller: where to, how and when. Use its secure address, never ordinary e-mail.</source>
        <translation>Registrér, at du har sendt anmodningen videre til kommunen, som er dataansvarlig: hvortil, hvordan og hvornår. Brug kommunens sikre adresse, aldrig almindelig e-mail.</translation>
    </message>
    <message>
        <source>The municipality&apos;s address it was sent to</source>
        <translation>Kommunens adresse, den blev sendt til</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Hvordan den blev sendt</translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation>Hvornår den blev sendt</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Med:</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Sendt:</translation>
    </message>
    <message>
        <source>Time to answer extended</source>
        <translation>Svarfristen er forlænget</translation>
    </message>
    <message>
        <source>Only the municipality can extend the time to answer, by up to two months, and the citizen must be told why within the first month. Record its decision here.</source>
        <translation>Kun kommunen kan forlænge svarfristen, med op til to måneder, og borgeren skal have besked om hvorfor inden for den første måned. Registrér kommunens afgørelse her.</translation>
    </message>
    <message>
        <source>New date to answer by</source>
        <translation>Ny svarfrist</translation>
    </message>
    <message>
        <source>When the municipality decided</source>
        <translation>Hvornår kommunen besluttede det</translation>
    </message>
    <message>
        <source>When the citizen was told</source>
        <translation>Hvornår borgeren fik besked</translation>
    </message>
    <message>
        <source>Answer &amp;by:</source>
        <translation>Svar &amp;senest:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Besluttet den:</translation>
    </message>
    <message>
        <source>Citizen &amp;told on:</source>
        <translation>Borgeren &amp;fik besked den:</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Anmodningen er besvaret</translation>
    </message>
    <message>
        <source>Record the day the citizen got the municipality&apos;s answer.</source>
        <translation>Registrér den dag, borgeren fik kommunens svar.</translation>
    </message>
    <message>
        <source>When the citizen was answered</source>
        <translation>Hvornår borgeren fik svar</translation>
    </message>
    <message>
        <source>The answer in a few words</source>
        <translation>Svaret med få ord</translation>
    </message>
    <message>
        <source>e.g. access given by the municipality</source>
        <translation>fx indsigt givet af kommunen</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Besvaret &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>Modtagelsestidspunktet kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Write at most %1 characters.</source>
        <translation>Skriv højst %1 tegn.</translation>
    </message>
    <message>
        <source>It cannot have been sent before the request came, or in the future.</source>
        <translation>Den kan ikke være sendt, før anmodningen kom, eller i fremtiden.</translation>
    </message>
    <message>
        <source>Write the address it was sent to.</source>
        <translation>Skriv adressen, den blev sendt til.</translation>
    </message>
    <message>
        <source>The new date must be after the present one and at most three months after the request came.</source>
        <translation>Den nye frist skal ligge efter den nuværende og højst tre måneder efter, at anmodningen kom.</translation>
    </message>
    <message>
        <source>The decision and the telling cannot be before the request came, in the future, or the telling before the decision.</source>
        <translation>Afgørelsen og beskeden kan ikke ligge før anmodningen kom eller i fremtiden, og beskeden kan ikke ligge før afgørelsen.</translation>
    </message>
    <message>
        <source>The answer cannot be before the request came, or in the future.</source>
        <translation>Svaret kan ikke ligge før anmodningen kom eller i fremtiden.</translation>
    </message>
    <message>
        <source>The request is answered already.</source>
        <translation>Anmodningen er allerede besvaret.</translation>
    </message>
    <message>
        <source>Re&amp;strict the case while the municipality decides</source>
        <translation>Be&amp;græns sagen, mens kommunen tager stilling</translation>
    </message>
    <message>
        <source>Nothing is passed on except to the municipality, changes need a reason, and the case is not deleted, until the restriction is lifted.</source>
        <translation>Intet videregives undtagen til kommunen, ændringer kræver en begrundelse, og sagen slettes ikke, før begrænsningen ophæves.</translation>
    </message>
</context>
<context>
    <name>fortrolig::RequestPanel</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anmodning</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The citizen&apos;s requests</source>
        <translation>Borgerens anmodninger</translation>
    </message>
    <message>
        <source>The citizen asks for access, a copy, a correction, erasure, ... : record it at once.</source>
        <translation>Borgeren beder om indsigt, en kopi, en rettelse, sletning … : registrér det med det samme.</translation>
    </message>
    <message>
        <source>&amp;Forwarded...</source>
        <translation>&amp;Videresendt …</translation>
    </message>
    <message>
        <source>E&amp;xtended...</source>
        <translation>Forl&amp;ænget …</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Besvaret %1</translation>
    </message>
    <message>
        <source>LATE: not forwarded to the municipality (was due %1)</source>
        <translation>FORSINKET: ikke sendt videre til kommunen (frist %1)</translation>
    </message>
    <message>
        <source>Forward to the municipality by %1</source>
        <translation>Send videre til kommunen senest %1</translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation>Videresendt %1</translation>
    </message>
    <message>
        <source>LATE: the answer was due %1</source>
        <translation>FORSINKET: svaret skulle foreligge %1</translation>
    </message>
    <message>
        <source>the answer is due soon, %1</source>
        <translation>svarfristen nærmer sig, %1</translation>
    </message>
    <message>
        <source>No requests from this citizen. When the citizen asks to see, copy, correct or erase their information, or objects, record it here at once: it must reach the municipality by the next working day.</source>
        <translation>Ingen anmodninger fra borgeren. Når borgeren beder om at se, få kopi af, rette eller slette sine oplysninger, eller gør indsigelse, så registrér det her med det samme: det skal nå kommunen senest næste hverdag.</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n åben anmodning</numerusform>
            <numerusform>%n åbne anmodninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;w request...</source>
        <translation>N&amp;y anmodning …</translation>
    </message>
    <message>
        <source>waiting for the municipality&apos;s answer (due %1)</source>
        <translation>venter på kommunens svar (frist %1)</translation>
    </message>
    <message>
        <source>Receipt for the citi&amp;zen</source>
        <translation>&amp;Kvittering til borgeren</translation>
    </message>
    <message>
        <source>The citizen&apos;s receipt for the chosen request, in their language: save it as a PDF to print or send.</source>
        <translation>Borgerens kvittering for den valgte anmodning, på borgerens sprog: gem den som PDF for at udskrive eller sende den.</translation>
    </message>
    <message>
        <source>Le&amp;tter to the municipality...</source>
        <translation>Brev til komm&amp;unen …</translation>
    </message>
    <message>
        <source>The letter that passes the chosen request on to the municipality, to its registered address: save it as a PDF and send it securely.</source>
        <translation>Brevet, der sender den valgte anmodning videre til kommunen, til dens registrerede adresse: gem det som PDF, og send det sikkert.</translation>
    </message>
    <message>
        <source>%1 is not in your provider&apos;s register of municipalities, so the letter has no address to go to. Your provider adds the municipality; this computer receives it at the next sync.</source>
        <translation>%1 er ikke i din udbyders register over kommuner, så brevet har ingen adresse. Din udbyder tilføjer kommunen; computeren får den ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>request-letter</source>
        <translation>anmodning-brev</translation>
    </message>
    <message>
        <source>request-receipt</source>
        <translation>anmodning-kvittering</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Restrict the case...</source>
        <translation>&amp;Indfør begrænsning …</translation>
    </message>
    <message>
        <source>On a restriction or objection request, or on the municipality&apos;s instruction (GDPR art. 18).</source>
        <translation>På en anmodning om begrænsning eller indsigelse, eller på kommunens instruks (GDPR art. 18).</translation>
    </message>
    <message>
        <source>Access &amp;package...</source>
        <translation>&amp;Lav adgangspakke …</translation>
    </message>
    <message>
        <source>Everything the journal holds about the citizen, for the municipality to release: a PDF to read and a JSON file.</source>
        <translation>Alt, hvad journalen har om borgeren, til kommunen at udlevere: en PDF at læse og en JSON-fil.</translation>
    </message>
    <message>
        <source>Save the access package as</source>
        <translation>Gem adgangspakken som</translation>
    </message>
    <message>
        <source>access-package</source>
        <translation>adgangspakke</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the access package (%1 and the PDF beside it). %n part(s) may tell about someone other than the citizen: review them before release.</source>
        <translation>
            <numerusform>Adgangspakken er gemt (%1 og PDF-filen ved siden af). %n del kan fortælle om andre end borgeren: gennemgå den før udlevering.</numerusform>
            <numerusform>Adgangspakken er gemt (%1 og PDF-filen ved siden af). %n dele kan fortælle om andre end borgeren: gennemgå dem før udlevering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the access package (%1 and the PDF beside it).</source>
        <translation>Adgangspakken er gemt (%1 og PDF-filen ved siden af).</translation>
    </message>
    <message>
        <source>Asking the server for the uses on your other devices...</source>
        <translation>Spørger serveren om brugen på dine andre enheder …</translation>
    </message>
    <message>
        <source>Its access log is this laptop&apos;s only: the server was not reached (%1).</source>
        <translation>Dens adgangslog er kun denne bærbares: serveren kunne ikke nås (%1).</translation>
    </message>
    <message>
        <source>Answ&amp;er given...</source>
        <translation>Besvare&amp;t …</translation>
    </message>
</context>
<context>
    <name>fortrolig::RestrictionBar</name>
    <message>
        <source>Restriction</source>
        <translation>Begrænsning</translation>
    </message>
    <message>
        <source>Reason for a chan&amp;ge...</source>
        <translation>Begrun&amp;delse for en ændring …</translation>
    </message>
    <message>
        <source>Say why the restricted case must change; changes are logged with the reason.</source>
        <translation>Sig hvorfor den begrænsede sag skal ændres; ændringerne logges med begrundelsen.</translation>
    </message>
    <message>
        <source>L&amp;ift the restriction...</source>
        <translation>O&amp;phæv begrænsningen …</translation>
    </message>
    <message>
        <source>After the citizen was told that it will be lifted.</source>
        <translation>Når borgeren har fået besked om, at den ophæves.</translation>
    </message>
    <message>
        <source>since %1 on the municipality&apos;s instruction (%2)</source>
        <translation>siden %1 på kommunens instruks (%2)</translation>
    </message>
    <message>
        <source>since %1 on the citizen&apos;s request</source>
        <translation>siden %1 på borgerens anmodning</translation>
    </message>
    <message>
        <source>RESTRICTED %1: nothing is passed on except to the municipality that referred the citizen, and a change needs a reason.</source>
        <translation>BEGRÆNSET %1: intet videregives undtagen til kommunen, der henviste borgeren, og en ændring kræver en begrundelse.</translation>
    </message>
    <message>
        <source>Changes allowed until you close the case: %1</source>
        <translation>Ændringer tilladt, til du lukker sagen: %1</translation>
    </message>
    <message>
        <source>Letter a&amp;bout lifting it...</source>
        <translation>Brev til borgeren f&amp;ør ophævelsen …</translation>
    </message>
    <message>
        <source>The paper telling the citizen that the restriction will be lifted, and why, before it is.</source>
        <translation>Brevet, der fortæller borgeren, at begrænsningen bliver ophævet, og hvorfor, før det sker.</translation>
    </message>
</context>
<context>
    <name>fortrolig::RestrictionDialog</name>
    <message>
        <source>Restrict the case</source>
        <translation>Begræns sagen</translation>
    </message>
    <message>
        <source>While the case is restricted, nothing is passed on to anyone but the municipality that referred the citizen, every change needs a reason, and the case is not deleted. Restrict it when the citizen asks for it (GDPR art. 18), objects (art. 21) while the municipality decides, or when the municipality instructs you to.</source>
        <translation>Mens sagen er begrænset, videregives intet til andre end kommunen, der henviste borgeren, hver ændring kræver en begrundelse, og sagen slettes ikke. Begræns den, når borgeren beder om det (GDPR art. 18), gør indsigelse (art. 21), mens kommunen tager stilling, eller når kommunen giver instruks om det.</translation>
    </message>
    <message>
        <source>The citizen&apos;s request</source>
        <translation>Borgerens anmodning</translation>
    </message>
    <message>
        <source>On the citizen&apos;s &amp;request:</source>
        <translation>På borgerens &amp;anmodning:</translation>
    </message>
    <message>
        <source>On the municipality&apos;s &amp;instruction:</source>
        <translation>På kommunens &amp;instruks:</translation>
    </message>
    <message>
        <source>The municipality&apos;s instruction</source>
        <translation>Kommunens instruks</translation>
    </message>
    <message>
        <source>who, when, their reference; e.g. letter of 2 March, 26-117</source>
        <translation>hvem, hvornår, deres reference; fx brev af 2. marts, 26-117</translation>
    </message>
    <message>
        <source>(no restriction or objection request to restrict on)</source>
        <translation>(ingen anmodning om begrænsning eller indsigelse at begrænse på)</translation>
    </message>
    <message>
        <source>Re&amp;strict</source>
        <translation>&amp;Begræns</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Ophæv begrænsningen</translation>
    </message>
    <message>
        <source>Tell the citizen that the restriction will be lifted before you lift it (GDPR art. 18(3)), and record here when and how.</source>
        <translation>Giv borgeren besked om, at begrænsningen ophæves, før du ophæver den (GDPR art. 18, stk. 3), og skriv her hvornår og hvordan.</translation>
    </message>
    <message>
        <source>The restriction</source>
        <translation>Begrænsningen</translation>
    </message>
    <message>
        <source>On instruction: %1</source>
        <translation>På instruks: %1</translation>
    </message>
    <message>
        <source>On the citizen&apos;s request</source>
        <translation>På borgerens anmodning</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>Why it is lifted</source>
        <translation>Hvorfor den ophæves</translation>
    </message>
    <message>
        <source>e.g. the municipality has decided the objection</source>
        <translation>fx kommunen har afgjort indsigelsen</translation>
    </message>
    <message>
        <source>When the citizen was told</source>
        <translation>Hvornår borgeren fik besked</translation>
    </message>
    <message>
        <source>How the citizen was told</source>
        <translation>Hvordan borgeren fik besked</translation>
    </message>
    <message>
        <source>Res&amp;triction:</source>
        <translation>&amp;Begrænsning:</translation>
    </message>
    <message>
        <source>&amp;Why it is lifted:</source>
        <translation>&amp;Hvorfor den ophæves:</translation>
    </message>
    <message>
        <source>Citizen told &amp;on:</source>
        <translation>Borgeren fik besked &amp;den:</translation>
    </message>
    <message>
        <source>Told &amp;how:</source>
        <translation>Besked &amp;givet via:</translation>
    </message>
    <message>
        <source>&amp;Lift</source>
        <translation>&amp;Ophæv</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Begrundelse for en ændring</translation>
    </message>
    <message>
        <source>The case is restricted. It may change only with the citizen&apos;s consent, for a legal claim, to protect another person&apos;s rights, or for an important public interest (GDPR art. 18(2)). Say which, in a few words: every change you make in this case until you close it is logged with this reason.</source>
        <translation>Sagen er begrænset. Den må kun ændres med borgerens samtykke, for et retskrav, for at beskytte en anden persons rettigheder eller af hensyn til vigtige samfundsinteresser (GDPR art. 18, stk. 2). Sig hvilket, med få ord: hver ændring, du laver i sagen, til du lukker den, logges med denne begrundelse.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
    <message>
        <source>e.g. the citizen asked for the correction</source>
        <translation>fx borgeren bad selv om rettelsen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Allow changes</source>
        <translation>&amp;Tillad ændringer</translation>
    </message>
    <message>
        <source>The citizen must have been told after the case was restricted, and not later than now.</source>
        <translation>Borgeren skal have fået besked efter, at sagen blev begrænset, og ikke senere end nu.</translation>
    </message>
    <message>
        <source>The case is already restricted on this request.</source>
        <translation>Sagen er allerede begrænset på denne anmodning.</translation>
    </message>
</context>
<context>
    <name>fortrolig::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>On Linux a window cannot refuse screen capture or screen sharing: stop sharing your screen before you open a case.</source>
        <translation>På Linux kan et vindue ikke afvise skærmoptagelse eller skærmdeling: stop skærmdelingen, før du åbner en sag.</translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Sprog (efter genstart):</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <source>Provider&apos;s name on consent forms</source>
        <translation>Leverandørens navn på samtykkeerklæringer</translation>
    </message>
    <message>
        <source>Folder with the provider&apos;s own consent forms</source>
        <translation>Mappe med leverandørens egne samtykkeerklæringer</translation>
    </message>
    <message>
        <source>Only the built-in forms</source>
        <translation>Kun de indbyggede blanketter</translation>
    </message>
    <message>
        <source>Course types, one per line</source>
        <translation>Forløbstyper, én pr. linje</translation>
    </message>
    <message>
        <source>&amp;Provider (consent forms):</source>
        <translation>&amp;Leverandør (samtykkeerklæringer):</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;forms folder:</source>
        <translation>Leverandørens &amp;blanketmappe:</translation>
    </message>
    <message>
        <source>Course &amp;types:</source>
        <translation>Forløbs&amp;typer:</translation>
    </message>
    <message>
        <source>Sync with the server every minutes</source>
        <translation>Synkroniser med serveren hvert antal minutter</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynkroniser hvert:</translation>
    </message>
    <message>
        <source>Your name on receipts</source>
        <translation>Dit navn på kvitteringer</translation>
    </message>
    <message>
        <source>Your user name, until you write your name</source>
        <translation>Dit brugernavn, indtil du skriver dit navn</translation>
    </message>
    <message>
        <source>Your &amp;name (receipts):</source>
        <translation>Dit &amp;navn (kvitteringer):</translation>
    </message>
    <message>
        <source>The provider&apos;s phone or e-mail, for the citizen to withdraw</source>
        <translation>Leverandørens telefon eller e-mail, så borgeren kan trække samtykket tilbage</translation>
    </message>
    <message>
        <source>Provider&apos;s c&amp;ontact (consent forms):</source>
        <translation>Leverandørens &amp;kontakt (samtykkeerklæringer):</translation>
    </message>
    <message>
        <source>Screen capture of this window is blocked: screenshots, screen sharing and recordings show it as an empty area.</source>
        <translation>Skærmoptagelse af dette vindue er blokeret: skærmbilleder, skærmdeling og optagelser viser det som et tomt felt.</translation>
    </message>
    <message>
        <source>This system refused to keep the window out of screen captures (an older version, or a remote session): stop sharing your screen before you open a case.</source>
        <translation>Systemet afviste at holde vinduet ude af skærmoptagelser (en ældre version eller en fjernsession): stop med at dele din skærm, før du åbner en sag.</translation>
    </message>
</context>
<context>
    <name>fortrolig::SetupPage</name>
    <message>
        <source>Welcome to Fortrolig</source>
        <translation>Velkommen til Fortrolig</translation>
    </message>
    <message>
        <source>Your caseload is kept in an encrypted journal on this computer. Choose a passphrase of at least 12 characters; a few ordinary words in a row are easy to remember and hard to guess. The journal&apos;s key is sealed with this passphrase and kept in the system keychain (or, where there is none, in a file beside the journal). Without the passphrase nobody can read the journal, not even your IT administrator, so keep it safe.</source>
        <translation>Dine borgersager gemmes i en krypteret journal på denne computer. Vælg en adgangsfrase på mindst 12 tegn; nogle almindelige ord efter hinanden er lette at huske og svære at gætte. Journalens nøgle forsegles med adgangsfrasen og gemmes i systemets nøglering (eller, hvor der ikke er en, i en fil ved siden af journalen). Uden adgangsfrasen kan ingen læse journalen, heller ikke din it-administrator, så pas godt på den.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gentag adgangsfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangsfrasens styrke</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;Opret journal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrke:</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>For kort: mindst %1 tegn.</translation>
    </message>
    <message>
        <source>Acceptable. Longer is better.</source>
        <translation>Acceptabel. Længere er bedre.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stærk.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangsfraser er forskellige.</translation>
    </message>
    <message>
        <source>I have a &amp;link from my provider</source>
        <translation>Jeg har et &amp;link fra min udbyder</translation>
    </message>
    <message>
        <source>Your IT administrator&apos;s message with a link that starts with fortrolig://enroll: this computer connects to your provider&apos;s server as soon as the journal is made, and your caseload arrives.</source>
        <translation>Beskeden fra din it-administrator med et link, der begynder med fortrolig://enroll: computeren forbinder til din udbyders server, så snart journalen er oprettet, og dine borgersager kommer med det samme.</translation>
    </message>
    <message>
        <source>Link from your provider</source>
        <translation>Link fra din udbyder</translation>
    </message>
    <message>
        <source>This is not a whole link from your provider: copy all of it, from fortrolig://enroll to the end.</source>
        <translation>Det er ikke et helt link fra din udbyder: kopiér det hele, fra fortrolig://enroll til slutningen.</translation>
    </message>
</context>
<context>
    <name>fortrolig::ShareDialog</name>
    <message>
        <source>Share with ...</source>
        <translation>Del med …</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Modtagerens navn</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Gem dokumentet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>May it be shared?</source>
        <translation>Må det deles?</translation>
    </message>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation>Del &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Modtager:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>It contains:</source>
        <translation>Det indeholder:</translation>
    </message>
    <message>
        <source>Choose what the document contains.</source>
        <translation>Vælg, hvad dokumentet indeholder.</translation>
    </message>
    <message>
        <source>Write the recipient&apos;s name.</source>
        <translation>Skriv modtagerens navn.</translation>
    </message>
    <message>
        <source>&amp;Share...</source>
        <translation>&amp;Del …</translation>
    </message>
    <message>
        <source>Asks where to save the document; the sharing is recorded once it is saved</source>
        <translation>Spørger, hvor dokumentet skal gemmes; delingen registreres, når det er gemt</translation>
    </message>
    <message>
        <source>shared-document</source>
        <translation>delt-dokument</translation>
    </message>
    <message>
        <source>The document could not be written in %1. Choose a folder you can write to. Nothing was shared or recorded.</source>
        <translation>Dokumentet kunne ikke skrives i %1. Vælg en mappe, du kan skrive i. Intet blev delt eller registreret.</translation>
    </message>
</context>
<context>
    <name>fortrolig::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Sign here with a finger, a pen or the mouse.</source>
        <translation>Skriv under her med en finger, en pen eller musen.</translation>
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
<context>
    <name>fortrolig::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Synkroniseringsproblemer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad der skete</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fjern fra listen</translation>
    </message>
    <message>
        <source>&amp;Copy the note</source>
        <translation>&amp;Kopiér notatet</translation>
    </message>
    <message>
        <source>Copies the whole note, to paste it where it is needed; the clipboard is cleared after 30 seconds</source>
        <translation>Kopierer hele notatet, så det kan sættes ind, hvor der er brug for det. Udklipsholderen tømmes efter 30 sekunder</translation>
    </message>
    <message>
        <source>&amp;Save the scan...</source>
        <translation>&amp;Gem scanningen …</translation>
    </message>
    <message>
        <source>Saves the scanned consent to a file, to pass it on to the consultant who has the case now</source>
        <translation>Gemmer det scannede samtykke i en fil, så det kan gives videre til den konsulent, der har sagen nu</translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation>Gem scanningen</translation>
    </message>
    <message>
        <source>The scan was not saved: %1</source>
        <translation>Scanningen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Dismiss it here once it has been passed on.</source>
        <translation>Gemt som %1. Fjern den her, når den er givet videre.</translation>
    </message>
</context>
<context>
    <name>fortrolig::SyncService</name>
    <message>
        <source>The server&apos;s certificate does not match the pin you were given, so nothing was sent. Tell your IT administrator; do not work around it.</source>
        <translation>Serverens certifikat passer ikke til den pin, du har fået, så intet blev sendt. Sig det til din IT-administrator; gå ikke uden om det.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept on this computer and sent at the next attempt.</source>
        <translation>Serveren svarede ikke i tide. Dit arbejde er gemt på computeren og sendes ved næste forsøg.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work is kept on this computer and sent at the next attempt.</source>
        <translation>Serveren kan ikke nås (%1). Dit arbejde er gemt på computeren og sendes ved næste forsøg.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Sync tries again later.</source>
        <translation>Serveren havde et problem (HTTP %1). Synkroniseringen prøver igen senere.</translation>
    </message>
    <message>
        <source>Wrong passphrase or one-time code.</source>
        <translation>Forkert adgangsfrase eller engangskode.</translation>
    </message>
    <message>
        <source>Your account on the server is locked after too many failed logins. Ask your administrator to unlock it.</source>
        <translation>Din konto på serveren er spærret efter for mange mislykkede login. Bed din administrator om at ophæve spærringen.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, used or expired. Ask your administrator for a new one.</source>
        <translation>Tilmeldingskoden er forkert, brugt eller udløbet. Bed din administrator om en ny.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the server has been revoked.</source>
        <translation>Denne computers adgang til serveren er tilbagekaldt.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2).</source>
        <translation>Serveren afviste forespørgslen (HTTP %1%2).</translation>
    </message>
    <message>
        <source>A case was moved to another consultant and removed from this computer.</source>
        <translation>En sag blev flyttet til en anden konsulent og fjernet fra denne computer.</translation>
    </message>
    <message>
        <source>A case was deleted on the server and removed from this computer.</source>
        <translation>En sag blev slettet på serveren og fjernet fra denne computer.</translation>
    </message>
    <message>
        <source>A change from the server could not be applied yet (%1). It is kept and tried again; updating Fortrolig may help.</source>
        <translation>En ændring fra serveren kunne ikke indføres endnu (%1). Den gemmes og prøves igen; en nyere udgave af Fortrolig kan hjælpe.</translation>
    </message>
    <message>
        <source>The server refused a change: the case has been deleted there.</source>
        <translation>Serveren afviste en ændring: sagen er slettet der.</translation>
    </message>
    <message>
        <source>The server refused a change: what it refers to is not on the server.</source>
        <translation>Serveren afviste en ændring: det, den henviser til, findes ikke på serveren.</translation>
    </message>
    <message>
        <source>The server refused a change: it is too large.</source>
        <translation>Serveren afviste en ændring: den er for stor.</translation>
    </message>
    <message>
        <source>The server refused a change: another change already has its identity.</source>
        <translation>Serveren afviste en ændring: en anden ændring har allerede samme identitet.</translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>Serveren afviste en ændring (%1).</translation>
    </message>
    <message>
        <source>This is not a Fortrolig server, or it speaks another version of the protocol.</source>
        <translation>Det er ikke en Fortrolig-server, eller den taler en anden udgave af protokollen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Serverens svar kunne ikke læses.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server.</source>
        <translation>Denne computer er ikke tilmeldt en server.</translation>
    </message>
    <message>
        <source>Log in to the server (passphrase and one-time code).</source>
        <translation>Log ind på serveren (adgangsfrase og engangskode).</translation>
    </message>
    <message>
        <source>Log in to the server again (passphrase and one-time code).</source>
        <translation>Log ind på serveren igen (adgangsfrase og engangskode).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Sync tries again later.</source>
        <translation>Serverens svar kunne ikke læses. Synkroniseringen prøver igen senere.</translation>
    </message>
    <message>
        <source>A note written here did not reach its case, which has moved to another consultant; copy it if it is needed, then dismiss it (it is deleted after %1 days): %2</source>
        <translation>Et notat skrevet her nåede ikke frem til sagen, som er flyttet til en anden konsulent. Kopiér det, hvis der er brug for det, og fjern det derefter fra listen (det slettes efter %1 dage): %2</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>En synkronisering er i gang; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The scan of a consent signed on paper (%1) belonged to a case that has moved to another consultant. Scans do not travel with a case: save it and pass it on, then dismiss it (it is deleted after %2 days).</source>
        <translation>Scanningen af et samtykke underskrevet på papir (%1) hørte til en sag, der er flyttet til en anden konsulent. Scanninger følger ikke med sagen: gem den og giv den videre, og fjern den derefter (den slettes efter %2 dage).</translation>
    </message>
    <message>
        <source>The server refused a change: the case is not yours on the server (it belongs to another consultant, or the server does not have it).</source>
        <translation>Serveren afviste en ændring: sagen er ikke din på serveren (den hører til en anden konsulent, eller serveren har den ikke).</translation>
    </message>
    <message>
        <source>The server is busy just now. Your work is kept on this computer and sent at the next attempt.</source>
        <translation>Serveren har travlt lige nu. Dit arbejde er gemt på denne computer og sendes ved næste forsøg.</translation>
    </message>
    <message>
        <source>Too many logins from this network just now. Try again in a few minutes.</source>
        <translation>For mange logins fra dette netværk lige nu. Prøv igen om et par minutter.</translation>
    </message>
    <message>
        <source>log in to the server first</source>
        <translation>log ind på serveren først</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>serveren kunne ikke nås</translation>
    </message>
</context>
<context>
    <name>fortrolig::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringens fremskridt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkroniser</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Synkroniser med serveren</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;nu</translation>
    </message>
    <message>
        <source>Sync &amp;problems...</source>
        <translation>Synkroniserings&amp;problemer …</translation>
    </message>
    <message>
        <source>&amp;Log in to the server...</source>
        <translation>&amp;Log ind på serveren …</translation>
    </message>
    <message>
        <source>&amp;Connect to a server...</source>
        <translation>&amp;Forbind til en server …</translation>
    </message>
    <message>
        <source>Not connected to a server: the journal is kept on this computer only.</source>
        <translation>Ikke forbundet til en server: journalen findes kun på denne computer.</translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation>Forbind …</translation>
    </message>
    <message>
        <source>Connecting to the server...</source>
        <translation>Forbinder til serveren …</translation>
    </message>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>Log ind på serveren for at synkronisere.</translation>
    </message>
    <message>
        <source>Log in...</source>
        <translation>Log ind …</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>Offline: sync tries again soon.</source>
        <translation>Offline: synkroniseringen prøver igen om lidt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ændring venter</numerusform>
            <numerusform>%n ændringer venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fortrolig::UnlockPage</name>
    <message>
        <source>Fortrolig is locked</source>
        <translation>Fortrolig er låst</translation>
    </message>
    <message>
        <source>Enter your &amp;passphrase to open your journal.</source>
        <translation>Skriv din &amp;adgangsfrase for at åbne din journal.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Besked om oplåsning</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Opening the journal...</source>
        <translation>Åbner journalen …</translation>
    </message>
</context>
<context>
    <name>fortrolig::Workspace</name>
    <message>
        <source>Search names and notes</source>
        <translation>Søg i navne og notater</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation>Alle borgere</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Ended courses</source>
        <translation>Afsluttede forløb</translation>
    </message>
    <message>
        <source>No course</source>
        <translation>Intet forløb</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Sagsstamme</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a citizen by CPR number</source>
        <translation>Find en borger ud fra CPR-nummer</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Reason for the look-up</source>
        <translation>Begrundelse for opslaget</translation>
    </message>
    <message>
        <source>Looking a citizen up by CPR number is recorded in the access log with your reason.</source>
        <translation>Opslag på CPR-nummer registreres i adgangsloggen med din begrundelse.</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Write a valid CPR number and the reason for looking it up.</source>
        <translation>Skriv et gyldigt CPR-nummer og begrundelsen for opslaget.</translation>
    </message>
    <message>
        <source>No citizen in your caseload has that CPR number.</source>
        <translation>Ingen borger i din sagsstamme har det CPR-nummer.</translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation>Skal slettes</translation>
    </message>
    <message>
        <source>No citizens yet.

Add a citizen from a referral, or connect to your provider&apos;s server to receive your caseload.</source>
        <translation>Ingen borgere endnu.

Tilføj en borger fra en henvisning, eller forbind til din udbyders server for at modtage din sagsstamme.</translation>
    </message>
    <message>
        <source>&amp;Add a citizen...</source>
        <translation>&amp;Tilføj en borger …</translation>
    </message>
    <message>
        <source>C&amp;onnect to the server...</source>
        <translation>F&amp;orbind til serveren …</translation>
    </message>
</context>
</TS>
