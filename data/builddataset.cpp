// Builds the bundled dataset from its reviewable text and refuses to produce a file that breaks
// a dataset rule. Usage: nhsx-build-dataset OUT.sqlite SCHEMA.sql CONTENT.sql SOURCES_DIR
// [REFERENCE_DATA_DIR]; with the last, the England 2013 layer is built from its files too.
#include "core/datasetloader.h"
#include "core/sqlite.h"
#include "core/validation.h"
#include "england2013.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace {

using namespace nhsx;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool readText(const QString &path, QString *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": cannot read: " << file.errorString() << Qt::endl;
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool runSqlFile(SqliteDatabase &db, const QString &path)
{
    QString sql, error;
    if (!readText(path, &sql))
        return false;
    if (!db.exec(sql, &error)) {
        err() << path << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

bool fillSourceTexts(SqliteDatabase &db, const QString &sourcesDir)
{
    QList<std::pair<QString, QString>> seeds;
    {
        SqliteStatement rows(
            db, QStringLiteral("SELECT id, seed_file FROM sources WHERE kind = 'article'"));
        while (rows.next())
            seeds.append({rows.text(0), rows.text(1)});
    }
    for (const auto &[id, seedFile] : seeds) {
        QString text;
        if (!readText(QDir(sourcesDir).filePath(seedFile), &text))
            return false;
        SqliteStatement update(db,
                               QStringLiteral("UPDATE sources SET full_text = ?1 WHERE id = ?2"));
        update.bind(1, text);
        update.bind(2, id);
        update.next();
        if (!update.error().isEmpty()) {
            err() << "sources '" << id << "': " << update.error() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool noForeignKeyViolations(SqliteDatabase &db, const QString &contentPath)
{
    SqliteStatement check(db, QStringLiteral("PRAGMA foreign_key_check"));
    bool clean = true;
    while (check.next()) {
        err() << contentPath << ": " << check.text(0) << " row " << check.text(1)
              << " refers to a missing row of " << check.text(2) << Qt::endl;
        clean = false;
    }
    return clean;
}

bool addReferenceData(SqliteDatabase &db, const QString &dir)
{
    QString error;
    if (dir.isEmpty() || addEngland2013Layer(db, dir, &error))
        return true;
    err() << error << Qt::endl;
    return false;
}

bool build(const QString &out, const QString &schema, const QString &content,
           const QString &sourcesDir, const QString &referenceDir)
{
    QString error;
    auto db = SqliteDatabase::openForWriting(out, &error);
    if (!db) {
        err() << out << ": " << error << Qt::endl;
        return false;
    }
    if (!runSqlFile(*db, schema) || !db->exec(QStringLiteral("BEGIN"), &error) ||
        !runSqlFile(*db, content) || !fillSourceTexts(*db, sourcesDir) ||
        !addReferenceData(*db, referenceDir) || !db->exec(QStringLiteral("COMMIT"), &error) ||
        !noForeignKeyViolations(*db, content))
        return false;
    if (!db->exec(QStringLiteral("PRAGMA journal_mode=DELETE; VACUUM;"), &error)) {
        err() << out << ": " << error << Qt::endl;
        return false;
    }
    return true;
}

bool check(const QString &out, const QString &content)
{
    const LoadResult loaded = loadDatasetFile(out, LayerChoice::Every);
    if (!loaded.ok()) {
        err() << loaded.error.message() << Qt::endl;
        return false;
    }
    const QList<Problem> problems = validateDataset(*loaded.dataset);
    for (const Problem &problem : problems)
        err() << content << ": " << problem.toString() << Qt::endl;
    return problems.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 5 && argc != 6) {
        std::fputs("usage: nhsx-build-dataset OUT.sqlite SCHEMA.sql CONTENT.sql SOURCES_DIR "
                   "[REFERENCE_DATA_DIR]\n",
                   stderr);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString content = QString::fromLocal8Bit(argv[3]);
    const QString partial = out + QStringLiteral(".partial");
    QFile::remove(partial);
    const bool ok =
        build(partial, QString::fromLocal8Bit(argv[2]), content, QString::fromLocal8Bit(argv[4]),
              argc == 6 ? QString::fromLocal8Bit(argv[5]) : QString()) &&
        check(partial, content);
    if (!ok) {
        QFile::remove(partial);
        err() << "dataset not built: fix the problems above" << Qt::endl;
        return 1;
    }
    QFile::remove(out);
    return QFile::rename(partial, out) ? 0 : 1;
}
