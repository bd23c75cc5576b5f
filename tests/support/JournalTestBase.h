#pragma once

// What the journal tests that look into the file share: a journal of its own in a temporary
// folder (a new file for each test function), on a clock the test moves, and plain SQL on its
// connection. A test class derives from it instead of QObject.

#include "TestSupport.h"
#include "app/journal/Journal.h"
#include "app/journal/JournalInternals.h"
#include "app/storage/JournalDatabase.h"
#include "app/storage/Migrations.h"

#include <QObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace fortrolig::test {

class JournalTestBase : public QObject
{
protected:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    QString m_path;
    std::unique_ptr<Journal> m_journal;
    ManualClock m_clock;
    int m_count = 0;

    QSqlDatabase db() { return JournalInternals::database(*m_journal).db(); }
    int scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql));
    }
    // The next test's file: j1.db, j2.db, ...
    void newPath() { m_path = m_dir.filePath(QStringLiteral("j%1.db").arg(++m_count)); }
    // A new journal on a clock at its start: the usual init().
    void startFresh()
    {
        m_clock = ManualClock{};
        newPath();
        openJournal(JournalDatabase::Mode::Create);
    }
    void openJournal(JournalDatabase::Mode mode)
    {
        auto jdb = JournalDatabase::open(m_path, m_key, mode, {});
        QVERIFY(jdb.ok());
        QVERIFY(!Migrations::migrate(jdb.value()->db()));
        m_journal = std::make_unique<Journal>(
            std::move(jdb.value()), Identity{QStringLiteral("kons-1"), QStringLiteral("dev-1")},
            [this] { return m_clock(); });
    }
};

} // namespace fortrolig::test
