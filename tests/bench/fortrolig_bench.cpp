// fortrolig-bench: builds a synthetic caseload and prints one "name: value unit" line per
// figure, for an encrypted journal and for the same workload on a plain database through
// the same code (the encryption overhead). Figures, not pass/fail: see docs/performance.md.
#include "DesktopBench.h"
#include "TestSupport.h"
#include "app/crypto/WrappedKey.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace fortrolig;

namespace {

const char* const kWords[] = {"borgeren",
                              "samtale",
                              "praktik",
                              "virksomhed",
                              "jobcenter",
                              "kommune",
                              "handleplan",
                              "mentor",
                              "sygemelding",
                              "læge",
                              "psykolog",
                              "ryg",
                              "smerter",
                              "søvn",
                              "motivation",
                              "ledighed",
                              "a-kasse",
                              "fagforening",
                              "uddannelse",
                              "kursus",
                              "truck",
                              "lager",
                              "butik",
                              "rengøring",
                              "pleje",
                              "køkken",
                              "bager",
                              "chauffør",
                              "kontor",
                              "timer",
                              "uge",
                              "mandag",
                              "tirsdag",
                              "onsdag",
                              "torsdag",
                              "fredag",
                              "aftalt",
                              "opfølgning",
                              "møde",
                              "telefon",
                              "mail",
                              "status",
                              "afklaring",
                              "ressourceforløb",
                              "løntilskud",
                              "fleksjob",
                              "skåner",
                              "hensyn",
                              "økonomi",
                              "gæld",
                              "bolig",
                              "familie",
                              "børn",
                              "transport",
                              "cykel",
                              "bus",
                              "tog",
                              "kørekort",
                              "sprog",
                              "dansk",
                              "undervisning",
                              "netværk",
                              "mål",
                              "ønsker",
                              "styrker",
                              "udfordringer",
                              "trivsel",
                              "fremmøde",
                              "afbud",
                              "sygdom",
                              "behandling",
                              "medicin",
                              "genoptræning",
                              "fysioterapi",
                              "arbejdsprøvning",
                              "skånehensyn",
                              "tilbagemelding",
                              "positiv",
                              "bekymring",
                              "plan",
                              "næste",
                              "skridt",
                              "ansøgning",
                              "cv",
                              "jobsøgning",
                              "samarbejde",
                              "kollega",
                              "leder",
                              "arbejdstid",
                              "deltid",
                              "fuldtid",
                              "Ærø",
                              "Østerbro",
                              "Ålborg",
                              "støtte",
                              "vejledning",
                              "afslutning",
                              "rapport",
                              "indstilling",
                              "bevilling"};
constexpr int kWordCount = int(sizeof kWords / sizeof *kWords);
const char* const kFirst[] = {"Anne",  "Bo",     "Camilla", "Dennis", "Eva",   "Frederik",
                              "Gitte", "Henrik", "Ida",     "Jonas",  "Karin", "Lars",
                              "Maja",  "Niels",  "Olivia",  "Peter",  "Rikke", "Søren",
                              "Tove",  "Ulrik",  "Vibeke",  "Åse",    "Ørjan", "Ærenfried"};
const char* const kLast[] = {"Testsen", "Prøvesen",   "Eksempel",  "Fiktiv",     "Skabelon",
                             "Opdigt",  "Modelgaard", "Syntetisk", "Mønstersen", "Forsøgsholm"};

struct Options
{
    int citizens = 5000;
    int notes = 1000000;
    int samples = 200;
    QString dir;
    bool plainToo = true;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size() - 1));
    return v.at(i);
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void print(const char* name, double value, const char* unit, const QString& suffix = {})
{
    std::printf("%s%s: %.2f %s\n", name, qPrintable(suffix), value, unit);
    std::fflush(stdout);
}

QString noteText(QRandomGenerator& rng)
{
    // 20-120 words: about 150-1,000 characters, like a short to long case note.
    const int n = int(rng.bounded(20, 120));
    QString s;
    s.reserve(n * 9);
    for (int i = 0; i < n; ++i) {
        if (i)
            s += (i % 13 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
        s += QString::fromUtf8(kWords[rng.bounded(kWordCount)]);
    }
    return s + QLatin1Char('.');
}

std::optional<Cpr> syntheticCpr(QRandomGenerator& rng)
{
    // Born in the 1800s (7th digit 5-8, year 58-99): nobody real on a caseload.
    const QString text = QStringLiteral("%1%2%3-%4%5")
                             .arg(rng.bounded(1, 29), 2, 10, QLatin1Char('0'))
                             .arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'))
                             .arg(rng.bounded(58, 100), 2, 10, QLatin1Char('0'))
                             .arg(rng.bounded(5, 9))
                             .arg(rng.bounded(0, 1000), 3, 10, QLatin1Char('0'));
    return Cpr::parse(text);
}

struct Figures
{
    double build = 0, open = 0, caseload = 0, searchP50 = 0, searchP95 = 0, saveP50 = 0,
           saveP95 = 0, rss = 0, dbMb = 0;
    double pageCheck = 0; // every page's HMAC read and checked (verify, and after an error)
    // Retention: one case of kRetentionNotes notes deleted by its rule, as the laptop does
    // at unlock (erasure, the search index merged, the log truncated), timed per case.
    double deleteCaseP50 = 0, deleteCaseP95 = 0, dbMbBeforeDelete = 0, dbMbAfterDelete = 0;
};

constexpr int kRetentionNotes = 200;

double fileMb(const QString& path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
           (1024.0 * 1024.0);
}

// `cases` cases of kRetentionNotes notes each are added, then each in turn has its course
// ended long ago and is deleted by retention (the others' courses are still open).
void timeRetention(Journal& journal, const QString& path, int cases, QRandomGenerator& rng,
                   Figures& f)
{
    QStringList courses;
    {
        auto batch = journal.batch();
        test::require(batch.error(), "batch");
        for (int c = 0; c < cases; ++c) {
            auto id =
                journal.addCitizen(QStringLiteral("Slettes Testsen %1").arg(c), *syntheticCpr(rng));
            auto course = journal.addCourse({id.value(),
                                             QStringLiteral("Testby Kommune"),
                                             QStringLiteral("afklaringsforløb"),
                                             {},
                                             QDate(2024, 1, 1),
                                             {}});
            courses << course.value();
            for (int n = 0; n < kRetentionNotes; ++n)
                test::require(journal.addNote(id.value(), noteText(rng)).error(), "addNote");
        }
        test::require(batch.commit(), "commit");
    }
    test::require(journal.finishErasure(), "checkpoint"); // start from a truncated log
    f.dbMbBeforeDelete = fileMb(path);
    QList<double> times;
    for (const QString& course : std::as_const(courses)) {
        test::require(journal.endCourse(course, QDate(2024, 6, 1)), "endCourse");
        QElapsedTimer t;
        t.start();
        auto run = journal.applyRetention(QDate::currentDate());
        times << double(t.nsecsElapsed()) / 1e6;
        if (!run.ok() || run->count() != 1)
            std::fprintf(stderr, "retention deleted %lld cases, not 1\n",
                         run.ok() ? qlonglong(run->count()) : -1LL);
    }
    f.dbMbAfterDelete = fileMb(path);
    f.deleteCaseP50 = percentile(times, 0.50);
    f.deleteCaseP95 = percentile(times, 0.95);
}

std::unique_ptr<Journal> openJournal(const QString& path, const SecureBytes& key, bool plain,
                                     JournalDatabase::Mode mode, double* openMs)
{
    JournalDatabase::Options o;
    o.benchmarkWithoutEncryption = plain;
    QElapsedTimer t;
    t.start();
    auto db = JournalDatabase::open(path, key, mode, o);
    if (!db.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message()));
        std::exit(1);
    }
    if (Error e = Migrations::migrate(db.value()->db())) {
        std::fprintf(stderr, "migrate failed: %s\n", qPrintable(e.message()));
        std::exit(1);
    }
    if (openMs)
        *openMs = double(t.nsecsElapsed()) / 1e6;
    return std::make_unique<Journal>(
        std::move(db.value()), Identity{QStringLiteral("bench"), QStringLiteral("bench-device")});
}

Figures run(const Options& opt, const QString& dir, bool plain)
{
    Figures f;
    const QString path =
        dir + (plain ? QStringLiteral("/plain.db") : QStringLiteral("/journal.db"));
    const SecureBytes key = plain ? SecureBytes() : SecureBytes::random(32);
    QRandomGenerator rng(20261123); // same data for both runs
    QStringList ids;
    {
        auto journal = openJournal(path, key, plain, JournalDatabase::Mode::Create, nullptr);
        QElapsedTimer t;
        t.start();
        auto batch = std::make_optional(journal->batch());
        test::require(batch->error(), "batch");
        for (int i = 0; i < opt.citizens; ++i) {
            const QString name = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]) +
                                 QLatin1Char(' ') +
                                 QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]) +
                                 QLatin1Char(' ') + QString::number(i);
            auto id = journal->addCitizen(name, *syntheticCpr(rng));
            ids << id.value();
            // One citizen in ten has an open request (a pessimistic share): the caseload
            // folds them into its status column.
            if (i % 10 == 0)
                test::require(journal
                                  ->addRequest({id.value(),
                                                QStringLiteral("access"),
                                                QStringLiteral("phone"),
                                                QDateTime::currentDateTime().addDays(-3),
                                                {}})
                                  .error(),
                              "addRequest");
            if (rng.bounded(4) != 0)
                test::require(journal->addCourse({id.value(),
                                                  QStringLiteral("Testby Kommune"),
                                                  QStringLiteral("afklaringsforløb"),
                                                  {},
                                                  QDate(2026, 1, 1).addDays(rng.bounded(300)),
                                                  QDate(2026, 12, 1)}),
                              "addCourse");
        }
        for (int n = 0; n < opt.notes; ++n) {
            if (!journal->addNote(ids.at(rng.bounded(int(ids.size()))), noteText(rng)).ok()) {
                std::fprintf(stderr, "note failed\n");
                std::exit(1);
            }
            if (n % 5000 == 4999) {
                test::require(batch->commit(), "commit");
                batch.reset();
                batch.emplace(journal->batch());
                test::require(batch->error(), "batch");
            }
        }
        test::require(batch->commit(), "commit");
        f.build = double(opt.notes) / (double(t.nsecsElapsed()) / 1e9);
    }
    f.dbMb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    auto journal = openJournal(path, key, plain, JournalDatabase::Mode::Open, &f.open);
    QElapsedTimer t;
    t.start();
    auto rows = journal->caseload();
    f.caseload = double(t.nsecsElapsed()) / 1e6;
    if (!rows.ok() || rows->size() != opt.citizens)
        std::fprintf(stderr, "caseload incomplete\n");
    f.rss = rssMb();

    QList<double> search;
    for (int i = 0; i < opt.samples; ++i) {
        QString q = QString::fromUtf8(kWords[rng.bounded(kWordCount)]);
        if (i % 3 == 0)
            q += QLatin1Char(' ') + QString::fromUtf8(kWords[rng.bounded(kWordCount)]);
        if (i % 5 == 0)
            q = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]).left(4);
        t.restart();
        auto hits = journal->search(q);
        search << double(t.nsecsElapsed()) / 1e6;
    }
    f.searchP50 = percentile(search, 0.50);
    f.searchP95 = percentile(search, 0.95);

    QList<double> save;
    for (int i = 0; i < opt.samples; ++i) {
        const QString text = noteText(rng);
        t.restart();
        auto r =
            journal->addNote(ids.at(rng.bounded(int(ids.size()))), text); // its own durable commit
        save << double(t.nsecsElapsed()) / 1e6;
    }
    f.saveP50 = percentile(save, 0.50);
    f.saveP95 = percentile(save, 0.95);
    if (!plain) {
        t.restart();
        const PageCheck::Report pages = JournalInternals::database(*journal).checkPages();
        f.pageCheck = double(t.nsecsElapsed()) / 1e6;
        if (pages.damaged() || !pages.readError.isEmpty() || pages.pagesChecked == 0)
            std::fprintf(stderr, "page check failed\n");
        timeRetention(*journal, path, std::min(opt.samples, 20), rng, f);
    }
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    // The desktop figures need widgets; without a display they run on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fortrolig journal benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("citizens"), QStringLiteral("Citizens in the caseload."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Case notes in all."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Searches and saves to time."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where to build (default: a temporary folder)."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("encrypted-only"), QStringLiteral("Skip the unencrypted comparison.")});
    parser.addOption({QStringLiteral("desktop-citizens"),
                      QStringLiteral("Citizens for the desktop figures (0: skip)."),
                      QStringLiteral("n"), QStringLiteral("5000")});
    parser.process(app);
    Options opt;
    opt.citizens = std::max(1, parser.value(QStringLiteral("citizens")).toInt());
    opt.notes = std::max(0, parser.value(QStringLiteral("notes")).toInt());
    opt.samples = std::max(1, parser.value(QStringLiteral("samples")).toInt());
    opt.plainToo = !parser.isSet(QStringLiteral("encrypted-only"));
    QTemporaryDir tmp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);

    std::printf("caseload: %d citizens, %d notes\n", opt.citizens, opt.notes);
    {
        // Argon2id at the default profile, as an unlock pays it.
        const SecureBytes key = SecureBytes::random(32);
        const SecureBytes pass = SecureBytes::copyOf("bench passphrase long", 21);
        auto sealed = WrappedKey::seal(key, pass, KdfProfile::Moderate);
        QList<double> unlock;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            SecureBytes out;
            test::require(sealed->open(pass, &out), "open the sealed key");
            unlock << double(t.nsecsElapsed()) / 1e6;
        }
        print("argon2id_unlock", percentile(unlock, 0.5), "ms");
    }
    const Figures enc = run(opt, dir, false);
    print("build_notes_per_second", enc.build, "notes/s");
    print("journal_size", enc.dbMb, "MB");
    print("journal_open_with_key", enc.open, "ms");
    print("caseload_list", enc.caseload, "ms");
    print("note_search_p50", enc.searchP50, "ms");
    print("note_search_p95", enc.searchP95, "ms");
    print("durable_note_save_p50", enc.saveP50, "ms");
    print("durable_note_save_p95", enc.saveP95, "ms");
    print("rss_after_open", enc.rss, "MB");
    print("verify_every_page", enc.pageCheck, "ms");
    print("verify_every_page_rate", enc.dbMb / std::max(enc.pageCheck / 1000.0, 1e-9), "MB/s");
    print("retention_delete_case_of_200_notes_p50", enc.deleteCaseP50, "ms");
    print("retention_delete_case_of_200_notes_p95", enc.deleteCaseP95, "ms");
    print("journal_size_before_deletions", enc.dbMbBeforeDelete, "MB");
    print("journal_size_after_deletions", enc.dbMbAfterDelete, "MB");
    if (opt.plainToo) {
        const Figures pl = run(opt, dir, true);
        const QString p = QStringLiteral("_unencrypted");
        print("build_notes_per_second", pl.build, "notes/s", p);
        print("caseload_list", pl.caseload, "ms", p);
        print("note_search_p50", pl.searchP50, "ms", p);
        print("note_search_p95", pl.searchP95, "ms", p);
        print("durable_note_save_p50", pl.saveP50, "ms", p);
        print("durable_note_save_p95", pl.saveP95, "ms", p);
        print("overhead_build", pl.build / std::max(enc.build, 1e-9), "x");
        print("overhead_caseload_list", enc.caseload / std::max(pl.caseload, 1e-9), "x");
        print("overhead_note_search_p50", enc.searchP50 / std::max(pl.searchP50, 1e-9), "x");
        print("overhead_durable_note_save_p50", enc.saveP50 / std::max(pl.saveP50, 1e-9), "x");
    }
    const int desktopCitizens = parser.value(QStringLiteral("desktop-citizens")).toInt();
    if (desktopCitizens > 0)
        runDesktopBench(desktopCitizens, FORTROLIG_APP);
    return 0;
}
