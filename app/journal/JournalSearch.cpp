// Journal::search: full-text search over citizen names and current note texts (FTS4).
#include "app/journal/Journal.h"

#include "app/journal/Projector.h"
#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"

#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace fortrolig {

namespace {

// The words of a text as the index splits them (letters and digits), folded to lower case.
QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// The search's terms: its words of two letters at least (a one-letter prefix matches most of
// the index).
QStringList termsOf(const QString& text)
{
    QStringList terms;
    for (const QString& w : wordsOf(text))
        if (w.size() >= 2)
            terms << w;
    return terms;
}

// A note version the index does not hold yet (a catch-up indexes it at its end), matched as
// the index matches: each term begins one of its words. `snippet` as the index's snippet():
// up to 12 words around the first match, matches in brackets.
bool matchUnindexed(const QString& text, const QStringList& terms, QString& snippet)
{
    const QStringList words = wordsOf(text);
    qsizetype first = -1;
    for (const QString& term : terms) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < words.size() && at < 0; ++i)
            if (words.at(i).startsWith(term))
                at = i;
        if (at < 0)
            return false;
        first = first < 0 ? at : std::min(first, at);
    }
    const qsizetype from = std::max<qsizetype>(0, first - 3);
    const qsizetype to = std::min<qsizetype>(words.size(), from + 12);
    QStringList shown;
    for (qsizetype i = from; i < to; ++i) {
        const QString& w = words.at(i);
        const bool hit = std::any_of(terms.begin(), terms.end(),
                                     [&](const QString& t) { return w.startsWith(t); });
        shown << (hit ? QLatin1Char('[') + w + QLatin1Char(']') : w);
    }
    snippet = (from > 0 ? QStringLiteral("...") : QString()) + shown.join(QLatin1Char(' ')) +
              (to < words.size() ? QStringLiteral("...") : QString());
    return true;
}

QString masked(const QString& cpr)
{
    return cpr.left(6) + QStringLiteral("-XXXX");
}

} // namespace

QString ftsQueryFor(const QString& text)
{
    QStringList terms = termsOf(text);
    for (QString& t : terms)
        t += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> Journal::searchUnindexed(const QString& text, qint64 after, int limit)
{
    const QStringList terms = termsOf(text);
    QSqlQuery q(m_database->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.cpr, v.note_id, v.text FROM note_versions v"
                             " JOIN notes n ON n.id = v.note_id"
                             " JOIN citizens c ON c.id = n.citizen_id"
                             " WHERE v.seq > ? AND v.superseded_by IS NULL ORDER BY v.seq DESC"));
    q.addBindValue(after);
    if (!q.exec())
        return JournalDatabase::errorFrom(q.lastError(), {});
    QList<SearchHit> hits;
    QString snippet;
    while (hits.size() < limit && q.next())
        if (matchUnindexed(q.value(4).toString(), terms, snippet))
            hits << SearchHit{q.value(0).toString(), q.value(1).toString(),
                              masked(q.value(2).toString()), q.value(3).toString(), snippet};
    return hits;
}

Result<QList<SearchHit>> Journal::search(const QString& text, int limit)
{
    const QString match = ftsQueryFor(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    QSqlDatabase db = m_database->db();
    QList<SearchHit> hits;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT c.id, c.name, c.cpr FROM citizens_fts f"
                                 " JOIN citizens c ON c.num = f.docid"
                                 " WHERE citizens_fts MATCH ? LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(limit);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        while (q.next())
            hits << SearchHit{q.value(0).toString(),
                              q.value(1).toString(),
                              masked(q.value(2).toString()),
                              {},
                              {}};
    }
    // Note versions a catch-up has not indexed yet are the newest: read from the table first.
    const Result<qint64> indexedUpTo = Projector::notesIndexedUpTo(db);
    if (!indexedUpTo.ok())
        return indexedUpTo.error();
    int left = limit;
    if (indexedUpTo.value() != Projector::kIndexAll) {
        auto unindexed = searchUnindexed(text, indexedUpTo.value(), limit);
        if (!unindexed.ok())
            return unindexed.error();
        hits << unindexed.value();
        left -= int(unindexed->size());
    }
    if (left > 0) {
        // The newest notes first: FTS4 walks its doclist in docid order, so no sort is needed.
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT c.id, c.name, c.cpr, v.note_id, m.snip FROM ("
                           "  SELECT docid, snippet(notes_fts, '[', ']', '...', -1, 12) AS snip"
                           "  FROM notes_fts WHERE notes_fts MATCH ? ORDER BY docid DESC LIMIT ?) m"
                           " JOIN note_versions v ON v.seq = m.docid"
                           " JOIN notes n ON n.id = v.note_id"
                           " JOIN citizens c ON c.id = n.citizen_id"));
        q.addBindValue(match);
        q.addBindValue(left);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        while (q.next())
            hits << SearchHit{q.value(0).toString(), q.value(1).toString(),
                              masked(q.value(2).toString()), q.value(3).toString(),
                              q.value(4).toString()};
    }
    QStringList shown;
    QSet<QString> seen;
    for (const SearchHit& h : std::as_const(hits)) {
        if (!seen.contains(h.citizenId)) {
            seen.insert(h.citizenId);
            shown << h.citizenId;
        }
    }
    if (Error e = logUse(AccessLog::Action::Searched, shown, {}))
        return e;
    return hits;
}

} // namespace fortrolig
