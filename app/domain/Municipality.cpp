#include "app/domain/Municipality.h"

#include <QRegularExpression>
#include <QSet>

namespace fortrolig {

namespace {

Error invalid(const char* field, const QString& what)
{
    return Error(ErrorCode::InvalidInput, QString::fromLatin1(field) + QStringLiteral(": ") + what);
}

// One line of text a person typed: no control characters, at most `max` characters.
bool plainLine(const QString& s, int max)
{
    if (s.size() > max)
        return false;
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

QString folded(const QString& name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

QString Municipality::contactLine() const
{
    return jobcentrePhone.isEmpty() ? jobcentreAddress
                                    : jobcentreAddress + QStringLiteral(", ") + jobcentrePhone;
}

QDate Municipality::approvedOn(const QString& form, int version) const
{
    for (const Approval& a : approvals)
        if (a.form == form && a.version == version)
            return a.on;
    return {};
}

bool Municipality::validCvr(const QString& cvr)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8}$"));
    if (!digits.match(cvr).hasMatch())
        return false;
    static const int weights[8] = {2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += weights[i] * cvr.at(i).digitValue();
    return sum % 11 == 0;
}

QString Municipality::shortName(const QString& name)
{
    const QString clean = name.simplified();
    for (const QLatin1String word : {QLatin1String(" Kommune"), QLatin1String(" Regionskommune"),
                                     QLatin1String(" Municipality")}) {
        if (clean.endsWith(word, Qt::CaseInsensitive) && clean.size() > word.size())
            return clean.left(clean.size() - word.size());
    }
    return clean;
}

QString Municipality::idFromName(const QString& name)
{
    QString out;
    for (const QChar c : name.simplified().toLower()) {
        if (c == u'æ')
            out += QStringLiteral("ae");
        else if (c == u'ø')
            out += QStringLiteral("oe");
        else if (c == u'å')
            out += QStringLiteral("aa");
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    // "Testby Kommune" -> "testby": the word every entry shares says nothing.
    for (const QString& suffix : {QStringLiteral("-kommune"), QStringLiteral("-")})
        if (out.endsWith(suffix))
            out.chop(suffix.size());
    return out.left(32);
}

Error Municipality::check() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ]{8,20}$"));
    if (name.trimmed().isEmpty() || !plainLine(name, 100))
        return invalid("name", tr("1 to 100 characters on one line"));
    if (!idPattern.match(id).hasMatch())
        return invalid("id", tr("1 to 32 of a-z, 0-9 and -, starting with a letter or digit"));
    if (!validCvr(cvr))
        return invalid("cvr", tr("8 digits with a valid check digit"));
    if (jobcentreAddress.trimmed().isEmpty() || !plainLine(jobcentreAddress, kMaxText))
        return invalid("jobcentre-address", tr("the jobcentre's secure address, 1 to %1 "
                                               "characters on one line")
                                                .arg(kMaxText));
    if (!jobcentrePhone.isEmpty() && !phonePattern.match(jobcentrePhone).hasMatch())
        return invalid("jobcentre-phone", tr("8 to 20 digits and spaces, + first if abroad"));
    if (dpoContact.trimmed().isEmpty() || !plainLine(dpoContact, kMaxText))
        return invalid("dpo", tr("the data protection officer's contact, 1 to %1 characters on "
                                 "one line")
                                  .arg(kMaxText));
    if (!plainLine(agreementReference, 64))
        return invalid("agreement-reference", tr("at most 64 characters on one line"));
    if (legalBasis.size() > kMaxLegalBasis)
        return invalid("legal-basis", tr("at most %1 characters").arg(kMaxLegalBasis));
    if (approvals.size() > kMaxApprovals)
        return invalid("approved", tr("at most %1 approvals").arg(kMaxApprovals));
    QSet<QString> seen;
    for (const Approval& a : approvals) {
        const QString key = a.form + QLatin1Char('/') + QString::number(a.version);
        if (a.form.isEmpty() || !plainLine(a.form, 64) || a.version < 1 || !a.on.isValid() ||
            seen.contains(key))
            return invalid("approved", tr("each approval names a form, a version from 1 and a "
                                          "date, once (FORM:VERSION:YYYY-MM-DD)"));
        seen.insert(key);
    }
    return {};
}

QJsonObject Municipality::toJson() const
{
    QJsonArray approved;
    for (const Approval& a : approvals)
        approved.append(QJsonObject{{QStringLiteral("form"), a.form},
                                    {QStringLiteral("version"), a.version},
                                    {QStringLiteral("on"), a.on.toString(Qt::ISODate)}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("cvr"), cvr},
                  {QStringLiteral("jobcentreAddress"), jobcentreAddress},
                  {QStringLiteral("jobcentrePhone"), jobcentrePhone},
                  {QStringLiteral("dpo"), dpoContact},
                  {QStringLiteral("agreementReference"), agreementReference},
                  {QStringLiteral("legalBasis"), legalBasis},
                  {QStringLiteral("approved"), approved},
                  {QStringLiteral("statisticsAllowed"), statisticsAllowed},
                  {QStringLiteral("changedAt"), changedAt}};
    if (agreementDate.isValid())
        o.insert(QStringLiteral("agreementDate"), agreementDate.toString(Qt::ISODate));
    return o;
}

Result<Municipality> Municipality::fromJson(const QJsonObject& o)
{
    const auto text = [&o](const char* key) {
        return o.value(QString::fromLatin1(key)).toString();
    };
    Municipality m;
    m.id = text("id");
    m.name = text("name");
    m.cvr = text("cvr");
    m.jobcentreAddress = text("jobcentreAddress");
    m.jobcentrePhone = text("jobcentrePhone");
    m.dpoContact = text("dpo");
    m.agreementReference = text("agreementReference");
    m.legalBasis = text("legalBasis");
    m.statisticsAllowed = o.value(QStringLiteral("statisticsAllowed")).toBool();
    m.changedAt = text("changedAt").left(40);
    if (o.contains(QStringLiteral("agreementDate"))) {
        m.agreementDate = QDate::fromString(text("agreementDate"), Qt::ISODate);
        if (!m.agreementDate.isValid())
            return invalid("agreementDate", tr("not a date"));
    }
    const QJsonArray approved = o.value(QStringLiteral("approved")).toArray();
    if (approved.size() > kMaxApprovals)
        return invalid("approved", tr("at most %1 approvals").arg(kMaxApprovals));
    for (const QJsonValue& v : approved) {
        const QJsonObject a = v.toObject();
        m.approvals << Approval{
            a.value(QStringLiteral("form")).toString(), a.value(QStringLiteral("version")).toInt(),
            QDate::fromString(a.value(QStringLiteral("on")).toString(), Qt::ISODate)};
    }
    if (Error e = m.check())
        return e;
    return m;
}

const Municipality* MunicipalityRegister::byId(const QString& id) const
{
    for (const Municipality& m : entries)
        if (m.id == id)
            return &m;
    return nullptr;
}

const Municipality* MunicipalityRegister::byName(const QString& name) const
{
    const QString wanted = folded(name);
    if (wanted.isEmpty())
        return nullptr;
    for (const Municipality& m : entries)
        if (folded(m.name) == wanted)
            return &m;
    return nullptr;
}

QJsonArray MunicipalityRegister::toJson() const
{
    QJsonArray out;
    for (const Municipality& m : entries)
        out.append(m.toJson());
    return out;
}

Result<MunicipalityRegister> MunicipalityRegister::fromJson(const QJsonArray& array)
{
    if (array.size() > kMaxEntries)
        return Error(ErrorCode::InvalidInput, QStringLiteral("more than %1").arg(kMaxEntries));
    MunicipalityRegister out;
    QSet<QString> ids, names;
    for (const QJsonValue& v : array) {
        auto m = Municipality::fromJson(v.toObject());
        if (!m.ok())
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("[%1].").arg(out.entries.size()) + m.error().detail);
        if (ids.contains(m->id) || names.contains(folded(m->name)))
            return Error(
                ErrorCode::InvalidInput,
                QStringLiteral("[%1]: the id or name is there twice").arg(out.entries.size()));
        ids.insert(m->id);
        names.insert(folded(m->name));
        out.entries << m.value();
    }
    return out;
}

} // namespace fortrolig
