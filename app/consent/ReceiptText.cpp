#include "app/consent/ReceiptText.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace fortrolig::ReceiptText {

QString fill(QString text, const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QMap<QString, QString> shownValues(const QMap<QString, QString>& details, const QString& language)
{
    QMap<QString, QString> v = details;
    // A phone number is never broken across lines ("33 19 32 | 00"): the spaces between its
    // digits do not break.
    static const QRegularExpression digitSpace(QStringLiteral("(?<=[\\d+]) (?=\\d)"));
    for (const QString& key : {QStringLiteral("controllerContact"), QStringLiteral("dpoContact"),
                               QStringLiteral("providerContact")})
        if (v.contains(key))
            v[key].replace(digitSpace, QString(QChar(0x00A0)));
    // Dates are stored as ISO dates and written as the form's language writes them.
    for (const QString& key : {QStringLiteral("courseStart"), QStringLiteral("approvedOn")}) {
        const QDate d = QDate::fromString(details.value(key), Qt::ISODate);
        if (d.isValid())
            v.insert(key, dateText(d, language));
    }
    return v;
}

namespace {
// The record's facts beside its details, for the form's placeholders.
QMap<QString, QString> valuesOf(const ConsentRecord& r, const ConsentTemplate& form)
{
    QMap<QString, QString> v = shownValues(r.details, form.language());
    v.insert(QStringLiteral("municipality"), r.controller);
    v.insert(QStringLiteral("provider"), r.processor);
    v.insert(QStringLiteral("processor"), r.processor);
    v.insert(QStringLiteral("consultant"), r.consultant);
    v.insert(QStringLiteral("id"), r.id);
    v.insert(QStringLiteral("template"), r.templateId);
    v.insert(QStringLiteral("version"), QString::number(r.templateVersion));
    v.insert(QStringLiteral("hash"), r.textHash);
    v.insert(QStringLiteral("receiptHash"), r.receiptHash);
    return v;
}

// Every receipt ends the same way: the consultant, then the reference that ties it to the
// record (the consent's id, the form's version and the hash of its text).
QStringList closingLines(const ConsentRecord& r, const ConsentTemplate& form)
{
    const QMap<QString, QString> v = valuesOf(r, form);
    return {fill(form.receiptPhrase(QStringLiteral("consultant")), v),
            fill(form.receiptPhrase(QStringLiteral("reference")), v)};
}

// A receipt lists the grants in one order, whatever order they were given or stored in: by
// recipient, then telling before obtaining (the journal reads them so too).
QList<ConsentGrant> inReceiptOrder(QList<ConsentGrant> grants)
{
    std::stable_sort(grants.begin(), grants.end(),
                     [](const ConsentGrant& a, const ConsentGrant& b) {
                         if (a.recipient.kind != b.recipient.kind)
                             return a.recipient.kind < b.recipient.kind;
                         if (a.recipient.name != b.recipient.name)
                             return a.recipient.name < b.recipient.name;
                         return a.direction == Direction::Tell && b.direction == Direction::Obtain;
                     });
    return grants;
}
} // namespace

QString dateText(QDate d, const QString& language)
{
    // Danish (and its neighbours) write the day as an ordinal: "1. december 2026".
    static const QStringList ordinalDay = {QStringLiteral("da"), QStringLiteral("nb"),
                                           QStringLiteral("nn"), QStringLiteral("no"),
                                           QStringLiteral("de"), QStringLiteral("is")};
    const QLocale locale(language);
    const QString base = locale.name().section(QLatin1Char('_'), 0, 0);
    return locale.toString(d, ordinalDay.contains(base) ? QStringLiteral("d. MMMM yyyy")
                                                        : QStringLiteral("d MMMM yyyy"));
}

QStringList sentences(const ConsentRecord& r, const ConsentTemplate& form)
{
    // The day in this computer's time zone, not in UTC: the day of signing as the journal
    // wrote it, wherever the receipt is made in the zone it was signed in (Denmark, for all).
    const QDate signedOn = r.signedAt.toLocalTime().date();
    const QMap<QString, QString> v = valuesOf(r, form);
    QStringList out;
    out << form.receiptPhrase(QStringLiteral("title")) << r.citizenName
        << form.receiptPhrase(QStringLiteral("intro"));
    for (const QString& section : form.receiptSections())
        out << fill(form.text(section), v);
    if (r.status != QStringLiteral("given") || r.grants.isEmpty()) {
        out << form.receiptPhrase(QStringLiteral("nothingShared"));
    } else {
        for (const ConsentGrant& g : inReceiptOrder(r.grants)) {
            out << form.grantSentence(r.processor, r.controller, g);
            for (const ConsentTemplate::RecipientKindText& k : form.recipients())
                if (k.kind == g.recipient.kind && !k.explanation.isEmpty())
                    out << k.explanation;
        }
        out << (r.validUntil.isValid()
                    ? fill(form.receiptPhrase(QStringLiteral("validUntil")),
                           {{QStringLiteral("date"), dateText(r.validUntil, form.language())}})
                    : form.receiptPhrase(QStringLiteral("untilCourseEnd")));
    }
    for (const QString& section : form.receiptClosingSections(r.details))
        out << fill(form.text(section), v);
    out << fill(form.receiptPhrase(QStringLiteral("signed")),
                {{QStringLiteral("signer"), r.signer},
                 {QStringLiteral("place"), r.place},
                 {QStringLiteral("date"), dateText(signedOn, form.language())}});
    if (r.signerRole == QStringLiteral("guardian"))
        out << form.receiptPhrase(QStringLiteral("guardian"));
    return out << closingLines(r, form);
}

QStringList withdrawalSentences(const ConsentRecord& r, const ConsentTemplate& form, int index)
{
    const ConsentWithdrawal& w = r.withdrawals.at(index);
    const QString date = dateText(w.at.toLocalTime().date(), form.language());
    const QMap<QString, QString> v = valuesOf(r, form);
    QStringList out;
    out << form.receiptPhrase(QStringLiteral("withdrawalTitle")) << r.citizenName;
    out << fill(form.text(QStringLiteral("controller")), v);
    if (w.recipient.kind.isEmpty()) {
        out << fill(form.receiptPhrase(QStringLiteral("withdrawnAll")),
                    {{QStringLiteral("date"), date}});
    } else {
        const ConsentGrant withdrawn{w.recipient, w.categories,
                                     w.direction.value_or(Direction::Tell)};
        out << fill(form.grantSentence(r.processor, r.controller, withdrawn, true),
                    {{QStringLiteral("date"), date}});
        out << form.receiptPhrase(QStringLiteral("stillValid"));
    }
    for (const QString& section : form.withdrawalReceiptSections(r.details))
        out << fill(form.text(section), v);
    return out << closingLines(r, form);
}

QString contentHash(const ConsentRecord& record, const ConsentTemplate& form)
{
    QStringList lines = sentences(record, form);
    lines.removeLast(); // the reference
    QByteArray content = lines.join(QLatin1Char('\n')).toUtf8();
    content += "\n--\n" + record.signature;
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace fortrolig::ReceiptText
