// The dataset build step refuses a dataset that breaks a rule, naming the row.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Build
{
    int exitCode = -1;
    QString err;
    bool produced = false;
};

class DatasetBuild : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sources")));
        QFile source(dir.filePath(QStringLiteral("sources/alliance.txt")));
        ASSERT_TRUE(source.open(QIODevice::WriteOnly));
        source.write("Senates should be only advisory not authorising and we must listen.\n");
    }

    Build build(const QString &content)
    {
        const QString contentPath = dir.filePath(QStringLiteral("content.sql"));
        QFile file(contentPath);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content.toUtf8());
        file.close();
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        QProcess process;
        process.start(QStringLiteral(NHSX_BUILD_DATASET),
                      {out, QStringLiteral(NHSX_SCHEMA_SQL), contentPath,
                       dir.filePath(QStringLiteral("sources"))});
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError()),
                QFile::exists(out)};
    }

    static QString content(const QString &quote)
    {
        return QStringLiteral(R"sql(
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) VALUES ('alliance', 'A release', 'NHS Alliance', NULL, '2011-06-20',
    'stated: the first line', 'alliance.txt', '');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES ('senates', 'Clinical senates', NULL, 'network', 'advisory', 'Advise.');
INSERT INTO quotes (id, source, text) VALUES ('q-advisory', 'alliance', '%1');
INSERT INTO quote_bodies VALUES ('q-advisory', 'senates');
INSERT INTO status_evidence VALUES ('senates', 'q-advisory');
)sql")
            .arg(quote);
    }

    QTemporaryDir dir;
};

TEST_F(DatasetBuild, BuildsAValidDatasetWithTheSourceTextLoadedFromItsFile)
{
    const Build result = build(content(QStringLiteral("only advisory not authorising")));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.produced);
}

TEST_F(DatasetBuild, FailsOnAQuoteThatIsNotInItsSource)
{
    const Build result = build(content(QStringLiteral("only advisory and authorising")));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("quotes 'q-advisory'")))
        << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("not found verbatim")));
    EXPECT_FALSE(result.produced) << "no dataset is left behind";
}

TEST_F(DatasetBuild, FailsOnAMissingSourceFileNamingIt)
{
    const Build result =
        build(content(QStringLiteral("only advisory"))
                  .replace(QStringLiteral("alliance.txt"), QStringLiteral("missing.txt")));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("missing.txt"))) << result.err.toStdString();
    EXPECT_FALSE(result.produced);
}

TEST_F(DatasetBuild, FailsOnBadSqlNamingTheFile)
{
    const Build result = build(QStringLiteral("INSERT INTO nowhere VALUES (1);"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("content.sql"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("nowhere")));
    EXPECT_FALSE(result.produced);
}

} // namespace
