#pragma once

#include "app/core/Error.h"
#include "app/domain/CitizenRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fortrolig {

class Journal;

// A request from the citizen, and its steps, as the consultant records them: a new request
// (what, how it came, when, in a few words), forwarded to the municipality (to which address,
// how, when), the time to answer extended by the municipality (to when, decided when, the
// citizen told when), answered (when, how). Each saves one event (docs/requests.md).
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step
    {
        New,
        Forward,
        Extend,
        Answer
    };
    // `request`: the request a step is for (ignored for New). `jobcentreAddress`: the
    // municipality's registered address, filled in for Forward.
    RequestDialog(Journal& journal, Step step, const QString& citizenId,
                  const RequestRecord& request = {}, const QString& jobcentreAddress = {},
                  QWidget* parent = nullptr);
    QString savedRequestId() const { return m_saved; }

    // What a refusal of the journal's means, in the consultant's words.
    static QString problemText(const Error& error);

private:
    void buildNew();
    void buildForward(const QString& address);
    void buildExtend();
    void buildAnswer();
    void save();
    Error saveStep();
    Journal& m_journal;
    Step m_step;
    QString m_citizenId;
    RequestRecord m_request;
    QString m_saved;
    QComboBox* m_choice = nullptr; // the kind (New) or the way it was sent (Forward)
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QDateEdit* m_until = nullptr;
    QDateEdit* m_decided = nullptr;
    QDateEdit* m_told = nullptr;
    QDateEdit* m_on = nullptr;
    QLineEdit* m_line = nullptr; // the address (Forward) or the outcome (Answer)
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_message = nullptr;
    QCheckBox* m_restrict = nullptr; // New, for a restriction or an objection
};

} // namespace fortrolig
