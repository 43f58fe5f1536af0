#include "core/graphvizlayout.h"
#include "core/layoutstream.h"
#include "core/processlayout.h"
#include "support/samelayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace nhsx;

namespace {

const QString kHelper = QStringLiteral(NHSX_LAYOUT_HELPER);

/** A tree of count nodes, each node's parent the one at a fifth of its index. */
LayoutRequest tree(int count)
{
    LayoutRequest request;
    for (int i = 0; i < count; ++i) {
        request.nodes.append(
            {QStringLiteral("n%1").arg(i), QStringLiteral("Node %1").arg(i), QSizeF(110, 40)});
        if (i > 0) {
            request.edges.append({QStringLiteral("e%1").arg(i), QStringLiteral("n%1").arg(i / 5),
                                  QStringLiteral("n%1").arg(i), QStringLiteral("advises"),
                                  QSizeF(50, 14), i % 3, i % 7 == 0});
        }
    }
    return request;
}

/** Counts the requests it is given and lays none out. */
class CountingLayout final : public Layout
{
public:
    LayoutResult compute(const LayoutRequest &) const override
    {
        ++calls;
        return {};
    }
    mutable std::atomic<int> calls = 0;
};

TEST(LayoutStream, ARequestReadsBackAsWritten)
{
    LayoutRequest request = tree(12);
    request.direction = LayoutDirection::LeftToRight;
    request.engine = LayoutEngine::Neato;
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        writeRequest(out, request);
    }
    QDataStream in(bytes);
    const std::optional<LayoutRequest> read = readRequest(in);
    ASSERT_TRUE(read);
    EXPECT_TRUE(in.atEnd());
    EXPECT_EQ(read->direction, request.direction);
    EXPECT_EQ(read->engine, request.engine);
    ASSERT_EQ(read->nodes.size(), request.nodes.size());
    ASSERT_EQ(read->edges.size(), request.edges.size());
    for (qsizetype i = 0; i < request.edges.size(); ++i) {
        EXPECT_EQ(read->edges[i].id, request.edges[i].id);
        EXPECT_EQ(read->edges[i].labelSize, request.edges[i].labelSize);
        EXPECT_EQ(read->edges[i].rankPriority, request.edges[i].rankPriority);
        EXPECT_EQ(read->edges[i].upward, request.edges[i].upward);
    }
    bytes.chop(5);
    QDataStream cut(bytes);
    EXPECT_FALSE(readRequest(cut).has_value()) << "a request cut short is not read";
}

TEST(ProcessLayout, TheHelperLaysOutAsThisProcessDoes)
{
    ASSERT_TRUE(QFileInfo(kHelper).isExecutable()) << kHelper.toStdString();
    const GraphvizLayout graphviz;
    const ProcessLayout helper(graphviz, kHelper, 0);
    const LayoutRequest request = tree(40);
    const LayoutResult here = graphviz.compute(request);
    const LayoutResult there = helper.compute(request);
    ASSERT_TRUE(there.ok()) << there.error.toStdString();
    test::expectSameLayout(there, here);
}

TEST(ProcessLayout, SmallRequestsAndAMissingHelperStayInThisProcess)
{
    const CountingLayout here;
    const ProcessLayout helper(here, kHelper, 10);
    helper.compute(tree(9));
    EXPECT_EQ(here.calls, 1) << "under ten nodes";
    const ProcessLayout noHelper(here, QString(), 10);
    noHelper.compute(tree(50));
    EXPECT_EQ(here.calls, 2);
}

TEST(ProcessLayout, TheHelperIsFoundBesideTheProgramOrWhereThePackagePutsIt)
{
    EXPECT_TRUE(ProcessLayout::helperFor(QStringLiteral("/nonexistent")).isEmpty());
    EXPECT_EQ(ProcessLayout::helperFor(QFileInfo(kHelper).absolutePath()),
              QFileInfo(kHelper).absoluteFilePath())
        << "as built";
    QTemporaryDir root;
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("usr/bin")));
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("usr/libexec/nhs-explorer")));
    const QString installed =
        root.filePath(QStringLiteral("usr/libexec/nhs-explorer/nhs-explorer-layout"));
    ASSERT_TRUE(QFile::copy(kHelper, installed));
    EXPECT_EQ(ProcessLayout::helperFor(root.filePath(QStringLiteral("usr/bin"))), installed)
        << "as installed";
}

TEST(ProcessLayout, AStopAskedForEndsTheHelperUnderWay)
{
    const GraphvizLayout graphviz;
    const ProcessLayout helper(graphviz, kHelper, 0);
    std::atomic<bool> stop = false;
    std::atomic<int> asked = 0;
    // Some seconds of Graphviz's work, stopped well before it ends.
    std::future<LayoutResult> running = std::async(std::launch::async, [&] {
        return helper.computeUntil(tree(6000), [&] {
            ++asked;
            return stop.load();
        });
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_GT(asked, 1) << "asked as it goes";
    stop = true;
    ASSERT_EQ(running.wait_for(std::chrono::seconds(10)), std::future_status::ready)
        << "the helper was killed";
    EXPECT_EQ(running.get().error, ProcessLayout::cancelledError());
    const LayoutResult next = helper.compute(tree(8));
    EXPECT_TRUE(next.ok()) << next.error.toStdString();
    EXPECT_EQ(next.nodes.size(), 8);
}

TEST(ProcessLayout, AStopAskedForBeforeItStartsStartsNoHelper)
{
    const GraphvizLayout graphviz;
    const ProcessLayout helper(graphviz, QStringLiteral("/nonexistent/helper"), 0);
    EXPECT_EQ(helper.computeUntil(tree(6000), [] { return true; }).error,
              ProcessLayout::cancelledError());
}

TEST(ProcessLayout, AHelperThatCannotStartIsDoneWithoutAndOneThatFailsIsNamed)
{
    const GraphvizLayout graphviz;
    const LayoutRequest request = tree(5);
    const LayoutResult unstartable =
        ProcessLayout(graphviz, QStringLiteral("/nonexistent/helper"), 0).compute(request);
    EXPECT_TRUE(unstartable.ok()) << "laid out in this process instead";
    EXPECT_EQ(unstartable.nodes.size(), request.nodes.size());
    const LayoutResult failing =
        ProcessLayout(graphviz, QStringLiteral("/bin/false"), 0).compute(request);
    EXPECT_TRUE(failing.error.contains(QStringLiteral("/bin/false failed (exit code 1)")))
        << failing.error.toStdString();
    const LayoutResult silent =
        ProcessLayout(graphviz, QStringLiteral("/bin/true"), 0).compute(request);
    EXPECT_TRUE(silent.error.contains(QStringLiteral("something other than a layout")))
        << silent.error.toStdString();
}

TEST(ProcessLayout, TheHelperRefusesInputThatIsNoRequest)
{
    QProcess helper;
    helper.start(kHelper, {});
    ASSERT_TRUE(helper.waitForStarted());
    helper.write("digraph { a -> b }");
    helper.closeWriteChannel();
    ASSERT_TRUE(helper.waitForFinished());
    EXPECT_EQ(helper.exitCode(), 2);
    EXPECT_TRUE(helper.readAllStandardError().contains("no layout request"));
    EXPECT_TRUE(helper.readAllStandardOutput().isEmpty());
}

} // namespace
