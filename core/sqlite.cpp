#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>
#include <utility>

namespace nhsx {

namespace {

QString messageOf(sqlite3 *db, int code)
{
    if (db && sqlite3_errcode(db) == code)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

std::optional<SqliteDatabase> failed(sqlite3 *db, int code, QString *error)
{
    if (error)
        *error = messageOf(db, code);
    sqlite3_close(db);
    return std::nullopt;
}

} // namespace

std::optional<SqliteDatabase> SqliteDatabase::openReadOnly(const QString &path, QString *error)
{
    // An absolute, clean path after "file://": "//host/x" or "?" and "#" in a name must not be
    // read as a URI authority, query or fragment.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QByteArray uri =
        "file://" + QUrl::toPercentEncoding(absolute, "/") + "?mode=ro&immutable=1";
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        return failed(db, rc, error);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    return SqliteDatabase(db);
}

std::optional<SqliteDatabase> SqliteDatabase::fromImage(QByteArrayView image, QString *error)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return failed(db, rc, error);
    // Read in place, not copied: a read-only image is never written, and without
    // SQLITE_DESERIALIZE_FREEONCLOSE never freed. Copying the bundled 4.7 MB cost every start
    // a memcpy and a page fault per 4 KB of it.
    static unsigned char emptyImage = 0;
    auto *bytes = image.isEmpty()
                      ? &emptyImage
                      : reinterpret_cast<unsigned char *>(const_cast<char *>(image.data()));
    const auto size = static_cast<sqlite3_int64>(image.size());
    rc = sqlite3_deserialize(db, "main", bytes, size, size, SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return failed(db, rc, error);
    SqliteDatabase database(db);
    // Pages are read where they lie instead of copied into SQLite's page cache.
    database.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(size), nullptr);
    return database;
}

std::optional<SqliteDatabase> SqliteDatabase::openForWriting(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return failed(db, rc, error);
    return SqliteDatabase(db);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : mDb(std::exchange(other.mDb, nullptr))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    std::swap(mDb, other.mDb);
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close(mDb);
}

bool SqliteDatabase::exec(const QString &sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(mDb, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = message ? QString::fromUtf8(message) : messageOf(mDb, rc);
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

std::optional<qint64> SqliteDatabase::queryInt(const QString &sql, QString *error)
{
    SqliteStatement statement(*this, sql);
    if (statement.next())
        return statement.integer(0);
    if (error)
        *error = statement.error().isEmpty()
                     ? QCoreApplication::translate("nhsx::Sqlite", "no result")
                     : statement.error();
    return std::nullopt;
}

SqliteWorkLimit::SqliteWorkLimit(SqliteDatabase &db, qint64 steps) : mDb(db.handle())
{
    constexpr int kStepsPerCheck = 10000;
    mChecksLeft = steps / kStepsPerCheck;
    sqlite3_progress_handler(mDb, kStepsPerCheck, &SqliteWorkLimit::countDown, this);
}

SqliteWorkLimit::~SqliteWorkLimit()
{
    sqlite3_progress_handler(mDb, 0, nullptr, nullptr);
}

int SqliteWorkLimit::countDown(void *limit)
{
    return --static_cast<SqliteWorkLimit *>(limit)->mChecksLeft < 0 ? 1 : 0;
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const QString &sql) : mDb(db.handle())
{
    const int rc = sqlite3_prepare_v2(mDb, sql.toUtf8().constData(), -1, &mStmt, nullptr);
    if (rc != SQLITE_OK) {
        mError = messageOf(mDb, rc);
        sqlite3_finalize(mStmt);
        mStmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(mStmt);
}

bool SqliteStatement::next()
{
    if (!mStmt)
        return false;
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        mError = messageOf(mDb, rc);
    return false;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(mStmt);
}

qint64 SqliteStatement::bytes(int column) const
{
    return sqlite3_column_bytes(mStmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(mStmt, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(mStmt, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(mStmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(mStmt, column);
}

void SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(mStmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(mStmt, index, value);
}

void SqliteStatement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

} // namespace nhsx
