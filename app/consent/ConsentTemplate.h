#pragma once

#include "app/consent/Consent.h"
#include "app/core/Error.h"
#include "app/domain/Municipality.h"

#include <QJsonObject>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace fortrolig {

// A consent form: versioned, one file per language, built in (resources/consent/) or added
// by a provider as a file without rebuilding. Loading validates everything; a template with
// any defect is rejected whole, with a message naming the defect, and is never shown in part.
class ConsentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ConsentTemplate)
public:
    // `inSentence`: the words inside a sentence ("your CPR number", "din læge"), written out in
    // the form file; a form without them gets the label with its first letter in lower case,
    // unless the second is a capital too (an abbreviation): never the whole label lowered.
    struct Category
    {
        QString id;
        QString label;
        QString explanation;
        QString inSentence = {};
    };
    struct RecipientKindText
    {
        QString kind;
        QString label;
        bool named = false;
        QString inSentence = {};
        // Shown with the question about this kind, and on the receipt (optional): what
        // naming it means ("your trade union" reveals membership, a special category).
        QString explanation = {};
    };

    // What the consultant may give as the reason for contacting a recipient (format 2): the
    // provider's list, in the form's language. "Other" is typed by the consultant.
    struct Purpose
    {
        QString id;
        QString label;
    };

    static Result<ConsentTemplate> parse(const QByteArray& json);
    // A label's words inside a sentence, where the form does not write them out.
    static QString insideASentence(const QString& label);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    // Format 1 forms ask only whether we may tell each recipient. Format 2 forms may also ask
    // whether we may obtain information from them, and give a purpose for each: they carry
    // the receipt phrases mayObtain, withdrawnObtain and purpose, and a list of purposes.
    int format() const { return m_format; }
    bool asksAboutObtaining() const { return m_format >= 2; }
    // Format 3 forms show the citizen's rights, the municipality's contacts, retention and the
    // complaint route on a page of their own before the summary, and name the course.
    bool hasRightsPage() const { return m_format >= 3; }
    const QList<Purpose>& purposes() const { return m_purposes; }
    QString language() const { return m_language; }
    bool rightToLeft() const { return m_rtl; }
    QString text(const QString& section) const { return m_texts.value(section); }
    // The receipt's sentences, in the form's own language (receipt.* keys in the file).
    QString receiptPhrase(const QString& key) const { return m_receipt.value(key); }
    static QStringList receiptPhraseNames();
    // "{processor} may tell your doctor (Dr. X) about: a, b." in the form's language, the
    // categories in the form's order. Used by the summary in citizen mode and the receipt.
    // "din læge (Dr. X)": the recipient as a sentence names it, in the form's language.
    QString recipientText(const Recipient& recipient) const;
    // `phrase` picks another receipt sentence with the same slots (withdrawnSome).
    QString shareSentence(const QString& processor, const Recipient& recipient,
                          const QStringList& categories,
                          const QString& phrase = QStringLiteral("mayShare")) const;
    // What a grant allows, as the summary and the receipt say it: mayShare or mayObtain with
    // the controller named ({municipality}), then the purpose sentence when there is one.
    // `withdrawn`: the withdrawal's sentence instead (withdrawnSome, withdrawnObtain).
    QString grantSentence(const QString& processor, const QString& controller,
                          const ConsentGrant& grant, bool withdrawn = false) const;
    static QStringList obtainingPhraseNames(); // required in format 2
    const QList<Category>& categories() const { return m_categories; }
    const QList<RecipientKindText>& recipients() const { return m_recipients; }

    // What the citizen is shown, with the municipality and provider filled in, in a fixed
    // order; and its SHA-256 (hex), which goes into the consent record.
    QString renderedText(const QString& municipality, const QString& provider) const;
    QString textHash(const QString& municipality, const QString& provider) const;

    // Every text a form of this format must have (format 3 adds the rights page's).
    QStringList sectionNames() const;
    // The rights page's texts (format 3), in order: the municipality's contacts (or, where they
    // are not known, where to find them), retention, complaint, and the approval when there is
    // one. `details` are the values to fill in (ConsentInput::details).
    QStringList rightsSections(const QMap<QString, QString>& details) const;
    // A receipt's texts: after its introduction (the controller and the processor; in format 3
    // also the jobcentre's legal basis and the course), after the grants (in format 3 first
    // what a no means), and on a withdrawal's receipt. Format 3's receipt says all the rights
    // page said.
    QStringList receiptSections() const;
    QStringList receiptClosingSections(const QMap<QString, QString>& details) const;
    QStringList withdrawalReceiptSections(const QMap<QString, QString>& details) const;
    // Format 3's placeholders, filled from the course and the municipality's entry.
    static QStringList detailNames();

private:
    // Parts of parse(), in order; each fills its fields or says what is wrong.
    Error readIdentity(const QJsonObject& o);
    Error readTexts(const QJsonObject& o);
    Error readCategories(const QJsonObject& o);
    Error readRecipients(const QJsonObject& o);
    Error readPurposes(const QJsonObject& o);
    QString m_id;
    int m_version = 0;
    int m_format = 1;
    QList<Purpose> m_purposes;
    QString m_language;
    bool m_rtl = false;
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_receipt;
    QList<Category> m_categories;
    QList<RecipientKindText> m_recipients;
};

// A municipality as the forms name it: its contacts and its data protection officer's as the
// citizen is shown them, and the versions of each form it has approved, with the date. From
// the provider's register (the server's, received with sync) or, for a municipality the
// register does not have, the file municipalities.json in the provider's forms folder (the
// offline fallback). Contacts are never typed per consent.
struct ControllerEntry
{
    struct Approval
    {
        QString form;
        int version = 0;
        QDate on;
    };
    QString name;
    QString contact;
    QString dpo;
    QList<Approval> approvals;
    bool fromRegister = false; // else from municipalities.json
    QDate approvedOn(const QString& form, int version) const;
    static ControllerEntry from(const Municipality& municipality);
};

// The built-in forms plus the valid ones in a provider's folder. Broken files are listed
// with their defects instead of being loaded. A form's earlier versions stay loaded beside
// the newest: a record is shown and its receipt made with the wording it was signed with,
// while new consents are asked with the newest.
struct TemplateCatalogue
{
    QList<ConsentTemplate> templates;   // the newest version of each form and language
    QList<ConsentTemplate> earlier;     // the versions before it, for records signed with them
    QStringList problems;               // "file: what is wrong"
    QList<ControllerEntry> controllers; // the register's entries, then municipalities.json's
    static TemplateCatalogue load(const QString& providerDirectory = {});
    // The register's entries replace those of municipalities.json with the same name (and
    // those of an earlier register); the file's others stay.
    void useRegister(const MunicipalityRegister& municipalities);
    static Result<QList<ControllerEntry>> parseControllers(const QByteArray& json);
    const ControllerEntry* controller(const QString& municipality) const;
    // The municipality's contacts and its approval of `form` (ConsentTemplate::detailNames),
    // those that are known.
    QMap<QString, QString> controllerDetails(const ConsentTemplate& form,
                                             const QString& municipality) const;
    // The newest version; with `version`, that version or none.
    const ConsentTemplate* find(const QString& id, const QString& language, int version = 0) const;
};

} // namespace fortrolig
