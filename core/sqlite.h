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
    /**
     * Opens a file read-only through an immutable URI, so nothing is ever written beside it, in
     * defensive mode and with schema code (views, triggers, functions) untrusted.
     */
    static std::optional<SqliteDatabase> openReadOnly(const QString &path, QString *error);
    /** Opens an SQLite image in memory read-only, in place: it must outlive the connection. */
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
    sqlite3 *handle() const { return mDb; }

private:
    explicit SqliteDatabase(sqlite3 *db) : mDb(db) {}
    sqlite3 *mDb = nullptr;
};

/**
 * While it lives, statements on the connection fail with "interrupted" once they have run about
 * this many virtual machine steps between them: a hostile file cannot make a read run forever.
 */
class SqliteWorkLimit
{
public:
    SqliteWorkLimit(SqliteDatabase &db, qint64 steps);
    SqliteWorkLimit(const SqliteWorkLimit &) = delete;
    SqliteWorkLimit &operator=(const SqliteWorkLimit &) = delete;
    ~SqliteWorkLimit();

private:
    static int countDown(void *limit);
    sqlite3 *mDb = nullptr;
    qint64 mChecksLeft = 0;
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
    int columnCount() const;
    /** The length of a column's value in UTF-8 bytes (0 for NULL). */
    qint64 bytes(int column) const;
    QString text(int column) const;
    /** A column's value as UTF-8, valid until the next step; null for NULL. */
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    /** Makes the statement ready to run again, with new bindings. */
    void reset();

private:
    sqlite3 *mDb = nullptr;
    sqlite3_stmt *mStmt = nullptr;
    QString mError;
};

} // namespace nhsx
