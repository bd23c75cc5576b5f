#pragma once

#include "app/journal/Records.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace fortrolig {

// The consultant's caseload, one row per citizen. CPR numbers only masked.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Cpr,
        Status,
        Municipality,
        CourseType,
        NextDate,
        ColumnCount
    };
    enum Role
    {
        CitizenIdRole = Qt::UserRole + 1,
        StatusRole
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<CaseloadRow> rows);
    void clear() { setRows({}); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int rowOf(const QString& citizenId) const;
    static QString statusText(CaseStatus status);
    // What the status column says of a row: retention first (held, a course not ended, the
    // days before deletion), else its status.
    static QString statusText(const CaseloadRow& row);
    // The texts a column (not the name) can show, each once: what its width is fitted to.
    QStringList columnTexts(int column) const;

private:
    QList<CaseloadRow> m_rows;
};

// Sorting, the status filter, and the result of the search box (a set of citizen ids).
class CaseloadFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(int status); // -1 = all, else CaseStatus
    void setMatches(std::optional<QSet<QString>> ids);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_status = -1;
    std::optional<QSet<QString>> m_matches;
    QCollator m_collator; // the UI language's alphabet: Danish puts æ, ø, å after z
};

} // namespace fortrolig
