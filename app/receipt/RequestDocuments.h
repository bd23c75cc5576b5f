#pragma once

#include "app/core/Error.h"
#include "app/domain/CitizenRequest.h"
#include "app/domain/Municipality.h"
#include "app/journal/Records.h"

#include <QByteArray>
#include <QStringList>

namespace fortrolig {

class Journal;

// The papers a request from the citizen needs (docs/requests.md): the citizen's receipt, in
// the citizen's language ("received on ..., passed on to ... on ..., you will normally get
// an answer by ..."), and the letter that passes the request on to the municipality, in
// Danish. Their sentences are data (resources/requests/documents.json, one block per
// language), not the window's translations: the receipt's language is the citizen's. Drawn
// through PrintDocument, black on white.
namespace RequestDocuments {

struct Facts
{
    RequestRecord request;
    QString municipality;                // the controller, as the course names it
    const Municipality* entry = nullptr; // its register entry, if there is one
    QString provider;                    // the provider's name
    QString providerContact;             // phone or e-mail, for the citizen's questions
    QString consultant;                  // who signs the letter
    QString citizenName;                 // the letter only
    QString cpr;                         // the letter only: "ddmmyy-xxxx"
};

// The paper telling the citizen that a restriction of their case will be lifted (art. 18(3):
// before it is), in their language: since when and why it was restricted, the municipality's
// decision and its reason, the day it will be lifted at the earliest, what changes then,
// whom to ask and where to complain (docs/restriction.md).
struct LiftFacts
{
    RestrictionRecord restriction; // in force
    QString municipality;          // the controller, as the course names it
    QDate liftOn;                  // not before this day
    QString reason;                // the municipality's decision, in a few words
    QString provider;
    QString providerContact;
};

QStringList languages(); // those the receipt can be made in: da, en
// Title first, the reference line last; InvalidInput for a language there is none for.
Result<QStringList> receiptLines(const Facts& facts, const QString& language);
Result<QStringList> letterLines(const Facts& facts);
// The case's newest restriction in force and the municipality its latest course names, for a
// lift notice (the rest is the caller's); NotAllowed when none is in force or there is no
// course to name the controller by.
Result<LiftFacts> liftFactsOf(Journal& journal, const QString& citizenId);
// InvalidInput for a lifted restriction, no reason, day or municipality, or a language there is
// none for.
Result<QStringList> liftNoticeLines(const LiftFacts& facts, const QString& language);
Result<QByteArray> pdf(const QStringList& lines);
// The PDF written to `path` and logged as an export for the citizen ("request receipt",
// "request letter"), both or neither.
Error save(Journal& journal, const QString& citizenId, const QString& what,
           const QStringList& lines, const QString& path);

} // namespace RequestDocuments

} // namespace fortrolig
