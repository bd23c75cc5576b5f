#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

struct sqlite3;
struct sqlite3_stmt;

namespace fortrolig {

class SqlCipherDriver;

// One prepared statement. Rows are streamed from sqlite3_step (no copy of the result set);
// moving backwards re-runs the statement, which QSqlQuery rarely needs.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    QVariant handle() const override;

protected:
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_changes; }
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    // Positional values (what SqlRunner binds) go straight into m_values: Qt's own
    // bookkeeping names a placeholder for every value bound (QString::arg per value), a
    // tenth of a pull's time on the laptop. addBindValue and named values keep Qt's way.
    void bindValue(int index, const QVariant& value, QSql::ParamType type) override;

private:
    sqlite3* connection() const;
    SqlCipherDriver* cipherDriver() const;
    bool prepareStatement(const QString& query);
    bool bindAll();
    int step();              // sqlite3_step, with the error recorded
    bool rewindToFirstRow(); // reset and step once
    void finalize();
    void fail(int code, const QString& what, int type);

    sqlite3_stmt* m_stmt = nullptr;
    bool m_pendingRow = false; // exec stepped onto the first row, not yet handed out
    int m_changes = 0;
    qlonglong m_lastInsertId = 0;
    QSqlRecord m_record;
    QSqlError m_prepareError;
    QList<QVariant> m_values; // bound by position since the statement was prepared
    // The bytes of the text and blobs bound for this run, which SQLite reads in place
    // (SQLITE_STATIC) until the next run clears the bindings: no copy of each value inside
    // SQLite, and text is handed over as UTF-8, the journal's encoding, not converted there.
    QList<QByteArray> m_bound;
};

} // namespace fortrolig
