#include "retention/PurgeLedger.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <fcntl.h>
#include <unistd.h>

namespace fortrolig::server {

Q_LOGGING_CATEGORY(lcLedger, "fortrolig.server.retention")

namespace {

QJsonObject toJson(const LedgerEntry& e)
{
    QJsonObject o{{QStringLiteral("case"), e.citizenId},
                  {QStringLiteral("at"), double(e.at)},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("actor"), e.actor}};
    if (!e.municipality.isEmpty())
        o.insert(QStringLiteral("municipality"), e.municipality);
    if (e.courseEnd.isValid())
        o.insert(QStringLiteral("courseEnd"), e.courseEnd.toString(Qt::ISODate));
    if (e.due.isValid())
        o.insert(QStringLiteral("due"), e.due.toString(Qt::ISODate));
    if (e.months > 0)
        o.insert(QStringLiteral("months"), e.months);
    if (!e.noteId.isEmpty()) {
        o.insert(QStringLiteral("note"), e.noteId);
        o.insert(QStringLiteral("reference"), e.reference);
    }
    if (!e.part.isEmpty())
        o.insert(QStringLiteral("part"), e.part);
    return o;
}

std::optional<LedgerEntry> fromJson(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    const QJsonObject o = doc.object();
    LedgerEntry e;
    e.citizenId = o.value(QStringLiteral("case")).toString();
    e.at = qint64(o.value(QStringLiteral("at")).toDouble());
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.municipality = o.value(QStringLiteral("municipality")).toString();
    e.courseEnd = QDate::fromString(o.value(QStringLiteral("courseEnd")).toString(), Qt::ISODate);
    e.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    e.months = o.value(QStringLiteral("months")).toInt();
    e.noteId = o.value(QStringLiteral("note")).toString();
    e.reference = o.value(QStringLiteral("reference")).toString();
    e.part = o.value(QStringLiteral("part")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || e.citizenId.isEmpty() ||
        e.at <= 0 || e.reason.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace

Error PurgeLedger::append(const LedgerEntry& entry)
{
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray path = QFile::encodeName(m_path);
    // O_APPEND: one write of a short line lands whole, even with several server processes.
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
                     QStringLiteral("purge ledger: ") + m_path);
    const ssize_t n = ::write(fd, line.constData(), size_t(line.size()));
    const int writeErrno = errno;
    const bool synced = n == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error(writeErrno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
                     QStringLiteral("purge ledger: ") + m_path);
    return {};
}

Result<QList<LedgerEntry>> PurgeLedger::read() const
{
    QList<LedgerEntry> out;
    QFile f(m_path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, QStringLiteral("purge ledger: ") + m_path);
    const QByteArray all = f.readAll();
    const QList<QByteArray> lines = all.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const auto entry = fromJson(lines.at(i));
        if (entry) {
            out << *entry;
            continue;
        }
        // Only the very last line may be cut short (written while the machine stopped).
        if (i == lines.size() - 1 && !all.endsWith('\n')) {
            qCWarning(lcLedger) << "the purge ledger's last line is incomplete; left out";
            continue;
        }
        return Error(ErrorCode::Damaged,
                     QStringLiteral("purge ledger %1, line %2").arg(m_path).arg(i + 1));
    }
    return out;
}

} // namespace fortrolig::server
