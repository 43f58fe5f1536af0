// The England, April 2013 layer: built by the data build from the reference files, every row
// citing its file and line, with the figures the files' provenance gives.
#include "core/datasetloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

const QString kLayer = QStringLiteral("england-2013");

class England2013 : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        LoadResult loaded =
            loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET), LayerChoice::Every);
        ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        dataset = new Dataset(std::move(*loaded.dataset));
    }
    static void TearDownTestSuite() { delete dataset; }

    static QList<const Body *> ofKind(const QString &kind)
    {
        QList<const Body *> found;
        for (const Body &body : dataset->bodies()) {
            if (body.layer == kLayer && body.kind == kind)
                found.append(&body);
        }
        return found;
    }

    /** The body this one is joined to by a relation of this type, in either direction. */
    static const Body *related(const Body &body, const QString &type, bool upward)
    {
        for (const Relation *relation : dataset->relationsOf(body.id)) {
            if (relation->type != type)
                continue;
            if (upward && relation->from == body.id)
                return dataset->body(relation->to);
            if (!upward && relation->to == body.id)
                return dataset->body(relation->from);
        }
        return nullptr;
    }

    static Dataset *dataset;
};

Dataset *England2013::dataset = nullptr;

/** The lines of a file as they are on disk, numbered from 1 (CR, LF or CRLF ends). */
QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder windows1252("windows-1252");
    return QString(windows1252(file.readAll()))
        .split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
}

TEST_F(England2013, HasTheRegionsAreaTeamsCcgsAndPracticesTheProvenanceCounts)
{
    EXPECT_EQ(ofKind(QStringLiteral("commissioning region")).size(), 4);
    EXPECT_EQ(ofKind(QStringLiteral("area team")).size(), 25) << "London is one code";
    EXPECT_EQ(ofKind(QStringLiteral("GP practice")).size(), 7795);
    QHash<QString, int> ccgsPerRegion;
    int april2013 = 0;
    for (const Body *ccg : ofKind(QStringLiteral("clinical commissioning group"))) {
        const Body *areaTeam = related(*ccg, QStringLiteral("includes"), false);
        if (!areaTeam)
            continue;
        ++april2013;
        const Body *region = related(*areaTeam, QStringLiteral("includes"), false);
        ASSERT_NE(region, nullptr) << areaTeam->id.toStdString();
        ccgsPerRegion[region->name] += 1;
        const Body *board = related(*region, QStringLiteral("includes"), false);
        ASSERT_NE(board, nullptr);
        EXPECT_EQ(board->id, QStringLiteral("nhs-commissioning-board"));
        const Body *national = related(*ccg, QStringLiteral("is one of"), true);
        ASSERT_NE(national, nullptr) << ccg->id.toStdString();
        EXPECT_EQ(national->id, QStringLiteral("ccgs")) << "the 2011 layer's CCG body";
    }
    EXPECT_EQ(april2013, 211);
    EXPECT_EQ(ccgsPerRegion.value(QStringLiteral("North of England")), 68);
    EXPECT_EQ(ccgsPerRegion.value(QStringLiteral("Midlands and East of England")), 61);
    EXPECT_EQ(ccgsPerRegion.value(QStringLiteral("South of England")), 50);
    EXPECT_EQ(ccgsPerRegion.value(QStringLiteral("London")), 32);
}

TEST_F(England2013, EveryPracticeIsAMemberOfOneCcgAndTheLaterCcgSaysWhyItStandsApart)
{
    QHash<QString, int> memberships;
    for (const Relation &relation : dataset->relations()) {
        if (relation.type == u"is a member of")
            memberships[relation.from] += 1;
    }
    for (const Body *practice : ofKind(QStringLiteral("GP practice"))) {
        ASSERT_EQ(memberships.value(practice->id), 1) << practice->id.toStdString();
        const Body *ccg = related(*practice, QStringLiteral("is a member of"), true);
        ASSERT_NE(ccg, nullptr);
        EXPECT_EQ(ccg->kind, QStringLiteral("clinical commissioning group"));
    }
    // Newcastle Gateshead (13T) opened after April 2013: its practices are not guessed into
    // the three CCGs it replaced, and it hangs under no area team.
    const Body *later = dataset->body(QStringLiteral("ccg-13t"));
    ASSERT_NE(later, nullptr);
    EXPECT_EQ(related(*later, QStringLiteral("includes"), false), nullptr);
    EXPECT_TRUE(later->role.contains(QStringLiteral("after April 2013")))
        << later->role.toStdString();
    EXPECT_EQ(dataset->source(later->row.source)->seedFile, QStringLiteral("eccg.csv"));
}

TEST_F(England2013, EveryRowCitesTheLineOfItsFileThatHoldsIt)
{
    QHash<QString, QStringList> files;
    const auto lineOf = [&](const DataRow &row) {
        const Source *source = dataset->source(row.source);
        if (!source || !source->isData())
            return QString();
        if (!files.contains(source->seedFile))
            files.insert(
                source->seedFile,
                fileLines(
                    QDir(QStringLiteral(NHSX_REFERENCE_DATA_DIR)).filePath(source->seedFile)));
        const QStringList &lines = files[source->seedFile];
        return row.line >= 1 && row.line <= lines.size() ? lines[row.line - 1] : QString();
    };
    int bodies = 0;
    for (const Body &body : dataset->bodies()) {
        if (body.layer != kLayer)
            continue;
        ++bodies;
        EXPECT_EQ(body.status, QStringLiteral("unstated")) << body.id.toStdString();
        const QString line = lineOf(body.row);
        EXPECT_TRUE(line.contains(body.code) && line.contains(body.name))
            << body.id.toStdString() << " cites line " << body.row.line << ": "
            << line.toStdString();
    }
    EXPECT_EQ(bodies, 4 + 25 + 212 + 7795);
    // A relation's line names each of its ends in the layer, by one code or the other.
    int relations = 0;
    for (const Relation &relation : dataset->relations()) {
        if (relation.layer != kLayer)
            continue;
        ++relations;
        const QString line = lineOf(relation.row);
        for (const QString &end : {relation.from, relation.to}) {
            const Body *body = dataset->body(end);
            ASSERT_NE(body, nullptr) << relation.id.toStdString();
            if (body->layer != kLayer)
                continue;
            EXPECT_TRUE(line.contains(body->code) ||
                        (!body->onsCode.isEmpty() && line.contains(body->onsCode)))
                << relation.id.toStdString() << ": " << line.toStdString();
        }
    }
    // Board to region, region to area team, area team to CCG, CCG to the 2011 body, practice
    // to CCG.
    EXPECT_EQ(relations, 4 + 25 + 211 + 211 + 7795);
}

TEST_F(England2013, SaysWhatTheFilesCannotAndShowsTheLicencesAttribution)
{
    const Layer *layer = dataset->layer(kLayer);
    ASSERT_NE(layer, nullptr);
    EXPECT_TRUE(layer->onDemand);
    EXPECT_TRUE(layer->loaded);
    EXPECT_TRUE(layer->description.contains(QStringLiteral("clinical senates")));
    EXPECT_TRUE(layer->description.contains(QStringLiteral("2015")));
    EXPECT_TRUE(layer->description.contains(QStringLiteral("London as one code")));
    EXPECT_TRUE(layer->attribution.contains(QStringLiteral("Open Government Licence v3.0")));
}

TEST(England2013AtStart, TheWindowsFirstLoadLeavesTheLayerOnDemandOut)
{
    const LoadResult loaded = loadDatasetFile(QStringLiteral(NHSX_BUNDLED_DATASET));
    ASSERT_TRUE(loaded.ok());
    for (const Body &body : loaded.dataset->bodies())
        EXPECT_EQ(body.layer, kNationalLayer) << body.id.toStdString();
    for (const Relation &relation : loaded.dataset->relations())
        EXPECT_EQ(relation.layer, kNationalLayer) << relation.id.toStdString();
    const Layer *england = loaded.dataset->layer(kLayer);
    ASSERT_NE(england, nullptr);
    EXPECT_FALSE(england->loaded);
}

/** Builds a dataset from small reference files written here, with the real schema. */
class England2013Build : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("sources")));
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("reference")));
        write(QStringLiteral("sources/ccgs.txt"), "The CCGs were proposed.\n");
        write(QStringLiteral("content.sql"), R"sql(
INSERT INTO layers (id, name, description, on_demand) VALUES ('england-2013', 'England', 'D.', 1);
INSERT INTO sources (id, title, outlet, date_basis, seed_file) VALUES
    ('article', 'A', 'O', 'not stated', 'ccgs.txt');
INSERT INTO sources (id, title, outlet, date_basis, seed_file, kind) VALUES
    ('s1', 'CCGs', 'ONS', 'inferred', 'CCG_APR_2013.csv', 'data'),
    ('s2', 'Lookup', 'ONS', 'inferred', 'CCG13_NHSAT13_NHSCR13_EW_LU.csv', 'data'),
    ('s3', 'eccg', 'ODS', 'inferred', 'eccg.csv', 'data'),
    ('s4', 'Practices', 'ODS', 'inferred', 'epraccur.csv', 'data');
INSERT INTO bodies (id, name, kind, status, role) VALUES
    ('ccgs', 'CCGs', 'group', 'proposed', 'R.'),
    ('nhs-commissioning-board', 'Board', 'board', 'proposed', 'R.');
INSERT INTO quotes (id, source, text) VALUES ('q', 'article', 'The CCGs were proposed.');
INSERT INTO quote_bodies VALUES ('q', 'ccgs'), ('q', 'nhs-commissioning-board');
INSERT INTO status_evidence VALUES ('ccgs', 'q'), ('nhs-commissioning-board', 'q');
)sql");
        write(QStringLiteral("reference/CCG_APR_2013.csv"),
              "CCG13CD,CCG13CDH,CCG13NM\r\nE38000001,02N,\"NHS Airedale, Wharfedale\"\r\n");
        write(QStringLiteral("reference/CCG13_NHSAT13_NHSCR13_EW_LU.csv"),
              "CCG13CD,CCG13NM,NHSAT13CD,NHSAT13NM,NHSCR13CD,NHSCR13NM\r\n"
              "E38000001,NHS Airedale,E39000009,West Yorkshire,E40000001,North of England\r\n");
        write(QStringLiteral("reference/eccg.csv"),
              "\"13T\",\"NHS NEWCASTLE GATESHEAD CCG\",\"Y54\",\"Q74\",\"\",\"\",\"\",\"\",\"\","
              "\"NE15 8NY\",\"20141126\",\"\"\n");
        practices = practiceLine("A1", "02N") + practiceLine("A2", "13T");
    }

    static QByteArray practiceLine(const char *code, const char *ccg, const char *status = "A")
    {
        QStringList fields(27, QString());
        fields[0] = QString::fromLatin1(code);
        fields[1] = QStringLiteral("SURGERY ") + QString::fromLatin1(code);
        fields[9] = QStringLiteral("LS1 1AA");
        fields[12] = QString::fromLatin1(status);
        fields[14] = QString::fromLatin1(ccg);
        fields[25] = QStringLiteral("4");
        return (u'"' + fields.join(QStringLiteral("\",\"")) + QStringLiteral("\"\n")).toLatin1();
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    /** Runs the build; the exit code and what it said. */
    std::pair<int, QString> build()
    {
        write(QStringLiteral("reference/epraccur.csv"), practices);
        QProcess process;
        process.start(QStringLiteral(NHSX_BUILD_DATASET),
                      {dir.filePath(QStringLiteral("out.sqlite")), QStringLiteral(NHSX_SCHEMA_SQL),
                       dir.filePath(QStringLiteral("content.sql")),
                       dir.filePath(QStringLiteral("sources")),
                       dir.filePath(QStringLiteral("reference"))});
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir dir;
    QByteArray practices;
};

TEST_F(England2013Build, BuildsTheLayerFromTheFilesGiven)
{
    practices += practiceLine("A3", "02N", "C"); // closed: left out
    const auto [exitCode, said] = build();
    ASSERT_EQ(exitCode, 0) << said.toStdString();
    const LoadResult loaded =
        loadDatasetFile(dir.filePath(QStringLiteral("out.sqlite")), LayerChoice::Every);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Dataset &dataset = *loaded.dataset;
    const Body *practice = dataset.body(QStringLiteral("practice-a1"));
    ASSERT_NE(practice, nullptr);
    EXPECT_EQ(practice->postcode, QStringLiteral("LS1 1AA"));
    EXPECT_EQ(practice->row.line, 1);
    EXPECT_NE(dataset.relation(QStringLiteral("practice-a1-is-a-member-of-ccg-02n")), nullptr);
    EXPECT_NE(dataset.relation(QStringLiteral("practice-a2-is-a-member-of-ccg-13t")), nullptr);
    EXPECT_EQ(dataset.body(QStringLiteral("practice-a3")), nullptr);
    EXPECT_EQ(dataset.body(QStringLiteral("ccg-02n"))->name,
              QStringLiteral("NHS Airedale, Wharfedale"));
    EXPECT_TRUE(
        dataset.body(QStringLiteral("ccg-02n"))->role.contains(QStringLiteral("1 GP practices")));
}

TEST_F(England2013Build, RefusesAPracticeOfACcgNoFileHasNamingFileAndLine)
{
    practices += practiceLine("A4", "99X");
    const auto [exitCode, said] = build();
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(
        said.contains(QStringLiteral("epraccur.csv: line 3 names CCG 99X, which no file has")))
        << said.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.sqlite"))));
}

TEST_F(England2013Build, RefusesAMalformedFileAndAMissingHeader)
{
    practices += "\"A5,broken\n";
    auto [exitCode, said] = build();
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(said.contains(QStringLiteral("epraccur.csv: line 3: a quoted field is not closed")))
        << said.toStdString();

    practices = practiceLine("A1", "02N");
    write(QStringLiteral("reference/CCG_APR_2013.csv"), "E38000001,02N,NHS Airedale\r\n");
    std::tie(exitCode, said) = build();
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(said.contains(QStringLiteral("CCG_APR_2013.csv: the first line is not the header")))
        << said.toStdString();
}

} // namespace
