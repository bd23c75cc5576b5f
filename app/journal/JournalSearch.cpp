// Journal::search: full-text search over citizen names and current note texts (FTS4).
#include "app/journal/Journal.h"

#include "app/privacy/AccessLog.h"
#include "app/storage/JournalDatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fortrolig {

QString ftsQueryFor(const QString& text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        // Two letters at least: a one-letter prefix matches most of the index.
        if (word.size() >= 2)
            terms << word + QLatin1Char('*');
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
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
                              q.value(2).toString().left(6) + QStringLiteral("-XXXX"),
                              {},
                              {}};
    }
    {
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
        q.addBindValue(limit);
        if (!q.exec())
            return JournalDatabase::errorFrom(q.lastError(), {});
        while (q.next())
            hits << SearchHit{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString().left(6) + QStringLiteral("-XXXX"),
                              q.value(3).toString(), q.value(4).toString()};
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
