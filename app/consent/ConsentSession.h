#pragma once

#include "app/consent/Consent.h"
#include "app/consent/ConsentTemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace fortrolig {

// What the citizen chooses while going through a form, and the rules that decide whether a
// page may be left: the model behind citizen mode, without widgets, so tests call it
// directly. Nothing is chosen in advance: every recipient starts unanswered, every
// category unticked, the validity unchosen.
class ConsentSession
{
    Q_DECLARE_TR_FUNCTIONS(fortrolig::ConsentSession)
public:
    enum class Page
    {
        Language,
        About,
        Recipient,
        Validity,
        Rights, // format 3: the citizen's rights, the contacts, retention, the complaint route
        Summary,
        Signature,
        Done
    };

    // The consultant prepares the session before turning the screen: the case, the questions
    // about named recipients (a company, a doctor: may we tell them, may we ask them, why),
    // and who signs.
    ConsentSession(const ConsentTemplate& form, QString citizenId, QString courseId,
                   QList<ConsentQuestion> questions, QString controller, QString processor);

    const ConsentTemplate& form() const { return m_form; }
    const QList<ConsentQuestion>& questions() const { return m_questions; }

    // Question page i: yes, no, or not yet answered; and the categories ticked.
    void answer(int recipient, bool yes);
    std::optional<bool> answerFor(int recipient) const { return m_answers.value(recipient); }
    void setCategory(int recipient, const QString& category, bool ticked);
    QStringList categoriesFor(int recipient) const { return m_categories.value(recipient); }

    void chooseUntilCourseEnd();
    void chooseUntil(QDate date);
    std::optional<QDate> validity() const { return m_validity; } // null date = course end

    void setSigner(const QString& name, bool guardian);
    void setCitizenBirthDate(QDate birth) { m_birthDate = birth; } // from the CPR number
    // The values the form's placeholders are filled with (ConsentInput::details).
    void setDetails(const QMap<QString, QString>& details) { m_details = details; }
    const QMap<QString, QString>& details() const { return m_details; }

    // Empty when the page may be left; otherwise what is missing, in plain words.
    QString missingOn(Page page, int recipient = 0) const;
    // The same reason untranslated (a source text in this class's context; null when the
    // page may be left), for citizen mode, which speaks the form's language, not the window's.
    const char* missingSource(Page page, int recipient = 0) const;
    int citizenAge() const { return m_birthDate.isValid() ? ageToday() : -1; }

    QStringList summary() const; // plain sentences of what was chosen, with the purposes
    // The answers as they stand, one per line in a fixed form (question, yes or no, the
    // categories; the validity; the signer): what the record's text hash covers beside the
    // pages shown.
    QString answersText() const;
    // The record to save (given), once every page can be left and a signature exists.
    ConsentInput toConsentInput(const QByteArray& signatureJson, const QString& place) const;
    ConsentInput toRefusal() const; // saying no is a valid answer

private:
    const ConsentTemplate& m_form;
    QString m_citizenId, m_courseId, m_controller, m_processor;
    QList<ConsentQuestion> m_questions;
    QHash<int, std::optional<bool>> m_answers;
    QHash<int, QStringList> m_categories;
    std::optional<QDate> m_validity;
    QString m_signer;
    bool m_guardian = false;
    QDate m_birthDate;
    QMap<QString, QString> m_details;
    int ageToday() const;
    ConsentGrant grantOf(int question) const; // as answered so far
};

} // namespace fortrolig
