#include "app/consent/ConsentTemplate.h"

#include "app/consent/Consent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fortrolig {

QStringList ConsentTemplate::sectionNames() const
{
    QStringList out{QStringLiteral("title"),     QStringLiteral("controller"),
                    QStringLiteral("processor"), QStringLiteral("purpose"),
                    QStringLiteral("jobcentre"), QStringLiteral("validity"),
                    QStringLiteral("rights"),    QStringLiteral("withdraw"),
                    QStringLiteral("refusal"),   QStringLiteral("signature")};
    if (m_format >= 3)
        out << QStringLiteral("course") << QStringLiteral("contacts")
            << QStringLiteral("contactsUnknown") << QStringLiteral("retention")
            << QStringLiteral("complaint") << QStringLiteral("approved");
    return out;
}

QStringList ConsentTemplate::detailNames()
{
    return {QStringLiteral("courseType"),        QStringLiteral("courseStart"),
            QStringLiteral("controllerContact"), QStringLiteral("dpoContact"),
            QStringLiteral("retentionMonths"),   QStringLiteral("approvedOn"),
            QStringLiteral("providerContact")};
}

QStringList ConsentTemplate::rightsSections(const QMap<QString, QString>& details) const
{
    if (m_format < 3)
        return {};
    QStringList out{details.value(QStringLiteral("controllerContact")).isEmpty()
                        ? QStringLiteral("contactsUnknown")
                        : QStringLiteral("contacts"),
                    QStringLiteral("retention"), QStringLiteral("complaint")};
    if (!details.value(QStringLiteral("approvedOn")).isEmpty())
        out << QStringLiteral("approved");
    return out;
}

QStringList ConsentTemplate::receiptSections() const
{
    QStringList out{QStringLiteral("controller"), QStringLiteral("processor")};
    if (m_format >= 3) // what the rights page said, on paper too
        out << QStringLiteral("jobcentre") << QStringLiteral("course");
    return out;
}

QStringList ConsentTemplate::receiptClosingSections(const QMap<QString, QString>& details) const
{
    QStringList out{QStringLiteral("withdraw"), QStringLiteral("rights")};
    if (m_format >= 3)
        out.prepend(QStringLiteral("refusal"));
    return out + rightsSections(details);
}

QStringList ConsentTemplate::withdrawalReceiptSections(const QMap<QString, QString>& details) const
{
    return QStringList{QStringLiteral("rights")} + rightsSections(details);
}

QStringList ConsentTemplate::receiptPhraseNames()
{
    return {QStringLiteral("title"),           QStringLiteral("intro"),
            QStringLiteral("mayShare"),        QStringLiteral("nothingShared"),
            QStringLiteral("validUntil"),      QStringLiteral("untilCourseEnd"),
            QStringLiteral("signed"),          QStringLiteral("guardian"),
            QStringLiteral("consultant"),      QStringLiteral("reference"),
            QStringLiteral("withdrawalTitle"), QStringLiteral("withdrawnAll"),
            QStringLiteral("withdrawnSome"),   QStringLiteral("stillValid")};
}

QStringList ConsentTemplate::obtainingPhraseNames()
{
    return {QStringLiteral("mayObtain"), QStringLiteral("withdrawnObtain"),
            QStringLiteral("purpose")};
}

namespace {
Error bad(const QString& what)
{
    return Error(ErrorCode::InvalidInput, what);
}
} // namespace

Result<ConsentTemplate> ConsentTemplate::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not a valid JSON document (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    const QJsonObject o = doc.object();
    const int format = o.value(QStringLiteral("format")).toInt();
    if (format < 1 || format > 3)
        return bad(tr("unknown template format (expected \"format\": 1, 2 or 3)"));
    ConsentTemplate t;
    t.m_format = format;
    for (Error (ConsentTemplate::*read)(const QJsonObject&) :
         {&ConsentTemplate::readIdentity, &ConsentTemplate::readTexts,
          &ConsentTemplate::readCategories, &ConsentTemplate::readRecipients,
          &ConsentTemplate::readPurposes}) {
        if (Error e = (t.*read)(o))
            return e;
    }
    return t;
}

Error ConsentTemplate::readIdentity(const QJsonObject& o)
{
    m_id = o.value(QStringLiteral("id")).toString();
    if (m_id.isEmpty() || m_id.contains(QLatin1Char(' ')))
        return bad(tr("\"id\" is missing or contains spaces"));
    m_version = o.value(QStringLiteral("version")).toInt();
    if (m_version < 1)
        return bad(tr("\"version\" must be a whole number from 1"));
    m_language = o.value(QStringLiteral("language")).toString();
    if (m_language.size() != 2 || !m_language.at(0).isLower() || !m_language.at(1).isLower())
        return bad(tr("\"language\" must be a two-letter code such as \"da\""));
    const QString direction = o.value(QStringLiteral("direction")).toString();
    if (direction != QStringLiteral("ltr") && direction != QStringLiteral("rtl"))
        return bad(tr("\"direction\" must be \"ltr\" or \"rtl\""));
    m_rtl = direction == QStringLiteral("rtl");
    return {};
}

Error ConsentTemplate::readTexts(const QJsonObject& o)
{
    for (const QString& section : sectionNames()) {
        const QString text = o.value(section).toString().trimmed();
        if (text.isEmpty())
            return bad(tr("the text \"%1\" is missing or empty").arg(section));
        m_texts.insert(section, text);
    }
    // Format 3's texts say what the register and the course fill in: each must have its slot.
    static const QList<std::pair<const char*, const char*>> slots = {
        {"course", "courseType"},          {"course", "courseStart"},
        {"contacts", "controllerContact"}, {"contacts", "dpoContact"},
        {"retention", "retentionMonths"},  {"approved", "approvedOn"},
        {"withdraw", "providerContact"}};
    for (const auto& [section, slot] : slots) {
        const QString name = QString::fromLatin1(section);
        const QString placeholder = QStringLiteral("{%1}").arg(QString::fromLatin1(slot));
        if (m_format >= 3 && !m_texts.value(name).contains(placeholder))
            return bad(tr("the text \"%1\" must contain %2").arg(name, placeholder));
    }
    const QJsonObject receipt = o.value(QStringLiteral("receipt")).toObject();
    for (const QString& key :
         receiptPhraseNames() + (m_format >= 2 ? obtainingPhraseNames() : QStringList())) {
        const QString text = receipt.value(key).toString().trimmed();
        if (text.isEmpty())
            return bad(tr("the receipt text \"%1\" is missing or empty").arg(key));
        m_receipt.insert(key, text);
    }
    return {};
}

QString ConsentTemplate::insideASentence(const QString& label)
{
    QString out = label;
    if (out.size() > 1 && out.at(0).isUpper() && !out.at(1).isUpper())
        out[0] = out.at(0).toLower();
    return out;
}

Error ConsentTemplate::readCategories(const QJsonObject& o)
{
    QSet<QString> seen;
    for (const QJsonValue& v : o.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        Category cat{c.value(QStringLiteral("id")).toString(),
                     c.value(QStringLiteral("label")).toString().trimmed(),
                     c.value(QStringLiteral("explanation")).toString().trimmed(),
                     c.value(QStringLiteral("inSentence")).toString().trimmed()};
        if (cat.inSentence.isEmpty())
            cat.inSentence = insideASentence(cat.label);
        if (!InfoCategory::all().contains(cat.id))
            return bad(tr("unknown category \"%1\"").arg(cat.id));
        if (seen.contains(cat.id))
            return bad(tr("category \"%1\" appears twice").arg(cat.id));
        if (cat.label.isEmpty() || cat.explanation.isEmpty())
            return bad(tr("category \"%1\" needs a label and an explanation").arg(cat.id));
        seen.insert(cat.id);
        m_categories << cat;
    }
    // Every category must be offered, so that health and criminal records are always
    // separate, explicit choices and nothing hides inside "ordinary".
    for (const QString& id : InfoCategory::all()) {
        if (!seen.contains(id))
            return bad(tr("category \"%1\" is missing").arg(id));
    }
    return {};
}

Error ConsentTemplate::readRecipients(const QJsonObject& o)
{
    QSet<QString> seen;
    for (const QJsonValue& v : o.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject r = v.toObject();
        RecipientKindText kind{r.value(QStringLiteral("kind")).toString(),
                               r.value(QStringLiteral("label")).toString().trimmed(),
                               r.value(QStringLiteral("named")).toBool(),
                               r.value(QStringLiteral("inSentence")).toString().trimmed(),
                               r.value(QStringLiteral("explanation")).toString().trimmed()};
        if (kind.inSentence.isEmpty())
            kind.inSentence = insideASentence(kind.label);
        if (r.contains(QStringLiteral("explanation")) &&
            !r.value(QStringLiteral("explanation")).isString())
            return bad(tr("recipient kind \"%1\": \"explanation\" must be text").arg(kind.kind));
        if (kind.kind == RecipientKind::Jobcentre)
            return bad(tr("the jobcentre is not a consent recipient (it has the legal basis)"));
        if (!RecipientKind::all().contains(kind.kind))
            return bad(tr("unknown recipient kind \"%1\"").arg(kind.kind));
        if (seen.contains(kind.kind))
            return bad(tr("recipient kind \"%1\" appears twice").arg(kind.kind));
        if (kind.label.isEmpty())
            return bad(tr("recipient kind \"%1\" needs a label").arg(kind.kind));
        // A company, a doctor, a relative: the consent must say which one.
        if (!Recipient{kind.kind, {}}.isValid() && !kind.named)
            return bad(tr("recipient kind \"%1\" must be \"named\"").arg(kind.kind));
        seen.insert(kind.kind);
        m_recipients << kind;
    }
    if (m_recipients.isEmpty())
        return bad(tr("no recipients"));
    return {};
}

Error ConsentTemplate::readPurposes(const QJsonObject& o)
{
    const QJsonValue list = o.value(QStringLiteral("purposes"));
    if (m_format < 2)
        return list.isUndefined() ? Error() : bad(tr("\"purposes\" needs \"format\": 2"));
    QSet<QString> seen;
    for (const QJsonValue& v : list.toArray()) {
        const Purpose p{v.toObject().value(QStringLiteral("id")).toString(),
                        v.toObject().value(QStringLiteral("label")).toString().trimmed()};
        if (p.id.isEmpty() || p.label.isEmpty())
            return bad(tr("a purpose needs an id and a label"));
        if (seen.contains(p.id))
            return bad(tr("purpose \"%1\" appears twice").arg(p.id));
        seen.insert(p.id);
        m_purposes << p;
    }
    if (m_purposes.isEmpty())
        return bad(tr("no purposes: a format 2 form lists the reasons for contacting someone"));
    return {};
}

QString ConsentTemplate::renderedText(const QString& municipality, const QString& provider) const
{
    QStringList parts;
    parts << QStringLiteral("%1 v%2 %3").arg(m_id).arg(m_version).arg(m_language);
    for (const QString& section : sectionNames()) {
        QString text = m_texts.value(section);
        text.replace(QStringLiteral("{municipality}"), municipality)
            .replace(QStringLiteral("{provider}"), provider);
        parts << text;
    }
    for (const Category& c : m_categories)
        parts << c.id + QStringLiteral(": ") + c.label + QStringLiteral(" - ") + c.explanation;
    for (const RecipientKindText& r : m_recipients) {
        parts << r.kind + QStringLiteral(": ") + r.label;
        if (!r.explanation.isEmpty()) // absent before version 2: older hashes unchanged
            parts << r.kind + QStringLiteral(" - ") + r.explanation;
    }
    return parts.join(QLatin1Char('\n'));
}

QString ConsentTemplate::recipientText(const Recipient& recipient) const
{
    QString who = recipient.kind;
    for (const RecipientKindText& k : m_recipients) {
        if (k.kind == recipient.kind)
            who = k.inSentence;
    }
    if (!recipient.name.isEmpty())
        who += QStringLiteral(" (") + recipient.name + QLatin1Char(')');
    return who;
}

QString ConsentTemplate::shareSentence(const QString& processor, const Recipient& recipient,
                                       const QStringList& categories, const QString& phrase) const
{
    QStringList cats; // in the form's order, as the citizen saw them
    for (const Category& c : m_categories) {
        if (categories.contains(c.id))
            cats << c.inSentence;
    }
    QString sentence = m_receipt.value(phrase);
    return sentence.replace(QStringLiteral("{processor}"), processor)
        .replace(QStringLiteral("{recipient}"), recipientText(recipient))
        .replace(QStringLiteral("{categories}"), cats.join(QStringLiteral(", ")));
}

QString ConsentTemplate::grantSentence(const QString& processor, const QString& controller,
                                       const ConsentGrant& grant, bool withdrawn) const
{
    const bool obtain = grant.direction == Direction::Obtain;
    const QString phrase =
        withdrawn ? (obtain ? QStringLiteral("withdrawnObtain") : QStringLiteral("withdrawnSome"))
                  : (obtain ? QStringLiteral("mayObtain") : QStringLiteral("mayShare"));
    QString out = shareSentence(processor, grant.recipient, grant.categories, phrase);
    out.replace(QStringLiteral("{municipality}"), controller);
    const QString purpose = m_receipt.value(QStringLiteral("purpose"));
    if (!withdrawn && !grant.purpose.isEmpty() && !purpose.isEmpty())
        out +=
            QLatin1Char(' ') + QString(purpose).replace(QStringLiteral("{purpose}"), grant.purpose);
    return out;
}

QString ConsentTemplate::textHash(const QString& municipality, const QString& provider) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(renderedText(municipality, provider).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

TemplateCatalogue TemplateCatalogue::load(const QString& providerDirectory)
{
    TemplateCatalogue c;
    QStringList files;
    for (const QString& name :
         QDir(QStringLiteral(":/consent")).entryList({QStringLiteral("*.json")}, QDir::Files))
        files << QStringLiteral(":/consent/") + name;
    if (!providerDirectory.isEmpty()) {
        for (const QString& name :
             QDir(providerDirectory).entryList({QStringLiteral("*.json")}, QDir::Files))
            files << QDir(providerDirectory).filePath(name);
    }
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (QFileInfo(path).fileName() == QStringLiteral("municipalities.json")) {
            auto entries = f.open(QIODevice::ReadOnly)
                               ? parseControllers(f.readAll())
                               : Result<QList<ControllerEntry>>(bad(f.errorString()));
            if (entries.ok())
                c.controllers = entries.value();
            else
                c.problems << QFileInfo(path).fileName() + QStringLiteral(": ") +
                                  entries.error().detail;
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            c.problems << QFileInfo(path).fileName() + QStringLiteral(": ") + f.errorString();
            continue;
        }
        auto t = ConsentTemplate::parse(f.readAll());
        if (!t.ok()) {
            c.problems << QFileInfo(path).fileName() + QStringLiteral(": ") + t.error().detail;
            continue;
        }
        if (c.find(t->id(), t->language(), t->version())) {
            c.problems << QFileInfo(path).fileName() + QStringLiteral(": ") +
                              ConsentTemplate::tr("a template with this id, language and "
                                                  "version is already loaded");
            continue;
        }
        c.templates << t.value();
    }
    // The newest of each form and language stays offered; the others are kept for records.
    QList<ConsentTemplate> newest;
    for (const ConsentTemplate& t : std::as_const(c.templates)) {
        bool later = false;
        for (const ConsentTemplate& o : std::as_const(c.templates))
            later = later ||
                    (o.id() == t.id() && o.language() == t.language() && o.version() > t.version());
        (later ? c.earlier : newest) << t;
    }
    c.templates = newest;
    return c;
}

const ConsentTemplate* TemplateCatalogue::find(const QString& id, const QString& language,
                                               int version) const
{
    for (const QList<ConsentTemplate>* list : {&templates, &earlier}) {
        for (const ConsentTemplate& t : *list) {
            if (t.id() == id && t.language() == language &&
                (version == 0 || t.version() == version))
                return &t;
        }
        if (version == 0)
            break; // the newest only
    }
    return nullptr;
}

QDate ControllerEntry::approvedOn(const QString& form, int version) const
{
    for (const Approval& a : approvals)
        if (a.form == form && a.version == version)
            return a.on;
    return {};
}

Result<QList<ControllerEntry>> TemplateCatalogue::parseControllers(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(ConsentTemplate::tr("not a valid JSON document (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    if (doc.object().value(QStringLiteral("format")).toInt() != 1)
        return bad(ConsentTemplate::tr("unknown format (expected \"format\": 1)"));
    QList<ControllerEntry> out;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("municipalities")).toArray()) {
        const QJsonObject m = v.toObject();
        ControllerEntry e{m.value(QStringLiteral("name")).toString().trimmed(),
                          m.value(QStringLiteral("contact")).toString().trimmed(),
                          m.value(QStringLiteral("dpo")).toString().trimmed(),
                          {}};
        if (e.name.isEmpty() || e.contact.isEmpty() || e.dpo.isEmpty())
            return bad(ConsentTemplate::tr("a municipality needs a name, a contact and its data "
                                           "protection officer's contact"));
        for (const QJsonValue& a : m.value(QStringLiteral("approved")).toArray()) {
            const QJsonObject o = a.toObject();
            ControllerEntry::Approval approval{
                o.value(QStringLiteral("form")).toString(),
                o.value(QStringLiteral("version")).toInt(),
                QDate::fromString(o.value(QStringLiteral("on")).toString(), Qt::ISODate)};
            if (approval.form.isEmpty() || approval.version < 1 || !approval.on.isValid())
                return bad(ConsentTemplate::tr("%1: an approval needs a form, a version and a "
                                               "date (YYYY-MM-DD)")
                               .arg(e.name));
            e.approvals << approval;
        }
        out << e;
    }
    return out;
}

ControllerEntry ControllerEntry::from(const Municipality& m)
{
    ControllerEntry e{m.name, m.contactLine(), m.dpoContact, {}, true};
    for (const Municipality::Approval& a : m.approvals)
        e.approvals << Approval{a.form, a.version, a.on};
    return e;
}

void TemplateCatalogue::useRegister(const MunicipalityRegister& municipalities)
{
    controllers.removeIf([&municipalities](const ControllerEntry& e) {
        return e.fromRegister || municipalities.byName(e.name);
    });
    QList<ControllerEntry> entries;
    for (const Municipality& m : municipalities.entries)
        entries << ControllerEntry::from(m);
    controllers = entries + controllers;
}

const ControllerEntry* TemplateCatalogue::controller(const QString& municipality) const
{
    const QString wanted = municipality.trimmed().toCaseFolded();
    for (const ControllerEntry& e : controllers)
        if (e.name.toCaseFolded() == wanted)
            return &e;
    return nullptr;
}

QMap<QString, QString> TemplateCatalogue::controllerDetails(const ConsentTemplate& form,
                                                            const QString& municipality) const
{
    QMap<QString, QString> out;
    const ControllerEntry* e = controller(municipality);
    if (!e)
        return out;
    out.insert(QStringLiteral("controllerContact"), e->contact);
    out.insert(QStringLiteral("dpoContact"), e->dpo);
    const QDate approved = e->approvedOn(form.id(), form.version());
    if (approved.isValid())
        out.insert(QStringLiteral("approvedOn"), approved.toString(Qt::ISODate));
    return out;
}

} // namespace fortrolig
