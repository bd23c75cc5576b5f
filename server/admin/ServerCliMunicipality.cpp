// ServerCli: the register of municipalities (add, edit, list, show).
#include "admin/ServerCli.h"

#include "store/Municipalities.h"

#include <QRegularExpression>
#include <algorithm>

namespace fortrolig::server {

namespace {

// "FORM:VERSION:YYYY-MM-DD" (several separated by commas); false on the first bad one.
bool parseApprovals(const QString& text, QList<Municipality::Approval>* out)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        bool number = false;
        const int version = parts.value(1).toInt(&number);
        const QDate on = QDate::fromString(parts.value(2), Qt::ISODate);
        if (parts.size() != 3 || parts.at(0).isEmpty() || !number || version < 1 || !on.isValid())
            return false;
        out->append({parts.at(0), version, on});
    }
    return true;
}

} // namespace

int ServerCli::municipality(Admin& admin, const QString& sub)
{
    if (sub == QStringLiteral("list"))
        return municipalityList(admin);
    if (sub == QStringLiteral("show"))
        return municipalityShow(admin, m_positional.value(2));
    if (sub == QStringLiteral("add") || sub == QStringLiteral("edit"))
        return municipalityPut(admin, sub == QStringLiteral("add"));
    if (sub == QStringLiteral("offboard"))
        return municipalityOffboard(admin);
    if (sub == QStringLiteral("verify-certificate"))
        return verifyCertificate(admin);
    return usageError(tr("unknown command: municipality %1").arg(sub));
}

int ServerCli::municipalityList(Admin& admin)
{
    auto all = Municipalities::all(admin.database());
    if (!all.ok())
        return fail(all.error());
    for (const Municipality& m : std::as_const(all->entries))
        m_out << m.id << '\t' << m.name << '\t' << m.cvr << '\t'
              << tr("%n approved form version(s)", nullptr, int(m.approvals.size())) << '\t'
              << (m.statisticsAllowed ? tr("statistics allowed") : tr("no statistics")) << Qt::endl;
    if (all->entries.isEmpty())
        m_out << tr("The register is empty: add a municipality with 'municipality add'.")
              << Qt::endl;
    auto unmapped = Municipalities::unmapped(admin.database());
    if (!unmapped.ok())
        return fail(unmapped.error());
    if (!unmapped->isEmpty())
        m_out << Qt::endl
              << tr("Courses name municipalities the register lacks (their consent forms and "
                    "hand-overs miss the contacts; add them, or have the course corrected):")
              << Qt::endl;
    for (const Municipalities::Unmapped& u : std::as_const(unmapped.value()))
        m_out << "  " << u.name << '\t' << tr("%n case(s)", nullptr, u.cases) << Qt::endl;
    return 0;
}

int ServerCli::municipalityShow(Admin& admin, const QString& id)
{
    auto all = Municipalities::all(admin.database());
    if (!all.ok())
        return fail(all.error());
    const Municipality* m = all->byId(id);
    if (!m)
        m = all->byName(id);
    if (!m)
        return refuse(tr("no municipality with that id or name (see 'municipality list')"));
    const auto line = [this](const QString& label, const QString& value) {
        m_out << label << ": " << (value.isEmpty() ? QStringLiteral("-") : value) << Qt::endl;
    };
    line(tr("Id"), m->id);
    line(tr("Name"), m->name);
    line(tr("CVR"), m->cvr);
    line(tr("Jobcentre's secure address"), m->jobcentreAddress);
    line(tr("Jobcentre's phone"), m->jobcentrePhone);
    line(tr("Data protection officer"), m->dpoContact);
    line(tr("Data-processing agreement"),
         QStringList{m->agreementDate.toString(Qt::ISODate), m->agreementReference}
             .filter(QRegularExpression(QStringLiteral(".")))
             .join(QStringLiteral(", ")));
    line(tr("Legal basis shown to citizens"), m->legalBasis);
    line(tr("Anonymised statistics"), m->statisticsAllowed ? tr("allowed") : tr("not allowed"));
    line(tr("Changed"), m->changedAt);
    m_out << tr("Approved consent forms:") << Qt::endl;
    for (const Municipality::Approval& a : m->approvals)
        m_out << "  " << a.form << ' ' << tr("version %1").arg(a.version) << '\t'
              << a.on.toString(Qt::ISODate) << Qt::endl;
    auto rules = admin.retention().rules();
    if (!rules.ok())
        return fail(rules.error());
    m_out << tr("Retention (change with 'retention set KIND MONTHS --municipality NAME'):")
          << Qt::endl;
    for (RetentionKind k : allRetentionKinds()) {
        const bool own = std::any_of(
            rules->rules().cbegin(), rules->rules().cend(),
            [&](const RetentionRule& r) { return r.municipality == m->name && r.kind == k; });
        m_out << "  " << nameOf(k) << '\t'
              << tr("%n month(s) after the course ended", nullptr, rules->months(m->name, k))
              << (own ? QString() : QStringLiteral(" ") + tr("(the default)")) << Qt::endl;
    }
    return 0;
}

// The fields given on the command line, over `m` (an edit changes only those).
QString ServerCli::municipalityFields(Municipality& m)
{
    const auto given = [this](const char* option, QString* field) {
        if (m_options.contains(QString::fromLatin1(option)))
            *field = value(QString::fromLatin1(option)).trimmed();
    };
    given("--name", &m.name);
    given("--cvr", &m.cvr);
    given("--jobcentre-address", &m.jobcentreAddress);
    given("--jobcentre-phone", &m.jobcentrePhone);
    given("--dpo", &m.dpoContact);
    given("--agreement-reference", &m.agreementReference);
    given("--legal-basis", &m.legalBasis);
    m.cvr.remove(QLatin1Char(' '));
    if (m_options.contains(QStringLiteral("--agreement-date"))) {
        m.agreementDate = QDate::fromString(value(QStringLiteral("--agreement-date")), Qt::ISODate);
        if (!m.agreementDate.isValid())
            return tr("--agreement-date takes a date, YYYY-MM-DD");
    }
    const QString statistics = value(QStringLiteral("--statistics"));
    if (!statistics.isEmpty() && statistics != QStringLiteral("yes") &&
        statistics != QStringLiteral("no"))
        return tr("--statistics: yes or no");
    if (!statistics.isEmpty())
        m.statisticsAllowed = statistics == QStringLiteral("yes");
    QList<Municipality::Approval> approvals;
    if (!parseApprovals(value(QStringLiteral("--approve")), &approvals))
        return tr("--approve takes FORM:VERSION:YYYY-MM-DD, several separated by commas");
    for (const QString& item :
         value(QStringLiteral("--unapprove")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        if (parts.size() != 2 || !m.approvedOn(parts.at(0), parts.at(1).toInt()).isValid())
            return tr("--unapprove takes FORM:VERSION of an approval the municipality has");
        m.approvals.removeIf([&](const Municipality::Approval& a) {
            return a.form == parts.at(0) && a.version == parts.at(1).toInt();
        });
    }
    for (const Municipality::Approval& a : std::as_const(approvals)) {
        m.approvals.removeIf([&](const Municipality::Approval& b) {
            return b.form == a.form && b.version == a.version;
        });
        m.approvals << a;
    }
    return {};
}

int ServerCli::municipalityPut(Admin& admin, bool adding)
{
    auto all = Municipalities::all(admin.database());
    if (!all.ok())
        return fail(all.error());
    Municipality m;
    if (adding) {
        m.id = value(QStringLiteral("--id"));
        if (m.id.isEmpty())
            m.id = Municipality::idFromName(value(QStringLiteral("--name")));
    } else {
        const Municipality* found = all->byId(m_positional.value(2));
        if (!found)
            return refuse(tr("no municipality with that id (see 'municipality list')"));
        m = *found;
    }
    if (const QString problem = municipalityFields(m); !problem.isEmpty())
        return usageError(problem);
    if (Error e = m.check())
        return usageError(tr("municipality %1: %2").arg(adding ? tr("add") : tr("edit"), e.detail));
    const Error e = Municipalities::put(
        admin.database(), m, adding ? Municipalities::Put::Add : Municipalities::Put::Edit,
        actorName(), systemClock());
    if (e.code == ErrorCode::AlreadyExists)
        return refuse(e.detail == QStringLiteral("id")
                          ? tr("the id %1 is taken: give another with --id").arg(m.id)
                          : tr("another municipality is called %1").arg(m.name));
    if (e)
        return fail(e);
    m_out << (adding ? tr("%1 (%2) is in the register.") : tr("%1 (%2) is changed."))
                 .arg(m.name, m.id)
          << ' ' << tr("Laptops receive it at their next sync.") << Qt::endl;
    return 0;
}

} // namespace fortrolig::server
