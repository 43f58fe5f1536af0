// Writes the seed corpus of fuzz-dataset-loader into a directory: small datasets with the real
// schema (one valid, one that breaks rules, one not ours) and damaged copies of the valid one.
// Usage: nhsx-fuzz-seeds DIR
#include "core/dataset.h"
#include "core/sqlite.h"
#include "support/testdatasets.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <exception>

namespace {

using namespace nhsx;

/** Rewrites a dataset with small pages, so that the seeds (and libFuzzer's inputs) stay small. */
void shrink(const QString &path)
{
    QString error;
    auto db = SqliteDatabase::openForWriting(path, &error);
    if (!db || !db->exec(QStringLiteral("PRAGMA page_size = 512; VACUUM;"), &error))
        throw std::runtime_error(error.toStdString());
}

void writeSeed(const QString &path, const QString &contentSql,
               qint64 applicationId = kApplicationId)
{
    QFile::remove(path);
    test::writeDataset(path, contentSql, applicationId, kSchemaVersion);
    shrink(path);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

/**
 * Rows that break the dataset rules (a missing body, a quote not in its source, a cycle) and
 * hostile text: escape sequences, quotes, a NUL inside ids, a trailing backslash.
 */
QString brokenContentSql()
{
    return QStringLiteral("PRAGMA foreign_keys = OFF;") + test::validContentSql() +
           QStringLiteral(R"sql(
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('board', 'The \N board', 'NCB', 'board', 'statutory', 'It "decides".'),
    ('x' || char(0) || 'y', 'A <b>name</b> \', NULL, 'board', 'advisory', '{ a -> b }');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('ccgs-to-senates', 'ccgs', 'senates', 'reports to', 'statutory', 'A cycle.'),
    ('board-to-nobody', 'board', 'nobody', 'hosts', 'advisory', 'An unknown end.'),
    ('r' || char(0) || '1', 'board', 'ccgs', 'hosts\', 'advisory', 'One.'),
    ('r' || char(0) || '2', 'board', 'ccgs', 'hosts\', 'advisory', 'Two.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q-missing', 'alliance', NULL, 'board', 'Words that are not in the source.');
)sql");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: nhsx-fuzz-seeds DIR\n");
        return 2;
    }
    try {
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        if (!dir.mkpath(QStringLiteral(".")))
            throw std::runtime_error(std::string("cannot create ") + argv[1]);
        const QString valid = dir.filePath(QStringLiteral("valid.sqlite"));
        writeSeed(valid, test::validContentSql());
        writeSeed(dir.filePath(QStringLiteral("broken-rules.sqlite")), brokenContentSql());
        writeSeed(dir.filePath(QStringLiteral("not-ours.sqlite")), test::validContentSql(), 1);
        const QByteArray bytes = readAll(valid);
        writeBytes(dir.filePath(QStringLiteral("truncated.sqlite")), bytes.left(bytes.size() / 2));
        QByteArray damaged = bytes;
        for (qsizetype i = 100; i < damaged.size(); i += 509)
            damaged[i] = char(damaged[i] ^ 0x5a);
        writeBytes(dir.filePath(QStringLiteral("damaged.sqlite")), damaged);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "nhsx-fuzz-seeds: %s\n", e.what());
        return 1;
    }
    return 0;
}
