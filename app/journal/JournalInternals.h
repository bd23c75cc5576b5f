#pragma once

#include "app/journal/Journal.h"
#include "app/storage/JournalDatabase.h"

namespace fortrolig {

// The database under a Journal, for tests and benchmarks that look at the rows themselves
// (what an erasure left, what a damaged page took). Nothing in the program includes this:
// the layering check allows it in app/journal only (tools/check-layering.cmake).
struct JournalInternals
{
    static JournalDatabase& database(Journal& journal) { return journal.database(); }
};

} // namespace fortrolig
