#include "casefile/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace fortrolig {

QTableWidget* makeReadOnlyTable(const QString& objectName, const QStringList& headers,
                                const QString& accessibleName)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c + 1 < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->verticalHeader()->setVisible(false);
    t->setAccessibleName(accessibleName);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    return t;
}

} // namespace fortrolig
