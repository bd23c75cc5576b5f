<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ServerCli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;fortrolig-server --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new storage key was made: %1
Back it up apart from the data and keep it secret: without it nothing stored can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --cert and --key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --cert and --key, or --data DIR for a development certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --data DIR (and --database URL for PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 0.0.0.0:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers must be 1-64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A development certificate was made: %1
For production give the provider&apos;s certificate with --cert and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices need this pin to enroll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>consultant %1 needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is 2-64 of a-z 0-9 . _ - (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1 (at least 12 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: set FORTROLIG_CONSULTANT_PASSPHRASE or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant %1 created. Add this to the consultant&apos;s authenticator app (it is shown once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TOTP secret for %1 (the old one no longer works):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked; their tokens no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: consultant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 needs an argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-days must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code works once, for %n day(s).</source>
        <translation>
            <numerusform>The code works once, for %n day.</numerusform>
            <numerusform>The code works once, for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1 is revoked. At its next contact it deletes its journal and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1 needs the citizen&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case assign needs the consultant&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case now belongs to %1; the former consultant&apos;s devices delete it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is deleted on the server; devices delete it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New epoch %1: devices will send what this server lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connections-per-address must be 1-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics must be ADDRESS:PORT, e.g. 127.0.0.1:9464</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login-workers must be 1-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logins-per-address must be 1-1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (municipalities without a rule of their own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the course ended</source>
        <translation>
            <numerusform>%n month after the course ended</numerusform>
            <numerusform>%n months after the course ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n month(s) after the course ended. Laptops receive the rule at their next sync.</source>
        <translation>
            <numerusform>%1 for %2: %n month after the course ended. Laptops receive the rule at their next sync.</numerusform>
            <numerusform>%1 for %2: %n months after the course ended. Laptops receive the rule at their next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: retention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held (by %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until released</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n case(s) would be deleted.</source>
        <translation>
            <numerusform>Dry run: %n case would be deleted.</numerusform>
            <numerusform>Dry run: %n cases would be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) deleted.</source>
        <translation>
            <numerusform>%n case deleted.</numerusform>
            <numerusform>%n cases deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held.</source>
        <translation>
            <numerusform>%n held.</numerusform>
            <numerusform>%n held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be deleted now; the next run tries again.</source>
        <translation>
            <numerusform>%n case could not be deleted now; the next run tries again.</numerusform>
            <numerusform>%n cases could not be deleted now; the next run tries again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hold is released; the case is deleted when its rule says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case hold needs --reason TEXT (why the case must be kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is held until %1: it is not deleted before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is held until released: it is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion-list needs --municipality NAME and --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: csv or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --to FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases deleted for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Internal references only: no name or CPR number. Made %1 (UTC).</source>
        <translation>
            <numerusform>%n case. Internal references only: no name or CPR number. Made %1 (UTC).</numerusform>
            <numerusform>%n cases. Internal references only: no name or CPR number. Made %1 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) made since the backup was made were made again.</source>
        <translation>
            <numerusform>%n deletion made since the backup was made was made again.</numerusform>
            <numerusform>%n deletions made since the backup was made were made again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command: note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note remove needs the citizen&apos;s id and the note&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note remove needs --reference: the controller&apos;s reference for the instruction (it is shown in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference: 1 to 64 letters, digits, spaces and . _ / : -, and not a CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case has no note with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was removed before; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The note is removed on the server (%n version(s)); devices remove it at their next sync and show a stub with the reference.</source>
        <translation>
            <numerusform>The note is removed on the server (%n version); devices remove it at their next sync and show a stub with the reference.</numerusform>
            <numerusform>The note is removed on the server (%n versions); devices remove it at their next sync and show a stub with the reference.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention set needs a kind (case, access-log, sync-problems, consents, disclosures) and a number of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: consents or disclosure records of %n case(s) would be deleted before the rest of the case.</source>
        <translation>
            <numerusform>Dry run: consents or disclosure records of %n case would be deleted before the rest of the case.</numerusform>
            <numerusform>Dry run: consents or disclosure records of %n cases would be deleted before the rest of the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consents or disclosure records of %n case(s) deleted before the rest of the case.</source>
        <translation>
            <numerusform>Consents or disclosure records of %n case deleted before the rest of the case.</numerusform>
            <numerusform>Consents or disclosure records of %n cases deleted before the rest of the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command: municipality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved form version(s)</source>
        <translation>
            <numerusform>%n approved form version</numerusform>
            <numerusform>%n approved form versions</numerusform>
        </translation>
    </message>
    <message>
        <source>statistics allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is empty: add a municipality with &apos;municipality add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no municipality with that id or name (see &apos;municipality list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcentre&apos;s secure address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcentre&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis shown to citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved consent forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (change with &apos;retention set KIND MONTHS --municipality NAME&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agreement-date takes a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--statistics: yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--approve takes FORM:VERSION:YYYY-MM-DD, several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unapprove takes FORM:VERSION of an approval the municipality has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no municipality with that id (see &apos;municipality list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is taken: give another with --id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another municipality is called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops receive it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT FORWARDED IN TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s),</source>
        <translation>
            <numerusform>%n open request,</numerusform>
            <numerusform>%n open requests,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>case restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted (GDPR art. 18): kept until the restriction is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>entries %1-%2 (%n held)</source>
        <translation>
            <numerusform>entries %1-%2 (%n held)</numerusform>
            <numerusform>entries %1-%2 (%n held)</numerusform>
        </translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGED AFTER WRITING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without their reason (a deleted case)</source>
        <translation>
            <numerusform>%n without its reason (a deleted case)</numerusform>
            <numerusform>%n without their reason (a deleted case)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device log(s) checked.</source>
        <translation>
            <numerusform>%n device log checked.</numerusform>
            <numerusform>%n device logs checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>give a case&apos;s internal id (a UUID), or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(does not match its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) of the case on the devices.</source>
        <translation>
            <numerusform>%n use of the case on the devices.</numerusform>
            <numerusform>%n uses of the case on the devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n access-log entry(s) of the devices are past the log&apos;s own period and would be deleted.</source>
        <translation>
            <numerusform>Dry run: %n access-log entry of the devices is past the log&apos;s own period and would be deleted.</numerusform>
            <numerusform>Dry run: %n access-log entries of the devices are past the log&apos;s own period and would be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) of the devices past the log&apos;s own period deleted.</source>
        <translation>
            <numerusform>%n access-log entry of the devices past the log&apos;s own period deleted.</numerusform>
            <numerusform>%n access-log entries of the devices past the log&apos;s own period deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>not handed over to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within %1 days have a course not handed over to the municipality: the consultant hands it over (&quot;Hand over to the jobcentre&quot;) before the case is deleted.</source>
        <translation>
            <numerusform>%n case due within %1 days has a course not handed over to the municipality: the consultant hands it over (&quot;Hand over to the jobcentre&quot;) before the case is deleted.</numerusform>
            <numerusform>%n cases due within %1 days have a course not handed over to the municipality: the consultant hands it over (&quot;Hand over to the jobcentre&quot;) before the case is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: a legal hold (release it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: restricted (GDPR art. 18; the municipality decides first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT deleted: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>municipality offboard: which municipality (its id)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality offboard: say --return (hand-over packages first) or --delete-only, as the municipality instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality offboard: --to FOLDER, an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n case(s) of %1, nothing changed.</source>
        <translation>
            <numerusform>Dry run: %n case of %1, nothing changed.</numerusform>
            <numerusform>Dry run: %n cases of %1, nothing changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion certificate: %1 (CVR %2), data-processing agreement %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract ended. Made %1 (UTC) by %2; %3. Internal references only: no name or CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over packages returned before deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted without return, as instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (Ed25519, key %1) in deletion-certificate.json: check it with &apos;fortrolig-server municipality verify-certificate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality verify-certificate FILE.json: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate does not hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature holds: this server signed the certificate for %1, made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses name municipalities the register lacks (their consent forms and hand-overs miss the contacts; add them, or have the course corrected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>its courses cut out; the case stays for another municipality&apos;s course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its courses deleted %1; the case stays for another municipality&apos;s course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its courses to be cut out; the case stays for another municipality&apos;s course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cases deleted %2, cases whose courses were cut out %3, kept %4, failed %5; packages returned %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not one of the server&apos;s settings as name = value (%3)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::AccessPackage</name>
    <message>
        <source>this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::AccessPackageDocument</name>
    <message>
        <source>Access package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this journal holds about %1 (CPR %2), made %3 by %4 for the municipality, the controller, to release. The JSON file beside this one holds the same in a machine-readable form (schema %5, version %6), with the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers the citizen&apos;s request (%1) received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (the file is in the JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 months after the course ended; due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log: who used the information, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From this laptop and, through the provider&apos;s server, the consultant&apos;s other devices: %n device(s) in all.</source>
        <translation>
            <numerusform>From this laptop and, through the provider&apos;s server, the consultant&apos;s other devices: %n device in all.</numerusform>
            <numerusform>From this laptop and, through the provider&apos;s server, the consultant&apos;s other devices: %n devices in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this laptop only: the provider&apos;s server, which holds the other devices&apos; logs, was not reached (%1). Make the package again when it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this laptop only: it is not connected to a server, so it is the only device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and contact details, with every version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CaseView</name>
    <message>
        <source>Copy &amp;CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the full CPR number; the clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;sents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected note, if the citizen&apos;s consent allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in this case were made on two computers before they synced. Both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n change in this case was made on two computers before they synced. Both versions are kept until you choose.</numerusform>
            <numerusform>%n changes in this case were made on two computers before they synced. Both versions are kept until you choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 until released: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not deleted while it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s planned end (%1) has passed, but the course has not been ended. Please end it: the retention period starts when the course ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %1 everything this computer holds of the case is deleted: notes, courses, consents, drafts and attachments (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>On %1 everything this computer holds of the case is deleted: notes, courses, consents, drafts and attachments (%n month after the course ended).</numerusform>
            <numerusform>On %1 everything this computer holds of the case is deleted: notes, courses, consents, drafts and attachments (%n months after the course ended).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is in %n day(s).</source>
        <translation>
            <numerusform>That is in %n day.</numerusform>
            <numerusform>That is in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deleted while a course is open; deleted %n month(s) after the course ends.</source>
        <translation>
            <numerusform>Not deleted while a course is open; deleted %n month after the course ends.</numerusform>
            <numerusform>Not deleted while a course is open; deleted %n months after the course ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>No course has ended: the case has no deletion date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules from the server, received %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules from this computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;ld...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case past its deletion date, e.g. while a complaint is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End your hold: the case is deleted on its date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rules could not be read: nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the course ended: the retention period starts then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End co&amp;urse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note removed on instruction (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of this note was removed on the controller&apos;s instruction (it was written in the wrong case). Only this line stays in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %1 the consents, with signatures and paper scans, are deleted, before the rest of the case (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>On %1 the consents, with signatures and paper scans, are deleted, before the rest of the case (%n month after the course ended).</numerusform>
            <numerusform>On %1 the consents, with signatures and paper scans, are deleted, before the rest of the case (%n months after the course ended).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1 the records of what was disclosed to whom are deleted, before the rest of the case (%n month(s) after the course ended).</source>
        <translation>
            <numerusform>On %1 the records of what was disclosed to whom are deleted, before the rest of the case (%n month after the course ended).</numerusform>
            <numerusform>On %1 the records of what was disclosed to whom are deleted, before the rest of the case (%n months after the course ended).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consents, with signatures and paper scans, are deleted %n month(s) after the course ends, before the rest of the case.</source>
        <translation>
            <numerusform>The consents, with signatures and paper scans, are deleted %n month after the course ends, before the rest of the case.</numerusform>
            <numerusform>The consents, with signatures and paper scans, are deleted %n months after the course ends, before the rest of the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records of what was disclosed to whom are deleted %n month(s) after the course ends, before the rest of the case.</source>
        <translation>
            <numerusform>The records of what was disclosed to whom are deleted %n month after the course ends, before the rest of the case.</numerusform>
            <numerusform>The records of what was disclosed to whom are deleted %n months after the course ends, before the rest of the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted since %1: kept as it is while the restriction is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to the &amp;jobcentre...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an ended course&apos;s closing report, reports, consents and disclosure log back to its municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to the jobcentre: the files are saved where you chose. Send them through the municipality&apos;s secure channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correc&amp;t a course...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a course&apos;s municipality, type or dates; what it said before stays in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the citizen&apos;s name or CPR number, or give or correct their address, phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen in the list to open the case.

Opening a case is a use of the citizen&apos;s data: it is written in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and down move between notes; Enter shows the note&apos;s history; F2 corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR %1 · born %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CaseloadModel</name>
    <message>
        <source>No course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted in %n day(s)</source>
        <translation>
            <numerusform>Deleted in %n day</numerusform>
            <numerusform>Deleted in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept past its deletion date: the case view says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end has passed: end the course in the case view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period ends: the case is deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from the citizen not yet answered: see Requests in the case view.</source>
        <translation>
            <numerusform>%n request from the citizen not yet answered: see Requests in the case view.</numerusform>
            <numerusform>%n requests from the citizen not yet answered: see Requests in the case view.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted (GDPR art. 18): nothing is passed on except to the municipality, and changes need a reason. The case view says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from the citizen is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed over, deleted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not handed over, deleted in %n day(s)</source>
        <translation>
            <numerusform>Not handed over, deleted in %n day</numerusform>
            <numerusform>Not handed over, deleted in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period ends, and an ended course was never handed over to its municipality: hand it over from the case view before it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CitizenMode</name>
    <message>
        <source>Consultant: leave citizen mode...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultant&apos;s passphrase is needed to leave citizen mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave citizen mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing the citizen chose has been saved: leaving now discards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CitizenRequest</name>
    <message>
        <source>Access to their information (GDPR art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of their information (GDPR art. 15(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification (GDPR art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (GDPR art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of use (GDPR art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (GDPR art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktindsigt (Public Administration Act)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktindsigt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;fortrolig-cli --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journal in %1; run &apos;fortrolig-cli init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: set FORTROLIG_PASSPHRASE or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf must be interactive, moderate or sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-store must be keychain or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least 12 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this computer has no system keychain. The journal&apos;s key is kept, sealed with your passphrase, in %1/journal.key. Anyone who copies the folder can try to guess the passphrase, so choose a long one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal created in %1 (key kept in: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal verified: encrypted, intact, access log chain unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen add needs --name and --cpr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPR number holds an impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPR number must be DDMMYY-SSSS or DDMMYYSSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the CPR number does not pass the modulus 11 check. Numbers issued since 2007 may not; it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen show needs the citizen&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen find needs a valid --cpr and a --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course add needs --citizen, --municipality, --type and --start YYYY-MM-DD (dates as YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course end needs --course ID and --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note add needs --citizen ID and --text TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note correct needs --note ID and --text TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note history needs --note ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent list needs --citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdraw needs --consent ID (and at most one --category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn. It takes effect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the scanned form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: consent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by your provider. The journal and its key have been deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll needs a fortrolig:// link, or --server, --code and --pin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with %1 as %2. Now log in: fortrolig-cli login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled; run &apos;fortrolig-cli enroll&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs the server passphrase and the one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in; run &apos;fortrolig-cli login&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not fully in sync: %n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Not fully in sync: %n change waiting to be sent.</numerusform>
            <numerusform>Not fully in sync: %n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s): fortrolig-cli sync problems</source>
        <translation>
            <numerusform>%n sync problem: fortrolig-cli sync problems</numerusform>
            <numerusform>%n sync problems: fortrolig-cli sync problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: fortrolig-cli conflict list</source>
        <translation>
            <numerusform>%n conflict to resolve: fortrolig-cli conflict list</numerusform>
            <numerusform>%n conflicts to resolve: fortrolig-cli conflict list</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the problem&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change will be sent again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict resolve needs the conflict&apos;s number and --value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved; the other versions stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync problems --save needs the problem&apos;s number and --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rescue what can be read: fortrolig-cli recover --to NEW-FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover needs --to FOLDER: a new folder for the recovered journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journal in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s table of contents cannot be read, so nothing can be recovered from it. Remove it, connect this computer to the server again and sync, and tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovered into %1: %n row(s) copied.</source>
        <translation>
            <numerusform>Recovered into %1: %n row copied.</numerusform>
            <numerusform>Recovered into %1: %n rows copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read (table: internal row numbers): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the server are kept and are sent at the next sync.</source>
        <translation>
            <numerusform>%n change not yet sent to the server is kept and is sent at the next sync.</numerusform>
            <numerusform>%n changes not yet sent to the server are kept and are sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the recovered journal with --journal %1 (or move it into place). The damaged journal in %2 was not changed: remove it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipient is missing: write --recipient KIND or KIND:NAME, where KIND is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name: write --recipient %1:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category is missing: write --category CAT, one or more of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Write one or more of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent %1 needs --citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent receipt needs --consent ID and --to FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--withdrawal must be a number from 1 (the first) or &apos;latest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this consent has %n withdrawal(s)</source>
        <translation>
            <numerusform>this consent has %n withdrawal</numerusform>
            <numerusform>this consent has %n withdrawals</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: consultant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is set: receipts show the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent were on a page that could not be read: what they made is kept on this computer, but they cannot be sent. Enter them again if your colleagues or the municipality need them.</source>
        <translation>
            <numerusform>%n change not yet sent was on a page that could not be read: what it made is kept on this computer, but it cannot be sent. Enter it again if your colleagues or the municipality need it.</numerusform>
            <numerusform>%n changes not yet sent were on a page that could not be read: what they made is kept on this computer, but they cannot be sent. Enter them again if your colleagues or the municipality need them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be given only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &quot;%2&quot; (a value with spaces goes in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules from the server, received %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules from this computer&apos;s settings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (none: cases are deleted %n month(s) after the course ended)
</source>
        <translation>
            <numerusform>  (none: cases are deleted %n month after the course ended)
</numerusform>
            <numerusform>  (none: cases are deleted %n months after the course ended)
</numerusform>
        </translation>
    </message>
    <message>
        <source>(every municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion today: %1; held past their due date: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: retention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n case(s) (nothing is deleted in a dry run):
</source>
        <translation>
            <numerusform>Would delete %n case (nothing is deleted in a dry run):
</numerusform>
            <numerusform>Would delete %n cases (nothing is deleted in a dry run):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s):
</source>
        <translation>
            <numerusform>Deleted %n case:
</numerusform>
            <numerusform>Deleted %n cases:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n case whose retention period ended was deleted from this computer.</numerusform>
            <numerusform>%n cases whose retention period ended were deleted from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>  note remove CITIZEN NOTE --reference REF  (a note written in the wrong case, on the
             controller&apos;s instruction: every version goes, a stub stays; a journal
             that syncs: on the server, fortrolig-server note remove)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed on instruction %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note remove needs the citizen&apos;s id and the note&apos;s id (citizen show lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference: 1 to 64 letters, digits, spaces and . _ / : -, and not a CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal syncs with a server: the note is removed there, so that the removal reaches every copy. Ask the administrator to run:
  fortrolig-server note remove %1 %2 --reference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed note %1 from case %2 on instruction %3: every version is deleted, a stub is left in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 was removed from case %2 already; the stub (instruction %3) stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>                          (also the consents and the disclosure records of a case
                          whose own, shorter period has ended)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>In force where a municipality has no rule of its own:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of cases due for deletion before the rest: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n part(s) of cases that stay (consents, disclosure records):
</source>
        <translation>
            <numerusform>Would delete %n part of cases that stay (consents, disclosure records):
</numerusform>
            <numerusform>Would delete %n parts of cases that stay (consents, disclosure records):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n part(s) of cases that stay (consents, disclosure records):
</source>
        <translation>
            <numerusform>Deleted %n part of cases that stay (consents, disclosure records):
</numerusform>
            <numerusform>Deleted %n parts of cases that stay (consents, disclosure records):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of cases (consents, disclosure records) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n part of a case (consents, disclosure records) whose retention period ended was deleted from this computer.</numerusform>
            <numerusform>%n parts of cases (consents, disclosure records) whose retention period ended were deleted from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>--direction is tell or obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction is tell or obtain, with --recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent record-paper needs --citizen, --course, --signer, --scan and at least one --grant or --obtain KIND[:NAME]=CAT,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sent takes a time, YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to answer is extended to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received takes a time, YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward it to the municipality by %1; the answer is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not forwarded in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the register of municipalities: the letter needs its address (fortrolig-server municipality add, then sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is restricted: a change needs --change-reason TEXT (why it must change: the citizen&apos;s consent, a legal claim, another person&apos;s rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	IN FORCE since %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	lifted %2 (citizen told %3 by %4: %5), set %6, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case restrict needs --request ID (a restriction or objection request) or --instruction TEXT (the municipality&apos;s), one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is restricted (%1): only the municipality that referred the citizen is told anything, and changes need a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--told-how must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--told takes a time, YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) may tell about someone other than the citizen: review them before release (&quot;review&quot; in the JSON).</source>
        <translation>
            <numerusform>%n part may tell about someone other than the citizen: review it before release (&quot;review&quot; in the JSON).</numerusform>
            <numerusform>%n parts may tell about someone other than the citizen: review them before release (&quot;review&quot; in the JSON).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log includes %n use(s) on the consultant&apos;s other devices, from the server.</source>
        <translation>
            <numerusform>The access log includes %n use on the consultant&apos;s other devices, from the server.</numerusform>
            <numerusform>The access log includes %n uses on the consultant&apos;s other devices, from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log is this laptop&apos;s only: the server was not asked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end-reason must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sent-to ADDRESS is needed: the register has no secure address for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) may tell about someone other than the citizen or belong to another course (&quot;review&quot; in the JSON).</source>
        <translation>
            <numerusform>%n part may tell about someone other than the citizen or belong to another course (&quot;review&quot; in the JSON).</numerusform>
            <numerusform>%n parts may tell about someone other than the citizen or belong to another course (&quot;review&quot; in the JSON).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hand-over package (schema %2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen has more than one running course: say which the note belongs to with --course ID</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen correct needs the id, --field name|cpr|address|phone|email and --value</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lift-on takes a day from today on, YYYY-MM-DD: the citizen is told before it is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice needs a --reason, and --language one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConflictDialog</name>
    <message>
        <source>Changed on two computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was corrected on two computers before they synced. Keep one text, or join them below. The other versions stay in the note&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on two computers before they synced. Choose the right value. The other stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentLabels</name>
    <message>
        <source>The referring jobcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work placement company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment fund (a-kasse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcentre: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentPanel</name>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen has consented to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws the chosen line at once. The citizen&apos;s other choices stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents (withdrawn lines are not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws the whole consent the chosen line belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s receipt for the chosen consent: save or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the consent form and turn the screen to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen said no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw r&amp;ecipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws everything the chosen line&apos;s recipient may receive under this consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for the wi&amp;thdrawal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper consent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent the citizen signed on paper, with its scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wit&amp;hdraw all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentPrepDialog</name>
    <message>
        <source>Prepare the consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course the consent is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider, as the form names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the form is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn the screen to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (company, doctor, person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has no running course. A consent is given for a course: add the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent form could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the provider&apos;s name as the form should show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write where the form is signed (town or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient the citizen will be asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form does not ask about recipient %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of recipient %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is on the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, and what they do (e.g. Jens Hansen, mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who recipient %1 is and what they do, e.g. &quot;Jens Hansen, mentor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom the citizen will be asked about. Type the name of a company, a doctor or a relative, and say whether we would tell them, get information from them, or both, and why, before you turn the screen: the citizen then chooses yes or no to each question, and which kinds of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: tell or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get information from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: purpose in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we want to do, e.g. plan your transport to the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (write it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why we would contact recipient %1, or write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form shows %1&apos;s contact details and its approval of version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s phone or e-mail, for the citizen to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail, e.g. 00 00 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the provider&apos;s phone or e-mail: the form tells the citizen to use it to withdraw their consent when you are not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your provider&apos;s register of municipalities, so the form cannot show its contact details: it tells the citizen to find them in the jobcentre&apos;s letter. Your provider adds the municipality; this computer receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not approved version %2 of this form (the register of municipalities says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These come from municipalities.json in the forms folder, not from your provider&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentReceipt</name>
    <message>
        <source>A consent signed on paper has the paper copy as its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form this consent was given on (%1, version %2, %3) is not installed here, so its receipt cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentSession</name>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what we may tell them, or answer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the consent is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the person who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen is under 15: the holder of parental responsibility signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what we may ask them about, or answer no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentTemplate</name>
    <message>
        <source>not a valid JSON document (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a two-letter code such as &quot;da&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;ltr&quot; or &quot;rtl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; needs a label and an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jobcentre is not a consent recipient (it has the legal basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recipient kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot; must be &quot;named&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt text &quot;%1&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template with this id, language and version is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient kind &quot;%1&quot;: &quot;explanation&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;purposes&quot; needs &quot;format&quot;: 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purpose needs an id and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purposes: a format 2 form lists the reasons for contacting someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template format (expected &quot;format&quot;: 1, 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; must contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format (expected &quot;format&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a municipality needs a name, a contact and its data protection officer&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an approval needs a form, a version and a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ConsentWizard</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the white field with a finger, a pen or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved. Please give the screen to your consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not want to give consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May %1 share information about you with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, I want that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may we tell them? Choose each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive information. Choose it only if you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long may we share it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until my &amp;course ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a &amp;date I choose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day the consent is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something is not as you want it, go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are under 15, so the holder of parental responsibility signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the holder of parental responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your signature with a finger, a pen or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear and sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is saved. Your consultant gives you a receipt, on paper or as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give the screen back to the consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May %1 get information about you from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask: to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may we ask them about? Choose each kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights and what happens to your information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ContactDetails</name>
    <message>
        <source>An address is at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number is 8 to 15 digits; spaces and a + in front may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address is written name@place.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a contact detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CorrectCitizenDialog</name>
    <message>
        <source>Correct the citizen&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier value stays in the journal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to remove it. The earlier value stays in the journal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CorrectCourseDialog</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to correct...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it said before stays in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s register of municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::CourseEnd</name>
    <message>
        <source>Job (ordinary or with wage subsidy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues on benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (illness, moving, stopped coming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::DamagePage</name>
    <message>
        <source>The journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the journal on this computer cannot be read. It may be a fault in the disk, or the file was changed outside Fortrolig. Fortrolig writes nothing more to it, so nothing more is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover what can still be read into a new journal. It opens with the same passphrase. When this computer syncs with your provider&apos;s server, what the server holds comes back and changes that were not yet sent are sent. The damaged journal is kept in a folder beside the new one until you remove it; tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering what can be read...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::EndCourseDialog</name>
    <message>
        <source>End the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, started %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the course ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case is deleted %n month(s) after the course ended: on %1, unless another course is open then or the case is held.</source>
        <translation>
            <numerusform>The case is deleted %n month after the course ended: on %1, unless another course is open then or the case is held.</numerusform>
            <numerusform>The case is deleted %n months after the course ended: on %1, unless another course is open then or the case is held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the course ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the course ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the closing report as a note of the kind &quot;Closing report&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::EnrollDialog</name>
    <message>
        <source>Connect to the provider&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT administrator gives you a link, or a server address, a one-time code and a pin. Paste the link, or type the three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link from the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin of the server&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address (https://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pin (sha256/...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::Error</name>
    <message>
        <source>The input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal already exists here. Choose another directory or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least 12 characters. A few ordinary words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s key cannot be found. Restore it from the keychain or the key file, or ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or cannot be reached. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is not encrypted. Fortrolig refuses to use it; tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not fit this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was made by a newer version of Fortrolig. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost, but nothing more can be saved until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged or has been changed outside Fortrolig. Nothing more is written to it. Recover what can still be read into a new journal, then sync, and tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is restricted (GDPR art. 18): a change needs a reason, given first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::GateDecision</name>
    <message>
        <source>Allowed: the referring jobcentre receives what the course requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the citizen&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the citizen has not consented to sharing with this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the citizen said no to the consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the citizen has withdrawn this consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the consent has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the consent does not cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the course from %1 ended on %2; its jobcentre receives the hand-over until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 referred the citizen to the course; its jobcentre receives what the course requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: only the jobcentre of the municipality that referred the citizen to a course has a legal basis, and the citizen has not consented to sharing with this jobcentre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the citizen has no course, so no jobcentre has a legal basis, and the citizen has not consented to sharing with this jobcentre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the course from %1 starts on %2. Until then its jobcentre has no legal basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the course from %1 ended on %2, and the hand-over to its jobcentre ended on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: courses from more than one municipality are running. Write the name of the municipality whose jobcentre is to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the citizen has not consented to our obtaining information from this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the consent does not cover obtaining %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the case is restricted (the citizen&apos;s request or the municipality&apos;s instruction). Nothing is passed on except to the jobcentre of the municipality that referred the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::HandOverDialog</name>
    <message>
        <source>Hand over to the jobcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of a course the municipality, the controller, gets back the closing report, the status reports and action plans, the course&apos;s consents with their withdrawals, and the log of what was disclosed: as a PDF to read and a JSON file. Send them through the municipality&apos;s secure channel, never ordinary e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, ended %3 (handed over %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, ended %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to check before handing over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the parts listed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s secure address it is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received it (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course has no closing report yet. Write it first: a new note of the kind &quot;Closing report&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds the closing report, %n status report(s), </source>
        <translation>
            <numerusform>It holds the closing report, %n status report, </numerusform>
            <numerusform>It holds the closing report, %n status reports, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s), </source>
        <translation>
            <numerusform>%n action plan, </numerusform>
            <numerusform>%n action plans, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) </source>
        <translation>
            <numerusform>%n consent </numerusform>
            <numerusform>%n consents </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n disclosure record(s).</source>
        <translation>
            <numerusform>and %n disclosure record.</numerusform>
            <numerusform>and %n disclosure records.</numerusform>
        </translation>
    </message>
    <message>
        <source>A consent that concerns a relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure that concerns a relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-over package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written while a course of %2 ran; check that it belongs to this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may tell about a relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may tell about a relative (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::HandOverDocument</name>
    <message>
        <source>Hand-over to the jobcentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: %1, CPR %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CVR %2; the jobcentre&apos;s secure address: %3; data-processing agreement: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned at the end of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s contract with %1, the controller, has ended, and the provider returns what it holds of this course before deleting it: every note written since the course began, the course&apos;s consents with their withdrawals, and the log of what was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the course the provider hands this back to %1, the controller: the closing report, the status reports and action plans written since the course began, the course&apos;s consents with their withdrawals, and the log of what was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by %2. The JSON file beside this one holds the same in a machine-readable form (schema %3, version %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::HoldDialog</name>
    <message>
        <source>Hold the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held case is not deleted when its retention period ends. Say why, without naming anyone: the reason is shown to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. complaint to Ankestyrelsen in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held &amp;until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a date, the case is held until you release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::LiftNoticeDialog</name>
    <message>
        <source>Letter: the restriction will be lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted on this day at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s decision, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter says since when and why the information was restricted, the municipality&apos;s decision, and whom to ask. Lift the restriction once it has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the letter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the municipality&apos;s reason: the citizen is told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no restriction in force, or no course to name the municipality by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restriction-lift-notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::LoginDialog</name>
    <message>
        <source>Log in to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as %1 on %2. The passphrase is your server passphrase, not the journal&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase and the six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::MainWindow</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;citizen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by C&amp;PR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s key is sealed with your passphrase and kept in this computer&apos;s keychain. Without your passphrase nobody can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keychain, so the journal&apos;s key is kept, sealed with your passphrase, in a file beside the journal (%1). Anyone who copies the folder can try to guess your passphrase: that is why it must be long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent forms that were not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen mode was left before the citizen answered: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by your provider (for example because it was reported lost). The journal and its key have been deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be read was recovered into a new journal. The damaged one is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock to open the new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent could not be rescued for sending; what they made is kept on this computer.</source>
        <translation>
            <numerusform>%n change not yet sent could not be rescued for sending; what it made is kept on this computer.</numerusform>
            <numerusform>%n changes not yet sent could not be rescued for sending; what they made is kept on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s table of contents cannot be read, so nothing can be recovered from it. Tell your IT administrator: the journal can be removed, and this computer connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases whose retention period ended could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) whose retention period ended were deleted from this computer.</source>
        <translation>
            <numerusform>%n case whose retention period ended was deleted from this computer.</numerusform>
            <numerusform>%n cases whose retention period ended were deleted from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consents or disclosure records of %n case(s), whose retention period ended, were deleted from this computer.</source>
        <translation>
            <numerusform>The consents or disclosure records of %n case, whose retention period ended, were deleted from this computer.</numerusform>
            <numerusform>The consents or disclosure records of %n cases, whose retention period ended, were deleted from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fortrolig::Municipality</name>
    <message>
        <source>1 to 100 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 32 of a-z, 0-9 and -, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jobcentre&apos;s secure address, 1 to %1 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 20 digits and spaces, + first if abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data protection officer&apos;s contact, 1 to %1 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 64 characters on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each approval names a form, a version from 1 and a date, once (FORM:VERSION:YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::NewCitizenDialog</name>
    <message>
        <source>New citizen from a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s register of municipalities: the consent form and the hand-over will lack its contacts. Check the spelling, or ask the administrator to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteEditor</name>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction (the earlier text stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the one it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (a company, a doctor, a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the one it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick which kinds of information it contains: the consent must allow obtaining each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s supplementary statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course the note belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is part of this course: it goes with the course&apos;s hand-over and is the referring municipality&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (ended %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course the note belongs to: the citizen has more than one running course.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteKind</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s supplementary statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::NoteTimeline::Delegate</name>
    <message>
        <source>... (select the note to read all of it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::PackageHtml</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text mentions a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the information came from a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relative is the recipient or the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written while a course of another municipality ran: check that it belongs to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it concerns information about relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found that names someone else; read it through all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These parts may tell about other people than the citizen (GDPR art. 15(4)). Read them and agree with the municipality what is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, with every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 was removed on the controller&apos;s instruction (%2), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents, with their withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed %2 by %3 (form %4, version %5); withdrawn: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures: told to whom, and obtained from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found that names someone else or belongs to another municipality&apos;s course; read it through all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These parts may tell about other people than the citizen, or may belong to another municipality&apos;s course (a note tied to no course, written while that course ran). They are included; check them before you use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::PaperConsentDialog</name>
    <message>
        <source>Consent signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a citizen who cannot sign on the screen: record the paper form they signed, as it is. Tick only what is ticked on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;scan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder of parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid only &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, as ticked on the paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (a company, a doctor, a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: choose the kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: write the name the paper gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: tick what the paper allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient as ticked on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has no course: a consent is for a course. Add the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scanned form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is empty or larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who signed the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: tell or get information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We may get information from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose for recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, as the paper gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is there twice in the same direction: tick all its kinds in one row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ReceiptDialog</name>
    <message>
        <source>Receipt for the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the citizen this receipt: save it as a PDF file for them, or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written in %1. Choose a folder you can write to. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ReferralForm</name>
    <message>
        <source>Write the citizen&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CPR number (DDMMYY-SSSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPR number has 10 digits: DDMMYY-SSSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPR number&apos;s first six digits are not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPR number does not pass the modulus 11 check. Numbers issued since 2007 need not; check it against the referral, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the referring municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date is after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::RequestDialog</name>
    <message>
        <source>Request from the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the citizen asks for, as soon as you receive it. The municipality decides; you forward the request to it at the latest the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the request came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, as the citizen put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you passed the request on to the municipality, the controller: where to, how and when. Use its secure address, never ordinary e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s address it was sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the municipality can extend the time to answer, by up to two months, and the citizen must be told why within the first month. Record its decision here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date to answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the municipality decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the citizen was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;told on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the citizen got the municipality&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the citizen was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. access given by the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot have been sent before the request came, or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address it was sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new date must be after the present one and at most three months after the request came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision and the telling cannot be before the request came, in the future, or the telling before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cannot be before the request came, or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict the case while the municipality decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is passed on except to the municipality, changes need a reason, and the case is not deleted, until the restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::RequestPanel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen asks for access, a copy, a correction, erasure, ... : record it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forwarded...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtended...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE: not forwarded to the municipality (was due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the municipality by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE: the answer was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is due soon, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests from this citizen. When the citizen asks to see, copy, correct or erase their information, or objects, record it here at once: it must reach the municipality by the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;w request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the municipality&apos;s answer (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for the citi&amp;zen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s receipt for the chosen request, in their language: save it as a PDF to print or send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;tter to the municipality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter that passes the chosen request on to the municipality, to its registered address: save it as a PDF and send it securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your provider&apos;s register of municipalities, so the letter has no address to go to. Your provider adds the municipality; this computer receives it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request-letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict the case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a restriction or objection request, or on the municipality&apos;s instruction (GDPR art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the journal holds about the citizen, for the municipality to release: a PDF to read and a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the access package (%1 and the PDF beside it). %n part(s) may tell about someone other than the citizen: review them before release.</source>
        <translation>
            <numerusform>Saved the access package (%1 and the PDF beside it). %n part may tell about someone other than the citizen: review it before release.</numerusform>
            <numerusform>Saved the access package (%1 and the PDF beside it). %n parts may tell about someone other than the citizen: review them before release.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the access package (%1 and the PDF beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for the uses on your other devices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its access log is this laptop&apos;s only: the server was not reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answ&amp;er given...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::RestrictionBar</name>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a chan&amp;ge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the restricted case must change; changes are logged with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ift the restriction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the citizen was told that it will be lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 on the municipality&apos;s instruction (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 on the citizen&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTED %1: nothing is passed on except to the municipality that referred the citizen, and a change needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes allowed until you close the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter a&amp;bout lifting it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper telling the citizen that the restriction will be lifted, and why, before it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::RestrictionDialog</name>
    <message>
        <source>Restrict the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the case is restricted, nothing is passed on to anyone but the municipality that referred the citizen, every change needs a reason, and the case is not deleted. Restrict it when the citizen asks for it (GDPR art. 18), objects (art. 21) while the municipality decides, or when the municipality instructs you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the citizen&apos;s &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the municipality&apos;s &amp;instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who, when, their reference; e.g. letter of 2 March, 26-117</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no restriction or objection request to restrict on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the citizen that the restriction will be lifted before you lift it (GDPR art. 18(3)), and record here when and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the citizen&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the municipality has decided the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the citizen was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the citizen was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;triction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it is lifted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen told &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is restricted. It may change only with the citizen&apos;s consent, for a legal claim, to protect another person&apos;s rights, or for an important public interest (GDPR art. 18(2)). Say which, in a few words: every change you make in this case until you close it is logged with this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the citizen asked for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen must have been told after the case was restricted, and not later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already restricted on this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux a window cannot refuse screen capture or screen sharing: stop sharing your screen before you open a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s name on consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the provider&apos;s own consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course types, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider (consent forms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;forms folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course &amp;types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server every minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name, until you write your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name (receipts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s phone or e-mail, for the citizen to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s c&amp;ontact (consent forms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture of this window is blocked: screenshots, screen sharing and recordings show it as an empty area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system refused to keep the window out of screen captures (an older version, or a remote session): stop sharing your screen before you open a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SetupPage</name>
    <message>
        <source>Welcome to Fortrolig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your caseload is kept in an encrypted journal on this computer. Choose a passphrase of at least 12 characters; a few ordinary words in a row are easy to remember and hard to guess. The journal&apos;s key is sealed with this passphrase and kept in the system keychain (or, where there is none, in a file beside the journal). Without the passphrase nobody can read the journal, not even your IT administrator, so keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. Longer is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a &amp;link from my provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT administrator&apos;s message with a link that starts with fortrolig://enroll: this computer connects to your provider&apos;s server as soon as the journal is made, and your caseload arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link from your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a whole link from your provider: copy all of it, from fortrolig://enroll to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::ShareDialog</name>
    <message>
        <source>Share with ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May it be shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the document contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recipient&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks where to save the document; the sharing is recorded once it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared-document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written in %1. Choose a folder you can write to. Nothing was shared or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with a finger, a pen or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SqlCipherDriver</name>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole note, to paste it where it is needed; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the scan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the scanned consent to a file, to pass it on to the consultant who has the case now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Dismiss it here once it has been passed on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SyncService</name>
    <message>
        <source>The server&apos;s certificate does not match the pin you were given, so nothing was sent. Tell your IT administrator; do not work around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept on this computer and sent at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Your work is kept on this computer and sent at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Sync tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the server is locked after too many failed logins. Ask your administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is wrong, used or expired. Ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s access to the server has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case was moved to another consultant and removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case was deleted on the server and removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from the server could not be applied yet (%1). It is kept and tried again; updating Fortrolig may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: the case has been deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: what it refers to is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: another change already has its identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Fortrolig server, or it speaks another version of the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server (passphrase and one-time code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server again (passphrase and one-time code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Sync tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note written here did not reach its case, which has moved to another consultant; copy it if it is needed, then dismiss it (it is deleted after %1 days): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of a consent signed on paper (%1) belonged to a case that has moved to another consultant. Scans do not travel with a case: save it and pass it on, then dismiss it (it is deleted after %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: the case is not yours on the server (it belongs to another consultant, or the server does not have it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy just now. Your work is kept on this computer and sent at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many logins from this network just now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in to the server first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;problems...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in to the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server: the journal is kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the server to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: sync tries again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fortrolig::UnlockPage</name>
    <message>
        <source>Fortrolig is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your &amp;passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the journal...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fortrolig::Workspace</name>
    <message>
        <source>Search names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a citizen by CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking a citizen up by CPR number is recorded in the access log with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a valid CPR number and the reason for looking it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen in your caseload has that CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens yet.

Add a citizen from a referral, or connect to your provider&apos;s server to receive your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a citizen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect to the server...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
