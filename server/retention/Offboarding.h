#pragma once

#include "app/core/Error.h"
#include "app/crypto/SecureBytes.h"
#include "app/domain/Municipality.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace fortrolig::server {

class CaseStore;
class RetentionService;
class ServerDatabase;

// One of the municipality's cases at the end of its contract with the provider.
struct OffboardCase
{
    enum class Verdict
    {
        Delete,     // every course is the municipality's: returned (if asked), then deleted
        Shared,     // another municipality's course too: returned, then the municipality's
                    // courses cut out (CaseStore::removeCourse); the rest stays
        Held,       // a legal hold in force (docs/retention.md): release it first
        Restricted, // a restriction in force (GDPR art. 18): the controller decides first
    };
    struct Course // one of the municipality's courses: its dates
    {
        QString id; // as case_courses keys it (CaseStore::courseIdOf), never printed
        QDate start;
        QDate end; // null: still running
    };
    struct Returned // a package written
    {
        QString courseId;
        QString file; // its name in the folder
        QString sha256;
    };
    QString citizenId; // the case's internal id
    QString consultant;
    QList<Course> courses;
    QStringList others; // Shared: the other municipalities' names
    Verdict verdict = Verdict::Delete;
    QList<Returned> returned;
    qint64 deletedAt = 0; // 0: not deleted (Shared: its courses cut out then)
    QString failure;      // what went wrong with this case (it is then not deleted)

    static QString verdictName(Verdict v); // "delete", "shared", "held", "restricted"
};

struct OffboardPlan
{
    Municipality municipality;
    QList<OffboardCase> cases; // by internal id
};

// The end of the provider's contract with a municipality (GDPR art. 28(3)(g); docs/offboarding.md):
// the hand-over package of every course of its cases (Occasion::ContractEnd: the server opens
// the case's events into a journal of its own, in a temporary folder under a random key, and
// makes the same JSON a laptop makes), then every case that is the municipality's alone
// deleted through the retention machinery (ledger, purge, audit; laptops delete at their next
// sync) and the municipality's courses cut out of a case another municipality shares, and a
// deletion certificate: internal references and dates, no personal data, signed
// with the server's Ed25519 key (derived from the storage key, subkey 6).
class Offboarding
{
public:
    using Clock = std::function<qint64()>;
    Offboarding(ServerDatabase& db, CaseStore& cases, RetentionService& retention,
                const SecureBytes& signingSeed, Clock clock);

    // The municipality's cases and what would happen to each (nothing changes).
    Result<OffboardPlan> plan(const QString& idOrName);

    struct Options
    {
        QString folder; // where the packages and the certificate go (must exist)
        bool returnPackages = false;
        QString actor; // "admin:USER"
    };
    struct Outcome
    {
        OffboardPlan plan;       // each case as it ended
        QJsonObject certificate; // as written, signed
        QString certificatePath; // deletion-certificate.json in the folder
        int failed = 0;
    };
    // Packages first (all of them, before anything is deleted: a package that cannot be made
    // or written stops the run with nothing deleted), then the deletions, then the certificate
    // (deletion-certificate.json; the administrator's command draws its PDF). A case that could
    // not be deleted is named in the certificate and counted in `failed`.
    Result<Outcome> run(const QString& idOrName, const Options& options);

    // The certificate's signature checked against this server's key: no error when it holds.
    Error verify(const QJsonObject& certificate) const;
    QString publicKey() const; // the signing key's public half, base64

    static constexpr int kCertificateVersion = 1;
    static inline const QString kCertificateSchema =
        QStringLiteral("fortrolig-deletion-certificate");

private:
    Error returnPackages(OffboardPlan& plan, const Options& options);
    void deleteCases(OffboardPlan& plan, const Options& options, int& failed);
    Error cutCourses(const OffboardCase& c, const QString& municipality, const QString& actor);
    QJsonObject certificate(const OffboardPlan& plan, const Options& options) const;
    QByteArray sign(const QByteArray& message) const;
    static QByteArray signedBytes(QJsonObject certificate); // without its signature

    ServerDatabase& m_db;
    CaseStore& m_cases;
    RetentionService& m_retention;
    SecureBytes m_secretKey; // Ed25519, 64 bytes
    QByteArray m_publicKey;  // 32 bytes
    Clock m_clock;
};

} // namespace fortrolig::server
