// Guided tours and the timeline in the real window: each step shows, selects and highlights
// what the dataset says it does; the "as at" date changes what is drawn and said.
#include "app/controls/findbar.h"
#include "app/controls/timelinebar.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "core/timeline.h"
#include "support/testdatasets.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class ToursTest : public ::testing::Test
{
protected:
    ToursTest() : dataset(test::bundledDataset()), window(dataset, QStringLiteral("test"), layout)
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    /** The ids drawn as matches (highlighted), and whether anything else is drawn dimmed. */
    QSet<QString> highlighted(bool *othersDimmed) const
    {
        QSet<QString> ids;
        *othersDimmed = false;
        for (QGraphicsItem *item : window.scene()->items()) {
            QString id;
            Emphasis emphasis = Emphasis::Normal;
            if (const auto *body = qgraphicsitem_cast<BodyItem *>(item)) {
                id = body->id();
                emphasis = body->emphasis();
            } else if (const auto *relation = qgraphicsitem_cast<RelationItem *>(item)) {
                id = relation->id();
                emphasis = relation->emphasis();
            } else {
                continue;
            }
            if (emphasis == Emphasis::Match)
                ids.insert(id);
            else if (emphasis == Emphasis::Dimmed)
                *othersDimmed = true;
        }
        return ids;
    }

    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(ToursTest, TheDatasetHasTheThreeToursTheIssueAsksFor)
{
    QStringList titles;
    for (const Tour &tour : dataset.tours())
        titles.append(tour.title);
    EXPECT_TRUE(titles.contains(QStringLiteral("Who can stop a CCG's plan?")));
    EXPECT_TRUE(titles.contains(QStringLiteral("What is a clinical senate?")));
    EXPECT_TRUE(titles.contains(QStringLiteral("How the senates' role changed in 2011")));
}

TEST_F(ToursTest, EveryStepShowsSelectsAndHighlightsWhatItSays)
{
    for (const Tour &tour : dataset.tours()) {
        const QList<const TourStep *> steps = dataset.stepsOf(tour.id);
        ASSERT_FALSE(steps.isEmpty()) << tour.id.toStdString();
        ASSERT_TRUE(window.startTour(tour.id));
        for (const TourStep *step : steps) {
            SCOPED_TRACE(step->id.toStdString());
            ASSERT_TRUE(window.showTourStep(step->ordinal));
            EXPECT_EQ(window.tourStep(), step->ordinal);
            EXPECT_EQ(window.query().asAt, step->asAt);
            EXPECT_EQ(window.query().focus, step->focus);

            QSet<QString> expected(step->bodies.cbegin(), step->bodies.cend());
            expected.unite(QSet<QString>(step->relations.cbegin(), step->relations.cend()));
            bool othersDimmed = false;
            EXPECT_EQ(highlighted(&othersDimmed), expected);
            EXPECT_TRUE(othersDimmed);
            const QString first =
                step->bodies.isEmpty() ? step->relations.front() : step->bodies.front();
            EXPECT_EQ(window.scene()->selectedId(), first);

            const QStringList lines = window.tourPlayer()->lines();
            EXPECT_TRUE(window.tourPlayer()->isVisible());
            EXPECT_TRUE(lines.join('\n').contains(
                QStringLiteral("step %1 of %2").arg(step->ordinal).arg(steps.size())));
            EXPECT_TRUE(lines.contains(step->title));
            const Quote *quote = dataset.quote(step->quote);
            ASSERT_NE(quote, nullptr);
            EXPECT_TRUE(lines.join('\n').contains(quote->text));
            EXPECT_EQ(window.tourPlayer()->previousButton()->isEnabled(), step->ordinal > 1);
            EXPECT_EQ(window.tourPlayer()->nextButton()->isEnabled(), step->ordinal < steps.size());
            // Framed readable: body names at least 12 px tall on screen.
            EXPECT_GE(window.view()->zoom(), MainWindow::kTourReadableZoom - 1e-9);
            // What is highlighted is in view.
            for (const QString &id : step->bodies) {
                const BodyItem *item = window.scene()->bodyItem(id);
                ASSERT_NE(item, nullptr);
                const QRect drawn = window.view()->mapFromScene(item->layoutBox()).boundingRect();
                EXPECT_TRUE(window.view()->viewport()->rect().intersects(drawn))
                    << id.toStdString();
            }
        }
    }
}

TEST_F(ToursTest, TheButtonsWalkTheStepsAndEndTheTour)
{
    ASSERT_TRUE(window.startTour(QStringLiteral("who-can-stop-a-ccg-plan")));
    QTest::mouseClick(window.tourPlayer()->nextButton(), Qt::LeftButton);
    EXPECT_EQ(window.tourStep(), 2);
    QTest::mouseClick(window.tourPlayer()->previousButton(), Qt::LeftButton);
    EXPECT_EQ(window.tourStep(), 1);
    EXPECT_FALSE(window.previousTourStep());

    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_TRUE(window.tourId().isEmpty());
    EXPECT_FALSE(window.tourPlayer()->isVisible());
    EXPECT_TRUE(window.query().focus.isEmpty());
    bool othersDimmed = true;
    EXPECT_TRUE(highlighted(&othersDimmed).isEmpty());
    EXPECT_FALSE(othersDimmed);
    for (const Body &body : dataset.bodies())
        EXPECT_NE(window.scene()->bodyItem(body.id), nullptr) << body.id.toStdString();
}

TEST_F(ToursTest, ASearchDuringAStepDoesNotLeaveTheStepsHighlightBehind)
{
    ASSERT_TRUE(window.startTour(QStringLiteral("what-is-a-clinical-senate")));
    window.find(QStringLiteral("veto"));
    bool othersDimmed = false;
    const QSet<QString> matches = highlighted(&othersDimmed);
    EXPECT_FALSE(matches.isEmpty());
    for (const QString &id : matches)
        EXPECT_TRUE(window.scene()->bodyItem(id) || window.scene()->relationItem(id));
    window.findBar()->field()->clear();
    // With the search gone, the step's highlight is back.
    EXPECT_EQ(highlighted(&othersDimmed), QSet<QString>{QStringLiteral("clinical-senates")});
}

TEST_F(ToursTest, TheSenatesStatusChangesBetweenJuneAndSeptember2011)
{
    window.setAsAt(QStringLiteral("2011-06"));
    ASSERT_NE(window.scene()->bodyItem(QStringLiteral("clinical-senates")), nullptr);
    EXPECT_EQ(window.scene()->bodyItem(QStringLiteral("clinical-senates"))->status(),
              QStringLiteral("proposed"));
    EXPECT_EQ(window.scene()->relationItem(QStringLiteral("senates-advise-ccgs"))->status(),
              QStringLiteral("proposed"));
    EXPECT_TRUE(window.viewNote().contains(QStringLiteral("As at June 2011")))
        << window.viewNote().toStdString();

    window.setAsAt(QStringLiteral("2011-09-15"));
    EXPECT_EQ(window.scene()->bodyItem(QStringLiteral("clinical-senates"))->status(),
              QStringLiteral("advisory"));
    EXPECT_EQ(window.scene()->relationItem(QStringLiteral("senates-advise-ccgs"))->status(),
              QStringLiteral("advisory"));
}

TEST_F(ToursTest, TheTimelineShowsOnlyWhatWasSaidByItsDate)
{
    const VisibleGraph june13 = [&] {
        GraphQuery query;
        query.asAt = QStringLiteral("2011-06-13");
        return visibleGraph(dataset, query);
    }();
    QSlider *slider = window.timeline()->slider();
    const qsizetype stop = window.timeline()->stops().indexOf(QStringLiteral("2011-06-13"));
    ASSERT_GE(stop, 0);
    slider->setValue(int(stop)); // as the user drags it
    EXPECT_EQ(window.query().asAt, QStringLiteral("2011-06-13"));
    for (const Body &body : dataset.bodies()) {
        EXPECT_EQ(window.scene()->bodyItem(body.id) != nullptr, june13.bodies.contains(body.id))
            << body.id.toStdString();
    }
    EXPECT_EQ(window.scene()->bodyItem(QStringLiteral("nhs-alliance")), nullptr);

    // The panel says only what had been said: the DH letter of September is not quoted yet.
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    const QString panel = window.details()->toPlainText();
    EXPECT_TRUE(
        panel.contains(dataset.quote(QStringLiteral("q002-set-up-senates"))->text.left(40)));
    EXPECT_FALSE(
        panel.contains(dataset.quote(QStringLiteral("q004-not-statutory"))->text.left(40)));
    // The role is the project's summary of every source: the dated view says so.
    EXPECT_TRUE(panel.contains(QStringLiteral("including those after 13 June 2011")))
        << panel.toStdString();

    // The last stop is every source; Esc also goes back to it.
    slider->setValue(slider->maximum());
    EXPECT_TRUE(window.query().asAt.isEmpty());
    EXPECT_NE(window.scene()->bodyItem(QStringLiteral("nhs-alliance")), nullptr);
    window.setAsAt(QStringLiteral("2011-06-20"));
    window.view()->setFocus();
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_TRUE(window.query().asAt.isEmpty());
    EXPECT_EQ(window.timeline()->date(), QString());
}

TEST(TourPlayer, ShowsDatasetTextAsPlainText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.sqlite"));
    test::writeChangedBundledDataset(path, test::markupInEveryTextFieldSql());
    GraphvizLayout layout;
    LoadResult loaded = loadDatasetFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
    const Dataset markup = *loaded.dataset;
    MainWindow window(markup, QStringLiteral("markup"), layout);
    window.resize(1024, 768);
    window.show();
    ASSERT_TRUE(window.startTour(markup.tours().front().id));
    const QString text = window.tourPlayer()->lines().join('\n');
    EXPECT_TRUE(text.contains(test::kMarkup)) << text.toStdString();
    for (QLabel *label : window.tourPlayer()->findChildren<QLabel *>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText);
}

} // namespace

namespace {

TEST_F(ToursTest, FindSearchesOnlyWhatWasSaidByTheTimelinesDate)
{
    // Only the NHS Alliance's release of 20 June 2011 names Uncle Tom Cobley.
    window.find(QStringLiteral("Cobley"));
    EXPECT_FALSE(window.findBar()->matches().isEmpty());
    window.setAsAt(QStringLiteral("2011-06-13"));
    EXPECT_TRUE(window.findBar()->matches().isEmpty())
        << window.findBar()->matches().join(' ').toStdString();
    window.setAsAt({});
    EXPECT_FALSE(window.findBar()->matches().isEmpty());
}

} // namespace

namespace {

TEST_F(ToursTest, OnASmallScreenEveryStepIsFramedReadableWithItsFirstItemInView)
{
    window.resize(1024, 768);
    QApplication::processEvents();
    for (const Tour &tour : dataset.tours()) {
        for (const TourStep *step : dataset.stepsOf(tour.id)) {
            SCOPED_TRACE(step->id.toStdString());
            ASSERT_TRUE(window.startTour(tour.id, step->ordinal));
            EXPECT_GE(window.view()->zoom(), MainWindow::kTourReadableZoom - 1e-9);
            const QString first = window.scene()->selectedId();
            QRectF box;
            if (const BodyItem *body = window.scene()->bodyItem(first))
                box = body->layoutBox();
            else if (const RelationItem *relation = window.scene()->relationItem(first))
                box = relation->labelBox();
            ASSERT_FALSE(box.isEmpty()) << first.toStdString();
            const QRectF shown =
                window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
            EXPECT_TRUE(shown.contains(box)) << first.toStdString();
        }
    }
}

} // namespace
