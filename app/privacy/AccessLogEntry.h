#pragma once

// The access log's entries as values, apart from the log's SQL (AccessLog.h): the sync
// protocol and the server carry them without the database.

#include <QDateTime>
#include <QList>
#include <QString>

namespace fortrolig {

// One entry of the log (AccessLog.h).
struct AccessLogEntry
{
    qint64 seq = 0;
    QDateTime at;   // UTC (the hashes cover the stored text)
    QString atText; // the stored text, as the hash covers it
    QString consultant;
    QString action;
    QString citizenId;
    QString reason;
    QString prevHash;
    QString hash;
};

// An entry of another device's log, as the server holds it (an access package's extract).
struct DeviceLogEntry
{
    QString device; // the server's id of the device
    QString deviceName;
    AccessLogEntry entry; // reason empty if it was scrubbed (the case was deleted)
    bool intact = false;  // its hash matches its fields
};

// What the server said about a case's uses on the consultant's other devices.
struct ServerLogExtract
{
    // "included" (entries are every other device's), "no-server" (this laptop is not
    // enrolled), "not-reached" (the server could not be asked, or refused: `why`).
    QString state = QStringLiteral("no-server");
    QString why;
    QList<DeviceLogEntry> uses;
};

} // namespace fortrolig
