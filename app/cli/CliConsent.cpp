// fortrolig-cli consent ...: list, check (the gate), withdraw, record a paper consent, disclose.
#include "app/cli/Cli.h"

#include "app/consent/ConsentTemplate.h"
#include "app/core/StoredTime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

namespace {
// --category a --category b,c  ->  a b c
QStringList splitValues(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values)
        out << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& s : out)
        s = s.trimmed();
    return out;
}

QJsonArray grantsJson(const QList<ConsentGrant>& grants)
{
    QJsonArray out;
    for (const ConsentGrant& g : grants)
        out.append(
            QJsonObject{{QStringLiteral("recipient"), g.recipient.text()},
                        {QStringLiteral("direction"), DirectionName::of(g.direction)},
                        {QStringLiteral("purpose"), g.purpose},
                        {QStringLiteral("categories"), QJsonArray::fromStringList(g.categories)}});
    return out;
}

// --grant/--obtain KIND[:NAME]=CAT,CAT[=PURPOSE]
ConsentGrant grantFrom(const QString& text, Direction direction)
{
    return ConsentGrant{Recipient::parse(text.section(QLatin1Char('='), 0, 0)),
                        splitValues({text.section(QLatin1Char('='), 1, 1)}), direction,
                        text.section(QLatin1Char('='), 2).trimmed()};
}
} // namespace

QString Cli::recipientProblem(const QString& text)
{
    const QString kinds = RecipientKind::all().join(QStringLiteral(", "));
    const Recipient r = Recipient::parse(text);
    if (r.kind.isEmpty())
        return tr("--recipient is missing: write --recipient KIND or KIND:NAME, where KIND is "
                  "one of: %1.")
            .arg(kinds);
    if (!RecipientKind::all().contains(r.kind))
        return tr("\"%1\" is not a recipient. Write one of: %2.").arg(r.kind, kinds);
    if (!r.isValid())
        return tr("%1 needs a name: write --recipient %1:NAME").arg(r.kind);
    return {};
}

QString Cli::categoriesProblem(const QStringList& categories)
{
    const QString all = InfoCategory::all().join(QStringLiteral(", "));
    if (categories.isEmpty())
        return tr("--category is missing: write --category CAT, one or more of: %1.").arg(all);
    for (const QString& c : categories) {
        if (!InfoCategory::all().contains(c))
            return tr("\"%1\" is not a category. Write one or more of: %2.").arg(c, all);
    }
    return {};
}

int Cli::cmdTemplates()
{
    const TemplateCatalogue c =
        TemplateCatalogue::load(m_args.value(QStringLiteral("--templates")));
    QJsonArray array;
    QString text;
    for (const ConsentTemplate& t : c.templates) {
        array.append(QJsonObject{{QStringLiteral("id"), t.id()},
                                 {QStringLiteral("version"), t.version()},
                                 {QStringLiteral("language"), t.language()},
                                 {QStringLiteral("rightToLeft"), t.rightToLeft()}});
        text += t.id() + QLatin1Char('\t') + QString::number(t.version()) + QLatin1Char('\t') +
                t.language() + QLatin1Char('\t') + t.text(QStringLiteral("title")) +
                QLatin1Char('\n');
    }
    print(array, text);
    for (const QString& p : c.problems)
        m_err << "fortrolig-cli: " << tr("template rejected: %1").arg(p) << Qt::endl;
    return c.problems.isEmpty() ? Success : Failure;
}

int Cli::consentList(Journal& journal)
{
    const QString citizen = m_args.value(QStringLiteral("--citizen"));
    const Recipient recipient = Recipient::parse(m_args.value(QStringLiteral("--recipient")));
    const QStringList categories = splitValues(m_args.values(QStringLiteral("--category")));
    if (citizen.isEmpty())
        return usageError(tr("consent list needs --citizen ID"));
    auto list = journal.consents(citizen);
    if (!list.ok())
        return fail(list.error());
    QJsonArray array;
    QString text;
    for (const ConsentSummary& c : std::as_const(list.value())) {
        array.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("course"), c.courseId},
                        {QStringLiteral("status"), c.status},
                        {QStringLiteral("template"), c.templateId},
                        {QStringLiteral("version"), c.templateVersion},
                        {QStringLiteral("textHash"), c.textHash},
                        {QStringLiteral("validUntil"), c.validUntil.toString(Qt::ISODate)},
                        {QStringLiteral("signedAt"), StoredTime::localText(c.signedAt)},
                        {QStringLiteral("withdrawnAt"), StoredTime::localText(c.withdrawnAt)},
                        {QStringLiteral("grants"), grantsJson(c.activeGrants)}});
        QStringList grants;
        for (const ConsentGrant& g : c.activeGrants)
            grants << (g.direction == Direction::Obtain ? QStringLiteral("obtain:") : QString()) +
                          g.recipient.text() + QLatin1Char('=') +
                          g.categories.join(QLatin1Char(','));
        text += c.id + QLatin1Char('\t') + c.status +
                (c.withdrawnAt.isValid() ? QStringLiteral(" (withdrawn)") : QString()) +
                QLatin1Char('\t') + StoredTime::localText(c.signedAt) + QLatin1Char('\t') +
                grants.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    print(array, text);
    return Success;
}

int Cli::consentCheck(Journal& journal, const QString& sub)
{
    const QString citizen = m_args.value(QStringLiteral("--citizen"));
    const Recipient recipient = Recipient::parse(m_args.value(QStringLiteral("--recipient")));
    const QStringList categories = splitValues(m_args.values(QStringLiteral("--category")));
    if (citizen.isEmpty())
        return usageError(tr("consent %1 needs --citizen ID").arg(sub));
    // Say what is wrong and how to write it, before the journal would only say "invalid".
    for (const QString& problem : {recipientProblem(m_args.value(QStringLiteral("--recipient"))),
                                   categoriesProblem(categories)}) {
        if (!problem.isEmpty())
            return usageError(problem);
    }
    if (sub == QStringLiteral("disclose") || sub == QStringLiteral("obtained")) {
        const QString what = m_args.value(QStringLiteral("--what"));
        auto id = sub == QStringLiteral("disclose")
                      ? journal.disclose(citizen, recipient, categories, what)
                      : journal.recordObtained(citizen, recipient, categories, what);
        if (!id.ok())
            return fail(id.error());
        print(QJsonObject{{QStringLiteral("disclosure"), id.value()}}, id.value());
        return Success;
    }
    std::optional<Direction> direction = Direction::Tell;
    if (m_args.has(QStringLiteral("--direction")))
        direction = DirectionName::parse(m_args.value(QStringLiteral("--direction")));
    if (!direction)
        return usageError(tr("--direction is tell or obtain"));
    auto decision = journal.mayDisclose(citizen, recipient, categories, *direction);
    if (!decision.ok())
        return fail(decision.error());
    print(QJsonObject{{QStringLiteral("allowed"), decision->allowed},
                      {QStringLiteral("reason"), decision->code()},
                      {QStringLiteral("consent"), decision->consentId},
                      {QStringLiteral("course"), decision->courseId}},
          decision->explanation());
    if (!decision->allowed) {
        m_err << "fortrolig-cli: " << decision->code() << ": " << decision->explanation()
              << Qt::endl;
        return Refused;
    }
    return Success;
}

int Cli::consentWithdraw(Journal& journal)
{
    const Recipient recipient = Recipient::parse(m_args.value(QStringLiteral("--recipient")));
    const QStringList categories = splitValues(m_args.values(QStringLiteral("--category")));
    const QString consent = m_args.value(QStringLiteral("--consent"));
    if (consent.isEmpty() || categories.size() > 1)
        return usageError(tr("consent withdraw needs --consent ID (and at most one --category)"));
    if (m_args.has(QStringLiteral("--recipient"))) {
        QString problem = recipientProblem(m_args.value(QStringLiteral("--recipient")));
        if (problem.isEmpty() && !categories.isEmpty())
            problem = categoriesProblem(categories);
        if (!problem.isEmpty())
            return usageError(problem);
    }
    std::optional<Direction> direction;
    if (m_args.has(QStringLiteral("--direction"))) {
        direction = DirectionName::parse(m_args.value(QStringLiteral("--direction")));
        if (!direction || !m_args.has(QStringLiteral("--recipient")))
            return usageError(tr("--direction is tell or obtain, with --recipient"));
    }
    if (Error e = journal.withdrawConsent(consent, recipient, categories.value(0), direction))
        return fail(e);
    print(QJsonObject{{QStringLiteral("withdrawn"), consent}},
          tr("Withdrawn. It takes effect now."));
    return Success;
}

int Cli::consentRecordPaper(Journal& journal)
{
    const QString citizen = m_args.value(QStringLiteral("--citizen"));
    ConsentInput c;
    c.citizenId = citizen;
    c.courseId = m_args.value(QStringLiteral("--course"));
    c.signer = m_args.value(QStringLiteral("--signer"));
    c.signerRole = m_args.has(QStringLiteral("--guardian")) ? QStringLiteral("guardian")
                                                            : QStringLiteral("citizen");
    c.place = m_args.value(QStringLiteral("--place"));
    c.templateId = QStringLiteral("paper");
    c.templateVersion = 1;
    c.language = m_args.value(QStringLiteral("--language"));
    const QString until = m_args.value(QStringLiteral("--valid-until"));
    c.validUntil = QDate::fromString(until, Qt::ISODate);
    for (const QString& g : m_args.values(QStringLiteral("--grant")))
        c.grants << grantFrom(g, Direction::Tell);
    for (const QString& g : m_args.values(QStringLiteral("--obtain")))
        c.grants << grantFrom(g, Direction::Obtain);
    QFile scan(m_args.value(QStringLiteral("--scan")));
    if (citizen.isEmpty() || c.courseId.isEmpty() || c.signer.isEmpty() || c.grants.isEmpty() ||
        (!until.isEmpty() && !c.validUntil.isValid()))
        return usageError(tr("consent record-paper needs --citizen, --course, --signer, --scan and "
                             "at least one --grant or --obtain KIND[:NAME]=CAT,..."));
    if (!scan.open(QIODevice::ReadOnly))
        return usageError(tr("cannot read the scanned form: %1").arg(scan.fileName()));
    c.paperScan = scan.readAll();
    c.paperScanName = QFileInfo(scan.fileName()).fileName();
    c.textHash = QString::fromLatin1(
        QCryptographicHash::hash(c.paperScan, QCryptographicHash::Sha256).toHex());
    auto id = journal.giveConsent(c);
    if (!id.ok())
        return fail(id.error());
    print(
        QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("scanSha256"), c.textHash}},
        id.value());
    return Success;
}

int Cli::cmdConsent(Journal& journal, const QString& sub)
{
    if (sub == QStringLiteral("list"))
        return consentList(journal);
    if (sub == QStringLiteral("check") || sub == QStringLiteral("disclose") ||
        sub == QStringLiteral("obtained"))
        return consentCheck(journal, sub);
    if (sub == QStringLiteral("withdraw"))
        return consentWithdraw(journal);
    if (sub == QStringLiteral("record-paper"))
        return consentRecordPaper(journal);
    return usageError(tr("unknown command: consent %1").arg(sub));
}

} // namespace fortrolig
