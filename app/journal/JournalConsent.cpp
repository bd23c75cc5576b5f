// Journal: consents, the consent gate, the disclosure log, and files that leave the journal.
#include "app/journal/Journal.h"

#include "app/consent/ConsentGate.h"
#include "app/consent/ReceiptText.h"
#include "app/core/AtomicFile.h"
#include "app/core/StoredTime.h"
#include "app/journal/Events.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

Result<QJsonObject> Journal::consentPayload(const ConsentInput& c, bool needsGrants)
{
    if (Error e = requireCitizen(c.citizenId))
        return e;
    QString referring; // the municipality of the course: its jobcentre has the legal basis
    if (!c.courseId.isEmpty()) {
        QSqlQuery q(m_database->db());
        q.prepare(
            QStringLiteral("SELECT municipality FROM courses WHERE id = ? AND citizen_id = ?"));
        q.addBindValue(c.courseId);
        q.addBindValue(c.citizenId);
        if (!q.exec() || !q.next())
            return Error(ErrorCode::NotFound, QStringLiteral("course of this citizen"));
        referring = q.value(0).toString();
    } else if (needsGrants) {
        // §11a: a consent is for a case. Without one it would have no end.
        return Error(ErrorCode::InvalidInput, QStringLiteral("the course the consent is for"));
    }
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (c.templateId.isEmpty() || !sha256.match(c.textHash).hasMatch())
        return Error(ErrorCode::InvalidInput, QStringLiteral("form id and SHA-256 of its text"));
    // The hash is of what was shown, or the record would prove something else.
    if (!c.shownText.isEmpty() &&
        QString::fromLatin1(
            QCryptographicHash::hash(c.shownText.toUtf8(), QCryptographicHash::Sha256).toHex()) !=
            c.textHash)
        return Error(ErrorCode::InvalidInput, QStringLiteral("the hash of the text shown"));
    QList<ConsentGrantPayload> grants;
    for (qsizetype i = 0; i < c.grants.size(); ++i) {
        const ConsentGrant& g = c.grants.at(i);
        for (qsizetype k = 0; k < i; ++k) {
            if (c.grants.at(k).recipient == g.recipient && c.grants.at(k).direction == g.direction)
                return Error(ErrorCode::InvalidInput, QStringLiteral("recipient named twice"));
        }
        if (QSet<QString>(g.categories.begin(), g.categories.end()).size() != g.categories.size())
            return Error(ErrorCode::InvalidInput, QStringLiteral("category named twice"));
        if (!g.recipient.isValid())
            return Error(ErrorCode::InvalidInput, QStringLiteral("recipient ") + g.recipient.kind);
        // Another municipality's jobcentre may be a consent recipient, named; the referring
        // one is not: it has the legal basis.
        if (g.recipient.kind == RecipientKind::Jobcentre &&
            (g.recipient.name.trimmed().isEmpty() ||
             ConsentGate::sameMunicipality(g.recipient.name, referring)))
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("recipient jobcentre: the referring one has the legal "
                                        "basis; another one needs its name"));
        if (g.categories.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("categories for ") + g.recipient.kind);
        for (const QString& cat : g.categories) {
            if (!InfoCategory::all().contains(cat))
                return Error(ErrorCode::InvalidInput, QStringLiteral("category ") + cat);
        }
        grants << ConsentGrantPayload{g.recipient.kind, g.recipient.name.trimmed(), g.categories,
                                      DirectionName::of(g.direction), g.purpose.trimmed()};
    }
    if (needsGrants && (grants.isEmpty() || c.signer.trimmed().isEmpty()))
        return Error(ErrorCode::InvalidInput, QStringLiteral("recipients and the signer"));
    ConsentPayload p;
    p.consentId = newId();
    p.courseId = c.courseId;
    p.templateId = c.templateId;
    p.templateVersion = c.templateVersion;
    p.language = c.language;
    p.textHash = c.textHash;
    p.grants = grants;
    p.validUntil = c.validUntil.isValid() ? c.validUntil.toString(Qt::ISODate) : QString();
    p.place = c.place;
    p.signer = c.signer.trimmed();
    p.signerRole = c.signerRole;
    p.controller = c.controller;
    p.processor = c.processor;
    p.signature = QString::fromUtf8(c.signature);
    p.consultantName = m_identity.name; // who the receipt names, as at signing: a reprint too
    p.shownText = c.shownText;
    p.details = c.details;
    return p.encode();
}

// The receipt this consent will make, hashed as it is stored (ReceiptText::contentHash): the
// record as consentRecord() will read it back, made here from what is being written.
Error Journal::hashReceipt(const ConsentInput& c, Event& e, const QString& status)
{
    if (!c.form)
        return {};
    ConsentRecord r;
    r.id = e.payload.value(QStringLiteral("consentId")).toString();
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT name FROM citizens WHERE id = ?"));
    q.addBindValue(c.citizenId);
    if (!q.exec() || !q.next())
        return JournalDatabase::errorFrom(q.lastError(), {});
    r.citizenName = q.value(0).toString();
    r.status = status;
    r.templateId = c.templateId;
    r.templateVersion = c.templateVersion;
    r.language = c.language;
    r.textHash = c.textHash;
    if (status == QStringLiteral("given")) {
        for (ConsentGrant g : c.grants) {
            g.recipient.name = g.recipient.name.trimmed();
            g.purpose = g.purpose.trimmed();
            r.grants << g;
        }
    }
    r.validUntil = c.validUntil;
    r.place = c.place;
    r.signer = c.signer.trimmed();
    r.signerRole = c.signerRole;
    r.controller = c.controller;
    r.processor = c.processor;
    r.signature = c.signature;
    r.signedAt = StoredTime::from(QVariant(e.localTime));
    r.consultant = m_identity.name.isEmpty() ? m_identity.displayName() : m_identity.name;
    r.details = c.details;
    e.payload.insert(QStringLiteral("receiptHash"), ReceiptText::contentHash(r, *c.form));
    return {};
}

Result<QString> Journal::giveConsent(const ConsentInput& c)
{
    auto payload = consentPayload(c, true);
    if (!payload.ok())
        return payload.error();
    const QString consentId = payload->value(QStringLiteral("consentId")).toString();
    if (!c.paperScan.isEmpty() &&
        QString::fromLatin1(
            QCryptographicHash::hash(c.paperScan, QCryptographicHash::Sha256).toHex()) !=
            c.textHash)
        return Error(ErrorCode::InvalidInput, QStringLiteral("the scan's hash"));
    Event e = makeEvent(EventType::ConsentGiven, c.citizenId, payload.value());
    if (Error err = hashReceipt(c, e, QStringLiteral("given")))
        return err;
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    if (Error err = record(e, AccessLog::Action::Consented, c.citizenId))
        return err;
    if (!c.paperScan.isEmpty()) {
        QSqlQuery q(m_database->db());
        q.prepare(QStringLiteral(
            "INSERT INTO attachments (id, citizen_id, consent_id, name, sha256, data)"
            " VALUES (?,?,?,?,?,?)"));
        for (const QVariant& v : QVariantList{newId(), c.citizenId, consentId, c.paperScanName,
                                              c.textHash, c.paperScan})
            q.addBindValue(v);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
    }
    if (Error commit = tx.commit())
        return commit;
    return consentId;
}

Result<QString> Journal::refuseConsent(const ConsentInput& form)
{
    ConsentInput c = form;
    c.grants.clear();
    auto payload = consentPayload(c, false);
    if (!payload.ok())
        return payload.error();
    Event e = makeEvent(EventType::ConsentRefused, c.citizenId, payload.value());
    if (Error err = hashReceipt(c, e, QStringLiteral("refused")))
        return err;
    if (Error err = record(e, AccessLog::Action::Consented, c.citizenId))
        return err;
    return payload->value(QStringLiteral("consentId")).toString();
}

Error Journal::withdrawConsent(const QString& consentId, const Recipient& recipient,
                               const QString& category, std::optional<Direction> direction)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT citizen_id, status, withdrawn_at FROM consents WHERE id = ?"));
    q.addBindValue(consentId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("consent"));
    const QString citizenId = q.value(0).toString();
    if (q.value(1).toString() != QStringLiteral("given") || !q.value(2).isNull())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("consent already withdrawn or refused"));
    q.finish();
    if (!category.isEmpty() && recipient.kind.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("a category is withdrawn from a recipient"));
    QString storedName;
    if (!recipient.kind.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT recipient_name, category FROM consent_grants WHERE consent_id = ?"
            " AND recipient_kind = ? AND withdrawn_at IS NULL AND direction LIKE ?"));
        q.addBindValue(consentId);
        q.addBindValue(recipient.kind);
        q.addBindValue(direction ? DirectionName::of(*direction) : QStringLiteral("%"));
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        bool found = false;
        while (q.next()) {
            if (Recipient{recipient.kind, q.value(0).toString()} == recipient &&
                (category.isEmpty() || q.value(1).toString() == category)) {
                found = true;
                // The name exactly as the consent holds it, however it was typed now: the
                // projection matches on it.
                storedName = q.value(0).toString();
            }
        }
        if (!found)
            return Error(ErrorCode::NotFound,
                         QStringLiteral("that recipient or category in the consent"));
    }
    // Without a recipient the whole consent is withdrawn (ConsentWithdrawnPayload::encode).
    const ConsentWithdrawnPayload payload{
        consentId, recipient.kind, storedName, category,
        direction && !recipient.kind.isEmpty() ? DirectionName::of(*direction) : QString()};
    return record(makeEvent(EventType::ConsentWithdrawn, citizenId, payload.encode()),
                  AccessLog::Action::Withdrawn, citizenId);
}

namespace {
// Grant rows (recipient_kind, recipient_name, direction, purpose, category), ordered so that
// one grant's rows come together: one ConsentGrant each.
void addGrantRow(QList<ConsentGrant>& grants, const QSqlQuery& q)
{
    const Recipient who{q.value(0).toString(), q.value(1).toString()};
    const Direction direction =
        DirectionName::parse(q.value(2).toString()).value_or(Direction::Tell);
    if (grants.isEmpty() || !(grants.last().recipient == who) ||
        grants.last().direction != direction)
        grants << ConsentGrant{who, {}, direction, q.value(3).toString()};
    grants.last().categories << q.value(4).toString();
}
} // namespace

Result<QList<ConsentSummary>> Journal::consents(const QString& citizenId, Read read)
{
    QSqlQuery q(m_database->db());
    q.prepare(
        QStringLiteral("SELECT id, course_id, status, template_id, template_version, text_hash,"
                       " valid_until, signed_at, withdrawn_at FROM consents WHERE citizen_id = ?"
                       " ORDER BY signed_at"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<ConsentSummary> out;
    while (q.next())
        out << ConsentSummary{q.value(0).toString(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toInt(),
                              q.value(5).toString(),
                              QDate::fromString(q.value(6).toString(), Qt::ISODate),
                              StoredTime::from(q.value(7)),
                              StoredTime::from(q.value(8)),
                              {}};
    q.finish();
    for (ConsentSummary& c : out) {
        q.prepare(
            QStringLiteral("SELECT recipient_kind, recipient_name, direction, purpose, category"
                           " FROM consent_grants WHERE consent_id = ? AND withdrawn_at IS NULL"
                           " ORDER BY recipient_kind, recipient_name, direction DESC, category"));
        q.addBindValue(c.id);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        while (q.next())
            addGrantRow(c.activeGrants, q);
    }
    if (Error e = logShown(read, QStringLiteral("consents:") + citizenId, AccessLog::Action::Viewed,
                           {citizenId}, QStringLiteral("consents")))
        return e;
    return out;
}

Result<ConsentRecord> Journal::consentRecord(const QString& consentId)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral(
        "SELECT c.id, ci.name, c.status, c.template_id, c.template_version, c.language, "
        "c.text_hash,"
        " c.valid_until, c.place, c.signer, c.signer_role, c.controller, c.processor, c.signature,"
        " c.signed_at, c.author, c.citizen_id, c.withdrawn_at, c.consultant_name, c.shown_text,"
        " c.details, c.receipt_hash FROM consents c"
        " JOIN citizens ci ON ci.id = c.citizen_id WHERE c.id = ?"));
    q.addBindValue(consentId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("consent"));
    ConsentRecord r;
    r.id = q.value(0).toString();
    r.citizenName = q.value(1).toString();
    r.status = q.value(2).toString();
    r.templateId = q.value(3).toString();
    r.templateVersion = q.value(4).toInt();
    r.language = q.value(5).toString();
    r.textHash = q.value(6).toString();
    r.validUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.place = q.value(8).toString();
    r.signer = q.value(9).toString();
    r.signerRole = q.value(10).toString();
    r.controller = q.value(11).toString();
    r.processor = q.value(12).toString();
    r.signature = q.value(13).toString().toUtf8();
    r.signedAt = StoredTime::from(q.value(14));
    // The name stored at signing; a consent from before names were kept: this journal's
    // consultant's name if they signed it, else the user name it was signed under.
    const QString author = q.value(15).toString();
    r.consultant = q.value(18).toString();
    if (r.consultant.isEmpty())
        r.consultant = author == m_identity.consultant ? m_identity.displayName() : author;
    const QString citizenId = q.value(16).toString();
    r.citizenId = citizenId;
    const QDateTime withdrawnWhole = StoredTime::from(q.value(17));
    r.shownText = q.value(19).toString();
    r.details = ConsentPayload::detailsFrom(
        QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object());
    r.receiptHash = q.value(21).toString();
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT recipient_kind, recipient_name, direction, purpose, category FROM consent_grants"
        " WHERE consent_id = ? ORDER BY recipient_kind, recipient_name, direction DESC,"
        " category"));
    q.addBindValue(consentId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    while (q.next())
        addGrantRow(r.grants, q);
    q.finish();
    // What was withdrawn and when: one entry per recipient, direction and moment, then the
    // whole.
    q.prepare(QStringLiteral(
        "SELECT recipient_kind, recipient_name, category, withdrawn_at, direction"
        " FROM consent_grants WHERE consent_id = ? AND withdrawn_at IS NOT NULL"
        " ORDER BY withdrawn_at, recipient_kind, recipient_name, direction DESC, category"));
    q.addBindValue(consentId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    while (q.next()) {
        const Recipient who{q.value(0).toString(), q.value(1).toString()};
        const QDateTime at = StoredTime::from(q.value(3));
        const std::optional<Direction> direction = DirectionName::parse(q.value(4).toString());
        if (r.withdrawals.isEmpty() || !(r.withdrawals.last().recipient == who) ||
            r.withdrawals.last().at != at || r.withdrawals.last().direction != direction)
            r.withdrawals << ConsentWithdrawal{who, {}, at, direction};
        r.withdrawals.last().categories << q.value(2).toString();
    }
    if (withdrawnWhole.isValid())
        r.withdrawals << ConsentWithdrawal{{}, {}, withdrawnWhole};
    if (Error e = logUse(AccessLog::Action::Viewed, {citizenId}, QStringLiteral("consent receipt")))
        return e;
    return r;
}

Result<GateDecision> Journal::mayDisclose(const QString& citizenId, const Recipient& recipient,
                                          const QStringList& categories, Direction direction)
{
    if (Error e = requireCitizen(citizenId))
        return e;
    if (!recipient.isValid() || categories.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("recipient and categories"));
    for (const QString& cat : categories) {
        if (!InfoCategory::all().contains(cat))
            return Error(ErrorCode::InvalidInput, QStringLiteral("category ") + cat);
    }
    return ConsentGate::check(m_database->db(), citizenId, recipient, categories, m_clock().date(),
                              direction);
}

Result<QString> Journal::disclose(const QString& citizenId, const Recipient& recipient,
                                  const QStringList& categories, const QString& what)
{
    return disclose(citizenId, recipient, categories, what, {}, {});
}

Result<QString> Journal::disclose(const QString& citizenId, const Recipient& recipient,
                                  const QStringList& categories, const QString& what,
                                  const QString& path, const QByteArray& document)
{
    return exchange(citizenId, recipient, categories, what, Direction::Tell, path, document);
}

Result<QString> Journal::recordObtained(const QString& citizenId, const Recipient& source,
                                        const QStringList& categories, const QString& what)
{
    return exchange(citizenId, source, categories, what, Direction::Obtain, {}, {});
}

Result<QString> Journal::addReceivedNote(const QString& citizenId, const QString& text,
                                         const QString& kind, const Recipient& source,
                                         const QStringList& categories, const QString& courseId)
{
    auto allowed = mayDisclose(citizenId, source, categories, Direction::Obtain);
    if (!allowed.ok() || !allowed->allowed)
        return allowed.ok() ? Error(ErrorCode::NotAllowed, allowed->explanation())
                            : allowed.error();
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    auto note = addNote(citizenId, text, kind, courseId);
    if (!note.ok())
        return note.error();
    auto obtained =
        recordObtained(citizenId, source, categories, QStringLiteral("note:") + note.value());
    if (!obtained.ok())
        return obtained.error();
    if (Error e = tx.commit())
        return e;
    return note.value();
}

Result<QString> Journal::exchange(const QString& citizenId, const Recipient& recipient,
                                  const QStringList& categories, const QString& what,
                                  Direction direction, const QString& path,
                                  const QByteArray& document)
{
    if (what.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("what is shared"));
    Transaction tx = batch(); // the gate's answer and the record in one transaction
    if (tx.error())
        return tx.error();
    auto decision = mayDisclose(citizenId, recipient, categories, direction);
    if (!decision.ok() || !decision->allowed)
        return decision.ok() ? Error(ErrorCode::NotAllowed, decision->explanation())
                             : decision.error();
    const QString id = newId();
    // "The referring jobcentre" is recorded as the municipality the gate found.
    const QString name =
        recipient.name.trimmed().isEmpty() && decision->reason == GateDecision::Reason::LegalBasis
            ? decision->municipality
            : recipient.name;
    const DisclosureRecordedPayload payload{
        id,
        recipient.kind,
        name,
        categories.join(QLatin1Char(',')),
        decision->reason == GateDecision::Reason::LegalBasis ? QStringLiteral("legal-basis")
                                                             : QStringLiteral("consent"),
        decision->consentId,
        what,
        direction == Direction::Obtain ? DirectionName::of(direction) : QString()};
    const Event e = makeEvent(EventType::DisclosureRecorded, citizenId, payload.encode());
    if (Error err = record(e,
                           direction == Direction::Obtain ? AccessLog::Action::Obtained
                                                          : AccessLog::Action::Disclosed,
                           citizenId))
        return err;
    if (Error err =
            path.isEmpty()
                ? tx.commit()
                : writeAndCommit(tx, citizenId, QStringLiteral("shared document"), path, document))
        return err;
    return id;
}

Error Journal::exportFile(const QString& citizenId, const QString& what, const QString& path,
                          const QByteArray& data)
{
    if (Error e = requireCitizen(citizenId))
        return e;
    Transaction tx = batch();
    if (tx.error())
        return tx.error();
    return writeAndCommit(tx, citizenId, what, path, data);
}

Error Journal::writeAndCommit(Transaction& tx, const QString& citizenId, const QString& what,
                              const QString& path, const QByteArray& data)
{
    // The log entry first, then the file, then the commit: an export that is not in the log
    // never happens, and a failed write leaves neither.
    if (Error e = AccessLog::append(m_database->db(), now(), m_identity.consultant,
                                    AccessLog::Action::Exported, citizenId, what))
        return e;
    if (Error e = writeFileAtomically(path, data))
        return e;
    if (Error c = tx.commit()) {
        QFile::remove(path);
        return c;
    }
    return {};
}

Result<QList<DisclosureRecord>> Journal::disclosures(const QString& citizenId)
{
    QSqlQuery q(m_database->db());
    q.prepare(
        QStringLiteral("SELECT id, recipient_kind, recipient_name, categories, basis, consent_id,"
                       " what, at, author, direction FROM disclosures WHERE citizen_id = ?"
                       " ORDER BY at"));
    q.addBindValue(citizenId);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<DisclosureRecord> out;
    while (q.next())
        out << DisclosureRecord{
            q.value(0).toString(),
            {q.value(1).toString(), q.value(2).toString()},
            q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            StoredTime::from(q.value(7)),
            q.value(8).toString(),
            DirectionName::parse(q.value(9).toString()).value_or(Direction::Tell)};
    return out;
}

} // namespace fortrolig
