#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace fortrolig {

class ConsentTemplate;

// Which way information goes under a consent (retssikkerhedsloven § 11 a is about obtaining):
// the provider tells the recipient about the citizen, or obtains information about the
// citizen from them. Each is a choice of its own, with its own categories. Forms before
// version 3 asked only about telling, so their grants are all Tell.
enum class Direction
{
    Tell,
    Obtain
};
namespace DirectionName {
QString of(Direction d);                             // "tell", "obtain"
std::optional<Direction> parse(const QString& text); // "tell", "obtain"; else none
} // namespace DirectionName

// Whom information may go to. The jobcentre of the municipality that referred the citizen to
// a course needs no consent while that course runs and until its hand-over (the law's basis;
// see ConsentGate); everyone else needs a consent. Named kinds (a company, a doctor) carry the
// name the consultant typed before the citizen chose. A jobcentre's name is its municipality;
// without a name it means the referring one.
struct Recipient
{
    QString kind; // RecipientKind
    QString name; // may be empty for kinds that need no name

    static Recipient parse(const QString& text); // "KIND" or "KIND:NAME"
    QString text() const { return name.isEmpty() ? kind : kind + QLatin1Char(':') + name; }
    bool isValid() const;
    bool operator==(const Recipient& o) const
    {
        return kind == o.kind && name.compare(o.name, Qt::CaseInsensitive) == 0;
    }
};

namespace RecipientKind {
inline const QString Jobcentre = QStringLiteral("jobcentre");
QStringList all(); // jobcentre internship doctor psychologist akasse union relative other
bool needsName(const QString& kind); // internship doctor psychologist relative other
} // namespace RecipientKind

// Categories of information (retssikkerhedsloven §11a: a consent names which types).
// Health and criminal records are special categories: always separate, explicit choices.
namespace InfoCategory {
QStringList all(); // ordinary cpr health criminal economy relatives
bool isSpecial(const QString& category);
} // namespace InfoCategory

struct ConsentGrant
{
    Recipient recipient;
    QStringList categories;
    Direction direction = Direction::Tell;
    QString purpose = {}; // why the provider contacts them, as shown to the citizen
};

struct ConsentInput
{
    QString citizenId;
    QString courseId;   // the case the consent is for
    QString templateId; // "paper" for a consent signed on paper
    int templateVersion = 0;
    QString language;
    QString textHash; // SHA-256 of the exact text shown (or of the scanned paper)
    QList<ConsentGrant> grants;
    QDate validUntil; // null: until the course ends
    QString place;
    QString signer;       // the citizen, or the holder of parental responsibility
    QString signerRole;   // "citizen" or "guardian"
    QString controller;   // the municipality, as shown on the form
    QString processor;    // the provider, as shown on the form
    QByteArray signature; // Signature::toJson() of what was drawn
    QByteArray paperScan; // a consent signed on paper: the scanned form (textHash is its hash)
    QString paperScanName;
    // What the citizen was shown, page by page as rendered, in the form's language, with the
    // names filled in and the answers given (citizen mode); textHash is then its SHA-256.
    // Empty on paper.
    QString shownText = {};
    // The values filled into the form's placeholders as shown (the course, the municipality's
    // contacts, the retention period...): the receipt is made again from them, never from
    // what a register says later.
    QMap<QString, QString> details = {};
    // The form it was given on: with it, the journal hashes the receipt the record will make
    // (ConsentRecord::receiptHash) as it stores the consent.
    const ConsentTemplate* form = nullptr;
};

struct ConsentSummary
{
    QString id;
    QString courseId;
    QString status; // "given" or "refused"
    QString templateId;
    int templateVersion = 0;
    QString textHash;
    QDate validUntil;
    QDateTime signedAt;               // UTC
    QDateTime withdrawnAt;            // invalid: not withdrawn
    QList<ConsentGrant> activeGrants; // not withdrawn
};

// One question the citizen is asked in citizen mode: may we tell this recipient about you, or
// may we obtain information about you from them; and why (the purpose, in the form's
// language). The consultant prepares the questions; the citizen's answers make the grants.
struct ConsentQuestion
{
    Recipient recipient;
    Direction direction = Direction::Tell;
    QString purpose = {};
    static QList<ConsentQuestion> tellEach(const QList<Recipient>& recipients);
};

// One withdrawal: the whole consent (recipient empty), or categories of one recipient, in
// one direction or (none) both.
struct ConsentWithdrawal
{
    Recipient recipient;
    QStringList categories;
    QDateTime at;
    std::optional<Direction> direction = {};
};

// Everything a receipt shows, as it was signed (withdrawals do not change a receipt; they
// have receipts of their own, made from `withdrawals`).
struct ConsentRecord
{
    QString id;
    QString citizenName;
    QString status;
    QString templateId;
    int templateVersion = 0;
    QString language;
    QString textHash;
    QList<ConsentGrant> grants;
    QDate validUntil;
    QString place;
    QString signer;
    QString signerRole;
    QString controller;
    QString processor;
    QByteArray signature;
    QDateTime signedAt;
    QString consultant; // by name, as at signing (the user name where no name was known)
    QString citizenId = {};
    QList<ConsentWithdrawal> withdrawals; // oldest first
    QString shownText = {};               // see ConsentInput
    QMap<QString, QString> details = {};  // see ConsentInput
    QString receiptHash = {}; // ReceiptText::contentHash of the receipt as made at signing
};

struct DisclosureRecord
{
    QString id;
    Recipient recipient;
    QStringList categories;
    QString basis; // "legal-basis" or "consent"
    QString consentId;
    QString what;
    QDateTime at;
    QString author;
    Direction direction = Direction::Tell; // Obtain: information received from the recipient
};

// The consent gate's answer: may these categories about this citizen go to this recipient now
// (Tell), or be obtained from them (Obtain)?
struct GateDecision
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::GateDecision)
public:
    enum class Reason
    {
        LegalBasis,
        Consent,
        NoConsent,
        Refused,
        Withdrawn,
        Expired,
        CategoryNotCovered,
        // A jobcentre without the legal basis and without a consent:
        NotReferringMunicipality, // no course of the citizen is from this municipality
        NoCourse,                 // the citizen has no course at all
        CourseNotStarted,         // this municipality's course has not started yet
        CourseEnded,              // ... has ended, and so has the hand-over period after it
        JobcentreNotNamed,        // "the referring jobcentre": two municipalities' courses run
        // The case is restricted (art. 18): nothing is told to anyone but the controller.
        Restricted
    };
    // After a course's last day its jobcentre still receives the hand-over (the closing
    // report) for this many days; see docs/consent.md.
    static constexpr int handOverDays = 14;

    bool allowed = false;
    Reason reason = Reason::NoConsent;
    Direction direction = Direction::Tell; // the question asked
    QString consentId;                     // the consent that allows it
    QStringList notCovered;                // categories missing, for CategoryNotCovered
    // LegalBasis: the course the basis rests on. CourseNotStarted, CourseEnded: the course of
    // the recipient's municipality that came nearest.
    QString courseId;
    QString municipality; // that course's municipality, as recorded
    QDate courseStart;
    QDate courseEnd;         // the actual end, else the planned end; null: no end set
    bool inHandOver = false; // LegalBasis after the course's last day
    QDate handOverUntil() const
    {
        return courseEnd.isValid() ? courseEnd.addDays(handOverDays) : QDate();
    }
    QString explanation() const; // for a person, in the UI language
    QString code() const;        // stable, for scripts: "no-consent", "withdrawn", ...
};

} // namespace fortrolig
