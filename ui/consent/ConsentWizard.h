#pragma once

#include "app/consent/ConsentSession.h"
#include "consent/CitizenModeSetup.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace fortrolig {

class FormLanguage;
class Journal;
class SignaturePad;
struct TemplateCatalogue;

// Citizen mode's pages: the citizen goes through the form one topic a page, in the language
// they choose, with large text, back and next, and the progress shown. The rules (what must
// be answered before a page can be left, the summary, the record) are ConsentSession's; this
// class only shows them. Nothing is chosen in advance. Saying no is a valid end.
class ConsentWizard : public QWidget
{
    Q_OBJECT
public:
    ConsentWizard(Journal& journal, const TemplateCatalogue& catalogue, CitizenModeSetup setup,
                  QWidget* parent = nullptr);
    ~ConsentWizard() override;

    ConsentSession::Page currentPage() const;
    int currentRecipient() const; // on a recipient page
    QString language() const;
    const ConsentSession& session() const { return *m_session; }
    QString savedConsentId() const { return m_savedId; } // set once recorded (given or refused)
    // What the citizen has been shown so far: every page seen, as rendered (headings, texts,
    // choices with their state, names filled in), in the order of the route, then the
    // answers (ConsentSession::answersText). Its SHA-256 is the record's text hash.
    QString shownText() const;

Q_SIGNALS:
    void saved(const QString& consentId);
    void handBackRequested(); // the citizen is done: the consultant takes the screen back

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Step
    {
        ConsentSession::Page page;
        int recipient = -1;
        QWidget* widget = nullptr;
    };
    QString say(const char* source) const; // in the form's language
    void chooseLanguage(const QString& language);
    bool canAsk(const ConsentTemplate& form) const; // every question of the setup
    void build();
    QList<int> route() const; // the steps the citizen goes through, given the answers so far
    bool shares() const;
    void go(int step);
    void next();
    void back();
    void sayNoToEverything();
    void showMessage(const QString& text);
    void recheck();
    bool record();

    QWidget* page(const QString& name, const QString& title, QBoxLayout** body);
    QWidget* languagePage();
    QWidget* aboutPage();
    QWidget* recipientPage(int recipient);
    QWidget* validityPage();
    QWidget* rightsPage();
    QString filled(const QString& section) const; // a form text with the details filled in
    QMap<QString, QString> detailsFor(const ConsentTemplate& form) const;
    QWidget* summaryPage();
    QWidget* signaturePage();
    QWidget* donePage();
    void refreshSummary();

    Journal& m_journal;
    const TemplateCatalogue& m_catalogue;
    CitizenModeSetup m_setup;
    const ConsentTemplate* m_form = nullptr;
    std::unique_ptr<FormLanguage> m_lang;
    std::unique_ptr<ConsentSession> m_session;
    QList<Step> m_steps;
    int m_current = 0;
    QSet<int> m_seen; // the steps shown since the language was chosen
    QString m_savedId;

    QStackedWidget* m_stack;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_next;
    QLabel* m_summary = nullptr;
    QLabel* m_doneSummary = nullptr;
    SignaturePad* m_pad = nullptr;
    QLineEdit* m_signer = nullptr;
};

} // namespace fortrolig
