// The England, April 2013 view in the window (issue 8): View's choice of layer, the aggregated
// graph expanding and collapsing as core's aggregation says, the whole layer behind a warning,
// and the panel of a data file's row with its chain and citation.
#include "app/england/layermenu.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/shell/commandline.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/graphvizlayout.h"
#include "core/placement.h"
#include "data/bundleddataset.h"

#include <QAbstractButton>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <gtest/gtest.h>
#include <memory>

using namespace nhsx;

namespace {

const QString kEngland = QStringLiteral("england-2013");
const QString kDurham = QStringLiteral("area-team-e39000002"); // Durham, Darlington and Tees
const QString kPractice = QStringLiteral("practice-a81001");

/** Ids sorted and joined, so that a failure shows which differ. */
std::string listed(const QSet<QString> &ids)
{
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted.join(u' ').toStdString();
}

class EnglandView : public ::testing::Test
{
protected:
    EnglandView() : window(test::bundledDataset(), bundledDatasetName(), layout)
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QSet<QString> drawnBodies() const
    {
        QSet<QString> ids;
        for (QGraphicsItem *item : window.scene()->items()) {
            if (const auto *body = qgraphicsitem_cast<BodyItem *>(item))
                ids.insert(body->id());
        }
        return ids;
    }
    QSet<QString> drawnRelations() const
    {
        QSet<QString> ids;
        for (QGraphicsItem *item : window.scene()->items()) {
            if (const auto *relation = qgraphicsitem_cast<RelationItem *>(item))
                ids.insert(relation->id());
        }
        return ids;
    }

    /** What core says the window's query shows. */
    VisibleGraph expected() const { return visibleGraph(window.dataset(), window.query()); }

    /** Checks that the scene draws exactly what core says, with core's labels. */
    void expectDrawnAsCoreSays() const
    {
        const VisibleGraph visible = expected();
        EXPECT_EQ(listed(drawnBodies()),
                  listed(QSet<QString>(visible.bodies.cbegin(), visible.bodies.cend())));
        EXPECT_EQ(drawnRelations(),
                  QSet<QString>(visible.relations.cbegin(), visible.relations.cend()));
        for (const QString &id : visible.bodies) {
            const BodyItem *item = window.scene()->bodyItem(id);
            ASSERT_NE(item, nullptr) << id.toStdString();
            EXPECT_EQ(item->name(), visible.labels.value(id, window.dataset().body(id)->name));
        }
    }

    /** The other ends of the relations of this type from (or to) the body, in the dataset. */
    QSet<QString> ends(const QString &id, const QString &type, bool from) const
    {
        QSet<QString> found;
        for (const Relation &relation : window.dataset().relations()) {
            if (relation.type == type && (from ? relation.from : relation.to) == id)
                found.insert(from ? relation.to : relation.from);
        }
        return found;
    }

    QAction *viewAction(const QString &text) const
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text().remove(u'&') != u"View")
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().remove(u'&') == text)
                    return action;
            }
        }
        return nullptr;
    }

    void doubleClick(const QString &bodyId)
    {
        const BodyItem *item = window.scene()->bodyItem(bodyId);
        ASSERT_NE(item, nullptr) << bodyId.toStdString();
        window.scene()->finishTransition(); // the body where the layout put it
        GraphView *view = window.view();
        view->ensureVisible(item->layoutBox());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                           view->mapFromScene(item->layoutBox().center()));
        QCoreApplication::processEvents(); // the expansion is queued after the click
    }

    void pressEnterOn(const QString &bodyId)
    {
        ASSERT_TRUE(window.select(bodyId));
        window.view()->setFocus();
        QTest::keyClick(window.view()->viewport(), Qt::Key_Return);
    }

    /** The panel's links: href and text. */
    QList<std::pair<QString, QString>> panelLinks() const
    {
        QList<std::pair<QString, QString>> found;
        const QTextDocument *document = window.details()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    found.append({it.fragment().charFormat().anchorHref(), it.fragment().text()});
            }
        }
        return found;
    }
    bool panelLinksTo(const QString &href) const
    {
        const auto links = panelLinks();
        return std::any_of(links.cbegin(), links.cend(),
                           [&](const auto &link) { return link.first == href; });
    }
    void followPanelLink(const QString &href)
    {
        ASSERT_TRUE(panelLinksTo(href)) << href.toStdString();
        emit window.details()->anchorClicked(QUrl(href));
    }

    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(EnglandView, TheViewMenuSwitchesBetweenTheNationalPictureAndEnglandAggregated)
{
    const QSet<QString> national = drawnBodies();
    QAction *england = viewAction(QStringLiteral("England, April 2013"));
    QAction *nationalAction = viewAction(QStringLiteral("The national picture, 2011"));
    ASSERT_NE(england, nullptr);
    ASSERT_NE(nationalAction, nullptr);

    england->trigger();
    EXPECT_EQ(window.query().layers, QSet<QString>{kEngland});
    EXPECT_TRUE(window.query().aggregate);
    expectDrawnAsCoreSays();
    const QSet<QString> drawn = drawnBodies();
    for (const QString &id : {QStringLiteral("nhs-commissioning-board"), QStringLiteral("ccgs"),
                              QStringLiteral("region-e40000001"), kDurham})
        EXPECT_TRUE(drawn.contains(id)) << id.toStdString();
    EXPECT_FALSE(drawn.contains(kPractice));
    EXPECT_FALSE(drawn.contains(QStringLiteral("clinical-senates")));
    // The area team's label counts its CCGs, as the relations do.
    const qsizetype ccgs = ends(kDurham, QStringLiteral("includes"), true).size();
    EXPECT_TRUE(
        window.scene()->bodyItem(kDurham)->name().contains(QStringLiteral("— %1 CCGs, ").arg(ccgs)))
        << window.scene()->bodyItem(kDurham)->name().toStdString();
    EXPECT_TRUE(window.viewNote().startsWith(QStringLiteral("England, April 2013: ")))
        << window.viewNote().toStdString();
    // Readable: the view is not shrunk below the tours' readable zoom to show it all.
    EXPECT_GE(window.view()->zoom(), MainWindow::kTourReadableZoom - 1e-9);

    nationalAction->trigger();
    EXPECT_EQ(listed(drawnBodies()), listed(national));
    expectDrawnAsCoreSays();
    EXPECT_TRUE(window.viewNote().isEmpty());
}

TEST_F(EnglandView, TheFilterMenuOffersTheLayersKindsAndTypesOnceItIsRead)
{
    const auto filterEntries = [&](const QString &submenu) {
        QMap<QString, QAction *> entries;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text().remove(u'&') != u"Filter")
                continue;
            for (QAction *sub : menu->menu()->actions()) {
                if (sub->menu() && sub->text() == submenu) {
                    for (QAction *action : sub->menu()->actions())
                        entries.insert(action->data().toString(), action);
                }
            }
        }
        return entries;
    };
    const QString areaTeam = QStringLiteral("area team");
    EXPECT_FALSE(filterEntries(QStringLiteral("Kinds of body")).contains(areaTeam));
    const QString nationalKind = window.dataset().body(QStringLiteral("ccgs"))->kind;
    EXPECT_TRUE(filterEntries(QStringLiteral("Kinds of body")).contains(nationalKind));

    ASSERT_TRUE(window.showLayer(kEngland));
    const auto kinds = filterEntries(QStringLiteral("Kinds of body"));
    for (const QString &kind :
         {areaTeam, QStringLiteral("GP practice"), QStringLiteral("commissioning region")})
        EXPECT_TRUE(kinds.contains(kind)) << kind.toStdString();
    EXPECT_TRUE(
        filterEntries(QStringLiteral("Types of relation")).contains(QStringLiteral("includes")));
    ASSERT_TRUE(drawnBodies().contains(kDurham));

    kinds.value(areaTeam)->setChecked(false);
    EXPECT_TRUE(window.query().hiddenKinds.contains(areaTeam));
    EXPECT_FALSE(drawnBodies().contains(kDurham));
    expectDrawnAsCoreSays();
}

TEST_F(EnglandView, ANationalBodysPanelGathersTheLayersRelationsInOneParagraph)
{
    ASSERT_TRUE(window.showLayer(kEngland));
    const QString ccgs = QStringLiteral("ccgs");
    QStringList fromEngland, national;
    for (const Relation *relation : window.dataset().relationsOf(ccgs)) {
        const Body *other =
            window.dataset().body(relation->from == ccgs ? relation->to : relation->from);
        (other->layer == kEngland ? fromEngland : national).append(relation->id);
    }
    ASSERT_GT(fromEngland.size(), 200);
    ASSERT_FALSE(national.isEmpty());
    window.details()->showBody(ccgs);
    const QString text = window.details()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Relations (%1)").arg(national.size())));
    EXPECT_TRUE(
        text.contains(QStringLiteral("In England, April 2013 (%1)").arg(fromEngland.size())))
        << text.toStdString();
    for (const QStringList *ids : {&fromEngland, &national}) {
        for (const QString &id : *ids)
            EXPECT_TRUE(panelLinksTo(QStringLiteral("nhsx:") + id)) << id.toStdString();
    }
    // One paragraph, not a line each: the page has far fewer blocks than relations.
    EXPECT_LT(window.details()->document()->blockCount(), fromEngland.size() / 2);
}

TEST_F(EnglandView, TheMenuIsCheckedAsTheWindowStands)
{
    QAction *england = viewAction(QStringLiteral("England, April 2013"));
    QAction *nationalAction = viewAction(QStringLiteral("The national picture, 2011"));
    ASSERT_NE(england, nullptr);
    ASSERT_TRUE(window.showLayer(kEngland));
    QMenu *menu = qobject_cast<QMenu *>(england->parent());
    ASSERT_NE(menu, nullptr);
    emit menu->aboutToShow();
    EXPECT_TRUE(england->isChecked());
    EXPECT_FALSE(nationalAction->isChecked());
    window.startTour(window.dataset().tours().constFirst().id); // tours are of the 2011 layer
    emit menu->aboutToShow();
    EXPECT_TRUE(nationalAction->isChecked());
}

TEST_F(EnglandView, AnAreaTeamAndACcgExpandAndCollapseByDoubleClickEnterOrThePanel)
{
    ASSERT_TRUE(window.showLayer(kEngland));
    const QSet<QString> before = drawnBodies();
    const QSet<QString> ccgs = ends(kDurham, QStringLiteral("includes"), true);
    ASSERT_FALSE(ccgs.isEmpty());

    doubleClick(kDurham);
    EXPECT_TRUE(window.query().expanded.contains(kDurham));
    EXPECT_EQ(listed(drawnBodies()), listed(before + ccgs));
    expectDrawnAsCoreSays();
    EXPECT_TRUE(window.scene()->bodyItem(kDurham)->name().startsWith(u"\u25BE"));

    const QString ccg = *ends(kPractice, QStringLiteral("is a member of"), true).cbegin();
    ASSERT_TRUE(ccgs.contains(ccg));
    const QSet<QString> practices = ends(ccg, QStringLiteral("is a member of"), false);
    pressEnterOn(ccg);
    EXPECT_EQ(listed(drawnBodies()), listed(before + ccgs + practices));
    expectDrawnAsCoreSays();
    EXPECT_EQ(window.scene()->selectedId(), ccg) << "the selection stays";
    // Drawn left to right down the hierarchy: the area team, its CCG, the CCG's practices, each
    // practice's arrow pointing back at its CCG.
    window.scene()->finishTransition();
    const QRectF ccgBox = window.scene()->bodyItem(ccg)->layoutBox();
    EXPECT_LT(window.scene()->bodyItem(kDurham)->layoutBox().right(), ccgBox.left());
    for (const Relation *member : window.dataset().relationsOf(ccg)) {
        if (member->type != u"is a member of")
            continue;
        EXPECT_GT(window.scene()->bodyItem(member->from)->layoutBox().left(), ccgBox.right())
            << member->from.toStdString();
    }
    pressEnterOn(ccg);
    EXPECT_EQ(listed(drawnBodies()), listed(before + ccgs));

    // The panel offers the same, and says which way.
    ASSERT_TRUE(window.select(kDurham));
    followPanelLink(QStringLiteral("nhsx-collapse:") + kDurham);
    EXPECT_EQ(listed(drawnBodies()), listed(before));
    expectDrawnAsCoreSays();
    EXPECT_TRUE(panelLinksTo(QStringLiteral("nhsx-expand:") + kDurham));
    followPanelLink(QStringLiteral("nhsx-expand:") + kDurham);
    EXPECT_EQ(listed(drawnBodies()), listed(before + ccgs));
    doubleClick(kDurham);
    EXPECT_EQ(listed(drawnBodies()), listed(before));

    // A region is not collapsible: nothing changes, and its panel offers nothing.
    const QString region = QStringLiteral("region-e40000001");
    EXPECT_FALSE(window.toggleExpanded(region));
    ASSERT_TRUE(window.select(region));
    EXPECT_FALSE(panelLinksTo(QStringLiteral("nhsx-expand:") + region));
    EXPECT_EQ(listed(drawnBodies()), listed(before));
}

TEST_F(EnglandView, APracticesPanelShowsItsChainCodesCitationAndLayer)
{
    ASSERT_TRUE(window.showLayer(kEngland));
    ASSERT_TRUE(window.select(kPractice)) << "selecting a practice expands what stands above it";
    EXPECT_EQ(window.scene()->selectedId(), kPractice);
    expectDrawnAsCoreSays();

    const Dataset &dataset = window.dataset();
    const Body &practice = *dataset.body(kPractice);
    const QString text = window.details()->toPlainText();
    for (const QString &shown : {practice.name, practice.kind, practice.code, practice.postcode,
                                 practice.role, dataRowReference(dataset, practice.row)})
        EXPECT_TRUE(text.contains(shown)) << shown.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Summary in this program's words, not a quote.")));
    const Layer &layer = *dataset.layer(kEngland);
    EXPECT_TRUE(text.contains(layer.description.left(60)));
    EXPECT_TRUE(text.contains(layer.attribution));

    // The chain, counted from the relations: its CCG, area team, region and the Board, each a
    // link, in that order.
    QStringList chain;
    QString at = *ends(kPractice, QStringLiteral("is a member of"), true).cbegin();
    while (!at.isEmpty()) {
        chain.append(at);
        const QSet<QString> above = ends(at, QStringLiteral("includes"), false);
        at = above.isEmpty() ? QString() : *above.cbegin();
    }
    ASSERT_EQ(chain.size(), 4);
    EXPECT_EQ(chain.last(), QStringLiteral("nhs-commissioning-board"));
    qsizetype previous = -1;
    for (const QString &id : chain) {
        EXPECT_TRUE(panelLinksTo(QStringLiteral("nhsx:") + id)) << id.toStdString();
        const qsizetype place = text.indexOf(dataset.body(id)->name);
        EXPECT_GT(place, previous) << id.toStdString();
        previous = place;
    }
    // Each row the chain is built from is cited.
    for (const Relation *link : placementOf(dataset, kPractice).chainLinks)
        EXPECT_TRUE(text.contains(dataRowReference(dataset, link->row)));

    // A relation of the file is cited the same way, not as a quote.
    const Relation *member = placementOf(dataset, kPractice).chainLinks.constFirst();
    ASSERT_TRUE(window.select(member->id));
    EXPECT_TRUE(window.details()->toPlainText().contains(dataRowReference(dataset, member->row)));
    EXPECT_FALSE(window.details()->toPlainText().contains(QStringLiteral("Quotes by source")));
    ASSERT_TRUE(window.select(kPractice));

    // A link of the chain selects that body.
    followPanelLink(QStringLiteral("nhsx:") + chain[1]);
    EXPECT_EQ(window.scene()->selectedId(), chain[1]);
    EXPECT_TRUE(window.details()->toPlainText().startsWith(dataset.body(chain[1])->name));
}

TEST_F(EnglandView, TheWholeLayerIsOfferedOnlyAfterAWarningNamingItsSize)
{
    QString warning;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        warning = box->text() + u'\n' + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(confirmWholeLayer(&window, window.document(), kEngland));
    GraphQuery whole;
    whole.layers = {kEngland};
    const VisibleGraph visible = visibleGraph(window.dataset(), whole);
    EXPECT_TRUE(
        warning.contains(QLocale().toString(visible.bodies.size()) + QStringLiteral(" bodies")))
        << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("minute")));
    EXPECT_EQ(window.query().layers, QSet<QString>{kNationalLayer}) << "refused: nothing changes";

    // Were it accepted, Graphviz would get the whole layer with its work bounded.
    const QString dot =
        GraphvizLayout().toDot(GraphScene::layoutRequest(window.dataset(), visible));
    EXPECT_TRUE(dot.contains(QStringLiteral("nslimit=0.2"))) << dot.left(400).toStdString();
    EXPECT_TRUE(dot.contains(QStringLiteral("splines=line")));
    EXPECT_GT(visible.bodies.size(), 8000);
}

TEST(EnglandViewCommandLine, StartsInTheLayerWithTheBodiesAskedForExpanded)
{
    const ParsedCommandLine parsed =
        parseCommandLine({QStringLiteral("nhs-explorer"), QStringLiteral("--layer"), kEngland,
                          QStringLiteral("--expand"), kDurham + QStringLiteral(",ccg-00k")});
    ASSERT_TRUE(parsed.options);
    EXPECT_EQ(parsed.options->view.query.layers, QSet<QString>{kEngland});
    EXPECT_TRUE(parsed.options->view.query.aggregate);
    EXPECT_EQ(parsed.options->view.query.expanded, (QSet<QString>{kDurham, QStringLiteral("ccg-00k")}));

    GraphvizLayout layout;
    MainWindow window(test::bundledDataset(), bundledDatasetName(), layout);
    applyViewOptions(window, *parsed.options);
    EXPECT_EQ(window.query(), parsed.options->view.query);
    EXPECT_NE(window.scene()->bodyItem(kPractice), nullptr) << "a practice of ccg-00k";

    EXPECT_FALSE(
        parseCommandLine({QStringLiteral("nhs-explorer"), QStringLiteral("--expand"), kDurham})
            .options)
        << "--expand needs --layer";
}

/** The items the scene draws, by id, with their labels. */
QMap<QString, QString> drawnLabels(const MainWindow &window)
{
    QMap<QString, QString> labels;
    for (QGraphicsItem *item : window.scene()->items()) {
        if (const auto *body = qgraphicsitem_cast<BodyItem *>(item))
            labels.insert(body->id(), body->name());
    }
    return labels;
}

/** A window started as `nhs-explorer ARGUMENTS` starts it: the first load as the options say. */
struct StartedWindow
{
    explicit StartedWindow(const QStringList &arguments)
    {
        const ParsedCommandLine parsed =
            parseCommandLine(QStringList{QStringLiteral("nhs-explorer")} + arguments);
        EXPECT_TRUE(parsed.options);
        options = *parsed.options;
        LoadResult loaded =
            loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), layersFor(options));
        EXPECT_TRUE(loaded.ok()) << loaded.error.message().toStdString();
        window =
            std::make_unique<MainWindow>(std::move(*loaded.dataset), bundledDatasetName(), layout);
        applyViewOptions(*window, options);
    }

    bool practicesRead() const { return window->fullDataset().layer(kEngland)->loaded; }

    Options options;
    GraphvizLayout layout;
    std::unique_ptr<MainWindow> window;
};

TEST(EnglandViewCommandLine, ReadsAnOutlineOnlyWhenTheFirstFrameNeedsNoMore)
{
    const auto choice = [](const QStringList &arguments) {
        const ParsedCommandLine parsed =
            parseCommandLine(QStringList{QStringLiteral("nhs-explorer")} + arguments);
        EXPECT_TRUE(parsed.options) << arguments.join(u' ').toStdString();
        return parsed.options ? layersFor(*parsed.options) : LayerChoice::Every;
    };
    EXPECT_EQ(choice({}), LayerChoice::AtStart);
    EXPECT_EQ(choice({QStringLiteral("--layer"), kEngland}), LayerChoice::Outline);
    for (const QStringList &more :
         {QStringList{QStringLiteral("--expand"), kDurham},
          QStringList{QStringLiteral("--select"), kPractice},
          QStringList{QStringLiteral("--search"), QStringLiteral("surgery")},
          QStringList{QStringLiteral("--tables")},
          QStringList{QStringLiteral("--data"), QStringLiteral("other.sqlite")}}) {
        EXPECT_EQ(choice(QStringList{QStringLiteral("--layer"), kEngland} + more),
                  LayerChoice::Every)
            << more.join(u' ').toStdString();
    }
}

TEST(EnglandViewCommandLine, DrawsTheOutlineAsTheWholeAndTakesThePracticesInOnceRead)
{
    StartedWindow started({QStringLiteral("--layer"), kEngland});
    MainWindow &window = *started.window;
    ASSERT_FALSE(started.practicesRead());
    EXPECT_EQ(window.fullDataset().body(kPractice), nullptr);
    const QMap<QString, QString> first = drawnLabels(window);

    GraphvizLayout layout;
    MainWindow whole(test::bundledDataset(), bundledDatasetName(), layout);
    applyViewOptions(whole, started.options);
    EXPECT_EQ(drawnLabels(whole), first) << "the same bodies, with the same counts";
    EXPECT_TRUE(first.value(kDurham).contains(QStringLiteral("practices")))
        << first.value(kDurham).toStdString();
    const auto counts = [](const MainWindow &shown) {
        static const QRegularExpression count(QStringLiteral("\\d+ bodies, \\d+ relations"));
        return count.match(shown.details()->toPlainText()).captured().toStdString();
    };
    EXPECT_FALSE(counts(whole).empty());
    EXPECT_EQ(counts(window), counts(whole)) << "the practices count before they are read";

    window.readLayersOnDemandInBackground();
    EXPECT_TRUE(QTest::qWaitFor([&] { return started.practicesRead(); }, 20000));
    EXPECT_NE(window.fullDataset().body(kPractice), nullptr);
    EXPECT_NE(window.dataset().body(kPractice), nullptr);
    EXPECT_EQ(window.query(), started.options.view.query);
    EXPECT_EQ(drawnLabels(window), first) << "nothing moves when the practices come in";
}

TEST(EnglandViewCommandLine, ANationalStartLeavesTheLayerUnreadUntilAskedFor)
{
    StartedWindow started({});
    ASSERT_FALSE(started.practicesRead());
    started.window->readLayersOnDemandInBackground();
    QTest::qWait(300);
    EXPECT_FALSE(started.practicesRead()) << "no 8,000 rows, nor 15 MB, for a layer not shown";
    EXPECT_EQ(started.window->fullDataset().body(QStringLiteral("ccg-00k")), nullptr);
}

TEST(EnglandViewCommandLine, ExpandingACcgWhileThePracticesAreReadWaitsForThem)
{
    StartedWindow started({QStringLiteral("--layer"), kEngland});
    MainWindow &window = *started.window;
    window.readLayersOnDemandInBackground();
    ASSERT_TRUE(window.setExpanded(kDurham, true)) << "its CCGs are in the outline";
    EXPECT_FALSE(started.practicesRead()) << "taken in only when the window's thread is free";
    EXPECT_NE(window.scene()->bodyItem(QStringLiteral("ccg-00k")), nullptr);

    ASSERT_TRUE(window.setExpanded(QStringLiteral("ccg-00k"), true));
    EXPECT_TRUE(started.practicesRead());
    EXPECT_NE(window.scene()->bodyItem(kPractice), nullptr) << "a practice of ccg-00k";
    QCoreApplication::processEvents(); // the read's own answer, now with nothing to do
    EXPECT_NE(window.scene()->bodyItem(kPractice), nullptr);
    EXPECT_TRUE(window.query().expanded.contains(QStringLiteral("ccg-00k")));
}

TEST(EnglandViewCommandLine, AWindowMadeForAViewDrawsItFirst)
{
    GraphQuery england;
    england.layers = {kEngland};
    england.aggregate = true;
    LoadResult outline =
        loadDatasetImage(bundledDatasetImage(), bundledDatasetName(), LayerChoice::Outline);
    ASSERT_TRUE(outline.ok());
    GraphvizLayout layout;
    MainWindow window(std::move(*outline.dataset), bundledDatasetName(), layout, england);
    EXPECT_EQ(window.query(), england);
    EXPECT_NE(window.scene()->bodyItem(kDurham), nullptr);
}

TEST(EnglandViewCommandLine, SelectingAPracticeOfTheOutlineReadsItFirst)
{
    StartedWindow started({QStringLiteral("--layer"), kEngland});
    ASSERT_FALSE(started.practicesRead());
    EXPECT_TRUE(started.window->select(kPractice));
    EXPECT_TRUE(started.practicesRead());
    EXPECT_EQ(started.window->scene()->selectedId(), kPractice);
}

} // namespace
