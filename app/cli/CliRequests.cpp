// fortrolig-cli request: the citizen's requests, from receipt to answer (docs/requests.md).
#include "app/cli/Cli.h"

#include "app/core/StoredTime.h"
#include "app/journal/AccessPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/AccessPackageDocument.h"
#include "app/receipt/RequestDocuments.h"
#include "app/sync/SyncService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace fortrolig {

namespace {

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString stateName(const RequestRecord& r)
{
    switch (r.state()) {
    case RequestRecord::State::Received:
        return QStringLiteral("received");
    case RequestRecord::State::Forwarded:
        return QStringLiteral("forwarded");
    case RequestRecord::State::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

QJsonObject requestJson(const RequestRecord& r, const QDate& today)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("citizenId"), r.citizenId},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("receivedAt"), r.receivedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("state"), stateName(r)},
            {QStringLiteral("forwardBy"), day(r.forwardBy())},
            {QStringLiteral("forwardedAt"),
             r.forwardedAt.isValid() ? StoredTime::localText(r.forwardedAt) : QString()},
            {QStringLiteral("forwardedTo"), r.forwardedTo},
            {QStringLiteral("answerBy"), day(r.answerBy())},
            {QStringLiteral("extended"), r.extendedTo.isValid()},
            {QStringLiteral("answeredOn"), day(r.answeredOn)},
            {QStringLiteral("forwardOverdue"), r.forwardOverdue(today)},
            {QStringLiteral("answerOverdue"), r.answerOverdue(today)}};
}

} // namespace

int Cli::cmdRequest(Journal& journal, const QString& sub)
{
    if (sub == QStringLiteral("add"))
        return requestAdd(journal);
    if (sub == QStringLiteral("list"))
        return requestList(journal);
    const QString id = m_args.positional.value(2);
    if (sub == QStringLiteral("forward")) {
        const QString via = m_args.value(QStringLiteral("--via"));
        if (!CitizenRequest::forwardChannels().contains(via))
            return usageError(
                tr("--via must be one of: %1")
                    .arg(CitizenRequest::forwardChannels().join(QStringLiteral(", "))));
        const QString at = m_args.value(QStringLiteral("--sent"));
        const QDateTime when =
            at.isEmpty() ? QDateTime::currentDateTime() : QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid())
            return usageError(tr("--sent takes a time, YYYY-MM-DDTHH:MM"));
        if (Error e = journal.forwardRequest(id, when, m_args.value(QStringLiteral("--to")), via))
            return fail(e);
        m_out << tr("Forwarded to the municipality.") << Qt::endl;
        return Success;
    }
    if (sub == QStringLiteral("extend")) {
        const auto date = [this](const char* name) {
            return QDate::fromString(m_args.value(QString::fromLatin1(name)), Qt::ISODate);
        };
        if (Error e = journal.extendRequest(id, date("--until"), date("--decided"), date("--told")))
            return fail(e);
        m_out << tr("The time to answer is extended to %1.")
                     .arg(date("--until").toString(Qt::ISODate))
              << Qt::endl;
        return Success;
    }
    if (sub == QStringLiteral("receipt") || sub == QStringLiteral("letter"))
        return requestDocument(journal, id, sub == QStringLiteral("letter"));
    if (sub == QStringLiteral("package"))
        return requestPackage(journal, id);
    if (sub == QStringLiteral("answer")) {
        const QString on = m_args.value(QStringLiteral("--date"));
        const QDate date = on.isEmpty() ? journal.today() : QDate::fromString(on, Qt::ISODate);
        if (Error e = journal.answerRequest(id, date, m_args.value(QStringLiteral("--outcome"))))
            return fail(e);
        m_out << tr("The request is answered.") << Qt::endl;
        return Success;
    }
    return usageError(tr("unknown command: request %1").arg(sub));
}

// The citizen's receipt or the letter to the municipality, as a PDF: written whole or not at
// all, and logged as an export.
int Cli::requestDocument(Journal& journal, const QString& id, bool letter)
{
    auto r = journal.request(id);
    if (!r.ok())
        return fail(r.error());
    // The citizen's name and CPR number go into the letter only: reading them is logged.
    auto citizen = journal.citizen(r->citizenId, letter ? QStringLiteral("request letter")
                                                        : QStringLiteral("request receipt"));
    if (!citizen.ok())
        return fail(citizen.error());
    auto municipalities = journal.municipalities();
    if (!municipalities.ok())
        return fail(municipalities.error());
    RequestDocuments::Facts f;
    f.request = r.value();
    f.municipality = citizen->courses.isEmpty() ? QString() : citizen->courses.last().municipality;
    f.entry = municipalities->byName(f.municipality);
    f.provider = m_args.value(QStringLiteral("--provider"));
    f.providerContact = m_args.value(QStringLiteral("--contact"));
    f.consultant = journal.identity().displayName();
    f.citizenName = citizen->name;
    f.cpr = citizen->cpr;
    const QString language = m_args.has(QStringLiteral("--language"))
                                 ? m_args.value(QStringLiteral("--language"))
                                 : QStringLiteral("da");
    auto lines =
        letter ? RequestDocuments::letterLines(f) : RequestDocuments::receiptLines(f, language);
    if (!lines.ok() && lines.error().code == ErrorCode::NotFound)
        return fail(Error(ErrorCode::NotFound,
                          tr("%1 is not in the register of municipalities: the letter needs its "
                             "address (fortrolig-server municipality add, then sync)")
                              .arg(f.municipality)));
    if (!lines.ok())
        return usageError(tr("--language must be one of: %1")
                              .arg(RequestDocuments::languages().join(QStringLiteral(", "))));
    const QString to = m_args.value(QStringLiteral("--to"));
    if (Error e = RequestDocuments::save(journal, r->citizenId,
                                         letter ? QStringLiteral("request letter")
                                                : QStringLiteral("request receipt ") + language,
                                         lines.value(), to))
        return fail(e);
    m_out << tr("Written: %1").arg(to) << Qt::endl;
    return Success;
}

// The access package for a request: the JSON, and the PDF to read, each logged as an export
// against the request (docs/access-package.md).
int Cli::requestPackage(Journal& journal, const QString& id)
{
    auto r = journal.request(id);
    if (!r.ok())
        return fail(r.error());
    const ServerLogExtract server = otherDevicesLog(journal, r->citizenId);
    auto package = journal.accessPackage(r->citizenId, id, server);
    if (!package.ok())
        return fail(package.error());
    const QString json = m_args.value(QStringLiteral("--to"));
    const QString pdf = m_args.value(QStringLiteral("--pdf"));
    if (Error e = AccessPackageDocument::save(journal, r->citizenId, package.value(), json, pdf))
        return fail(e);
    const int review = int(AccessPackage::reviewKeys(package.value()).size());
    m_out << tr("Written: %1").arg(pdf.isEmpty() ? json : json + QStringLiteral(", ") + pdf)
          << Qt::endl;
    if (server.state == QStringLiteral("included"))
        m_out << tr("The access log includes %n use(s) on the consultant's other devices, from "
                    "the server.",
                    nullptr, int(server.uses.size()))
              << Qt::endl;
    else if (server.state == QStringLiteral("not-reached"))
        m_out << tr("The access log is this laptop's only: the server was not asked (%1).")
                     .arg(server.why)
              << Qt::endl;
    if (review > 0)
        m_out << tr("%n part(s) may tell about someone other than the citizen: review them "
                    "before release (\"review\" in the JSON).",
                    nullptr, review)
              << Qt::endl;
    return Success;
}

// The consultant's other devices' uses of the case, from the server (after a sync round),
// unless the journal is not enrolled or --no-server says not to ask.
ServerLogExtract Cli::otherDevicesLog(Journal& journal, const QString& citizenId)
{
    if (m_args.has(QStringLiteral("--no-server"))) {
        ServerLogExtract out;
        out.state = QStringLiteral("not-reached");
        out.why = QStringLiteral("--no-server");
        return out;
    }
    SyncOptions options;
    options.autoSyncMs = 0;
    SyncService sync(journal, options);
    ServerLogExtract out;
    bool done = false;
    QEventLoop loop;
    sync.fetchAccessLog(citizenId, [&](ServerLogExtract extract) {
        out = std::move(extract);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

int Cli::requestAdd(Journal& journal)
{
    RequestInput in{m_args.value(QStringLiteral("--citizen")),
                    m_args.value(QStringLiteral("--kind")),
                    m_args.value(QStringLiteral("--channel")), QDateTime::currentDateTime(),
                    m_args.value(QStringLiteral("--text"))};
    if (!CitizenRequest::kinds().contains(in.kind))
        return usageError(tr("--kind must be one of: %1")
                              .arg(CitizenRequest::kinds().join(QStringLiteral(", "))));
    if (!CitizenRequest::channels().contains(in.channel))
        return usageError(tr("--channel must be one of: %1")
                              .arg(CitizenRequest::channels().join(QStringLiteral(", "))));
    const QString received = m_args.value(QStringLiteral("--received"));
    if (!received.isEmpty())
        in.receivedAt = QDateTime::fromString(received, Qt::ISODate);
    if (!in.receivedAt.isValid())
        return usageError(tr("--received takes a time, YYYY-MM-DDTHH:MM"));
    auto id = journal.addRequest(in);
    if (!id.ok())
        return fail(id.error());
    auto r = journal.request(id.value());
    if (!r.ok())
        return fail(r.error());
    print(requestJson(r.value(), journal.today()),
          id.value() + QLatin1Char('\n') +
              tr("Forward it to the municipality by %1; the answer is due by %2.")
                  .arg(day(r->forwardBy()), day(r->answerBy())) +
              QLatin1Char('\n'));
    return Success;
}

int Cli::requestList(Journal& journal)
{
    auto all = journal.requests(m_args.value(QStringLiteral("--citizen")));
    if (!all.ok())
        return fail(all.error());
    const QDate today = journal.today();
    QJsonArray array;
    QString text;
    for (const RequestRecord& r : std::as_const(all.value())) {
        array.append(requestJson(r, today));
        QStringList flags;
        if (r.forwardOverdue(today))
            flags << tr("not forwarded in time");
        if (r.answerOverdue(today))
            flags << tr("answer overdue");
        text += QStringList{r.id,
                            r.citizenId,
                            r.kind,
                            stateName(r),
                            tr("forward by %1").arg(day(r.forwardBy())),
                            tr("answer by %1").arg(day(r.answerBy())),
                            flags.join(QStringLiteral(", "))}
                    .join(QLatin1Char('\t'))
                    .trimmed() +
                QLatin1Char('\n');
    }
    print(array, text);
    return Success;
}

} // namespace fortrolig
