// The command-line contract of ARCHITECTURE.md, run against the real executable.
#include "core/dataset.h"
#include "support/testdatasets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out, err;
};

ProcessResult run(const QStringList &arguments, QProcessEnvironment environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NHSX_EXPLORER), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ProcessResult run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return run(arguments, environment);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

class CommandLine : public ::testing::Test
{
protected:
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    QTemporaryDir dir;
};

TEST_F(CommandLine, HelpAndVersionExitZero)
{
    const ProcessResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *option :
         {"--data", "--select", "--screenshot", "--size", "--export", "--validate", "--where"})
        EXPECT_TRUE(help.out.contains(QLatin1String(option))) << option;
    const ProcessResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("nhs-explorer ")))
        << version.out.toStdString();
}

TEST_F(CommandLine, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({QStringLiteral("--no-such-option")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("stray-argument")}).exitCode, 2);
    const ProcessResult badSize = run({QStringLiteral("--size"), QStringLiteral("big"),
                                       QStringLiteral("--screenshot"), path("s.png")});
    EXPECT_EQ(badSize.exitCode, 2);
    EXPECT_TRUE(badSize.err.contains(QStringLiteral("--size"))) << badSize.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--export"), path("x.txt")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--select"), QStringLiteral("nobody"),
                   QStringLiteral("--screenshot"), path("s.png")})
                  .exitCode,
              2);
    EXPECT_EQ(
        run({QStringLiteral("--validate"), QStringLiteral("--export"), path("x.json")}).exitCode,
        2);
    EXPECT_FALSE(QFile::exists(path("s.png")));
}

TEST_F(CommandLine, NamesAViewForAScreenshot)
{
    const ProcessResult result =
        run({QStringLiteral("--search"), QStringLiteral("veto"), QStringLiteral("--focus"),
             QStringLiteral("clinical-senates"), QStringLiteral("--depth"), QStringLiteral("2"),
             QStringLiteral("--direction"), QStringLiteral("in"), QStringLiteral("--hide-status"),
             QStringLiteral("historical,proposed"), QStringLiteral("--layout"),
             QStringLiteral("neato"), QStringLiteral("--screenshot"), path("view.png")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImage(path("view.png")).size(), QSize(1280, 800));
}

TEST_F(CommandLine, RejectsViewsThatCannotBeShown)
{
    const auto expectUsageError = [&](const QStringList &arguments, const char *says) {
        const ProcessResult result =
            run(arguments + QStringList{QStringLiteral("--screenshot"), path("s.png")});
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.err.contains(QLatin1String(says))) << result.err.toStdString();
    };
    expectUsageError({QStringLiteral("--depth"), QStringLiteral("4")}, "--depth '4'");
    expectUsageError({QStringLiteral("--depth"), QStringLiteral("two")}, "--depth 'two'");
    expectUsageError({QStringLiteral("--direction"), QStringLiteral("sideways")},
                     "in, out or both");
    expectUsageError({QStringLiteral("--hide-status"), QStringLiteral("advisory,vague")},
                     "unknown status 'vague'");
    expectUsageError({QStringLiteral("--focus"), QStringLiteral("nobody")}, "no body 'nobody'");
    expectUsageError({QStringLiteral("--layout"), QStringLiteral("fdp")}, "--layout 'fdp'");
    expectUsageError({QStringLiteral("--as-at"), QStringLiteral("June 2011")},
                     "--as-at 'June 2011'");
    expectUsageError({QStringLiteral("--as-at"), QStringLiteral("2011-13")}, "--as-at '2011-13'");
    expectUsageError({QStringLiteral("--tour"), QStringLiteral("no-such-tour")},
                     "no tour 'no-such-tour'");
    expectUsageError({QStringLiteral("--tour"), QStringLiteral("senates-role-in-2011"),
                      QStringLiteral("--tour-step"), QStringLiteral("99")},
                     "has 5 steps");
    expectUsageError({QStringLiteral("--tour-step"), QStringLiteral("2")}, "with --tour");
    EXPECT_FALSE(QFile::exists(path("s.png")));
}

TEST_F(CommandLine, ShowsATourStepOrADateInAScreenshot)
{
    for (const QStringList &view :
         {QStringList{QStringLiteral("--tour"), QStringLiteral("what-is-a-clinical-senate"),
                      QStringLiteral("--tour-step"), QStringLiteral("3")},
          QStringList{QStringLiteral("--as-at"), QStringLiteral("2011-06-20")}}) {
        const ProcessResult result =
            run(view + QStringList{QStringLiteral("--size"), QStringLiteral("1024x768"),
                                   QStringLiteral("--screenshot"), path("view.png")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_EQ(QImage(path("view.png")).size(), QSize(1024, 768));
    }
}

TEST_F(CommandLine, ValidatesTheBundledDataset)
{
    const ProcessResult result = run({QStringLiteral("--validate")});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("valid")));
}

TEST_F(CommandLine, ValidateNamesTheBrokenRowsAndExitsOne)
{
    nhsx::test::writeDataset(path("bad.sqlite"),
                             nhsx::test::validContentSql() +
                                 QStringLiteral("UPDATE quotes SET text = 'invented words';"));
    const QByteArray before = sha256(path("bad.sqlite"));
    const ProcessResult result =
        run({QStringLiteral("--validate"), QStringLiteral("--data"), path("bad.sqlite")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("quotes 'q-advisory'")))
        << result.out.toStdString();
    EXPECT_EQ(sha256(path("bad.sqlite")), before) << "the dataset is never modified";
}

TEST_F(CommandLine, DatasetErrorsNameTheFileAndExitOne)
{
    const ProcessResult missing =
        run({QStringLiteral("--validate"), QStringLiteral("--data"), path("none.sqlite")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(path("none.sqlite"))) << missing.err.toStdString();

    QFile junk(path("junk.sqlite"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const ProcessResult notDb = run({QStringLiteral("--data"), path("junk.sqlite"),
                                     QStringLiteral("--screenshot"), path("s.png")});
    EXPECT_EQ(notDb.exitCode, 1);
    EXPECT_TRUE(notDb.err.contains(path("junk.sqlite")));
    EXPECT_FALSE(QFile::exists(path("s.png")));
}

TEST_F(CommandLine, ExportsJsonByTheContract)
{
    ASSERT_EQ(run({QStringLiteral("--export"), path("out.json")}).exitCode, 0);
    QFile file(path("out.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value("schema_version").toInt(), nhsx::kSchemaVersion);
    for (const char *key : {"sources", "bodies", "relations", "quotes"})
        EXPECT_FALSE(root.value(QLatin1String(key)).toArray().isEmpty()) << key;
}

TEST_F(CommandLine, ExportsTheGraphAsDot)
{
    ASSERT_EQ(run({QStringLiteral("--export"), path("graph.dot")}).exitCode, 0);
    QFile file(path("graph.dot"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString dot = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(dot.startsWith(QStringLiteral("digraph")));
    EXPECT_TRUE(dot.contains(QStringLiteral("clinical-senates")));
}

TEST_F(CommandLine, ExportToAnUnwritablePlaceExitsOne)
{
    const ProcessResult result = run({QStringLiteral("--export"), path("no/such/dir/out.json")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(path("no/such/dir/out.json")));
}

TEST_F(CommandLine, ScreenshotWritesAPngOfTheAskedSize)
{
    const ProcessResult result = run(
        {QStringLiteral("--select"), QStringLiteral("clinical-senates"), QStringLiteral("--size"),
         QStringLiteral("1024x768"), QStringLiteral("--screenshot"), path("shot.png")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QImage image(path("shot.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1024, 768));
}

TEST_F(CommandLine, PresentationScreenshotKeepsTheAskedSizeAndShowsTheCaption)
{
    const QStringList view = {QStringLiteral("--select"), QStringLiteral("clinical-senates"),
                              QStringLiteral("--size"), QStringLiteral("1024x768"),
                              QStringLiteral("--screenshot")};
    ASSERT_EQ(run(view + QStringList{path("normal.png")}).exitCode, 0);
    const ProcessResult result =
        run(QStringList{QStringLiteral("--presentation")} + view + QStringList{path("shown.png")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QImage shown(path("shown.png")), normal(path("normal.png"));
    ASSERT_EQ(shown.size(), QSize(1024, 768));
    // The caption strip runs along the bottom in its near-black; the normal window has none.
    const QColor strip(0x0b, 0x0c, 0x0c);
    EXPECT_EQ(shown.pixelColor(4, 764), strip);
    EXPECT_EQ(shown.pixelColor(1019, 764), strip);
    EXPECT_NE(normal.pixelColor(4, 764), strip);
}

TEST_F(CommandLine, ScreenshotDefaultsTo1280By800)
{
    ASSERT_EQ(run({QStringLiteral("--screenshot"), path("shot.png")}).exitCode, 0);
    EXPECT_EQ(QImage(path("shot.png")).size(), QSize(1280, 800));
}

TEST_F(CommandLine, RunsWithoutADisplayWhenNoWindowIsAskedFor)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    const ProcessResult validate = run({QStringLiteral("--validate")}, environment);
    EXPECT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    const ProcessResult shot = run({QStringLiteral("--screenshot"), path("shot.png")}, environment);
    EXPECT_EQ(shot.exitCode, 0) << shot.err.toStdString();
    EXPECT_FALSE(QImage(path("shot.png")).isNull());
}

TEST_F(CommandLine, ExplainsInsteadOfCrashingWhenAWindowHasNoDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    const ProcessResult result = run({}, environment);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("no display"))) << result.err.toStdString();
}

TEST_F(CommandLine, ReportsUsageErrorsBeforeLookingForADisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--no-such-option")},
          QStringList{QStringLiteral("--validatex")},
          QStringList{QStringLiteral("--size"), QStringLiteral("big")}}) {
        const ProcessResult result = run(arguments, environment);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("no display"))) << result.err.toStdString();
    }
    const ProcessResult help = run({QStringLiteral("--help")}, environment);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--validate")));
}

TEST_F(CommandLine, OpensAnotherDatasetWithData)
{
    nhsx::test::writeDataset(path("small.sqlite"), nhsx::test::validContentSql());
    const ProcessResult result = run({QStringLiteral("--data"), path("small.sqlite"),
                                      QStringLiteral("--export"), path("s.json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(path("s.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value("bodies").toArray().size(), 3);
}

} // namespace

namespace {

/** The share of 2x2 pixel blocks that are not one colour: none in a bitmap blown up twice. */
double shareOfMixedBlocks(const QImage &image)
{
    qsizetype mixed = 0, blocks = 0;
    for (int y = 0; y + 1 < image.height(); y += 2) {
        for (int x = 0; x + 1 < image.width(); x += 2) {
            const QRgb corner = image.pixel(x, y);
            mixed += image.pixel(x + 1, y) != corner || image.pixel(x, y + 1) != corner ||
                     image.pixel(x + 1, y + 1) != corner;
            ++blocks;
        }
    }
    return double(mixed) / double(blocks);
}

/** The mean difference of two images of one size, per channel, from 0 to 255. */
double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

TEST_F(CommandLine, AtTwiceTheScaleTheWindowIsSharpAndLaidOutTheSame)
{
    const QStringList view{QStringLiteral("--select"), QStringLiteral("clinical-senates"),
                           QStringLiteral("--size"), QStringLiteral("1024x768"),
                           QStringLiteral("--screenshot")};
    ASSERT_EQ(run(view + QStringList{path("1x.png")}).exitCode, 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    const ProcessResult doubled = run(view + QStringList{path("2x.png")}, environment);
    ASSERT_EQ(doubled.exitCode, 0) << doubled.err.toStdString();

    const QImage single(path("1x.png")), twice(path("2x.png"));
    ASSERT_EQ(single.size(), QSize(1024, 768));
    ASSERT_EQ(twice.size(), QSize(2048, 1536)); // every device pixel drawn, none stretched
    // Drawn at twice the detail, not blown up: text and lines make many blocks mixed.
    const double mixed = shareOfMixedBlocks(twice);
    EXPECT_GT(mixed, 0.05) << mixed;
    // Laid out the same: shrunk back, it is the same picture give or take the anti-aliasing.
    const QImage shrunk =
        twice.scaled(single.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(single.format());
    const double difference = meanDifference(shrunk, single);
    EXPECT_LT(difference, 8.0) << difference;
}

/** The first line of a reference file that matches, its groups; read straight from the file. */
QStringList referenceLine(const char *file, const QString &pattern)
{
    QFile csv(QStringLiteral(NHSX_REFERENCE_DATA_DIR "/") + QLatin1String(file));
    if (!csv.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression wanted(pattern, QRegularExpression::MultilineOption);
    return wanted.match(QString::fromLatin1(csv.readAll())).capturedTexts();
}

TEST_F(CommandLine, WherePrintsAPracticesChainUpToTheBoardAndWhoMayReferItsPlansBack)
{
    // The oracle: the practice's line in the ODS file, its CCG's in the ONS files.
    const QStringList practice = referenceLine(
        "epraccur.csv", QStringLiteral("^\"A81001\",\"([^\"]+)\",(?:\"[^\"]*\",){7}\"([^\"]+)\",(?:"
                                       "\"[^\"]*\",){4}\"([^\"]+)\""));
    ASSERT_EQ(practice.size(), 4);
    const QStringList ccg = referenceLine(
        "CCG_APR_2013.csv", QStringLiteral("^(E38\\d+),%1,\"?([^\"\\r\\n]+)").arg(practice[3]));
    ASSERT_EQ(ccg.size(), 3);
    const QStringList lookup = referenceLine(
        "CCG13_NHSAT13_NHSCR13_EW_LU.csv",
        QStringLiteral("^%1,(?:\"[^\"]*\"|[^,]*),(E39\\d+),\"?([^\",]+(?:, [^\",]+)*)\"?,(E40\\d+),"
                       "([^\\r\\n]+)")
            .arg(ccg[1]));
    ASSERT_EQ(lookup.size(), 5);

    for (const QString &asked : {QStringLiteral("A81001"), QStringLiteral("ts18 1hu"),
                                 QStringLiteral("densham surgery")}) {
        const ProcessResult where = run({QStringLiteral("--where"), asked});
        ASSERT_EQ(where.exitCode, 0) << where.err.toStdString();
        const QStringList lines = where.out.split(u'\n');
        ASSERT_GE(lines.size(), 6) << where.out.toStdString();
        EXPECT_EQ(lines[0],
                  QStringLiteral("%1 (GP practice A81001, %2)").arg(practice[1], practice[2]));
        EXPECT_TRUE(lines[1].contains(ccg[2])) << lines[1].toStdString();
        EXPECT_TRUE(lines[2].contains(lookup[2]) && lines[2].contains(lookup[1]))
            << lines[2].toStdString();
        EXPECT_TRUE(lines[3].contains(lookup[4])) << lines[3].toStdString();
        EXPECT_TRUE(lines[4].contains(QStringLiteral("NHS Commissioning Board")));
        EXPECT_TRUE(where.out.contains(QStringLiteral(
            "Health and Wellbeing Boards \u2014 may refer plans back to \u2014 Clinical "
            "commissioning groups")))
            << where.out.toStdString();
        EXPECT_TRUE(where.out.contains(QStringLiteral("\u201cWe also have concerns that Health and "
                                                      "Wellbeing Boards")));
        EXPECT_TRUE(where.out.contains(QStringLiteral("epraccur.csv line 1 ")));
    }
}

TEST_F(CommandLine, WherePrintsOneBlockPerMatchAndExitsOneWhenNothingMatches)
{
    // Every active GP practice whose postcode starts "TS18 ", counted in the file itself.
    QFile practices(QStringLiteral(NHSX_REFERENCE_DATA_DIR "/epraccur.csv"));
    ASSERT_TRUE(practices.open(QIODevice::ReadOnly));
    const QRegularExpression ts18(
        QStringLiteral("^(?:\"[^\"]*\",){9}\"TS18 [^\"]*\",(?:\"[^\"]*\",){2}\"A\",(?:\"[^\"]*\","
                       "){12}\"4\""),
        QRegularExpression::MultilineOption);
    qsizetype expected = 0;
    for (auto match = ts18.globalMatch(QString::fromLatin1(practices.readAll())); match.hasNext();
         match.next())
        ++expected;
    ASSERT_GT(expected, 1);
    const ProcessResult district = run({QStringLiteral("--where"), QStringLiteral("TS18")});
    ASSERT_EQ(district.exitCode, 0);
    EXPECT_EQ(district.out.trimmed().split(QStringLiteral("\n\n")).size(), expected);

    const ProcessResult ccg = run({QStringLiteral("--where"), QStringLiteral("02N")});
    ASSERT_EQ(ccg.exitCode, 0);
    EXPECT_TRUE(ccg.out.startsWith(QStringLiteral("NHS Airedale, Wharfedale and Craven "
                                                  "(clinical commissioning group 02N)")))
        << ccg.out.toStdString();

    const ProcessResult later = run({QStringLiteral("--where"), QStringLiteral("13T")});
    ASSERT_EQ(later.exitCode, 0);
    EXPECT_TRUE(later.out.contains(QStringLiteral("not placed under an area team")))
        << later.out.toStdString();

    const ProcessResult nothing = run({QStringLiteral("--where"), QStringLiteral("no such place")});
    EXPECT_EQ(nothing.exitCode, 1);
    EXPECT_TRUE(nothing.out.isEmpty());
    EXPECT_TRUE(
        nothing.err.contains(QStringLiteral("no GP practice or CCG matches 'no such place'")))
        << nothing.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--where"), QStringLiteral(" ")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--where"), QStringLiteral("x"), QStringLiteral("--validate")})
                  .exitCode,
              2);
}

} // namespace
