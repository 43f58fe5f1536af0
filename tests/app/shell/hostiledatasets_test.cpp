// Hostile datasets given with --data, made at test time (mostly from the real bundled dataset),
// each run through the real executable with --validate and with --screenshot: never a crash or a
// hang, exit 1 with a message naming the file and the problem (or 0 where the data is valid but
// odd), and the file byte-for-byte unchanged.
#include "core/dataset.h"
#include "support/testdatasets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <ostream>
#include <random>

namespace {

using nhsx::test::sqlLiteral;

using Make = std::function<void(const QString &path)>;

// NewerSchema and OlderSchema below name the versions around this one.
static_assert(nhsx::kSchemaVersion == 4);

struct HostileCase
{
    const char *name;
    Make make;
    int exitCode;        // for --validate and --screenshot alike
    const char *problem; // what the message must say when the exit code is 1
};

/** How GoogleTest (and so CTest's test list) shows a case: by its name, not its bytes. */
void PrintTo(const HostileCase &hostile, std::ostream *out)
{
    *out << hostile.name;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the test file");
}

QByteArray bundledBytes()
{
    QFile file(QStringLiteral(NHSX_BUNDLED_DATASET));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " NHSX_BUNDLED_DATASET);
    return file.readAll();
}

Make changed(const QString &sql)
{
    return [sql](const QString &path) { nhsx::test::writeChangedBundledDataset(path, sql); };
}

const QString kFirstBody = QStringLiteral("(SELECT id FROM bodies ORDER BY rowid LIMIT 1)");
const QString kFirstQuote = QStringLiteral("(SELECT id FROM quotes ORDER BY rowid LIMIT 1)");

/** A new body with the given id and name, with the first quote as its quote and evidence. */
QString newBodySql(const QString &id, const QString &name)
{
    return QStringLiteral("INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES (%1, "
                          "%2, NULL, 'odd', 'unstated', 'Odd.');"
                          "INSERT INTO quote_bodies VALUES (%3, %1);"
                          "INSERT INTO status_evidence VALUES (%1, %3);")
        .arg(sqlLiteral(id), sqlLiteral(name), kFirstQuote);
}

/** A new relation with the first quote as its quote. */
QString newRelationSql(const QString &id, const QString &from, const QString &to)
{
    return QStringLiteral("INSERT INTO relations (id, from_body, to_body, type, status, "
                          "description) VALUES (%1, %2, %3, 'advises', 'advisory', "
                          "'Odd.'); INSERT INTO quote_relations VALUES (%4, %1);")
        .arg(sqlLiteral(id), from, to, kFirstQuote);
}

std::vector<HostileCase> hostileCases()
{
    const QByteArray bundled = bundledBytes();
    std::mt19937 random(20110913);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (char &byte : noise)
        byte = static_cast<char>(random() & 0xff);
    const QString nameWithMetacharacters =
        QStringLiteral("A \"quoted\" \\N \\n \\G {x} -> y; <b>z</b> [label=evil]");
    const QString loudName = QString(1024 * 1024, u'M');

    return {
        {"MissingFile", [](const QString &) {}, 1, "no such file"},
        {"Directory", [](const QString &path) { QDir().mkpath(path); }, 1, "not a regular file"},
        {"EmptyFile", [](const QString &path) { writeBytes(path, {}); }, 1, "the file is empty"},
        {"RandomBytes", [noise](const QString &path) { writeBytes(path, noise); }, 1,
         "not a readable SQLite database"},
        {"TextFile",
         [](const QString &path) {
             writeBytes(path, QByteArray("A plain text file, not a dataset.\n").repeated(300));
         },
         1, "not a readable SQLite database"},
        {"TruncatedDatabase",
         [bundled](const QString &path) { writeBytes(path, bundled.left(bundled.size() / 3)); }, 1,
         "malformed"},
        {"TruncatedHeader", [bundled](const QString &path) { writeBytes(path, bundled.left(50)); },
         1, "not a readable SQLite database"},
        {"OtherApplication", changed(QStringLiteral("PRAGMA application_id = 42;")), 1,
         "application_id is 42"},
        {"NewerSchema", changed(QStringLiteral("PRAGMA user_version = 5;")), 1, "schema version 5"},
        {"OlderSchema", changed(QStringLiteral("PRAGMA user_version = 3;")), 1, "schema version 3"},
        {"MissingTable", changed(QStringLiteral("DROP TABLE glossary;")), 1, "no table 'glossary'"},
        {"MissingColumn", changed(QStringLiteral("ALTER TABLE bodies DROP COLUMN role;")), 1,
         "no such column: role"},
        {"DanglingReference",
         changed(QStringLiteral("UPDATE relations SET to_body = 'nowhere' WHERE rowid = "
                                "(SELECT min(rowid) FROM relations);")),
         1, "ends at body 'nowhere', which does not exist"},
        {"DuplicateIds",
         changed(nhsx::test::withoutConstraintsSql(QStringLiteral("bodies")) +
                 QStringLiteral("INSERT INTO bodies SELECT * FROM bodies WHERE rowid = 2;")),
         1, "repeats an id"},
        {"UnknownStatus",
         changed(nhsx::test::withoutConstraintsSql(QStringLiteral("bodies")) +
                 QStringLiteral("UPDATE bodies SET status = 'sovereign' WHERE rowid = 1;")),
         1, "has status 'sovereign'"},
        {"UnknownKindAndType",
         changed(QStringLiteral("UPDATE bodies SET kind = 'a kind nobody has heard of';"
                                "UPDATE relations SET type = 'haunts';")),
         0, ""},
        {"NullInRequiredFields",
         changed(nhsx::test::withoutConstraintsSql(QStringLiteral("bodies")) +
                 nhsx::test::withoutConstraintsSql(QStringLiteral("relations")) +
                 QStringLiteral("UPDATE bodies SET name = NULL, role = NULL WHERE rowid = 1;"
                                "UPDATE relations SET from_body = NULL WHERE rowid = 1;")),
         1, "has no name"},
        {"QuoteNotInItsSource",
         changed(QStringLiteral("UPDATE quotes SET text = text || ' and words nobody wrote' "
                                "WHERE rowid = 1;")),
         1, "is not found verbatim"},
        {"SelfLoop", changed(newRelationSql(QStringLiteral("self-loop"), kFirstBody, kFirstBody)),
         0, ""},
        {"Cycle",
         changed(
             newBodySql(QStringLiteral("a"), QStringLiteral("A")) +
             newBodySql(QStringLiteral("b"), QStringLiteral("B")) +
             newBodySql(QStringLiteral("c"), QStringLiteral("C")) +
             newRelationSql(QStringLiteral("a-b"), QStringLiteral("'a'"), QStringLiteral("'b'")) +
             newRelationSql(QStringLiteral("b-c"), QStringLiteral("'b'"), QStringLiteral("'c'")) +
             newRelationSql(QStringLiteral("c-a"), QStringLiteral("'c'"), QStringLiteral("'a'"))),
         0, ""},
        {"MegabyteName",
         changed(QStringLiteral("UPDATE bodies SET name = %1 WHERE rowid = 1;")
                     .arg(sqlLiteral(loudName))),
         1, "bytes long, more than the 65536"},
        {"MegabyteSourceText",
         changed(QStringLiteral("UPDATE sources SET full_text = full_text || %1 WHERE rowid = 1;")
                     .arg(sqlLiteral(loudName))),
         0, ""},
        {"HundredThousandBodies",
         changed(QStringLiteral(
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
             "INSERT INTO bodies (id, name, acronym, kind, status, role) SELECT 'generated-' || i, "
             "'Body ' || i, NULL, 'generated', "
             "'unstated', 'Generated.' FROM n;")),
         1, "more than 10000 rows"},
        {"ThousandBodiesTangled",
         changed(
             QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999) "
                 "INSERT INTO bodies (id, name, acronym, kind, status, role) SELECT 't' || i, "
                 "'Body ' || i, NULL, 'generated', "
                 "'unstated', 'Generated.' FROM n;"
                 "INSERT INTO quote_bodies SELECT %1, id FROM bodies WHERE id GLOB 't[0-9]*';"
                 "INSERT INTO status_evidence SELECT id, %1 FROM bodies WHERE id GLOB 't[0-9]*';"
                 // Two relations from each body to bodies spread over the whole set.
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999) "
                 "INSERT INTO relations (id, from_body, to_body, type, status, description) SELECT "
                 "'r' || i, 't' || (i % 1000), "
                 "'t' || ((i * 7919 + 13) % 1000), 'links', 'advisory', 'Generated.' FROM n;"
                 "INSERT INTO quote_relations SELECT %1, id FROM relations WHERE id GLOB "
                 "'r[0-9]*';")
                 .arg(kFirstQuote)),
         0, ""},
        {"InvalidUtf8",
         changed(QStringLiteral("UPDATE bodies SET name = CAST(X'4E4843FFFEC328E282' AS TEXT) || "
                                "name WHERE rowid = 1;")),
         0, ""},
        {"RightToLeftAndZeroWidth",
         changed(QStringLiteral("UPDATE bodies SET name = %1 || name WHERE rowid = 1;"
                                "UPDATE bodies SET role = %2 || role WHERE rowid = 2;")
                     .arg(sqlLiteral(QStringLiteral("\u202Eevil\u202C \u200B\u200D\uFEFF")),
                          sqlLiteral(QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633"
                                                    "\u0644\u0627\u0645 \u2067isolate")))),
         0, ""},
        {"GraphvizMetacharacters",
         changed(QStringLiteral("UPDATE bodies SET name = %1 || name;")
                     .arg(sqlLiteral(nameWithMetacharacters)) +
                 newBodySql(nameWithMetacharacters, nameWithMetacharacters) +
                 newRelationSql(QStringLiteral("\"->{}\\N<>"), sqlLiteral(nameWithMetacharacters),
                                kFirstBody)),
         0, ""},
        {"MarkupInEveryTextField", changed(nhsx::test::markupInEveryTextFieldSql()), 0, ""},
    };
}

/** Every file under the directory with its bytes' hash: what must not change. */
QMap<QString, QByteArray> snapshot(const QString &directory)
{
    QMap<QString, QByteArray> files;
    const QDir dir(directory);
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QFile file(entry.filePath());
        files.insert(entry.fileName(),
                     entry.isDir() || !file.open(QIODevice::ReadOnly)
                         ? QByteArray("directory")
                         : QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

struct ExplorerRun
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QString output; // stdout and stderr
};

ExplorerRun runExplorer(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(NHSX_EXPLORER), arguments);
    ExplorerRun run;
    // Bounded: a hang fails the case instead of stalling the suite.
    run.finished = process.waitForFinished(90'000);
    if (!run.finished)
        process.kill();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

class HostileDataset : public ::testing::TestWithParam<HostileCase>
{
protected:
    QTemporaryDir dataDir, outDir;
};

TEST_P(HostileDataset, GivesAClearAnswerAndLeavesTheFileAlone)
{
    const HostileCase &hostile = GetParam();
    ASSERT_TRUE(dataDir.isValid() && outDir.isValid());
    const QString path = dataDir.filePath(
        QStringLiteral("hostile-%1.sqlite").arg(QString::fromLatin1(hostile.name).toLower()));
    hostile.make(path);
    const QMap<QString, QByteArray> before = snapshot(dataDir.path());

    const QString shot = outDir.filePath(QStringLiteral("shot.png"));
    const std::pair<const char *, QStringList> modes[] = {
        {"--validate", {QStringLiteral("--data"), path, QStringLiteral("--validate")}},
        {"--screenshot",
         {QStringLiteral("--data"), path, QStringLiteral("--screenshot"), shot,
          QStringLiteral("--size"), QStringLiteral("800x600")}}};
    for (const auto &[mode, arguments] : modes) {
        SCOPED_TRACE(mode);
        const ExplorerRun run = runExplorer(arguments);
        ASSERT_TRUE(run.finished) << "no answer within 90 s";
        ASSERT_FALSE(run.crashed) << run.output.toStdString();
        EXPECT_EQ(run.exitCode, hostile.exitCode) << run.output.toStdString();
        EXPECT_FALSE(run.output.contains(QLatin1String("ERROR: AddressSanitizer")) ||
                     run.output.contains(QLatin1String("runtime error:")))
            << run.output.toStdString();
        if (hostile.exitCode != 0) {
            EXPECT_TRUE(run.output.contains(path + QStringLiteral(": ")))
                << "the message names the file: " << run.output.toStdString();
            EXPECT_TRUE(run.output.contains(QLatin1String(hostile.problem)))
                << "expected '" << hostile.problem << "' in: " << run.output.toStdString();
        }
    }
    if (hostile.exitCode == 0) {
        const QImage image(shot);
        EXPECT_EQ(image.size(), QSize(800, 600)) << "the valid but odd dataset is drawn";
    } else {
        EXPECT_FALSE(QFile::exists(shot)) << "no screenshot of a dataset that cannot be shown";
    }
    EXPECT_EQ(snapshot(dataDir.path()), before)
        << "the dataset (and its directory) must be byte-for-byte unchanged";
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileDataset, ::testing::ValuesIn(hostileCases()),
                         [](const ::testing::TestParamInfo<HostileCase> &info) {
                             return std::string(info.param.name);
                         });

} // namespace
