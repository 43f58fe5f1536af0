#include "core/datasetloader.h"
#include "core/sqlite.h"
#include "support/testdatasets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

const QString kBundled = QStringLiteral(NHSX_BUNDLED_DATASET);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(DatasetLoader, LoadsTheBundledDatasetFile)
{
    const LoadResult loaded = loadDatasetFile(kBundled);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Dataset &dataset = *loaded.dataset;
    EXPECT_EQ(dataset.schemaVersion(), kSchemaVersion);
    const auto articles = std::count_if(dataset.sources().cbegin(), dataset.sources().cend(),
                                        [](const Source &source) { return !source.isData(); });
    EXPECT_EQ(articles, 5) << "the five 2011 articles";
    EXPECT_EQ(dataset.sources().size() - articles, 4) << "the England 2013 layer's data files";
    const Body *senates = dataset.body(QStringLiteral("clinical-senates"));
    ASSERT_NE(senates, nullptr);
    EXPECT_EQ(senates->status, QStringLiteral("advisory"));
    EXPECT_FALSE(senates->statusEvidence.isEmpty());
    EXPECT_FALSE(dataset.quotesAboutBody(senates->id).isEmpty());
    // An article's text is read for its quotes; a data file is cited by line, not stored.
    for (const Source &source : dataset.sources())
        EXPECT_EQ(source.fullText.isEmpty(), source.isData()) << source.id.toStdString();
}

TEST(DatasetLoader, LoadsTheSameDatasetFromAnImageInMemory)
{
    const QByteArray image = readAll(kBundled);
    ASSERT_FALSE(image.isEmpty());
    const LoadResult fromImage = loadDatasetImage(image, QStringLiteral("image"));
    const LoadResult fromFile = loadDatasetFile(kBundled);
    ASSERT_TRUE(fromImage.ok()) << fromImage.error.message().toStdString();
    EXPECT_EQ(fromImage.dataset->bodies().size(), fromFile.dataset->bodies().size());
    EXPECT_EQ(fromImage.dataset->quotes().size(), fromFile.dataset->quotes().size());
}

TEST(DatasetLoader, ReadsLinksBetweenQuotesBodiesAndRelations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    test::writeDataset(path, test::validContentSql());
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Quote *quote = loaded.dataset->quote(QStringLiteral("q-advisory"));
    ASSERT_NE(quote, nullptr);
    EXPECT_EQ(quote->bodies, QStringList({"senates", "ccgs", "alliance"}));
    EXPECT_EQ(quote->relations, QStringList({"senates-advise-ccgs"}));
    EXPECT_EQ(quote->speaker, QStringLiteral("dixon"));
    EXPECT_EQ(loaded.dataset->quote(QStringLiteral("q-ccgs"))->speakingBody,
              QStringLiteral("alliance"));
    EXPECT_EQ(loaded.dataset->body(QStringLiteral("ccgs"))->statusEvidence,
              QStringList({"q-ccgs"}));
    EXPECT_EQ(loaded.dataset->relationsOf(QStringLiteral("ccgs")).size(), 1);
}

TEST(DatasetLoader, ReadsTopicsPositionsEventsAndTheGlossary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    test::writeDataset(path, test::validContentSql());
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Dataset &dataset = *loaded.dataset;
    ASSERT_EQ(dataset.topicsAbout(QStringLiteral("senates")).size(), 1);
    const QList<const Position *> positions = dataset.positionsOn(QStringLiteral("follow-advice"));
    ASSERT_EQ(positions.size(), 2);
    EXPECT_EQ(positions[1]->date, QStringLiteral("2011-06")) << "a month sorts as its end";
    EXPECT_EQ(positions[1]->quotes, QStringList({"q-follow"}));
    EXPECT_EQ(dataset.holderName(*positions[1]), QStringLiteral("NHS Alliance"));
    EXPECT_EQ(dataset.holderName(*positions[0]), QStringLiteral("Dr Michael Dixon"));
    ASSERT_EQ(dataset.events().size(), 1);
    EXPECT_EQ(dataset.events().front().quotes, QStringList({"q-advisory"}));
    ASSERT_EQ(dataset.glossary().size(), 1);
    EXPECT_EQ(dataset.glossary().front().expansion, QStringLiteral("clinical commissioning group"));
}

TEST(DatasetLoader, ReportsAMissingFileByName)
{
    const QString path = QDir::temp().filePath(QStringLiteral("no-such-dataset.sqlite"));
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error.file, path);
    EXPECT_TRUE(loaded.error.message().contains(QStringLiteral("no such file")));
    EXPECT_FALSE(QFile::exists(path)) << "loading must not create the file";
}

TEST(DatasetLoader, ReportsAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are not the droids you are looking for.\n").repeated(200));
    file.close();
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error.file, path);
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("not a readable SQLite database")))
        << loaded.error.message().toStdString();
}

TEST(DatasetLoader, ReportsAnEmptyImage)
{
    const LoadResult loaded = loadDatasetImage(QByteArrayView(), QStringLiteral("empty"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error.file, QStringLiteral("empty"));
}

TEST(DatasetLoader, ReportsAnotherProgramsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    test::writeDataset(path, test::validContentSql(), 42, kSchemaVersion);
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("application_id is 42")))
        << loaded.error.message().toStdString();
}

TEST(DatasetLoader, ReportsAnUnknownSchemaVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    test::writeDataset(path, test::validContentSql(), kApplicationId, kSchemaVersion + 1);
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("schema version")));
}

TEST(DatasetLoader, ReportsAMissingTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    test::writeDataset(path, QStringLiteral("DROP TABLE status_evidence;"));
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("status_evidence")))
        << loaded.error.message().toStdString();
}

TEST(DatasetLoader, NeverWritesToTheFileOrBesideIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    test::writeDataset(path, test::validContentSql());
    const QByteArray before = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    ASSERT_TRUE(loadDatasetFile(path).ok());
    EXPECT_EQ(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

TEST(DatasetLoader, OpensPathsThatLookLikeUriParts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a?b#c%20d e.sqlite"));
    test::writeDataset(path, test::validContentSql());
    for (const QString &spelling :
         {path, QLatin1Char('/') + path, dir.path() + QStringLiteral("/./a?b#c%20d e.sqlite")}) {
        const LoadResult loaded = loadDatasetFile(spelling);
        EXPECT_TRUE(loaded.ok()) << spelling.toStdString() << ": "
                                 << loaded.error.message().toStdString();
    }
}

TEST(DatasetLoader, RefusesAViewInPlaceOfATable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("endless.sqlite"));
    test::writeDataset(
        path, QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE bodies; "
                             "CREATE VIEW bodies(id, name, acronym, kind, status, role) AS "
                             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                             "SELECT i, i, i, i, i, i FROM n;"));
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error.file, path);
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("'bodies' is a view, not a table")))
        << loaded.error.message().toStdString();
}

TEST(DatasetLoader, RefusesValuesTooLongToShow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.sqlite"));
    test::writeDataset(path, test::validContentSql() +
                                 QStringLiteral("UPDATE bodies SET role = printf('%.*c', 200000, "
                                                "'x') WHERE id = 'senates';"));
    const LoadResult loaded = loadDatasetFile(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("row 'senates'")))
        << loaded.error.message().toStdString();
    EXPECT_TRUE(loaded.error.problem.contains(QStringLiteral("200000 bytes")));
}

TEST(DatasetLoader, ReportsFilesTooShortOrNotStartingLikeSqlite)
{
    const QByteArray bundled = readAll(kBundled);
    const LoadResult header =
        loadDatasetImage(QByteArrayView(bundled).first(50), QStringLiteral("short"));
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(header.error.problem,
              QStringLiteral("not a readable SQLite database (only 50 bytes long)"));
    QByteArray renamed = bundled;
    renamed.replace(0, 6, "SQLife");
    const LoadResult foreign = loadDatasetImage(renamed, QStringLiteral("foreign"));
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error.problem.contains(QLatin1String("does not start with")));

    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    const LoadResult fromEmpty = loadDatasetFile(empty);
    ASSERT_FALSE(fromEmpty.ok());
    EXPECT_EQ(fromEmpty.error.message(),
              empty + QStringLiteral(": the file is empty, not a dataset"));
}

TEST(DatasetLoader, RefusesMoreBodiesThanItCanDraw)
{
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    const QString crowdedPath = dir.filePath(QStringLiteral("crowded.sqlite"));
    const QString manyBodies = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO bodies (id, name, acronym, kind, status, role) "
        "SELECT 'b' || i, 'Body', NULL, 'kind', 'unstated', 'Role.' FROM n;");
    test::writeDataset(full, manyBodies.arg(10'000));
    EXPECT_TRUE(loadDatasetFile(full).ok()) << "10,000 bodies are read";
    test::writeDataset(crowdedPath, manyBodies.arg(10'001));
    const LoadResult crowded = loadDatasetFile(crowdedPath);
    ASSERT_FALSE(crowded.ok());
    EXPECT_TRUE(crowded.error.problem.contains(QLatin1String("more than 10000 rows")))
        << crowded.error.message().toStdString();
}

TEST(DatasetLoader, ReadsEachRowsOwnValuesWhereValuesRepeat)
{
    // Kinds, statuses, layers, sources and relation types repeat from row to row, and the loader
    // shares their text: every value must still be the row's own, and NULL stay NULL.
    const LoadResult loaded = loadDatasetFile(kBundled, LayerChoice::Every);
    ASSERT_TRUE(loaded.ok());
    QString error;
    auto db = SqliteDatabase::openReadOnly(kBundled, &error);
    ASSERT_TRUE(db) << error.toStdString();
    const auto same = [](const QString &read, const SqliteStatement &s, int column) {
        return read == s.text(column) && read.isNull() == s.text(column).isNull();
    };
    SqliteStatement bodies(*db, QStringLiteral("SELECT id, kind, status, role, layer, source, "
                                               "source_line FROM bodies ORDER BY rowid"));
    qsizetype row = 0, withoutSource = 0;
    for (; bodies.next(); ++row) {
        ASSERT_LT(row, loaded.dataset->bodies().size());
        const Body &body = loaded.dataset->bodies()[row];
        ASSERT_EQ(body.id, bodies.text(0));
        EXPECT_TRUE(same(body.kind, bodies, 1) && same(body.status, bodies, 2) &&
                    same(body.role, bodies, 3) && same(body.layer, bodies, 4) &&
                    same(body.row.source, bodies, 5))
            << body.id.toStdString();
        EXPECT_EQ(body.row.line, bodies.integer(6)) << body.id.toStdString();
        withoutSource += body.row.source.isNull() ? 1 : 0;
    }
    EXPECT_EQ(row, loaded.dataset->bodies().size());
    EXPECT_GT(withoutSource, 0);
    EXPECT_LT(withoutSource, row);

    SqliteStatement relations(*db, QStringLiteral("SELECT id, to_body, type, status, "
                                                  "description, source, layer FROM relations "
                                                  "ORDER BY rowid"));
    row = 0;
    for (; relations.next(); ++row) {
        ASSERT_LT(row, loaded.dataset->relations().size());
        const Relation &relation = loaded.dataset->relations()[row];
        ASSERT_EQ(relation.id, relations.text(0));
        EXPECT_TRUE(same(relation.to, relations, 1) && same(relation.type, relations, 2) &&
                    same(relation.status, relations, 3) &&
                    same(relation.description, relations, 4) &&
                    same(relation.row.source, relations, 5) && same(relation.layer, relations, 6))
            << relation.id.toStdString();
    }
    EXPECT_EQ(row, loaded.dataset->relations().size());
}

TEST(SqliteWorkLimit, InterruptsAQueryThatRunsTooLong)
{
    QString error;
    auto db = SqliteDatabase::fromImage({}, &error);
    ASSERT_TRUE(db) << error.toStdString();
    const QString endless = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n");
    {
        const SqliteWorkLimit limit(*db, 1'000'000);
        EXPECT_FALSE(db->queryInt(endless, &error));
        EXPECT_EQ(error, QStringLiteral("interrupted"));
    }
    EXPECT_EQ(db->queryInt(QStringLiteral("SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 "
                                          "UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                          "SELECT i FROM n)"),
                           &error),
              100000)
        << "the limit ends with its scope";
}

} // namespace
