#include "app/journal/Journal.h"
#include "app/journal/JournalSync.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSyncStore)

namespace fortrolig {

Error JournalSync::applyNoteRemoval(const PulledChange& item, Applied& a)
{
    // Inside the page's transaction; the search index is merged and the write-ahead log
    // truncated once the page is committed (applyChanges).
    auto done = m_journal.eraseNote(item.citizen, item.noteId, item.reference, item.at);
    if (!done.ok())
        return done.error();
    if (done.value() == Journal::NoteRemoval::NoCase)
        return {};
    ++a.notesRemoved;
    if (!a.notesRemovedFrom.contains(item.citizen))
        a.notesRemovedFrom << item.citizen;
    if (done.value() == Journal::NoteRemoval::Removed)
        qCInfo(lcSyncStore) << "a note was removed on the controller's instruction";
    return {};
}

} // namespace fortrolig
