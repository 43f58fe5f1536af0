#include "app/controls/legend.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/detailspanel.h"
#include "app/panel/glossaryview.h"
#include "app/panel/sourceview.h"
#include "app/shell/mainwindow.h"
#include "app/theme/style.h"
#include "app/theme/theme.h"
#include "bundled.h"
#include "core/acronyms.h"
#include "core/citation.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "data/bundleddataset.h"

#include <QClipboard>
#include <QDockWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

using test::bundledDataset;

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest() : dataset(bundledDataset()), window(dataset, QStringLiteral("test"), layout)
    {
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    /** Clicks the centre of a scene point as a user would, through the view's viewport. */
    void clickAt(const QPointF &scenePoint)
    {
        GraphView *view = window.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePoint));
    }

    QString panelText() const { return window.details()->toPlainText(); }

    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
};

TEST_F(MainWindowTest, DrawsEveryBodyAndRelation)
{
    ASSERT_TRUE(window.layoutError().isEmpty()) << window.layoutError().toStdString();
    for (const Body &body : dataset.bodies())
        EXPECT_NE(window.scene()->bodyItem(body.id), nullptr) << body.id.toStdString();
    for (const Relation &relation : dataset.relations())
        EXPECT_NE(window.scene()->relationItem(relation.id), nullptr) << relation.id.toStdString();
}

TEST_F(MainWindowTest, ClickingABodyShowsItsNameStatusEvidenceAndQuotes)
{
    const QString id = QStringLiteral("clinical-senates");
    const Body *senates = dataset.body(id);
    ASSERT_NE(senates, nullptr);
    BodyItem *item = window.scene()->bodyItem(id);
    ASSERT_NE(item, nullptr);
    clickAt(item->boundingRect().center());

    EXPECT_TRUE(item->isSelected());
    const QString text = panelText();
    EXPECT_TRUE(text.contains(senates->name)) << text.toStdString();
    const Quote *evidence = dataset.quote(senates->statusEvidence.front());
    ASSERT_NE(evidence, nullptr);
    EXPECT_TRUE(text.contains(evidence->text)) << text.toStdString();
    // The senates advise, with no veto: the status shown between the Status heading and its
    // evidence says so.
    const qsizetype statusAt = text.indexOf(QStringLiteral("Status"));
    const qsizetype evidenceAt = text.indexOf(evidence->text);
    ASSERT_GE(statusAt, 0);
    ASSERT_GT(evidenceAt, statusAt);
    EXPECT_TRUE(text.mid(statusAt, evidenceAt - statusAt).contains(QStringLiteral("Advisory")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Summary in this program's words")));
    const Source *source = dataset.source(evidence->source);
    EXPECT_TRUE(text.contains(source->title));
}

TEST_F(MainWindowTest, ClickingARelationShowsTheRelation)
{
    const Relation &relation = dataset.relations().front();
    RelationItem *item = window.scene()->relationItem(relation.id);
    ASSERT_NE(item, nullptr);
    ASSERT_FALSE(item->labelBox().isEmpty());
    clickAt(item->labelBox().center());
    EXPECT_TRUE(item->isSelected());
    const QString text = panelText();
    EXPECT_TRUE(text.contains(relation.description)) << text.toStdString();
    const QList<const Quote *> quotes = dataset.quotesAboutRelation(relation.id);
    ASSERT_FALSE(quotes.isEmpty());
    EXPECT_TRUE(text.contains(quotes.front()->text));
}

TEST_F(MainWindowTest, ClickingEmptySpaceGoesBackToTheOverview)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    clickAt(window.scene()->sceneRect().topLeft() + QPointF(2, 2));
    EXPECT_TRUE(window.scene()->selectedItems().isEmpty());
    EXPECT_TRUE(panelText().contains(QStringLiteral("Sources")));
}

TEST_F(MainWindowTest, CtrlClickSelectsOneBodyAtATimeAsAPlainClickDoes)
{
    const QString first = QStringLiteral("clinical-senates"), second = QStringLiteral("ccgs");
    GraphView *view = window.view();
    const auto ctrlClick = [&](const QString &id) {
        const QPointF centre = window.scene()->bodyItem(id)->sceneBoundingRect().center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->mapFromScene(centre));
    };
    ctrlClick(first);
    ctrlClick(second);
    EXPECT_EQ(window.scene()->selectedItems().size(), 1) << "no second selection beside the first";
    EXPECT_EQ(window.scene()->selectedId(), second);
    EXPECT_TRUE(panelText().startsWith(dataset.body(second)->name));
    ctrlClick(second);
    EXPECT_EQ(window.scene()->selectedId(), second) << "Ctrl does not toggle it off either";
}

TEST_F(MainWindowTest, FollowingARelationLinkInThePanelSelectsIt)
{
    const QString id = QStringLiteral("clinical-senates");
    ASSERT_TRUE(window.select(id));
    const Relation *relation = dataset.relationsOf(id).front();
    emit window.details()->idActivated(relation->id);
    EXPECT_TRUE(window.scene()->relationItem(relation->id)->isSelected());
    EXPECT_TRUE(panelText().contains(relation->description));
}

TEST_F(MainWindowTest, ShowInSourceOpensTheSourceAtTheQuote)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    const Quote *quote = dataset.quotesAboutBody(QStringLiteral("clinical-senates")).front();
    emit window.details()->anchorClicked(QUrl(QStringLiteral("nhsx-source:") + quote->id));
    SourceView *view = window.sourceView();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    ASSERT_FALSE(view->highlighted().isEmpty());
    const TextRange first = view->highlighted().front();
    EXPECT_EQ(view->textView()->toPlainText().mid(first.start, first.length).left(20),
              quote->text.left(20));
}

TEST_F(MainWindowTest, CtrlShiftCCopiesTheSelectionsCitation)
{
    for (const QString &id :
         {QStringLiteral("clinical-senates"), QStringLiteral("senates-advise-ccgs")}) {
        ASSERT_TRUE(window.select(id));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const Citation expected = dataset.body(id) ? citeBody(dataset, *dataset.body(id))
                                                   : citeRelation(dataset, *dataset.relation(id));
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        ASSERT_NE(data, nullptr);
        EXPECT_EQ(data->text(), expected.plainText);
        EXPECT_EQ(QString::fromUtf8(data->data(QStringLiteral("text/markdown"))),
                  expected.markdown);
    }
}

TEST_F(MainWindowTest, TheEditMenuOffersCopyCitationAndTheViewMenuTheGlossary)
{
    QStringList menus;
    QAction *glossary = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        menus.append(menu->text().remove(u'&'));
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == QLatin1String("Glossary"))
                glossary = action;
        }
    }
    ASSERT_GE(menus.indexOf(QStringLiteral("Edit")), 0) << menus.join(u' ').toStdString();
    EXPECT_LT(menus.indexOf(QStringLiteral("Edit")), menus.indexOf(QStringLiteral("View")));
    ASSERT_NE(glossary, nullptr);
    EXPECT_FALSE(window.glossaryDock()->isVisible());
    glossary->trigger();
    EXPECT_TRUE(window.glossaryDock()->isVisible());
    EXPECT_EQ(window.glossary()->rowCount(), dataset.glossary().size());
}

TEST_F(MainWindowTest, FollowingAnAcronymInThePanelOpensItsGlossaryEntry)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    const Body &senates = *dataset.body(QStringLiteral("clinical-senates"));
    const QList<AcronymMatch> inRole = findAcronyms(senates.role, dataset.glossary());
    ASSERT_FALSE(inRole.isEmpty()) << "the role names an acronym";
    const QString term = inRole.front().entry->term;
    EXPECT_TRUE(window.details()->toHtml().contains(QStringLiteral("nhsx-glossary:") + term));
    emit window.details()->anchorClicked(QUrl(QStringLiteral("nhsx-glossary:") + term));
    EXPECT_TRUE(window.glossaryDock()->isVisible());
    const QList<QTableWidgetItem *> selected = window.glossary()->selectedItems();
    ASSERT_FALSE(selected.isEmpty());
    EXPECT_EQ(window.glossary()->item(selected.front()->row(), GlossaryView::TermColumn)->text(),
              term);
}

TEST_F(MainWindowTest, ABodysToolTipSaysWhatTheAcronymsInItsNameStandFor)
{
    int withAcronyms = 0;
    for (const Body &body : dataset.bodies()) {
        const QStringList notes = acronymNotes(body.name, dataset.glossary());
        const QString toolTip = window.scene()->bodyItem(body.id)->toolTip();
        for (const QString &note : notes)
            EXPECT_TRUE(toolTip.contains(note.toHtmlEscaped())) << toolTip.toStdString();
        withAcronyms += notes.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(withAcronyms, 0);
    const QString pcts = window.scene()->bodyItem(QStringLiteral("pcts"))->toolTip();
    EXPECT_TRUE(pcts.contains(QStringLiteral("PCT: "))) << pcts.toStdString();
}

TEST_F(MainWindowTest, SelectingAnUnknownIdChangesNothing)
{
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    EXPECT_FALSE(window.select(QStringLiteral("no-such-body")));
    EXPECT_TRUE(window.scene()->bodyItem(QStringLiteral("clinical-senates"))->isSelected());
}

TEST_F(MainWindowTest, ShowsALegendForTheLineStyles)
{
    const auto *legend = window.findChild<Legend *>();
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isVisible());
    const QStringList legendText = legend->entryTexts();
    const QHash<QString, QString> entryFor = {{"statutory", "statutory / binding"},
                                              {"binding", "statutory / binding"},
                                              {"advisory", "advisory (no veto)"},
                                              {"proposed", "proposed"},
                                              {"disputed", "disputed"},
                                              {"historical", "historical"},
                                              {"unstated", "standing not stated"}};
    QSet<QString> expected;
    for (const Relation &relation : dataset.relations())
        expected.insert(entryFor.value(relation.status));
    for (const QString &entry : expected)
        EXPECT_TRUE(legendText.contains(entry)) << entry.toStdString();
    for (const QString &entry : entryFor) {
        if (!expected.contains(entry)) {
            EXPECT_FALSE(legendText.contains(entry)) << "no relation is " << entry.toStdString();
        }
    }
    for (const Body &body : dataset.bodies())
        EXPECT_TRUE(legendText.contains(statusLabel(body.status).toLower()));
}

TEST_F(MainWindowTest, FitsTheGraphToTheWindowAndZoomsByKeys)
{
    GraphView *view = window.view();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-2, -2, 2, 2).contains(window.scene()->itemsBoundingRect()));
    const qreal fitted = view->zoom();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(view->zoom(), fitted);
    QTest::keyClick(view, Qt::Key_F);
    EXPECT_DOUBLE_EQ(view->zoom(), fitted);
}

TEST_F(MainWindowTest, AFittedGraphNeverNeedsScrollBars)
{
    // A scroll bar on a fitted graph takes room from the view, which fits the graph again,
    // smaller, so the bar goes, the view grows and fits it larger: at some sizes this went on
    // forever. Sizes about one where the fitted graph overflowed by rounding.
    GraphView *view = window.view();
    for (const QSize &size : {QSize(537, 579), QSize(340, 427)}) {
        for (int step = -40; step <= 40; ++step) {
            for (const QSize &tried : {size + QSize(step, 0), size + QSize(0, step)}) {
                window.resize(tried);
                QCoreApplication::processEvents();
                ASSERT_FALSE(view->horizontalScrollBar()->isVisible() ||
                             view->verticalScrollBar()->isVisible())
                    << tried.width() << "x" << tried.height() << ", zoom " << view->zoom();
            }
        }
    }
}

TEST_F(MainWindowTest, DrawsLeftToRightAndTurnsTopToBottomOnCtrlL)
{
    const auto boardAndSenates = [this] {
        return std::pair(
            window.scene()->bodyItem(QStringLiteral("nhs-commissioning-board"))->boundingRect(),
            window.scene()->bodyItem(QStringLiteral("clinical-senates"))->boundingRect());
    };
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    auto [board, senates] = boardAndSenates();
    EXPECT_LT(board.right(), senates.left());

    QTest::keyClick(window.view(), Qt::Key_L, Qt::ControlModifier);
    std::tie(board, senates) = boardAndSenates();
    EXPECT_LT(board.bottom(), senates.top());
    EXPECT_TRUE(window.scene()->bodyItem(QStringLiteral("clinical-senates"))->isSelected())
        << "the selection survives the new layout";
    window.scene()->finishTransition(); // the view is fitted to where the bodies are going
    const QRectF visible =
        window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-2, -2, 2, 2).contains(window.scene()->itemsBoundingRect()));
}

TEST_F(MainWindowTest, WheelZoomsAndDraggingPans)
{
    GraphView *view = window.view();
    const qreal fitted = view->zoom();
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoom(), fitted * 1.3);

    // Press on empty space (the scene's top-left margin) and drag.
    const QPoint start = view->mapFromScene(window.scene()->sceneRect().topLeft() + QPointF(3, 3));
    const QPointF before = view->mapToScene(centre);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step) {
        QMouseEvent move(
            QEvent::MouseMove, QPointF(start + QPoint(step * 10, step * 8)),
            view->viewport()->mapToGlobal(QPointF(start + QPoint(step * 10, step * 8))),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(50, 40));
    const QPointF after = view->mapToScene(centre);
    EXPECT_LT(after.x(), before.x() - 5) << "dragging right shows what lies to the left";
    EXPECT_TRUE(window.scene()->selectedItems().isEmpty());
}

} // namespace

namespace {

TEST_F(MainWindowTest, FollowsTheDesktopIntoDarkModeAndBackButPresentsInItsOwnTheme)
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    QApplication::setPalette(dark);
    QApplication::processEvents();

    EXPECT_EQ(&window.scene()->theme(), &darkTheme());
    EXPECT_EQ(window.view()->backgroundBrush().color(), darkTheme().background);
    const BodyItem *ccgs = window.scene()->bodyItem(QStringLiteral("ccgs"));
    ASSERT_NE(ccgs, nullptr);
    EXPECT_EQ(&ccgs->theme(), &darkTheme());
    // The panel's quieter text (the editorial notes) still reads on the dark page.
    ASSERT_TRUE(window.select(QStringLiteral("clinical-senates")));
    const QString html = window.details()->toHtml();
    bool sawMuted = false;
    static const QRegularExpression italicColour(
        QStringLiteral("font-style:italic; color:(#[0-9a-f]{6})"));
    for (auto match = italicColour.globalMatch(html); match.hasNext();) {
        const QColor colour(match.next().captured(1));
        sawMuted = true;
        EXPECT_GE(contrastRatio(colour, dark.color(QPalette::Base)), 4.5)
            << colour.name().toStdString();
    }
    EXPECT_TRUE(sawMuted) << html.toStdString();

    window.setPresentationMode(true, false);
    EXPECT_EQ(&window.scene()->theme(), &presentationTheme());
    window.setPresentationMode(false, false);
    EXPECT_EQ(&window.scene()->theme(), &darkTheme());

    QApplication::setPalette(original);
    QApplication::processEvents();
    EXPECT_EQ(&window.scene()->theme(), &normalTheme());
    EXPECT_EQ(window.view()->backgroundBrush().color(), normalTheme().background);
}

TEST(MainWindowLayers, ReadsTheLayerOnDemandWhenAskedAndKeepsTheGraphAsItWas)
{
    GraphvizLayout layout;
    MainWindow window(bundledDataset(), bundledDatasetName(), layout);
    const QString practice = QStringLiteral("practice-a81001");
    const qsizetype drawn = window.scene()->items().size();
    EXPECT_EQ(window.fullDataset().body(practice), nullptr) << "not read at start";
    ASSERT_TRUE(window.loadLayersOnDemand());
    EXPECT_NE(window.fullDataset().body(practice), nullptr);
    EXPECT_NE(window.dataset().body(practice), nullptr) << "the shown dataset follows";
    EXPECT_EQ(window.scene()->items().size(), drawn) << "the national picture is still shown";
    EXPECT_TRUE(window.loadLayersOnDemand()) << "a second call has nothing to do";
}

TEST(MainWindowLayers, SaysWhenTheLayerOnDemandCannotBeReadAndKeepsWhatItHas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(NHSX_BUNDLED_DATASET), path));
    LoadResult loaded = loadDatasetFile(path);
    ASSERT_TRUE(loaded.ok());
    GraphvizLayout layout;
    MainWindow window(std::move(*loaded.dataset), path, layout);
    ASSERT_TRUE(QFile::remove(path));
    EXPECT_FALSE(window.loadLayersOnDemand());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("no such file")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_NE(window.fullDataset().body(QStringLiteral("clinical-senates")), nullptr);
}

} // namespace
