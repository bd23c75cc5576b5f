#pragma once

#include <QStringList>

class QTableWidget;

namespace fortrolig {

// The case view's lists (courses, access log, consents, disclosures): read-only, whole rows,
// one at a time, no wrapping, columns sized to their contents, Tab moves on.
QTableWidget* makeReadOnlyTable(const QString& objectName, const QStringList& headers,
                                const QString& accessibleName);

} // namespace fortrolig
