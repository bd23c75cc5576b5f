#pragma once

#include "app/domain/CitizenRequest.h"
#include "app/privacy/AccessLogEntry.h"

#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fortrolig {

class Journal;
class Settings;

// The citizen's requests in the case view: each with what it asks, how it came, its
// deadlines and where it stands, late ones said in words (not by colour alone); a new
// request, and its steps (forwarded, extended, answered) for the chosen one; its papers (the
// citizen's receipt, the letter to the municipality).
class RequestPanel : public QWidget
{
    Q_OBJECT
public:
    RequestPanel(Journal& journal, Settings& settings, QWidget* parent = nullptr);
    // `municipality`: of the citizen's newest course, whose registered address a request is
    // forwarded to.
    void showCitizen(const QString& citizenId, const QString& municipality);
    // "Forward by 2 Dec." / "Answer overdue since 2 Jan." / "Answered 10 Feb.": where a
    // request stands on `today`, in words.
    static QString standing(const RequestRecord& request, const QDate& today);
    // Asks the server for the consultant's other devices' uses of a case (SyncService::
    // fetchAccessLog); without one the access package holds this laptop's log only.
    using LogFetcher =
        std::function<void(const QString& citizenId, std::function<void(ServerLogExtract)>)>;
    void setLogFetcher(LogFetcher fetcher) { m_fetchLog = std::move(fetcher); }

Q_SIGNALS:
    void failed(const QString& message);
    void notice(const QString& message); // done, and what to do next (the status bar)
    void changed(); // a request or a step was saved (the caseload's marks change)

private:
    void reload();
    void selectionChanged();
    QHBoxLayout* papersRow();
    QHBoxLayout* caseRow();
    void savePackage();
    void writePackage(const QString& citizenId, const QString& requestId, const QString& json,
                      const ServerLogExtract& server);
    void record(int step); // RequestDialog::Step
    QString jobcentreAddress() const;
    // The citizen's receipt (in `language`) or the letter to the municipality, saved where
    // the consultant chooses and logged as an export.
    void saveDocument(bool letter, const QString& language = {});
    Journal& m_journal;
    Settings& m_settings;
    LogFetcher m_fetchLog;
    QString m_citizenId;
    QString m_municipality;
    QList<RequestRecord> m_requests;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_forward;
    QPushButton* m_extend;
    QPushButton* m_answer;
    QPushButton* m_receipt; // a menu: one entry per language
    QPushButton* m_letter;
    QPushButton* m_restrict;
    QPushButton* m_package;
};

} // namespace fortrolig
