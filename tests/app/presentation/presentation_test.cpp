// Presentation mode on the real window: large text at any zoom, the clicker's keys, the caption,
// and leaving it as it was.
#include "app/controls/timelinebar.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/presentation/presentationcaption.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/mainwindow.h"
#include "app/theme/theme.h"
#include "bundled.h"
#include "core/graphvizlayout.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

using test::bundledDataset;

class Presentation : public ::testing::Test
{
protected:
    Presentation() : dataset(bundledDataset()), window(dataset, QStringLiteral("test"), layout)
    {
        window.resize(1024, 768);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    /** Presentation mode at the window's size, as --presentation --screenshot has it. */
    void present()
    {
        window.setPresentationMode(true, false);
        settle();
    }

    /** Lets the layout of the window's widgets and the graph's transition finish. */
    void settle()
    {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
        window.scene()->finishTransition();
        QApplication::processEvents();
    }

    /** How tall a font's text is on screen, in device pixels, at the view's zoom. */
    qreal onScreen(qreal sceneHeight) const
    {
        const GraphView *view = window.view();
        return view->viewportTransform().mapRect(QRectF(0, 0, 1, sceneHeight)).height() *
               view->devicePixelRatioF();
    }

    QList<const BodyItem *> visibleBodies() const
    {
        const GraphView *view = window.view();
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QList<const BodyItem *> bodies;
        for (const Body &body : dataset.bodies()) {
            const BodyItem *item = window.scene()->bodyItem(body.id);
            if (item && item->layoutBox().intersects(shown))
                bodies.append(item);
        }
        return bodies;
    }

    /** Every body in view has its name and status at least 24 pixels tall on screen. */
    void expectLargeBodyText(const char *when) const
    {
        const QList<const BodyItem *> bodies = visibleBodies();
        ASSERT_FALSE(bodies.isEmpty()) << when;
        for (const BodyItem *item : bodies) {
            for (const QFont &font : {item->theme().bodyName, item->theme().bodyStatus}) {
                const QFontMetricsF metrics(font);
                EXPECT_GE(onScreen(font.pixelSize()), 24.0)
                    << when << ": " << item->id().toStdString();
                EXPECT_GE(onScreen(metrics.height()), 24.0)
                    << when << ": " << item->id().toStdString();
            }
        }
    }

    QString selected() const { return window.scene()->selectedId(); }

    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(Presentation, DrawsAndMeasuresTheGraphInThePresentationTheme)
{
    present();
    ASSERT_TRUE(window.layoutError().isEmpty());
    for (const Body &body : dataset.bodies()) {
        const BodyItem *item = window.scene()->bodyItem(body.id);
        ASSERT_NE(item, nullptr) << body.id.toStdString();
        EXPECT_EQ(&item->theme(), &presentationTheme());
        // The layout planned room for the large text: the box holds it.
        const QSizeF needed = BodyItem::sizeFor(body.name, body.status, presentationTheme());
        EXPECT_GE(item->layoutBox().width(), needed.width() - 1) << body.id.toStdString();
        EXPECT_GE(item->layoutBox().height(), needed.height() - 1) << body.id.toStdString();
    }
    EXPECT_EQ(window.view()->backgroundBrush().color(), presentationTheme().background);
}

TEST_F(Presentation, BodyTextIsAtLeast24PixelsTallAfterFittingAndZoomingOut)
{
    present();
    window.view()->fitToWindow();
    expectLargeBodyText("after fit");

    window.select(QStringLiteral("clinical-senates"));
    window.view()->fitToWindow();
    expectLargeBodyText("after fit with a selection");
    // The graph does not fit at this size: the fit shows the selection.
    const BodyItem *senates = window.scene()->bodyItem(QStringLiteral("clinical-senates"));
    EXPECT_TRUE(visibleBodies().contains(senates));

    for (int i = 0; i < 20; ++i)
        window.view()->zoomBy(0.5);
    expectLargeBodyText("after zooming out");
    QTest::keyClick(window.view(), Qt::Key_Minus, Qt::ControlModifier);
    const QPoint centre = window.view()->viewport()->rect().center();
    QWheelEvent wheel(centre, window.view()->viewport()->mapToGlobal(centre), {}, {0, -1200},
                      Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(window.view()->viewport(), &wheel);
    expectLargeBodyText("after zooming out with the keys and the wheel");

    window.resize(1920, 1080);
    settle();
    window.view()->fitToWindow();
    expectLargeBodyText("at 1920x1080");
}

TEST_F(Presentation, NormalModeStillZoomsOutFreely)
{
    present();
    window.setPresentationMode(false);
    settle();
    window.view()->fitToWindow();
    const qreal fitted = window.view()->zoom();
    window.view()->zoomBy(0.5);
    EXPECT_LT(window.view()->zoom(), fitted);
    EXPECT_LT(onScreen(normalTheme().bodyName.pixelSize()), 24.0);
}

TEST_F(Presentation, TheClickersKeysStepThroughTheBodiesAndEscLeaves)
{
    present();
    const QStringList order = window.tabOrder();
    ASSERT_GE(order.size(), 5);
    const QList<std::pair<Qt::Key, qsizetype>> steps = {
        {Qt::Key_PageDown, 0}, {Qt::Key_Right, 1},    {Qt::Key_Space, 2}, {Qt::Key_Down, 3},
        {Qt::Key_PageUp, 2},   {Qt::Key_Left, 1},     {Qt::Key_Up, 0},    {Qt::Key_Backspace, 0},
        {Qt::Key_PageDown, 1}, {Qt::Key_Backspace, 0}};
    for (const auto &[key, at] : steps) {
        QTest::keyClick(&window, key);
        settle();
        EXPECT_EQ(selected(), order[at]) << QKeySequence(key).toString().toStdString();
        // Zoomed to it: the selected body is in view, its text large.
        EXPECT_TRUE(visibleBodies().contains(window.scene()->bodyItem(order[at])));
        expectLargeBodyText("after a step");
    }
    EXPECT_TRUE(window.presenting());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.presenting());
    // Back in normal mode the same keys do what they always did: Space and Page Down step nothing.
    QTest::keyClick(&window, Qt::Key_PageDown);
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_EQ(selected(), order[0]);
}

TEST_F(Presentation, NextAndPreviousStopAtTheEnds)
{
    present();
    const QStringList order = window.tabOrder();
    ASSERT_TRUE(selected().isEmpty());
    EXPECT_TRUE(window.presentationPrevious()) << "from nothing, back to the last body";
    EXPECT_EQ(selected(), order.last());
    EXPECT_FALSE(window.presentationNext());
    EXPECT_EQ(selected(), order.last());
    EXPECT_TRUE(window.presentationPrevious());
    EXPECT_EQ(selected(), order[order.size() - 2]);
}

TEST_F(Presentation, F5EntersAndLeavesIt)
{
    QTest::keyClick(&window, Qt::Key_F5);
    EXPECT_TRUE(window.presenting());
    EXPECT_TRUE(window.isFullScreen());
    EXPECT_TRUE(window.menuBar()->isHidden());
    QTest::keyClick(&window, Qt::Key_F5);
    EXPECT_FALSE(window.presenting());
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_FALSE(window.menuBar()->isHidden());
}

TEST_F(Presentation, HidesMenusToolbarsDocksAndThePanelThenRestoresExactlyWhatWasShown)
{
    window.showTables(true);
    window.select(QStringLiteral("ccgs"));
    window.resize(1100, 700);
    settle();
    auto *splitter = qobject_cast<QSplitter *>(window.centralWidget());
    ASSERT_NE(splitter, nullptr);
    const QList<int> panes = splitter->sizes();
    const QSize size = window.size();
    const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
    ASSERT_FALSE(toolbars.isEmpty());
    auto *results = window.findChild<QDockWidget *>(QStringLiteral("searchResults"));
    ASSERT_NE(results, nullptr);
    ASSERT_TRUE(results->isHidden());
    const auto *timeline = window.findChild<TimelineBar *>();
    ASSERT_NE(timeline, nullptr);
    ASSERT_FALSE(timeline->isHidden());

    window.setPresentationMode(true);
    settle();
    EXPECT_TRUE(window.isFullScreen());
    EXPECT_TRUE(window.menuBar()->isHidden());
    EXPECT_TRUE(window.statusBar()->isHidden());
    for (const QToolBar *toolbar : toolbars)
        EXPECT_TRUE(toolbar->isHidden());
    EXPECT_TRUE(window.tablesDock()->isHidden());
    EXPECT_TRUE(window.details()->isHidden());
    EXPECT_TRUE(timeline->isHidden());
    EXPECT_FALSE(window.caption()->isHidden());
    EXPECT_EQ(window.view()->minimumScale(), presentationTheme().minimumScale());
    EXPECT_EQ(window.view()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    EXPECT_EQ(window.view()->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    EXPECT_TRUE(window.birdsEye()->isHidden());

    QTest::keyClick(&window, Qt::Key_Escape);
    settle();
    EXPECT_FALSE(window.presenting());
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_EQ(window.size(), size);
    EXPECT_FALSE(window.menuBar()->isHidden());
    EXPECT_FALSE(window.statusBar()->isHidden());
    for (const QToolBar *toolbar : toolbars)
        EXPECT_FALSE(toolbar->isHidden());
    EXPECT_FALSE(window.tablesDock()->isHidden());
    EXPECT_TRUE(results->isHidden()) << "what was hidden before stays hidden";
    EXPECT_FALSE(window.details()->isHidden());
    EXPECT_FALSE(timeline->isHidden());
    EXPECT_TRUE(window.caption()->isHidden());
    EXPECT_EQ(splitter->sizes(), panes);
    EXPECT_EQ(selected(), QStringLiteral("ccgs"));
    EXPECT_EQ(window.view()->minimumScale(), 0.0);
    EXPECT_EQ(window.view()->horizontalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    EXPECT_EQ(window.view()->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    EXPECT_EQ(&window.scene()->theme(), &normalTheme());
    EXPECT_EQ(&window.scene()->bodyItem(QStringLiteral("ccgs"))->theme(), &normalTheme());
    EXPECT_EQ(window.view()->backgroundBrush().color(), normalTheme().background);
}

TEST_F(Presentation, KeepsTheSearchResultsHiddenWhileTheGraphIsLaidOutAgain)
{
    window.find(QStringLiteral("veto"));
    auto *results = window.findChild<QDockWidget *>(QStringLiteral("searchResults"));
    ASSERT_NE(results, nullptr);
    ASSERT_FALSE(results->isHidden());
    present();
    EXPECT_TRUE(results->isHidden());
    window.toggleRelationStatuses({QStringLiteral("historical")}); // lays out again
    EXPECT_TRUE(results->isHidden());
    window.setPresentationMode(false);
    EXPECT_FALSE(results->isHidden());
}

TEST_F(Presentation, TheCaptionShowsTheSelectedBodysNameStatusAndOneQuoteInLargeText)
{
    const QString id = QStringLiteral("clinical-senates");
    const Body *senates = dataset.body(id);
    ASSERT_NE(senates, nullptr);
    window.select(id);
    EXPECT_TRUE(window.caption()->isHidden()) << "only in presentation mode";
    present();
    const PresentationCaption *caption = window.caption();
    ASSERT_FALSE(caption->isHidden());
    EXPECT_EQ(caption->title(), senates->name);
    EXPECT_EQ(caption->status(), QStringLiteral("Advisory"));
    // One quote, verbatim, that supports the status, cited to its source.
    QStringList evidence;
    for (const QString &quoteId : senates->statusEvidence)
        evidence.append(QStringLiteral("“%1”").arg(dataset.quote(quoteId)->text));
    EXPECT_TRUE(evidence.contains(caption->quote())) << caption->quote().toStdString();
    const Quote *shown = nullptr;
    for (const QString &quoteId : senates->statusEvidence) {
        if (caption->quote().contains(dataset.quote(quoteId)->text))
            shown = dataset.quote(quoteId);
    }
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(caption->citation().contains(dataset.source(shown->source)->outlet))
        << caption->citation().toStdString();
    for (const QLabel *label :
         {caption->titleLabel(), caption->statusLabel(), caption->quoteLabel()}) {
        EXPECT_GE(QFontInfo(label->font()).pixelSize(), 24) << label->text().toStdString();
        EXPECT_EQ(label->textFormat(), Qt::PlainText);
    }
    // Nothing cut: the caption is as tall as its wrapped text needs, under the graph.
    EXPECT_GE(caption->height(), caption->heightForWidth(caption->width()));
    EXPECT_GE(caption->geometry().top(), window.view()->geometry().bottom());

    window.scene()->clearSelection();
    EXPECT_TRUE(caption->isHidden()) << "nothing selected, nothing to say";
    window.select(QStringLiteral("ccgs"));
    EXPECT_FALSE(caption->isHidden());
    EXPECT_EQ(caption->title(), dataset.body(QStringLiteral("ccgs"))->name);
}

TEST_F(Presentation, TheCaptionNamesASelectedRelationsEnds)
{
    present();
    const Relation &relation = dataset.relations().front();
    window.select(relation.id);
    const PresentationCaption *caption = window.caption();
    ASSERT_FALSE(caption->isHidden());
    EXPECT_TRUE(caption->title().contains(dataset.body(relation.from)->name));
    EXPECT_TRUE(caption->title().contains(dataset.body(relation.to)->name));
    EXPECT_TRUE(caption->title().contains(relation.type));
}

TEST_F(Presentation, ATourPlayingTakesTheCaptionsPlace)
{
    present();
    window.select(QStringLiteral("ccgs"));
    ASSERT_FALSE(window.caption()->isHidden());
    ASSERT_FALSE(dataset.tours().isEmpty());
    ASSERT_TRUE(window.startTour(dataset.tours().front().id));
    EXPECT_FALSE(window.tourPlayer()->isHidden());
    EXPECT_TRUE(window.caption()->isHidden()) << "one strip under the graph, not two";
    window.endTour();
    EXPECT_TRUE(window.tourPlayer()->isHidden());
    EXPECT_EQ(window.caption()->isHidden(), selected().isEmpty());
}

TEST_F(Presentation, TheClickerWalksATourWhoseStripIsLargeAndHighContrast)
{
    present();
    const QString tour = QStringLiteral("what-is-a-clinical-senate");
    ASSERT_TRUE(window.startTour(tour));
    QTest::keyClick(&window, Qt::Key_PageDown);
    EXPECT_EQ(window.tourStep(), 2);
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_EQ(window.tourStep(), 3);
    QTest::keyClick(&window, Qt::Key_PageUp);
    EXPECT_EQ(window.tourStep(), 2);
    settle();
    expectLargeBodyText("a tour step in presentation mode");

    const TourPlayer *strip = window.tourPlayer();
    const QColor background = strip->palette().color(QPalette::Window);
    for (const QLabel *label : strip->findChildren<QLabel *>()) {
        EXPECT_GE(contrastRatio(label->palette().color(QPalette::WindowText), background), 7.0)
            << label->text().toStdString();
        EXPECT_GE(QFontInfo(label->font()).pixelSize(), 22) << label->text().toStdString();
    }
    for (const QPushButton *button : strip->findChildren<QPushButton *>()) {
        EXPECT_GE(contrastRatio(button->palette().color(QPalette::ButtonText),
                                button->palette().color(QPalette::Button)),
                  7.0)
            << button->text().toStdString();
    }

    // Esc leaves presentation mode; the tour goes on, in everyday colours.
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(window.presenting());
    EXPECT_EQ(window.tourId(), tour);
    EXPECT_EQ(strip->palette().color(QPalette::Window), QPalette().color(QPalette::Window));
}

TEST_F(Presentation, EveryTourStepShowsItsFirstBodyOrRelationOnScreen)
{
    present();
    for (const Tour &tour : dataset.tours()) {
        for (const TourStep *step : dataset.stepsOf(tour.id)) {
            SCOPED_TRACE(step->id.toStdString());
            ASSERT_TRUE(window.startTour(tour.id, step->ordinal));
            settle();
            const QString first = selected();
            QRectF box;
            if (const BodyItem *body = window.scene()->bodyItem(first))
                box = body->layoutBox();
            else if (const RelationItem *relation = window.scene()->relationItem(first))
                box = relation->labelBox();
            ASSERT_FALSE(box.isEmpty()) << first.toStdString();
            const GraphView *view = window.view();
            const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
            EXPECT_TRUE(shown.contains(box)) << first.toStdString();
        }
    }
}

TEST_F(Presentation, ClosingInPresentationModeLeavesItFirst)
{
    window.setPresentationMode(true);
    settle();
    window.close();
    EXPECT_FALSE(window.presenting());
    EXPECT_FALSE(window.menuBar()->isHidden());
}

} // namespace
