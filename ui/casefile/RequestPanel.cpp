#include "casefile/RequestPanel.h"

#include "app/core/Dates.h"
#include "app/journal/AccessPackage.h"
#include "app/journal/Journal.h"
#include "app/receipt/AccessPackageDocument.h"
#include "app/receipt/RequestDocuments.h"
#include "casefile/ReadOnlyTable.h"
#include "casefile/RequestDialog.h"
#include "casefile/RestrictionDialog.h"
#include "shell/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fortrolig {

namespace {

QString dayText(const QDate& d)
{
    return Dates::shortDay(d);
}

} // namespace

RequestPanel::RequestPanel(Journal& journal, Settings& settings, QWidget* parent)
    : QWidget(parent), m_journal(journal), m_settings(settings)
{
    setObjectName(QStringLiteral("requestPanel"));
    m_table = makeReadOnlyTable(QStringLiteral("requestsTable"),
                                {tr("Received"), tr("Request"), tr("Where it stands")},
                                tr("The citizen's requests"));
    // Where it stands, with its deadline, wraps in the room the case pane has.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("requestSummary"));
    m_summary->setWordWrap(true);
    m_new = new QPushButton(tr("Ne&w request..."));
    m_new->setObjectName(QStringLiteral("requestNew"));
    m_new->setToolTip(tr("The citizen asks for access, a copy, a correction, erasure, ... : "
                         "record it at once."));
    m_forward = new QPushButton(tr("&Forwarded..."));
    m_forward->setObjectName(QStringLiteral("requestForward"));
    m_extend = new QPushButton(tr("E&xtended..."));
    m_extend->setObjectName(QStringLiteral("requestExtend"));
    m_answer = new QPushButton(tr("Answ&er given..."));
    m_answer->setObjectName(QStringLiteral("requestAnswer"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_forward, m_extend, m_answer})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_summary);
    box->addLayout(buttons);
    box->addLayout(papersRow());
    box->addLayout(caseRow());
    box->addWidget(m_table, 1);
    connect(m_new, &QPushButton::clicked, this, [this] { record(int(RequestDialog::Step::New)); });
    connect(m_forward, &QPushButton::clicked, this,
            [this] { record(int(RequestDialog::Step::Forward)); });
    connect(m_extend, &QPushButton::clicked, this,
            [this] { record(int(RequestDialog::Step::Extend)); });
    connect(m_answer, &QPushButton::clicked, this,
            [this] { record(int(RequestDialog::Step::Answer)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequestPanel::selectionChanged);
    selectionChanged();
}

// The papers of the chosen request: the citizen's receipt (a language each) and the letter.
QHBoxLayout* RequestPanel::papersRow()
{
    m_receipt = new QPushButton(tr("Receipt for the citi&zen"));
    m_receipt->setObjectName(QStringLiteral("requestReceipt"));
    m_receipt->setToolTip(tr("The citizen's receipt for the chosen request, in their language: "
                             "save it as a PDF to print or send."));
    auto* languages = new QMenu(m_receipt);
    languages->setObjectName(QStringLiteral("requestReceiptLanguages"));
    for (const QString& language : RequestDocuments::languages()) {
        const QLocale locale(language);
        QAction* a = languages->addAction(locale.nativeLanguageName() + QStringLiteral("..."));
        a->setObjectName(QStringLiteral("requestReceipt_") + language);
        connect(a, &QAction::triggered, this, [this, language] { saveDocument(false, language); });
    }
    m_receipt->setMenu(languages);
    m_letter = new QPushButton(tr("Le&tter to the municipality..."));
    m_letter->setObjectName(QStringLiteral("requestLetter"));
    m_letter->setToolTip(tr("The letter that passes the chosen request on to the municipality, "
                            "to its registered address: save it as a PDF and send it securely."));
    connect(m_letter, &QPushButton::clicked, this, [this] { saveDocument(true); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_receipt);
    row->addWidget(m_letter);
    row->addStretch(1);
    return row;
}

// What concerns the whole case: the access package, the restriction. On a row of their own:
// the case pane stays as narrow as before (the caseload keeps its room).
QHBoxLayout* RequestPanel::caseRow()
{
    m_package = new QPushButton(tr("Access &package..."));
    m_package->setObjectName(QStringLiteral("requestPackage"));
    m_package->setToolTip(tr("Everything the journal holds about the citizen, for the "
                             "municipality to release: a PDF to read and a JSON file."));
    m_restrict = new QPushButton(tr("&Restrict the case..."));
    m_restrict->setObjectName(QStringLiteral("requestRestrictCase"));
    m_restrict->setToolTip(tr("On a restriction or objection request, or on the municipality's "
                              "instruction (GDPR art. 18)."));
    connect(m_package, &QPushButton::clicked, this, &RequestPanel::savePackage);
    connect(m_restrict, &QPushButton::clicked, this, [this] {
        RestrictionDialog dialog(m_journal, RestrictionDialog::Mode::Restrict, m_citizenId, this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT changed();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_package);
    row->addWidget(m_restrict);
    row->addStretch(1);
    return row;
}

void RequestPanel::showCitizen(const QString& citizenId, const QString& municipality)
{
    m_citizenId = citizenId;
    m_municipality = municipality;
    reload();
}

QString RequestPanel::standing(const RequestRecord& r, const QDate& today)
{
    switch (r.state()) {
    case RequestRecord::State::Answered:
        return tr("Answered %1").arg(dayText(r.answeredOn));
    case RequestRecord::State::Received:
        if (r.forwardOverdue(today))
            return tr("LATE: not forwarded to the municipality (was due %1)")
                .arg(dayText(r.forwardBy()));
        return tr("Forward to the municipality by %1").arg(dayText(r.forwardBy()));
    case RequestRecord::State::Forwarded:
        break;
    }
    const QString forwarded = tr("Forwarded %1").arg(Dates::day(r.forwardedAt));
    if (r.answerOverdue(today))
        return forwarded + QStringLiteral("; ") +
               tr("LATE: the answer was due %1").arg(dayText(r.answerBy()));
    if (r.answerDueSoon(today))
        return forwarded + QStringLiteral("; ") +
               tr("the answer is due soon, %1").arg(dayText(r.answerBy()));
    return forwarded + QStringLiteral("; ") +
           tr("waiting for the municipality's answer (due %1)").arg(dayText(r.answerBy()));
}

void RequestPanel::reload()
{
    auto all = m_journal.requests(m_citizenId);
    if (!all.ok()) {
        Q_EMIT failed(all.error().message());
        return;
    }
    // The chosen request stays chosen through a redraw (a step saved, the case refreshed).
    const int chosenRow = m_table->selectedItems().isEmpty() ? -1 : m_table->currentRow();
    const QString chosen =
        chosenRow >= 0 && chosenRow < m_requests.size() ? m_requests.at(chosenRow).id : QString();
    m_requests = all.value();
    const QDate today = m_journal.today();
    m_table->setRowCount(int(m_requests.size()));
    int open = 0, late = 0;
    for (int i = 0; i < m_requests.size(); ++i) {
        const RequestRecord& r = m_requests.at(i);
        open += r.open() ? 1 : 0;
        late += r.forwardOverdue(today) || r.answerOverdue(today) ? 1 : 0;
        // Short enough for the case pane: the day, the kind in a word, where it stands with
        // its deadline; the whole of each (the time and how it came, the article, the
        // description) in its tooltip.
        const QStringList cells{Dates::shortDay(r.receivedAt),
                                CitizenRequest::kindShortText(r.kind), standing(r, today)};
        const QStringList tips{
            Dates::moment(r.receivedAt) + QStringLiteral(", ") +
                CitizenRequest::channelText(r.channel),
            CitizenRequest::kindText(r.kind) +
                (r.description.isEmpty() ? QString() : QStringLiteral(": ") + r.description)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(tips.value(c, cells.at(c)));
            m_table->setItem(i, c, item);
        }
    }
    m_summary->setText(
        m_requests.isEmpty()
            ? tr("No requests from this citizen. When the citizen asks to see, copy, correct or "
                 "erase their information, or objects, record it here at once: it must reach "
                 "the municipality by the next working day.")
            : tr("%n open request(s)", nullptr, open) +
                  (late > 0 ? QStringLiteral(", ") + tr("%n late", nullptr, late) : QString()) +
                  QLatin1Char('.'));
    for (int i = 0; i < m_requests.size(); ++i)
        if (!chosen.isEmpty() && m_requests.at(i).id == chosen)
            m_table->selectRow(i);
    selectionChanged();
}

void RequestPanel::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_requests.size() && !m_table->selectedItems().isEmpty();
    const bool open = chosen && m_requests.at(row).open();
    m_forward->setEnabled(open);
    m_extend->setEnabled(open);
    m_answer->setEnabled(open);
    m_new->setEnabled(!m_citizenId.isEmpty());
    m_receipt->setEnabled(chosen);
    m_letter->setEnabled(chosen);
    m_package->setEnabled(chosen);
}

QString RequestPanel::jobcentreAddress() const
{
    auto all = m_journal.municipalities();
    const Municipality* m = all.ok() ? all->byName(m_municipality) : nullptr;
    return m ? m->jobcentreAddress : QString();
}

void RequestPanel::record(int step)
{
    const int row = m_table->currentRow();
    const RequestRecord chosen =
        row >= 0 && row < m_requests.size() ? m_requests.at(row) : RequestRecord();
    RequestDialog dialog(m_journal, RequestDialog::Step(step), m_citizenId, chosen,
                         jobcentreAddress(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString saved = dialog.savedRequestId();
    reload();
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests.at(i).id == saved)
            m_table->selectRow(i);
    Q_EMIT changed();
}

void RequestPanel::saveDocument(bool letter, const QString& language)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    // The letter names the citizen: reading the name and CPR number for it is logged.
    auto citizen = m_journal.citizen(m_citizenId, letter ? QStringLiteral("request letter")
                                                         : QStringLiteral("request receipt"));
    auto municipalities = m_journal.municipalities();
    if (!citizen.ok() || !municipalities.ok()) {
        Q_EMIT failed((!citizen.ok() ? citizen.error() : municipalities.error()).message());
        return;
    }
    RequestDocuments::Facts f;
    f.request = m_requests.at(row);
    f.municipality = m_municipality;
    f.entry = municipalities->byName(m_municipality);
    f.provider = m_settings.providerName();
    f.providerContact = m_settings.value(Settings::Key::ProviderContact).toString();
    f.consultant = m_journal.identity().displayName();
    f.citizenName = citizen->name;
    f.cpr = citizen->cpr;
    auto lines =
        letter ? RequestDocuments::letterLines(f) : RequestDocuments::receiptLines(f, language);
    if (!lines.ok()) {
        Q_EMIT failed(tr("%1 is not in your provider's register of municipalities, so the letter "
                         "has no address to go to. Your provider adds the municipality; this "
                         "computer receives it at the next sync.")
                          .arg(m_municipality));
        return;
    }
    // Where: asked every time; the suggested name says what it is, never whom it is about.
    QFileDialog files(this, tr("Save as"),
                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath((letter ? tr("request-letter") : tr("request-receipt")) +
                                    QStringLiteral(".pdf")),
                      tr("PDF (*.pdf)"));
    files.setObjectName(QStringLiteral("requestFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("pdf"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString what =
        letter ? QStringLiteral("request letter") : QStringLiteral("request receipt ") + language;
    if (Error e = RequestDocuments::save(m_journal, m_citizenId, what, lines.value(),
                                         files.selectedFiles().constFirst()))
        Q_EMIT failed(e.message());
}

// The access package for the chosen request: asked where (the PDF goes beside the JSON, by
// the same name), each file logged as an export against the request.
void RequestPanel::savePackage()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_requests.size())
        return;
    QFileDialog files(this, tr("Save the access package as"),
                      QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("access-package") + QStringLiteral(".json")),
                      tr("JSON (*.json)"));
    files.setObjectName(QStringLiteral("requestFileDialog"));
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.setDefaultSuffix(QStringLiteral("json"));
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    const QString json = files.selectedFiles().constFirst();
    const QString citizenId = m_citizenId;
    const QString requestId = m_requests.at(row).id;
    if (!m_fetchLog) {
        writePackage(citizenId, requestId, json, {});
        return;
    }
    // The other devices' uses first: a sync round and one request, while the panel waits.
    m_package->setEnabled(false);
    Q_EMIT notice(tr("Asking the server for the uses on your other devices..."));
    setCursor(Qt::BusyCursor); // the panel's own: it goes with the panel if the journal locks
    QPointer<RequestPanel> self(this);
    m_fetchLog(citizenId, [self, citizenId, requestId, json](ServerLogExtract server) {
        if (!self)
            return; // the journal was locked meanwhile
        self->unsetCursor();
        self->selectionChanged(); // the buttons as the chosen row allows
        self->writePackage(citizenId, requestId, json, server);
    });
}

// Read (and logged) only once the consultant has said where it goes; the PDF goes beside the
// JSON, by the same name.
void RequestPanel::writePackage(const QString& citizenId, const QString& requestId,
                                const QString& json, const ServerLogExtract& server)
{
    const QFileInfo info(json);
    const QString pdf = info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
    auto package = m_journal.accessPackage(citizenId, requestId, server);
    if (!package.ok()) {
        Q_EMIT failed(package.error().message());
        return;
    }
    if (Error e = AccessPackageDocument::save(m_journal, citizenId, package.value(), json, pdf)) {
        Q_EMIT failed(e.message());
        return;
    }
    const qsizetype review = AccessPackage::reviewKeys(package.value()).size();
    QString said =
        review > 0
            ? tr("Saved the access package (%1 and the PDF beside it). %n "
                 "part(s) may tell about someone other than the citizen: "
                 "review them before release.",
                 nullptr, int(review))
                  .arg(info.fileName())
            : tr("Saved the access package (%1 and the PDF beside it).").arg(info.fileName());
    if (server.state == QStringLiteral("not-reached"))
        said += QLatin1Char(' ') +
                tr("Its access log is this laptop's only: the server was not reached (%1).")
                    .arg(server.why);
    Q_EMIT notice(said);
}

} // namespace fortrolig
