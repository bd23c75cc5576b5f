#pragma once

#include "app/core/Error.h"
#include "app/domain/Municipality.h"

namespace fortrolig::server {

class ServerDatabase;

// The provider's register of municipalities (table municipalities: an entry's JSON by its id
// and its name). Not sealed: it holds the municipalities' offices, nothing about a citizen.
// Every change is audited; laptops receive the whole register on the last page of each sync
// round (docs/municipalities.md).
class Municipalities
{
public:
    enum class Put
    {
        Add,
        Edit
    };

    static Result<MunicipalityRegister> all(ServerDatabase& db);

    // The municipalities courses name (case_courses) that match no entry (by name, case and
    // spacing ignored), each with the number of cases that have such a course, by name.
    struct Unmapped
    {
        QString name;
        int cases = 0;
    };
    static Result<QList<Unmapped>> unmapped(ServerDatabase& db);

    // Add: refused when the id or the name is taken. Edit: the entry with `entry.id` is
    // replaced, refused when there is none or the new name is another's; a new name takes the
    // municipality's retention rules with it. The audit row names the fields that changed.
    static Error put(ServerDatabase& db, Municipality entry, Put how, const QString& actor,
                     qint64 at);

    // "name, cvr, ..." : the fields that differ (for the audit log: names, not values).
    static QStringList changedFields(const Municipality& before, const Municipality& after);
};

} // namespace fortrolig::server
