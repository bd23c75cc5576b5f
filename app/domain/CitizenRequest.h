#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fortrolig {

// A request from the citizen about their information (GDPR art. 15-22, a withdrawal, an
// aktindsigt under the Public Administration Act, a complaint): what the provider must pass on
// to the municipality, the controller, and when (docs/requests.md). The kinds, channels and
// deadlines live here so that the journal, the server, the command line and the window agree.
struct CitizenRequest
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::CitizenRequest)
public:
    // The stored names of the kinds and channels, in the order they are offered.
    static QStringList kinds();    // access, copy, rectification, erasure, restriction, ...
    static QStringList channels(); // in-person, phone, letter, email, digital-post
    // How a request was passed on to the municipality.
    static QStringList forwardChannels();         // secure-mail, digital-post, letter, in-person
    static QString kindText(const QString& kind); // "Access (GDPR art. 15)"
    static QString kindShortText(const QString& kind);  // "Access", for lists
    static QString channelText(const QString& channel); // "Phone"
    // Restriction and objection set the case's restriction flag until the municipality decides.
    static bool restricts(const QString& kind);

    // The days the municipality's offices are closed: weekends, the Danish public holidays
    // (and Great Prayer Day until 2023), Constitution Day, 24 and 31 December.
    static bool workingDay(const QDate& day);
    static QDate nextWorkingDay(const QDate& day); // the first working day after `day`

    // Forward by the end of the next working day after receipt (the same day is better).
    static QDate forwardBy(const QDateTime& received);
    // Answer within one month of receipt (art. 12(3)); a day the month lacks is its last day.
    static QDate answerBy(const QDateTime& received);
    // The latest an extension may set: two further months (art. 12(3)).
    static QDate latestExtension(const QDateTime& received);
    static constexpr int kReminderDays = 7; // "due soon" from this many days before
    static constexpr int kMaxDescription = 2000;
};

// One request as the journal has it: received, then perhaps forwarded, extended, answered.
struct RequestRecord
{
    QString id;
    QString citizenId;
    QString kind;
    QString channel;
    QDateTime receivedAt; // in the offset it was recorded in: its date() is the local day
    QString description;
    QString author;
    QDateTime forwardedAt; // null until forwarded
    QString forwardedTo;
    QString forwardChannel;
    QDate extendedTo; // null unless the municipality extended the time to answer
    QDate decidedOn;  // when it decided that
    QDate toldOn;     // when the citizen was told
    QDate answeredOn; // null until answered
    QString outcome;

    enum class State
    {
        Received,
        Forwarded,
        Answered
    };
    State state() const;
    QDate forwardBy() const { return CitizenRequest::forwardBy(receivedAt); }
    QDate answerBy() const; // the extension's date, if any
    bool forwardOverdue(const QDate& today) const;
    bool answerOverdue(const QDate& today) const;
    bool answerDueSoon(const QDate& today) const; // within the reminder days, not overdue
    bool open() const { return state() != State::Answered; }
};

} // namespace fortrolig
