#pragma once

#include "app/core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fortrolig {

// A municipality the provider works for: the controller of the citizens it refers. Its entry
// in the provider's register (fortrolig-server municipality add) says how the citizen and the
// consultant reach it, under which agreement the provider processes, what it has approved,
// and what it allows. Laptops receive the register with sync (docs/municipalities.md).
//
// Nothing in an entry is about a citizen: the contacts are the municipality's offices.
struct Municipality
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::Municipality)
public:
    struct Approval // a version of a consent form the municipality has approved, and when
    {
        QString form;
        int version = 0;
        QDate on;
        bool operator==(const Approval&) const = default;
    };

    QString id;               // short and stable: "testby" (a-z, 0-9, '-'; 1 to 32)
    QString name;             // as courses name it: "Testby Kommune"
    QString cvr;              // 8 digits, with a valid check digit
    QString jobcentreAddress; // the jobcentre's secure address (secure mail, Digital Post)
    QString jobcentrePhone;   // may be empty
    QString dpoContact;       // the municipality's data protection officer
    QDate agreementDate;      // the data-processing agreement's date
    QString agreementReference;
    QString legalBasis; // the municipality's text on the jobcentre's legal basis, for citizens
    QList<Approval> approvals;
    bool statisticsAllowed = false; // anonymised statistics of its courses
    QString changedAt;              // ISO 8601 UTC, set by the server

    // The contact the consent form and the receipts show: the secure address and the phone.
    QString contactLine() const;
    QDate approvedOn(const QString& form, int version) const;

    // The first defect, naming the field ("cvr: ..."), or no error.
    Error check() const;
    static bool validCvr(const QString& cvr);
    static QString idFromName(const QString& name); // "Ærø Kommune" -> "aeroe"
    // The name without its last word when that only says it is a municipality, for a column
    // with little room: "Testby Kommune" -> "Testby", "Bornholms Regionskommune" -> "Bornholms";
    // any other name as it is.
    static QString shortName(const QString& name);

    QJsonObject toJson() const;
    static Result<Municipality> fromJson(const QJsonObject& object);

    bool operator==(const Municipality&) const = default;

    static constexpr int kMaxText = 200;
    static constexpr int kMaxLegalBasis = 2000;
    static constexpr int kMaxApprovals = 100;
};

// The register as a laptop keeps it: every entry, found by id or by the name courses use.
struct MunicipalityRegister
{
    QList<Municipality> entries;
    const Municipality* byId(const QString& id) const;
    const Municipality* byName(const QString& name) const; // case and spacing ignored

    QJsonArray toJson() const;
    static Result<MunicipalityRegister> fromJson(const QJsonArray& array);
    static constexpr int kMaxEntries = 1000;
};

} // namespace fortrolig
