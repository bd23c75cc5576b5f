#include "caseload/CaseloadModel.h"

#include "app/core/Dates.h"
#include "app/domain/Municipality.h"

#include <QLocale>

namespace fortrolig {

void CaseloadModel::setRows(QList<CaseloadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::statusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::NoCourse:
        return tr("No course");
    case CaseStatus::Active:
        return tr("Active");
    case CaseStatus::Ended:
        return tr("Ended");
    case CaseStatus::DeletionDue:
        return tr("Deletion due");
    }
    return {};
}

QString CaseloadModel::statusText(const CaseloadRow& r)
{
    // A restriction stands before everything: it changes what may be done with the case.
    if (r.restricted)
        return r.requestLate ? tr("Restricted, late") : tr("Restricted");
    if (r.requestLate)
        return tr("Request late");
    if (r.held)
        return tr("Held");
    if (r.courseOverdue)
        return tr("Course not ended");
    if (r.handOverMissing) // before the deletion it must come first
        return r.deletionInDays == 0
                   ? tr("Not handed over, deleted today")
                   : tr("Not handed over, deleted in %n day(s)", nullptr, r.deletionInDays);
    if (r.deletionInDays == 0)
        return tr("Deleted today");
    if (r.deletionInDays > 0)
        return tr("Deleted in %n day(s)", nullptr, r.deletionInDays);
    if (r.openRequests > 0)
        return tr("Request open");
    return statusText(r.status);
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseloadRow& r = m_rows.at(index.row());
    if (role == CitizenIdRole)
        return r.citizenId;
    if (role == StatusRole)
        return int(r.status);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Cpr:
            return r.maskedCpr;
        case Status:
            return statusText(r);
        case Municipality:
            // The whole name for a screen reader; the column has room for the short one.
            return role == Qt::AccessibleTextRole
                       ? r.municipality
                       : fortrolig::Municipality::shortName(r.municipality);
        case CourseType:
            return r.courseType;
        case NextDate:
            return Dates::shortDay(r.nextDate);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == NextDate)
        return r.nextDate;
    // Whole, for when the column has given way to a narrow list (Workspace::fitNameColumn).
    if (role == Qt::ToolTipRole && index.column() == Municipality)
        return r.municipality;
    if (role == Qt::ToolTipRole && index.column() == CourseType)
        return r.courseType;
    if (role == Qt::ToolTipRole && index.column() == NextDate)
        return Dates::day(r.nextDate);
    if (role == Qt::ToolTipRole && index.column() == Status) {
        if (r.restricted)
            return QString(tr("Restricted (GDPR art. 18): nothing is passed on except to the "
                              "municipality, and changes need a reason. The case view says "
                              "why.") +
                           (r.requestLate
                                ? QStringLiteral(" ") + tr("A request from the citizen is late.")
                                : QString()));
        if (r.openRequests > 0)
            return tr("%n request(s) from the citizen not yet answered: see Requests in the "
                      "case view.",
                      nullptr, r.openRequests);
        if (r.held)
            return tr("Kept past its deletion date: the case view says why.");
        if (r.courseOverdue)
            return tr("The planned end has passed: end the course in the case view.");
        if (r.handOverMissing)
            return tr("The retention period ends, and an ended course was never handed over to "
                      "its municipality: hand it over from the case view before it is deleted.");
        if (r.deletionInDays >= 0)
            return tr("The retention period ends: the case is deleted from this computer.");
        return statusText(r); // whole, when the column has given way
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder); // A first; the soonest date first
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Cpr:
        return tr("CPR");
    case Status:
        return tr("Status");
    case Municipality:
        return tr("Municipality");
    case CourseType:
        return tr("Course");
    case NextDate:
        return tr("Next date");
    default:
        return {};
    }
}

int CaseloadModel::rowOf(const QString& citizenId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).citizenId == citizenId)
            return i;
    }
    return -1;
}

QStringList CaseloadModel::columnTexts(int column) const
{
    switch (column) {
    case Cpr:
        return {QStringLiteral("000000-XXXX")};
    case Status: {
        // The statuses, and what retention says of the rows there are (held, a course not
        // ended, the days before deletion).
        QSet<QString> texts{statusText(CaseStatus::NoCourse), statusText(CaseStatus::Active),
                            statusText(CaseStatus::Ended), statusText(CaseStatus::DeletionDue)};
        for (const CaseloadRow& r : m_rows)
            texts.insert(statusText(r));
        return texts.values();
    }
    case NextDate: {
        // The rows' own dates, and a wide one of another year ("28. sep. 2027").
        QSet<QString> texts{Dates::shortDay(QDate(2027, 9, 28), QDate(2026, 1, 1))};
        for (const CaseloadRow& r : m_rows)
            texts.insert(Dates::shortDay(r.nextDate));
        return texts.values();
    }
    case Municipality:
    case CourseType: {
        QSet<QString> texts;
        for (const CaseloadRow& r : m_rows)
            texts.insert(column == Municipality ? fortrolig::Municipality::shortName(r.municipality)
                                                : r.courseType);
        return texts.values();
    }
    default:
        return {};
    }
}

void CaseloadFilter::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void CaseloadFilter::setMatches(std::optional<QSet<QString>> ids)
{
    m_matches = std::move(ids);
    invalidateFilter();
}

bool CaseloadFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_status >= 0 && i.data(CaseloadModel::StatusRole).toInt() != m_status)
        return false;
    if (m_matches && !m_matches->contains(i.data(CaseloadModel::CitizenIdRole).toString()))
        return false;
    return true;
}

bool CaseloadFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == CaseloadModel::NextDate)
        return left.data(Qt::UserRole).toDate() < right.data(Qt::UserRole).toDate();
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace fortrolig
