#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace nhsx {

/**
 * An open SQLite connection, read-only unless said otherwise. Owns the handle; movable, not
 * copyable. One connection is used from one thread at a time.
 */
class SqliteDatabase
{
public:
    /** Opens a file read-only through an immutable URI, so nothing is ever written beside it. */
    static std::optional<SqliteDatabase> openReadOnly(const QString &path, QString *error);
    /** Copies an SQLite image into SQLite's own memory and opens it read-only. */
    static std::optional<SqliteDatabase> fromImage(QByteArrayView image, QString *error);
    /** Opens (creating if needed) a file for writing; used by the dataset build step only. */
    static std::optional<SqliteDatabase> openForWriting(const QString &path, QString *error);

    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    /** Runs one or more statements that return no rows. */
    bool exec(const QString &sql, QString *error);
    /** Runs a query whose first row's first column is an integer (PRAGMA application_id...). */
    std::optional<qint64> queryInt(const QString &sql, QString *error);
    QString lastError() const;
    sqlite3 *handle() const { return mDb; }

private:
    explicit SqliteDatabase(sqlite3 *db) : mDb(db) {}
    sqlite3 *mDb = nullptr;
};

/** A prepared statement over a SqliteDatabase; columns are read as text (NULL reads as empty). */
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return mStmt != nullptr; }
    const QString &error() const { return mError; }
    /** Steps to the next row; false at the end or on error (then error() is set). */
    bool next();
    QString text(int column) const;
    qint64 integer(int column) const;
    void bind(int index, const QString &value);

private:
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStmt = nullptr;
    QString mError;
};

} // namespace nhsx
