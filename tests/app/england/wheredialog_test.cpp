// "Where does my practice sit?" in the window: Edit menu, typed text, matches, the answer.
#include "app/england/wheredialog.h"
#include "app/graph/graphscene.h"
#include "app/panel/detailspanel.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/graphvizlayout.h"
#include "data/bundleddataset.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

class WhereDialogTest : public ::testing::Test
{
protected:
    WhereDialogTest() : window(test::bundledDataset(), bundledDatasetName(), layout) {}

    /** The Edit menu's action, triggered as a person would. */
    WhereDialog *openFromMenu()
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().startsWith(QStringLiteral("Where does my practice sit")))
                    action->trigger();
            }
        }
        return window.findChild<WhereDialog *>();
    }

    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(WhereDialogTest, FindsAPracticeByPostcodeAndShowsItsChainAndWhoMayReferItsPlansBack)
{
    WhereDialog *dialog = openFromMenu();
    ASSERT_NE(dialog, nullptr) << "Edit > Where does my practice sit? opens it";
    EXPECT_TRUE(dialog->isVisible());
    QTest::keyClicks(dialog->queryField(), QStringLiteral("ts18 1hu"));
    ASSERT_GE(dialog->matchList()->count(), 1);
    const Body *practice = window.fullDataset().body(QStringLiteral("practice-a81001"));
    ASSERT_NE(practice, nullptr) << "the England layer was read for it";
    EXPECT_TRUE(dialog->matchList()->item(0)->text().startsWith(practice->name));
    const QString answer = dialog->answer();
    EXPECT_TRUE(answer.startsWith(practice->name)) << answer.toStdString();
    for (const char *expected : {"is a member of", "NHS Commissioning Board",
                                 "Health and Wellbeing Boards", "epraccur.csv line"})
        EXPECT_TRUE(answer.contains(QLatin1String(expected))) << expected;
    bool attributed = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        attributed |= label->text().contains(QStringLiteral("Open Government Licence v3.0"));
    EXPECT_TRUE(attributed) << "the data's licence is credited where it is shown";
}

TEST_F(WhereDialogTest, ListsAtMostTwoHundredAndSaysHowManyMatchAndWhenNothingDoes)
{
    WhereDialog *dialog = window.showWhereDialog();
    ASSERT_NE(dialog, nullptr);
    // Words of names: "surgery" is in thousands of practice names.
    qsizetype surgeries = 0;
    for (const Body &body : window.fullDataset().bodies()) {
        surgeries +=
            body.layer != kNationalLayer &&
            (body.kind == u"GP practice" || body.kind == u"clinical commissioning group") &&
            body.name.contains(QStringLiteral("surgery"), Qt::CaseInsensitive);
    }
    ASSERT_GT(surgeries, WhereDialog::kListed);
    dialog->queryField()->setText(QStringLiteral("Surgery"));
    EXPECT_EQ(dialog->matchList()->count(), WhereDialog::kListed);
    EXPECT_EQ(dialog->countLabel()->text(),
              QStringLiteral("%1 matches; the first 200 are listed.").arg(surgeries));

    dialog->queryField()->setText(QStringLiteral("no such practice anywhere"));
    EXPECT_EQ(dialog->matchList()->count(), 0);
    EXPECT_EQ(dialog->countLabel()->text(), QStringLiteral("No GP practice or CCG matches."));
    EXPECT_TRUE(dialog->answer().isEmpty());
}

TEST_F(WhereDialogTest, ChoosingAnotherMatchShowsItsPlace)
{
    WhereDialog *dialog = window.showWhereDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->queryField()->setText(QStringLiteral("TS18"));
    ASSERT_GE(dialog->matchList()->count(), 2);
    EXPECT_EQ(dialog->countLabel()->text(),
              QStringLiteral("%1 matches.").arg(dialog->matchList()->count()));
    const QString first = dialog->answer();
    dialog->matchList()->setCurrentRow(1);
    EXPECT_NE(dialog->answer(), first);
    EXPECT_TRUE(dialog->answer().startsWith(
        dialog->matchList()->item(1)->text().section(QStringLiteral(" \u2014 "), 0, 0)));
}

TEST_F(WhereDialogTest, AMatchOpensItsPlaceInTheGraph)
{
    WhereDialog *dialog = window.showWhereDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->showButton()->isEnabled()) << "nothing chosen yet";
    dialog->queryField()->setText(QStringLiteral("A81001"));
    ASSERT_EQ(dialog->matchList()->count(), 1);
    ASSERT_TRUE(dialog->showButton()->isEnabled());
    dialog->showButton()->click();
    const QString practice = QStringLiteral("practice-a81001");
    EXPECT_EQ(window.query().layers, QSet<QString>{QStringLiteral("england-2013")});
    EXPECT_TRUE(window.query().aggregate);
    EXPECT_EQ(window.scene()->selectedId(), practice) << "drawn, what stands above it expanded";
    EXPECT_TRUE(window.query().expanded.contains(QStringLiteral("ccg-00k")));
    EXPECT_TRUE(window.details()->toPlainText().startsWith(QStringLiteral("THE DENSHAM SURGERY")));

    // A double-click (or Enter) on another match does the same.
    dialog->queryField()->setText(QStringLiteral("02N"));
    ASSERT_GE(dialog->matchList()->count(), 1);
    emit dialog->matchList()->itemActivated(dialog->matchList()->item(0));
    EXPECT_EQ(window.scene()->selectedId(), QStringLiteral("ccg-02n"));
}

TEST_F(WhereDialogTest, TheOverviewOffersItWhereAGpLooksFirst)
{
    window.details()->showOverview();
    EXPECT_TRUE(
        window.details()->toPlainText().contains(QStringLiteral("Where does my practice sit?")));
    ASSERT_EQ(window.findChild<WhereDialog *>(), nullptr);
    emit window.details()->anchorClicked(QUrl(QStringLiteral("nhsx-page:where")));
    WhereDialog *dialog = window.findChild<WhereDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(window.fullDataset().layer(QStringLiteral("england-2013"))->loaded);
}

} // namespace
