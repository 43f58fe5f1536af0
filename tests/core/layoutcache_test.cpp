// The layout cache: a second start reads the layout instead of waiting for Graphviz.
#include "core/layoutcache.h"
#include "support/samelayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

/** An engine that counts its calls and places each node by its position in the request. */
class CountingLayout final : public Layout
{
public:
    LayoutResult compute(const LayoutRequest &request) const override
    {
        ++calls;
        LayoutResult result;
        if (request.nodes.isEmpty()) {
            result.error = QStringLiteral("nothing to lay out");
            return result;
        }
        for (qsizetype i = 0; i < request.nodes.size(); ++i)
            result.nodes.append({request.nodes[i].id,
                                 QRectF(QPointF(10.5 * double(i), 3.25), request.nodes[i].size)});
        for (const LayoutEdge &edge : request.edges)
            result.edges.append(
                {edge.id,
                 {QPointF(1, 2), QPointF(3, 4), QPointF(5, 6), QPointF(7, 8)},
                 QPointF(9, 10),
                 edge.label.isEmpty() ? std::nullopt : std::optional(QPointF(4, 5))});
        result.bounds = QRectF(0, 0, 10.5 * double(request.nodes.size()), 50);
        return result;
    }
    mutable int calls = 0;
};

LayoutRequest request(double width = 80)
{
    LayoutRequest r;
    r.nodes = {{QStringLiteral("a"), QStringLiteral("A"), QSizeF(width, 30)},
               {QStringLiteral("b"), QStringLiteral("B"), QSizeF(60, 30)}};
    r.edges = {
        {QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("advises"),
         QSizeF(40, 12), 0},
        {QStringLiteral("ba"), QStringLiteral("b"), QStringLiteral("a"), QString(), QSizeF(), 1}};
    return r;
}

class LayoutCache : public ::testing::Test
{
protected:
    QString directory() const { return dir.filePath(QStringLiteral("layouts")); }
    QStringList files() const { return QDir(directory()).entryList(QDir::Files); }

    QTemporaryDir dir;
    CountingLayout engine;
};

TEST_F(LayoutCache, ASecondAskIsAnsweredFromMemoryAndAChangedRequestIsNot)
{
    const CachedLayout cache(engine, "engine 1", directory());
    const LayoutResult first = cache.compute(request());
    const LayoutResult second = cache.compute(request());
    EXPECT_EQ(engine.calls, 1);
    EXPECT_EQ(cache.hits(), 1);
    test::expectSameLayout(first, second);
    cache.compute(request(81));
    EXPECT_EQ(engine.calls, 2) << "a node of another size is another layout";
    LayoutRequest turned = request();
    turned.direction = LayoutDirection::LeftToRight;
    cache.compute(turned);
    EXPECT_EQ(engine.calls, 3) << "so is another direction";
    LayoutRequest upward = request();
    upward.edges[0].upward = true;
    cache.compute(upward);
    EXPECT_EQ(engine.calls, 4) << "and an edge ranked the other way";
}

TEST_F(LayoutCache, ASecondStartReadsTheLayoutFromItsFileExactly)
{
    LayoutResult computed;
    {
        const CachedLayout cache(engine, "engine 1", directory());
        computed = cache.compute(request());
    }
    EXPECT_EQ(files().size(), 1);
    const CachedLayout restarted(engine, "engine 1", directory());
    const LayoutResult read = restarted.compute(request());
    EXPECT_EQ(engine.calls, 1) << "not laid out again";
    EXPECT_EQ(restarted.hits(), 1);
    test::expectSameLayout(read, computed);

    const CachedLayout upgraded(engine, "engine 2", directory());
    upgraded.compute(request());
    EXPECT_EQ(engine.calls, 2) << "another engine (version, program) lays it out afresh";
}

TEST_F(LayoutCache, ADamagedFileIsIgnoredAndWrittenAgain)
{
    {
        const CachedLayout cache(engine, "engine 1", directory());
        cache.compute(request());
    }
    const QString path = QDir(directory()).filePath(files().constFirst());
    for (const QByteArray &damage :
         {QByteArray("not a layout"), QByteArray(), QByteArray("NHLY\0\0\0\1", 8)}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damage);
        file.close();
        const int before = engine.calls;
        const CachedLayout cache(engine, "engine 1", directory());
        test::expectSameLayout(cache.compute(request()), engine.compute(request()));
        EXPECT_EQ(engine.calls, before + 2) << "laid out again (and once here to compare)";
    }
    const CachedLayout mended(engine, "engine 1", directory());
    const int calls = engine.calls;
    mended.compute(request());
    EXPECT_EQ(engine.calls, calls) << "the file was written again";
    // A file cut short in the middle of the nodes.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    ASSERT_TRUE(file.resize(whole.size() / 2));
    file.close();
    const CachedLayout cache(engine, "engine 1", directory());
    const int before = engine.calls;
    cache.compute(request());
    EXPECT_EQ(engine.calls, before + 1);
}

TEST_F(LayoutCache, FailuresAreNotKeptAndAnUnwritableDirectoryCostsNothingButTime)
{
    const CachedLayout cache(engine, "engine 1", directory());
    EXPECT_FALSE(cache.compute(LayoutRequest{}).ok());
    EXPECT_FALSE(cache.compute(LayoutRequest{}).ok());
    EXPECT_EQ(engine.calls, 2);
    EXPECT_TRUE(files().isEmpty());

    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CachedLayout blocked(engine, "engine 1", dir.filePath(QStringLiteral("blocked/layouts")));
    EXPECT_TRUE(blocked.compute(request()).ok());
}

TEST_F(LayoutCache, KeepsAtMostItsNumberOfFiles)
{
    const CachedLayout cache(engine, "engine 1", directory());
    for (int i = 0; i < CachedLayout::kMaxFiles + 5; ++i)
        cache.compute(request(100 + i));
    EXPECT_EQ(files().size(), CachedLayout::kMaxFiles);
}

} // namespace
