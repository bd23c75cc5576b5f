#include "app/receipt/RequestDocuments.h"

#include "app/consent/ReceiptText.h"
#include "app/journal/Journal.h"
#include "app/receipt/PrintDocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextDocument>

namespace fortrolig::RequestDocuments {

namespace {

QJsonObject texts()
{
    static const QJsonObject all = [] {
        QFile f(QStringLiteral(":/requests/documents.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    return all;
}

// A sentence of `part` in `language` with its {slots} filled.
QString say(const QJsonObject& block, const char* key, const QMap<QString, QString>& slots)
{
    QString text = block.value(QString::fromLatin1(key)).toString();
    for (auto it = slots.cbegin(); it != slots.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

// "30. november 2026 kl. 14.05", "30 November 2026 at 14.05": the language's own way.
QString moment(const QDateTime& t, const QString& language)
{
    return texts()
        .value(language)
        .toObject()
        .value(QStringLiteral("moment"))
        .toString()
        .replace(QStringLiteral("{date}"), ReceiptText::dateText(t.date(), language))
        .replace(QStringLiteral("{time}"), t.time().toString(QStringLiteral("HH.mm")));
}

QString shortReference(const QString& requestId)
{
    return requestId.right(12);
}

} // namespace

QStringList languages()
{
    QStringList out;
    for (const QString& key : texts().keys())
        if (texts().value(key).isObject())
            out << key;
    return out;
}

Result<QStringList> receiptLines(const Facts& f, const QString& language)
{
    const QJsonObject lang = texts().value(language).toObject();
    const QJsonObject r = lang.value(QStringLiteral("receipt")).toObject();
    if (r.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("language"));
    const RequestRecord& q = f.request;
    const QMap<QString, QString> slots{
        {QStringLiteral("received"), moment(q.receivedAt, language)},
        {QStringLiteral("kind"),
         lang.value(QStringLiteral("kinds")).toObject().value(q.kind).toString()},
        {QStringLiteral("description"), q.description},
        {QStringLiteral("municipality"), f.municipality},
        {QStringLiteral("forwarded"), ReceiptText::dateText(q.forwardedAt.date(), language)},
        {QStringLiteral("forwardBy"), ReceiptText::dateText(q.forwardBy(), language)},
        {QStringLiteral("answerBy"), ReceiptText::dateText(q.answerBy(), language)},
        {QStringLiteral("answered"), ReceiptText::dateText(q.answeredOn, language)},
        {QStringLiteral("provider"), f.provider},
        {QStringLiteral("providerContact"), f.providerContact},
        {QStringLiteral("reference"), shortReference(q.id)}};
    QStringList lines{say(r, "title", slots), say(r, "received", slots), say(r, "kind", slots)};
    if (!q.description.isEmpty())
        lines << say(r, "description", slots);
    lines << say(r, q.forwardedAt.isValid() ? "forwarded" : "toForward", slots)
          << say(r, "controller", slots);
    if (q.answeredOn.isValid())
        lines << say(r, "answered", slots);
    else
        lines << say(r, q.extendedTo.isValid() ? "extended" : "answerBy", slots);
    if (!f.providerContact.isEmpty())
        lines << say(r, "contact", slots);
    lines << say(r, "reference", slots);
    return lines;
}

Result<QStringList> letterLines(const Facts& f)
{
    const QJsonObject da = texts().value(QStringLiteral("da")).toObject();
    const QJsonObject l = da.value(QStringLiteral("letter")).toObject();
    const RequestRecord& q = f.request;
    if (!f.entry)
        return Error(ErrorCode::NotFound, QStringLiteral("municipality"));
    QString agreement = f.entry->agreementReference;
    if (f.entry->agreementDate.isValid())
        agreement += (agreement.isEmpty() ? QString() : QStringLiteral(" af ")) +
                     ReceiptText::dateText(f.entry->agreementDate, QStringLiteral("da"));
    const QMap<QString, QString> slots{
        {QStringLiteral("municipality"), f.entry->name},
        {QStringLiteral("address"), f.entry->jobcentreAddress},
        {QStringLiteral("provider"), f.provider},
        {QStringLiteral("agreement"), agreement},
        {QStringLiteral("name"), f.citizenName},
        {QStringLiteral("cpr"), f.cpr},
        {QStringLiteral("kind"),
         da.value(QStringLiteral("kinds")).toObject().value(q.kind).toString()},
        {QStringLiteral("received"), moment(q.receivedAt, QStringLiteral("da"))},
        {QStringLiteral("channel"),
         da.value(QStringLiteral("channels")).toObject().value(q.channel).toString()},
        {QStringLiteral("description"), q.description},
        {QStringLiteral("answerBy"), ReceiptText::dateText(q.answerBy(), QStringLiteral("da"))},
        {QStringLiteral("consultant"), f.consultant},
        {QStringLiteral("reference"), shortReference(q.id)}};
    QStringList lines{say(l, "title", slots), say(l, "to", slots), say(l, "from", slots)};
    if (!agreement.isEmpty())
        lines << say(l, "agreement", slots);
    lines << say(l, "citizen", slots) << say(l, "kind", slots) << say(l, "received", slots);
    if (!q.description.isEmpty())
        lines << say(l, "description", slots);
    lines << say(l, "deadline", slots) << say(l, "decide", slots) << say(l, "regards", slots)
          << say(l, "reference", slots);
    return lines;
}

Result<LiftFacts> liftFactsOf(Journal& journal, const QString& citizenId)
{
    auto restrictions = journal.restrictions(citizenId); // newest first
    if (!restrictions.ok())
        return restrictions.error();
    auto courses = journal.citizenCourses(citizenId);
    if (!courses.ok())
        return courses.error();
    LiftFacts f;
    for (const RestrictionRecord& r : restrictions.value())
        if (r.inForce() && f.restriction.id.isEmpty())
            f.restriction = r;
    if (f.restriction.id.isEmpty())
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("no restriction of the case is in force"));
    if (courses->isEmpty()) // the paper names the controller
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("the case has no course, so no municipality to name"));
    f.municipality = courses->last().municipality;
    return f;
}

Result<QStringList> liftNoticeLines(const LiftFacts& f, const QString& language)
{
    const QJsonObject n =
        texts().value(language).toObject().value(QStringLiteral("liftNotice")).toObject();
    if (n.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("language"));
    if (!f.restriction.inForce())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the restriction is lifted already"));
    if (f.reason.trimmed().isEmpty() || !f.liftOn.isValid() || f.municipality.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("the reason, the day, the controller"));
    QMap<QString, QString> slots{
        {QStringLiteral("set"),
         ReceiptText::dateText(f.restriction.setAt.toLocalTime().date(), language)},
        {QStringLiteral("municipality"), f.municipality},
        {QStringLiteral("reason"), f.reason.simplified()},
        {QStringLiteral("liftOn"), ReceiptText::dateText(f.liftOn, language)},
        {QStringLiteral("provider"), f.provider},
        {QStringLiteral("providerContact"), f.providerContact},
        {QStringLiteral("reference"), shortReference(f.restriction.id)}};
    slots.insert(QStringLiteral("basis"),
                 say(n, f.restriction.requestId.isEmpty() ? "onInstruction" : "onRequest", slots));
    QStringList lines{say(n, "title", slots),  say(n, "since", slots), say(n, "decided", slots),
                      say(n, "liftOn", slots), say(n, "after", slots), say(n, "controller", slots)};
    if (!f.providerContact.isEmpty())
        lines << say(n, "contact", slots);
    lines << say(n, "reference", slots);
    return lines;
}

Result<QByteArray> pdf(const QStringList& lines)
{
    return PrintDocument::pdf(lines.value(0), [&lines](QPagedPaintDevice& device) -> Error {
        QPainter p;
        if (PrintDocument::begin(p, device))
            return Error(ErrorCode::IoError, QStringLiteral("cannot write the document"));
        QString html =
            QStringLiteral("<h1>") + lines.value(0).toHtmlEscaped() + QStringLiteral("</h1>");
        for (qsizetype i = 1; i < lines.size(); ++i)
            html += QStringLiteral("<p>") + lines.at(i).toHtmlEscaped() + QStringLiteral("</p>");
        QTextDocument doc;
        PrintDocument::prepare(doc, device, QFont(QStringLiteral("DejaVu Sans"), 11),
                               p.viewport().width());
        doc.setHtml(html);
        if (Error e = PrintDocument::drawPages(p, device, doc))
            return e;
        if (!p.end())
            return Error(ErrorCode::IoError, QStringLiteral("cannot finish the document"));
        return {};
    });
}

Error save(Journal& journal, const QString& citizenId, const QString& what,
           const QStringList& lines, const QString& path)
{
    auto bytes = pdf(lines);
    if (!bytes.ok())
        return bytes.error();
    return journal.exportFile(citizenId, what, path, bytes.value());
}

} // namespace fortrolig::RequestDocuments
