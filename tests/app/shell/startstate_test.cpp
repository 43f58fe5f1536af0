// The command line builds one view state and shows it at once: one layout whatever the options,
// and the same .dot text as the window's File > Export for the same view.
#include "app/graph/dotexport.h"
#include "app/shell/commandline.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "data/bundleddataset.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Options parsed(const QStringList &arguments)
{
    const ParsedCommandLine result =
        parseCommandLine(QStringList{QStringLiteral("nhs-explorer")} + arguments);
    EXPECT_TRUE(result.options) << arguments.join(u' ').toStdString();
    return result.options.value_or(Options());
}

/** Waits, a minute at most, for a layout running off the window's thread to be drawn. */
void waitForLayout(MainWindow &window)
{
    if (!window.layoutRunning())
        return;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::layoutFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

TEST(StartState, TheCommandLinesWindowIsLaidOutOnceWhateverTheOptions)
{
    const QString senates = QStringLiteral("clinical-senates");
    const QList<QStringList> runs{
        {},
        {QStringLiteral("--layout"), QStringLiteral("neato")},
        {QStringLiteral("--focus"), senates, QStringLiteral("--depth"), QStringLiteral("2"),
         QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--select"), senates,
         QStringLiteral("--search"), QStringLiteral("veto"), QStringLiteral("--layout"),
         QStringLiteral("circo"), QStringLiteral("--hide-status"), QStringLiteral("historical"),
         QStringLiteral("--as-at"), QStringLiteral("2011-09-15"), QStringLiteral("--presentation")},
        {QStringLiteral("--tour"), QStringLiteral("senates-role-in-2011"),
         QStringLiteral("--tour-step"), QStringLiteral("4"), QStringLiteral("--presentation"),
         QStringLiteral("--search"), QStringLiteral("veto")},
        {QStringLiteral("--layer"), QStringLiteral("england-2013"), QStringLiteral("--expand"),
         QStringLiteral("area-team-e39000009"), QStringLiteral("--select"),
         QStringLiteral("area-team-e39000009")},
    };
    for (const QStringList &arguments : runs) {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        Options options = parsed(arguments);
        options.screenshotFile = QStringLiteral("unused.png"); // as --screenshot starts it
        LoadResult loaded =
            loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), layersFor(options));
        ASSERT_TRUE(loaded.ok());
        const MainWindow::Start start = startFor(options, *loaded.dataset);
        const GraphvizLayout layout;
        MainWindow window(std::move(*loaded.dataset), bundledDatasetName(), layout, start);
        waitForLayout(window);
        EXPECT_EQ(window.layoutCount(), 1);
        EXPECT_EQ(window.document().state(), start.view) << "shown as the options name it";
        EXPECT_TRUE(window.layoutError().isEmpty());
    }
}

TEST(StartState, ATourStepFromTheCommandLineIsTheStateTheToursMenuReaches)
{
    const Options options =
        parsed({QStringLiteral("--tour"), QStringLiteral("who-can-stop-a-ccg-plan"),
                QStringLiteral("--tour-step"), QStringLiteral("2")});
    const GraphvizLayout layout;
    MainWindow byMenu(test::bundledDataset(), bundledDatasetName(), layout);
    ASSERT_TRUE(byMenu.startTour(QStringLiteral("who-can-stop-a-ccg-plan")));
    ASSERT_TRUE(byMenu.nextTourStep());
    MainWindow byOptions(test::bundledDataset(), bundledDatasetName(), layout);
    applyViewOptions(byOptions, options);
    EXPECT_EQ(byOptions.document().state(), byMenu.document().state());
}

TEST(StartState, TheWindowsDotTextIsTheCommandLinesByteForByte)
{
    const QStringList view{QStringLiteral("--focus"),       QStringLiteral("clinical-senates"),
                           QStringLiteral("--depth"),       QStringLiteral("2"),
                           QStringLiteral("--layout"),      QStringLiteral("neato"),
                           QStringLiteral("--as-at"),       QStringLiteral("2011-09-15"),
                           QStringLiteral("--hide-status"), QStringLiteral("historical")};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("view.dot"));
    QProcess program;
    program.start(QStringLiteral(NHSX_EXPLORER),
                  view + QStringList{QStringLiteral("--export"), file});
    ASSERT_TRUE(program.waitForFinished(60000));
    ASSERT_EQ(program.exitCode(), 0) << program.readAllStandardError().toStdString();
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));

    const GraphvizLayout layout;
    MainWindow window(test::bundledDataset(), bundledDatasetName(), layout);
    applyViewOptions(window, parsed(view));
    const QByteArray fromWindow = window.dotText().toUtf8();
    EXPECT_EQ(fromWindow, written.readAll());
    EXPECT_TRUE(fromWindow.contains("layout=neato") || fromWindow.contains("layout=\"neato\""));
    EXPECT_EQ(fromWindow, dotText(window.fullDataset(), window.document().state()).toUtf8())
        << "the one writer, from the whole dataset or the shown one";
}

TEST(StartState, APersonsWindowFitsTheScreenAndAScreenshotKeepsItsSize)
{
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    Options person = parsed({});
    person.size = screen + QSize(300, 200);
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName());
    ASSERT_TRUE(loaded.ok());
    const QSize shown = startFor(person, *loaded.dataset).size;
    EXPECT_LE(shown.width(), screen.width());
    EXPECT_LE(shown.height(), screen.height());
    EXPECT_TRUE(shown.isValid());

    Options screenshot = person;
    screenshot.screenshotFile = QStringLiteral("unused.png");
    EXPECT_EQ(startFor(screenshot, *loaded.dataset).size, person.size) << "as asked";
}

TEST(StartState, ControlQQuitsTheWindow)
{
    const GraphvizLayout layout;
    MainWindow window(test::bundledDataset(), bundledDatasetName(), layout);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(window.isVisible());
}

} // namespace
