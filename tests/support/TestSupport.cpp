#include "TestSupport.h"

#include "app/storage/sqlcipher.h"

#include <QFile>
#include <QTimeZone>
#include <atomic>
#include <cstring>

namespace fortrolig::test {

KeyStore::Status MemoryKeyStore::read(const QString& id, QByteArray* out)
{
    if (failWith != Status::Ok)
        return failWith;
    if (!entries.contains(id))
        return Status::NotFound;
    *out = entries.value(id);
    return Status::Ok;
}

KeyStore::Status MemoryKeyStore::write(const QString& id, const QByteArray& data)
{
    if (failWith != Status::Ok)
        return failWith;
    entries.insert(id, data);
    return Status::Ok;
}

KeyStore::Status MemoryKeyStore::remove(const QString& id)
{
    if (failWith != Status::Ok)
        return failWith;
    return entries.remove(id) ? Status::Ok : Status::NotFound;
}

SecureBytes secret(const char* text)
{
    return SecureBytes::copyOf(text, std::strlen(text));
}

void require(const Error& error, const char* what)
{
    if (error)
        qFatal("%s failed: %s", what, qPrintable(error.message()));
}

bool flipByte(const QString& path, qint64 offset, quint8 mask)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (f.read(&c, 1) != 1 || !f.seek(offset))
        return false;
    c = char(c ^ mask);
    return f.write(&c, 1) == 1;
}

// --- the faulty VFS -------------------------------------------------------------------

namespace {
std::atomic<qint64> g_budget{-1};
std::atomic<qint64> g_syncs{0};
sqlite3_vfs g_faulty;
sqlite3_vfs* g_base = nullptr;

struct FaultyFile
{
    sqlite3_file base; // must be first: SQLite hands us this pointer
    sqlite3_file* real;
};
sqlite3_io_methods g_methods;

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<FaultyFile*>(f)->real;
}

int xClose(sqlite3_file* f)
{
    sqlite3_file* r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    sqlite3_free(r);
    return rc;
}
int xRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o)
{
    return realOf(f)->pMethods->xRead(realOf(f), b, n, o);
}
int xWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o)
{
    qint64 left = g_budget.load();
    if (left >= 0) {
        if (left < n)
            return SQLITE_FULL;
        g_budget.store(left - n);
    }
    return realOf(f)->pMethods->xWrite(realOf(f), b, n, o);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 s)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), s);
}
int xSync(sqlite3_file* f, int fl)
{
    ++g_syncs;
    return realOf(f)->pMethods->xSync(realOf(f), fl);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* s)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), s);
}
int xLock(sqlite3_file* f, int l)
{
    return realOf(f)->pMethods->xLock(realOf(f), l);
}
int xUnlock(sqlite3_file* f, int l)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), l);
}
int xCheckReservedLock(sqlite3_file* f, int* r)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r);
}
int xFileControl(sqlite3_file* f, int op, void* a)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, a);
}
int xSectorSize(sqlite3_file* f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file* f, int i, int s, int e, void volatile** p)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), i, s, e, p);
}
int xShmLock(sqlite3_file* f, int o, int n, int fl)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl);
}
void xShmBarrier(sqlite3_file* f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file* f, int d)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), d);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultyFile*>(file);
    ff->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_base->szOsFile));
    if (!ff->real)
        return SQLITE_NOMEM;
    memset(ff->real, 0, size_t(g_base->szOsFile));
    const int rc = g_base->xOpen(g_base, name, ff->real, flags, outFlags);
    if (rc != SQLITE_OK || !ff->real->pMethods) {
        sqlite3_free(ff->real);
        ff->base.pMethods = nullptr;
        return rc;
    }
    g_methods = *ff->real->pMethods; // copy version and any method we do not wrap
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.iVersion = std::min(ff->real->pMethods->iVersion, 2); // no mmap fetch
    ff->base.pMethods = &g_methods;
    return SQLITE_OK;
}
} // namespace

void registerFaultyVfs()
{
    if (g_base)
        return;
    g_base = sqlite3_vfs_find(nullptr);
    g_faulty = *g_base;
    g_faulty.zName = "faulty";
    g_faulty.szOsFile = int(sizeof(FaultyFile));
    g_faulty.xOpen = xOpen;
    g_faulty.pNext = nullptr;
    sqlite3_vfs_register(&g_faulty, 0);
}

qint64 syncCount()
{
    return g_syncs.load();
}

void armDiskFull(qint64 bytesLeft)
{
    g_budget.store(bytesLeft);
}

} // namespace fortrolig::test
