// A seeded monkey: thousands of random user actions on the real main window, offscreen, with
// cheap invariants checked after each one and Qt warnings counted as failures.
//
//   NHSX_MONKEY_SEED=N     replays the run of that seed (the default seed is fixed, so CI is
//                          deterministic; the seed is printed at the start and on failure)
//   NHSX_MONKEY_ACTIONS=N  how many actions (default 10,000)
//   NHSX_MONKEY_TRACE=1    prints each action before doing it, to find the one that crashes
#include "app/controls/findbar.h"
#include "app/controls/legend.h"
#include "app/controls/timelinebar.h"
#include "app/graph/birdseye.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/panel/datasettables.h"
#include "app/panel/detailspanel.h"
#include "app/panel/sourceview.h"
#include "app/presentation/tourplayer.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/graphvizlayout.h"
#include "warnings.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDrag>
#include <QElapsedTimer>
#include <QHashSeed>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <gtest/gtest.h>
#include <mutex>
#include <random>
#include <string>
#include <thread>

using namespace nhsx;

namespace {

constexpr std::uint32_t kDefaultSeed = 20110620;
constexpr int kDefaultActions = 10000;

/** Collects the URLs handed to the desktop: nothing in the window may open one. */
class UrlTrap final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

/** Search text a user might type, or paste: words, FTS5 and regex syntax, scripts, controls. */
QStringList searchTexts()
{
    return {QString(),
            QStringLiteral(" "),
            QStringLiteral("veto"),
            QStringLiteral("senate"),
            QStringLiteral("clinical senates"),
            QStringLiteral("CCG"),
            QStringLiteral("NHS commissioning board"),
            QStringLiteral("\""),
            QStringLiteral("\"\"\""),
            QStringLiteral("'"),
            QStringLiteral("NEAR("),
            QStringLiteral("NEAR(veto senate, 2)"),
            QStringLiteral("veto*"),
            QStringLiteral("*"),
            QStringLiteral("AND"),
            QStringLiteral("veto AND NOT senate OR"),
            QStringLiteral("-veto ^senate"),
            QStringLiteral("{text}: veto"),
            QStringLiteral("(.*)[a-z]+\\d{2,}$|^\\"),
            QStringLiteral("%_%"),
            QStringLiteral("'; DROP TABLE docs; --"),
            QStringLiteral("séñât naïve"),
            QStringLiteral("Здравоохранение"),
            QStringLiteral("日本語の検索"),
            QStringLiteral("עברית ومرحبا"),
            QStringLiteral("\u202Eveto\u202C"),
            QStringLiteral("ve\u200Bto"),
            QStringLiteral("\u200D\u200C\uFEFF"),
            QStringLiteral("e\u0301\u0301\u0301"),
            QStringLiteral("\U0001F3E5 \U0001F9D1\u200D\u2695\uFE0F"),
            QStringLiteral("\t\n\r"),
            QString(QChar(0xD800)),
            QString(5000, QLatin1Char('a')),
            QStringLiteral("veto ").repeated(400),
            QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z")};
}

struct Key
{
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
};

QList<Key> keys()
{
    QList<Key> list;
    for (Qt::Key arrow : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}) {
        for (Qt::KeyboardModifiers modifiers :
             {Qt::KeyboardModifiers(), Qt::KeyboardModifiers(Qt::ShiftModifier),
              Qt::KeyboardModifiers(Qt::AltModifier), Qt::KeyboardModifiers(Qt::ControlModifier)})
            list.append(Key{arrow, modifiers});
    }
    for (Qt::Key key :
         {Qt::Key_Tab,   Qt::Key_Backtab,   Qt::Key_Escape, Qt::Key_Escape,   Qt::Key_Return,
          Qt::Key_Enter, Qt::Key_F,         Qt::Key_F3,     Qt::Key_Slash,    Qt::Key_Plus,
          Qt::Key_Minus, Qt::Key_Space,     Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
          Qt::Key_End,   Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_F10,      Qt::Key_Menu,
          Qt::Key_F5})
        list.append(Key{key, {}});
    for (Qt::Key key : {Qt::Key_F, Qt::Key_F3, Qt::Key_Tab})
        list.append(Key{key, Qt::ShiftModifier});
    for (Qt::Key key : {Qt::Key_F, Qt::Key_E, Qt::Key_T, Qt::Key_L, Qt::Key_0, Qt::Key_Plus,
                        Qt::Key_Minus, Qt::Key_Equal, Qt::Key_A, Qt::Key_C, Qt::Key_V, Qt::Key_Z})
        list.append(Key{key, Qt::ControlModifier});
    for (Qt::Key key : {Qt::Key_V, Qt::Key_G, Qt::Key_I})
        list.append(Key{key, Qt::AltModifier}); // the menus' mnemonics
    return list;
}

/** Types text a character at a time, any character (QTest::keyClicks takes Latin-1 only). */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const bool ascii = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        const auto key = ascii ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

class Monkey
{
public:
    Monkey(std::uint32_t seed, const Dataset &dataset, MainWindow &window)
        : mRng(seed), mDataset(dataset), mWindow(window), mSearches(searchTexts()), mKeys(keys())
    {
        for (const Body &body : dataset.bodies()) {
            mIds.append(body.id);
            if (!mBodyStatuses.contains(body.status))
                mBodyStatuses.append(body.status);
        }
        for (const Relation &relation : dataset.relations()) {
            mIds.append(relation.id);
            if (!mRelationStatuses.contains(relation.status))
                mRelationStatuses.append(relation.status);
        }
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) != QLatin1String("Filter"))
                continue;
            for (QAction *group : menu->menu()->actions()) {
                if (group->menu())
                    mFilterActions.append(group->menu()->actions());
            }
        }
        mDepth = window.findChild<QSpinBox *>();
        for (QComboBox *combo : window.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Focus direction"))
                mFocusDirection = combo;
        }
        mActions = {
            {120, [this] { return clickGraphItem(); }},
            {160, [this] { return clickSomewhere(); }},
            {30, [this] { return dragInView(); }},
            {60, [this] { return clickDetailsLink(); }},
            {35, [this] { return clickLegend(); }},
            {260, [this] { return pressKey(); }},
            {60, [this] { return typeSearch(); }},
            {50, [this] { return wheel(); }},
            {25, [this] { return resize(); }},
            {15, [this] { return toggleFilterMenu(); }},
            {30, [this] { return focus(); }},
            {20, [this] { return walkHistory(); }},
            {40, [this] { return selectThroughApi(); }},
            {20, [this] { return useTables(); }},
            {15, [this] { return arrangeWindow(); }},
            {2, [this] { return changeEngine(); }},
        };
        for (const auto &[weight, action] : mActions)
            mTotalWeight += weight;
    }

    /** Does one random action and returns what it did, for the trail. */
    QString act()
    {
        int pick = below(mTotalWeight);
        for (const auto &[weight, action] : mActions) {
            if (pick < weight)
                return action();
            pick -= weight;
        }
        return {};
    }

    /**
     * Lets the events run and moves the graph's transition on by a random time: mostly it is
     * left in flight for the next action, sometimes run to its end or finished at once. The
     * monkey holds the transition's clock, so a replay takes the same course.
     */
    QString settle()
    {
        QString what;
        auto *transition = mWindow.scene()->findChild<QVariantAnimation *>();
        if (transition && transition->state() == QAbstractAnimation::Running)
            transition->pause();
        const int roll = below(100);
        if (roll < 10) {
            mWindow.scene()->finishTransition();
            what = QStringLiteral("finished the transition");
        } else if (roll < 40) {
            if (!transition || transition->state() != QAbstractAnimation::Paused)
                return settleEvents(what);
            const int step = below(MainWindow::kTransitionMilliseconds + 50);
            const int time = transition->currentTime() + step;
            if (time >= transition->duration()) {
                transition->resume(); // to end as it would: stopped, with finished() emitted
                transition->setCurrentTime(transition->duration());
            } else {
                transition->setCurrentTime(time);
            }
            what = QStringLiteral("transition on by %1 ms").arg(step);
        } else if (roll < 41) {
            mWindow.grab(); // paints every widget and graph item
            what = QStringLiteral("grabbed the window");
        }
        return settleEvents(what);
    }

    static QString settleEvents(const QString &what)
    {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return what;
    }

private:
    int below(int n) { return n <= 0 ? 0 : int(mRng() % std::uint32_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pickFrom(const QList<T> &list)
    {
        return list[below(list.size())];
    }

    QPoint pointIn(const QWidget *widget)
    {
        return {below(widget->width()), below(widget->height())};
    }

    Qt::KeyboardModifiers mouseModifiers()
    {
        const int roll = below(100);
        return roll < 85   ? Qt::KeyboardModifiers()
               : roll < 93 ? Qt::ControlModifier
               : roll < 98 ? Qt::ShiftModifier
                           : Qt::AltModifier;
    }

    Qt::MouseButton mouseButton()
    {
        const int roll = below(100);
        return roll < 80 ? Qt::LeftButton : roll < 95 ? Qt::RightButton : Qt::MiddleButton;
    }

    static QString describe(const QWidget *widget)
    {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
            area && area->viewport() == widget)
            return QStringLiteral("viewport of ") + describe(area);
        QString name = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->accessibleName().isEmpty())
            name += QStringLiteral(" \"%1\"").arg(widget->accessibleName());
        else if (!widget->objectName().isEmpty())
            name += QStringLiteral(" #%1").arg(widget->objectName());
        return name;
    }

    /** A click, a double click or a press alone, as a user's hand might do. */
    QString click(QWidget *widget, QPoint at)
    {
        const Qt::MouseButton button = mouseButton();
        const Qt::KeyboardModifiers modifiers = mouseModifiers();
        const bool twice = chance(12);
        const QString what =
            QStringLiteral("%1 %2 %3,%4 of %5 (modifiers %6)")
                .arg(twice ? QStringLiteral("double-click") : QStringLiteral("click"))
                .arg(int(button))
                .arg(at.x())
                .arg(at.y())
                .arg(describe(widget))
                .arg(int(modifiers));
        if (twice)
            QTest::mouseDClick(widget, button, modifiers, at);
        else
            QTest::mouseClick(widget, button, modifiers, at);
        return what;
    }

    /** The widgets a user could click now: the window's, its docks', dialogs' and menus'. */
    QList<QWidget *> visibleWidgets() const
    {
        QList<QWidget *> widgets{&mWindow};
        for (QWidget *widget : mWindow.findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->width() > 0 && widget->height() > 0)
                widgets.append(widget);
        }
        return widgets;
    }

    QString clickGraphItem()
    {
        GraphView *view = mWindow.view();
        QList<QGraphicsItem *> items;
        for (const QString &id : std::as_const(mIds)) {
            if (QGraphicsItem *item = mWindow.scene()->bodyItem(id))
                items.append(item);
            else if (RelationItem *relation = mWindow.scene()->relationItem(id))
                items.append(relation);
        }
        if (items.isEmpty())
            return clickSomewhere();
        QGraphicsItem *item = pickFrom(items);
        QPointF target = item->sceneBoundingRect().center();
        if (const auto *relation = qgraphicsitem_cast<RelationItem *>(item);
            relation && !relation->labelBox().isEmpty())
            target = relation->labelBox().center();
        if (chance(50))
            view->ensureVisible(item);
        return click(view->viewport(), view->mapFromScene(target));
    }

    QString clickSomewhere()
    {
        if (QWidget *popup = QApplication::activePopupWidget(); popup && chance(50))
            return click(popup, pointIn(popup));
        if (QWidget *popup = QApplication::activePopupWidget()) {
            const QString described = describe(popup); // closing may delete it
            popup->close();                            // as a click outside it would
            return QStringLiteral("closed the popup %1").arg(described);
        }
        const QList<QWidget *> widgets = visibleWidgets();
        QWidget *widget = pickFrom(widgets);
        return click(widget, pointIn(widget));
    }

    QString dragInView()
    {
        QWidget *viewport = mWindow.view()->viewport();
        QPoint at = pointIn(viewport);
        const QPoint from = at;
        QTest::mousePress(viewport, Qt::LeftButton, {}, at);
        for (int step = below(6); step >= 0; --step) {
            at += QPoint(below(200) - 100, below(200) - 100);
            QTest::mouseMove(viewport, at);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at);
        return QStringLiteral("drag in the view from %1,%2 to %3,%4")
            .arg(from.x())
            .arg(from.y())
            .arg(at.x())
            .arg(at.y());
    }

    QString clickDetailsLink()
    {
        DetailsPanel *panel = mWindow.details();
        QList<int> anchors;
        for (QTextBlock block = panel->document()->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                if (fragment.fragment().charFormat().isAnchor())
                    anchors.append(fragment.fragment().position());
            }
        }
        if (anchors.isEmpty() || !panel->isVisible())
            return clickSomewhere();
        QTextCursor cursor(panel->document());
        cursor.setPosition(pickFrom(anchors) + 1);
        panel->setTextCursor(cursor);
        panel->ensureCursorVisible();
        const QPoint at = panel->cursorRect(cursor).center();
        return QStringLiteral("link: ") + click(panel->viewport(), at);
    }

    QString clickLegend()
    {
        Legend *legend = mWindow.legend();
        const qsizetype index = below(int(legend->entryTexts().size()));
        const QRect entry = legend->entryRect(index);
        if (!legend->isVisible() || entry.isEmpty())
            return clickSomewhere();
        return QStringLiteral("legend \"%1\": ").arg(legend->entryTexts()[index]) +
               click(legend, entry.center());
    }

    QString pressKey()
    {
        const Key key = pickFrom(mKeys);
        QWidget *target = QApplication::activePopupWidget();
        if (!target) {
            const int roll = below(100);
            target = roll < 70 && QApplication::focusWidget() ? QApplication::focusWidget()
                     : roll < 90 ? static_cast<QWidget *>(mWindow.view())
                                 : &mWindow;
        }
        // Described before the key: Esc or Enter may close a popup or dialog and delete it.
        const QString described = describe(target);
        if (chance(8)) {
            const QChar letter(QLatin1Char(char('a' + below(26))));
            QTest::keyClick(target, letter.toLatin1());
            return QStringLiteral("key %1 to %2").arg(letter, described);
        }
        QTest::keyClick(target, key.key, key.modifiers);
        return QStringLiteral("key %1 (modifiers %2) to %3")
            .arg(QKeySequence(key.key).toString())
            .arg(int(key.modifiers))
            .arg(described);
    }

    QString typeSearch()
    {
        QLineEdit *field = mWindow.findBar()->field();
        const QString text = pickFrom(mSearches);
        const int roll = below(100);
        if (roll < 40 && text.size() <= 60) {
            QTest::keyClick(&mWindow, Qt::Key_F, Qt::ControlModifier);
            typeText(field, text);
            return QStringLiteral("typed \"%1\" in Find").arg(text.left(60));
        }
        if (roll < 55) {
            for (int i = below(5); i >= 0; --i)
                QTest::keyClick(field, Qt::Key_Backspace);
            return QStringLiteral("backspace in Find");
        }
        if (roll < 65) {
            QTest::keyClick(field, Qt::Key_Return);
            return QStringLiteral("Enter in Find");
        }
        if (roll < 75 && mWindow.findBar()->results()->count() > 0) {
            QListWidget *results = mWindow.findBar()->results();
            QListWidgetItem *item = results->item(below(results->count()));
            results->scrollToItem(item);
            return QStringLiteral("result: ") +
                   click(results->viewport(), results->visualItemRect(item).center());
        }
        mWindow.find(text);
        return QStringLiteral("find(\"%1\", %2 characters)").arg(text.left(60)).arg(text.size());
    }

    QString wheel()
    {
        QWidget *target = mWindow.view()->viewport();
        if (chance(25)) {
            const QList<QWidget *> widgets = visibleWidgets();
            target = pickFrom(widgets);
        }
        const QPointF at = pointIn(target);
        const int delta = (below(2) ? 1 : -1) * (chance(70) ? 120 : 1 + below(2000));
        const bool horizontal = chance(15);
        const QPoint angle = horizontal ? QPoint(delta, 0) : QPoint(0, delta);
        const Qt::KeyboardModifiers modifiers = mouseModifiers();
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), angle, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        const QString described = describe(target);
        QApplication::sendEvent(target, &event);
        return QStringLiteral("wheel %1,%2 on %3").arg(angle.x()).arg(angle.y()).arg(described);
    }

    QString resize()
    {
        static const QList<QSize> sizes = {{1, 1},      {40, 30},    {200, 150},  {320, 240},
                                           {640, 480},  {800, 600},  {1280, 800}, {1920, 1080},
                                           {3000, 200}, {200, 1500}, {1366, 768}};
        const QSize size = chance(70) ? pickFrom(sizes) : QSize(1 + below(2000), 1 + below(1300));
        mWindow.resize(size);
        return QStringLiteral("resize to %1x%2").arg(size.width()).arg(size.height());
    }

    QString toggleFilterMenu()
    {
        QAction *action = pickFrom(mFilterActions);
        action->trigger();
        return QStringLiteral("Filter menu: %1").arg(action->text());
    }

    QString focus()
    {
        const int roll = below(100);
        if (roll < 35) {
            const QString id = chance(90)
                                   ? mDataset.bodies()[below(int(mDataset.bodies().size()))].id
                                   : QStringLiteral("no-such-body");
            mWindow.focusOn(id);
            return QStringLiteral("focusOn(%1)").arg(id);
        }
        if (roll < 55) {
            const int depth = 1 + below(3);
            mDepth->setValue(depth);
            return QStringLiteral("focus depth %1").arg(depth);
        }
        if (roll < 70) {
            const int index = below(mFocusDirection->count());
            mFocusDirection->setCurrentIndex(index);
            return QStringLiteral("focus direction %1").arg(mFocusDirection->itemText(index));
        }
        if (roll < 80) {
            mWindow.clearFocus();
            return QStringLiteral("clearFocus()");
        }
        if (roll < 85) {
            mWindow.showWholeGraph();
            return QStringLiteral("showWholeGraph()");
        }
        if (roll < 92) {
            QStringList statuses{pickFrom(mBodyStatuses)};
            if (chance(20))
                statuses.append(QStringLiteral("no-such-status"));
            mWindow.toggleBodyStatuses(statuses);
            return QStringLiteral("toggleBodyStatuses(%1)").arg(statuses.join(u','));
        }
        if (roll < 97) {
            const QStringList statuses{pickFrom(mRelationStatuses)};
            mWindow.toggleRelationStatuses(statuses);
            return QStringLiteral("toggleRelationStatuses(%1)").arg(statuses.join(u','));
        }
        GraphQuery query;
        for (const QString &status : std::as_const(mBodyStatuses)) {
            if (chance(20))
                query.hiddenBodyStatuses.insert(status);
        }
        for (const QString &status : std::as_const(mRelationStatuses)) {
            if (chance(20))
                query.hiddenRelationStatuses.insert(status);
        }
        if (chance(50))
            query.focus = mDataset.bodies()[below(int(mDataset.bodies().size()))].id;
        query.depth = below(6) - 1; // out of range too: the window keeps it in range
        query.direction = FocusDirection(below(3));
        mWindow.setQuery(query);
        return QStringLiteral("setQuery(focus %1, depth %2)").arg(query.focus).arg(query.depth);
    }

    QString walkHistory()
    {
        const bool back = chance(55);
        if (back)
            mWindow.goBack();
        else
            mWindow.goForward();
        return back ? QStringLiteral("goBack()") : QStringLiteral("goForward()");
    }

    QString selectThroughApi()
    {
        const int roll = below(100);
        if (roll < 10) {
            mWindow.scene()->clearSelection();
            return QStringLiteral("scene clearSelection()");
        }
        if (roll < 15) {
            mWindow.fitSelection();
            return QStringLiteral("fitSelection()");
        }
        const QString id = roll < 20 ? QStringLiteral("no-such-id") : pickFrom(mIds);
        mWindow.select(id);
        return QStringLiteral("select(%1)").arg(id);
    }

    QString useTables()
    {
        DatasetTables *tables = mWindow.tables();
        const int roll = below(100);
        if (!tables || roll < 15) {
            const bool shown = !tables || chance(70);
            mWindow.showTables(shown);
            return QStringLiteral("showTables(%1)").arg(shown);
        }
        if (roll < 35) {
            const QString text = chance(30) ? QString() : pickFrom(mSearches).left(30);
            tables->filterField()->setText(text);
            return QStringLiteral("tables filter \"%1\"").arg(text);
        }
        if (roll < 45) {
            tables->tabs()->setCurrentIndex(below(2));
            return QStringLiteral("tables tab %1").arg(tables->tabs()->currentIndex());
        }
        QTableView *table =
            tables->tabs()->currentIndex() == 0 ? tables->bodiesTable() : tables->relationsTable();
        if (!table->isVisible())
            return clickSomewhere();
        if (roll < 55) {
            QHeaderView *header = table->horizontalHeader();
            const int section = below(header->count());
            return QStringLiteral("header: ") +
                   click(header, QPoint(header->sectionViewportPosition(section) + 2, 2));
        }
        const int rows = table->model()->rowCount();
        if (rows == 0)
            return clickSomewhere();
        const QModelIndex index =
            table->model()->index(below(rows), below(table->model()->columnCount()));
        table->scrollTo(index);
        return QStringLiteral("cell: ") +
               click(table->viewport(), table->visualRect(index).center());
    }

    QString arrangeWindow()
    {
        const int roll = below(100);
        if (roll < 30) {
            auto *splitter = qobject_cast<QSplitter *>(mWindow.centralWidget());
            const QList<int> sizes{below(2000), below(2000)};
            splitter->setSizes(sizes);
            return QStringLiteral("splitter %1,%2").arg(sizes[0]).arg(sizes[1]);
        }
        if (roll < 45) {
            if (mWindow.sourceView())
                mWindow.sourceView()->close();
            return QStringLiteral("closed the source view");
        }
        if (roll < 60) {
            mWindow.activateWindow();
            mWindow.view()->setFocus();
            return QStringLiteral("focus to the view");
        }
        if (roll < 75) {
            const QList<QWidget *> widgets = visibleWidgets();
            QWidget *widget = pickFrom(widgets);
            widget->setFocus(Qt::OtherFocusReason);
            return QStringLiteral("focus to %1").arg(describe(widget));
        }
        if (roll < 85) {
            const QList<QDockWidget *> docks = mWindow.findChildren<QDockWidget *>();
            QDockWidget *dock = pickFrom(docks);
            dock->setFloating(!dock->isFloating());
            return QStringLiteral("floating %1: %2")
                .arg(dock->windowTitle())
                .arg(dock->isFloating());
        }
        if (roll < 93) {
            mWindow.showMaximized();
            return QStringLiteral("maximized");
        }
        mWindow.showNormal();
        return QStringLiteral("normal size");
    }

    QString changeEngine()
    {
        const QList<LayoutEngine> engines = layoutEngines();
        const LayoutEngine engine = pickFrom(engines);
        mWindow.setEngine(engine);
        return QStringLiteral("setEngine(%1)").arg(layoutEngineName(engine));
    }

    std::mt19937 mRng;
    const Dataset &mDataset;
    MainWindow &mWindow;
    const QStringList mSearches;
    const QList<Key> mKeys;
    QStringList mIds, mBodyStatuses, mRelationStatuses;
    QList<QAction *> mFilterActions;
    QSpinBox *mDepth = nullptr;
    QComboBox *mFocusDirection = nullptr;
    QList<std::pair<int, std::function<QString()>>> mActions;
    int mTotalWeight = 0;
};

/** The first line of the details panel for this selection: a body's name, a relation's line. */
QString expectedPanelTitle(const Dataset &dataset, const QString &id)
{
    if (const Body *body = dataset.body(id))
        return body->name;
    const Relation *relation = dataset.relation(id);
    const auto name = [&](const QString &bodyId) {
        const Body *body = dataset.body(bodyId);
        return body ? body->name : bodyId;
    };
    return QStringLiteral("%1 %2 %3 (%4)")
        .arg(name(relation->from), relation->type, name(relation->to), relation->status);
}

/** Checks what must hold whatever the user did; adds failures to the current test. */
void checkInvariants(const Dataset &dataset, MainWindow &window, const QSpinBox *depth,
                     const QComboBox *focusDirection)
{
    ASSERT_TRUE(window.isVisible()) << "the window is still there";
    ASSERT_TRUE(window.layoutError().isEmpty()) << window.layoutError().toStdString();
    GraphScene *scene = window.scene();
    const GraphQuery &query = window.query();
    const VisibleGraph visible = visibleGraph(dataset, query);

    // Exactly what the query leaves on show is drawn, inside the scene's rectangle.
    const QRectF sceneRect = scene->sceneRect().adjusted(-1, -1, 1, 1);
    for (const Body &body : dataset.bodies()) {
        const BodyItem *item = scene->bodyItem(body.id);
        EXPECT_EQ(item != nullptr, visible.bodies.contains(body.id)) << body.id.toStdString();
        if (item) {
            EXPECT_TRUE(item->scene() == scene) << body.id.toStdString();
            EXPECT_TRUE(sceneRect.contains(item->layoutBox())) << body.id.toStdString();
        }
    }
    for (const Relation &relation : dataset.relations()) {
        const RelationItem *item = scene->relationItem(relation.id);
        EXPECT_EQ(item != nullptr, visible.relations.contains(relation.id))
            << relation.id.toStdString();
        if (item) {
            EXPECT_TRUE(sceneRect.contains(item->sceneBoundingRect())) << relation.id.toStdString();
        }
    }
    EXPECT_EQ(scene->items().size(), visible.bodies.size() + visible.relations.size())
        << "no stray items";

    // One selection at most, drawn, and the panel about it; else the panel shows a page.
    EXPECT_LE(scene->selectedItems().size(), 1);
    const QString selected = scene->selectedId();
    const QString panelTitle = window.details()->document()->firstBlock().text();
    if (!selected.isEmpty()) {
        EXPECT_TRUE(visible.bodies.contains(selected) || visible.relations.contains(selected))
            << selected.toStdString();
        // The panel says the status as at the timeline's date: the window's dataset has it.
        EXPECT_EQ(panelTitle, expectedPanelTitle(window.dataset(), selected));
    } else {
        EXPECT_TRUE(panelTitle == QLatin1String("NHS Commissioning Explorer") ||
                    panelTitle == QStringLiteral("\u2190 Overview"))
            << "nothing is selected, yet the panel shows " << panelTitle.toStdString();
    }

    // Find: the matches are on show, highlighted, and the rest dimmed.
    const FindBar *find = window.findBar();
    for (const QString &id : find->matches()) {
        EXPECT_TRUE(visible.bodies.contains(id) || visible.relations.contains(id))
            << id.toStdString();
    }
    const QSet<QString> matches(find->matches().cbegin(), find->matches().cend());
    // Without a search, a tour's step highlights what it is about.
    QSet<QString> stepItems;
    if (!window.tourId().isEmpty()) {
        const QList<const TourStep *> steps = window.fullDataset().stepsOf(window.tourId());
        EXPECT_TRUE(window.tourStep() >= 1 && window.tourStep() <= steps.size());
        if (window.tourStep() >= 1 && window.tourStep() <= steps.size()) {
            const TourStep *step = steps[window.tourStep() - 1];
            stepItems = QSet<QString>(step->bodies.cbegin(), step->bodies.cend());
            stepItems.unite(QSet<QString>(step->relations.cbegin(), step->relations.cend()));
        }
    }
    const auto expectedEmphasis = [&](const QString &id) {
        if (find->searching())
            return matches.contains(id) ? Emphasis::Match : Emphasis::Dimmed;
        if (!window.tourId().isEmpty())
            return stepItems.contains(id) ? Emphasis::Match : Emphasis::Dimmed;
        return Emphasis::Normal;
    };
    for (const QString &id : visible.bodies)
        EXPECT_EQ(scene->bodyItem(id)->emphasis(), expectedEmphasis(id)) << id.toStdString();
    for (const QString &id : visible.relations)
        EXPECT_EQ(scene->relationItem(id)->emphasis(), expectedEmphasis(id)) << id.toStdString();

    // The legend, the note and the focus controls say what the query is.
    const auto hidesAny = [](const QSet<QString> &hidden, const auto &rows) {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const auto &row) { return hidden.contains(row.status); });
    };
    const auto listed = [](const auto &texts) {
        return QStringList(texts.cbegin(), texts.cend()).join(u',').toStdString();
    };
    EXPECT_EQ(!window.legend()->hiddenEntryTexts().isEmpty(),
              hidesAny(query.hiddenBodyStatuses, dataset.bodies()) ||
                  hidesAny(query.hiddenRelationStatuses, dataset.relations()))
        << "legend " << listed(window.legend()->hiddenEntryTexts()) << "; bodies "
        << listed(query.hiddenBodyStatuses) << "; relations "
        << listed(query.hiddenRelationStatuses);
    EXPECT_EQ(window.viewNote().isEmpty(),
              query.focus.isEmpty() && !query.filters() && query.asAt.isEmpty());

    // Every control shows the document's state: none keeps a view of its own.
    const ViewState &state = window.document().state();
    EXPECT_EQ(query, state.query);
    EXPECT_EQ(state.query.depth, depth->value());
    EXPECT_EQ(int(state.query.direction), focusDirection->currentData().toInt());
    EXPECT_EQ(window.findBar()->field()->text(), state.search);
    EXPECT_EQ(window.timeline()->date(), state.query.asAt);
    EXPECT_EQ(window.tourPlayer()->isVisibleTo(&window), !state.tour.isEmpty());
    if (!window.layoutRunning()) {
        EXPECT_EQ(selected, state.selection) << "the graph shows the document's selection";
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (const auto engine = layoutEngineFromName(action->data().toString());
            engine && action->isCheckable()) {
            EXPECT_EQ(action->isChecked(), *engine == state.engine) << action->text().toStdString();
        }
    }

    // The view shows the graph at a usable scale.
    const QTransform transform = window.view()->transform();
    EXPECT_TRUE(std::isfinite(transform.m11()) && transform.m11() > 0 &&
                transform.m11() == transform.m22() && transform.m12() == 0 && transform.m21() == 0)
        << "zoom " << transform.m11() << " x " << transform.m22();
    if (window.birdsEye()->isVisible()) {
        EXPECT_TRUE(window.view()->viewport()->geometry().contains(window.birdsEye()->geometry()));
    }

    // The tables list what the graph shows and follow its selection.
    if (const DatasetTables *tables = window.tables();
        tables && tables->filterField()->text().isEmpty()) {
        EXPECT_EQ(tables->bodiesTable()->model()->rowCount(), visible.bodies.size());
        EXPECT_EQ(tables->relationsTable()->model()->rowCount(), visible.relations.size());
        const QString row = tables->selectedId();
        EXPECT_TRUE(row.isEmpty() || row == selected)
            << "table row " << row.toStdString() << ", graph " << selected.toStdString();
    }
}

/** Closes any menu or dialog that opened an event loop of its own, so the run never blocks. */
void closeWhatBlocks()
{
    if (QThread::currentThread()->loopLevel() == 0)
        return; // nothing is waiting: menus opened without a loop stay open for the monkey
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    else if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    else // only a drag is left: offscreen cannot cancel one, and warns each time it is asked
        QDrag::cancel();
}

/**
 * Says what the monkey was doing, and aborts, when one action takes longer than a minute: a hang
 * then names its seed and last actions (and leaves a core) instead of running into CTest's
 * timeout.
 */
class Watchdog
{
public:
    explicit Watchdog(std::string replay) : mReplay(std::move(replay)), mThread([this] { watch(); })
    {
    }
    ~Watchdog()
    {
        {
            const std::lock_guard lock(mMutex);
            mDone = true;
        }
        mWake.notify_all();
        mThread.join();
    }

    void doing(const std::string &what)
    {
        const std::lock_guard lock(mMutex);
        mTrail.push_back(what);
        if (mTrail.size() > 12)
            mTrail.pop_front();
        ++mBeat;
    }

private:
    void watch()
    {
        std::unique_lock lock(mMutex);
        for (std::uint64_t seen = mBeat; !mDone; seen = mBeat) {
            if (!mWake.wait_for(lock, std::chrono::seconds(60),
                                [&] { return mDone || mBeat != seen; })) {
                std::fprintf(stderr, "Monkey: one action has taken over a minute. Replay: %s\n",
                             mReplay.c_str());
                for (const std::string &step : mTrail)
                    std::fprintf(stderr, "  %s\n", step.c_str());
                std::abort();
            }
        }
    }

    const std::string mReplay;
    std::mutex mMutex;
    std::condition_variable mWake;
    std::deque<std::string> mTrail;
    std::uint64_t mBeat = 0;
    bool mDone = false;
    std::thread mThread; // last: starts when the rest is ready
};

std::uint32_t monkeySeed()
{
    bool ok = false;
    const std::uint32_t seed = qEnvironmentVariable("NHSX_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : kDefaultSeed;
}

int monkeyActions()
{
    bool ok = false;
    const int actions = qEnvironmentVariableIntValue("NHSX_MONKEY_ACTIONS", &ok);
    return ok && actions > 0 ? actions : kDefaultActions;
}

TEST(Monkey, RandomActionsLeaveTheWindowWorking)
{
    const std::uint32_t seed = monkeySeed();
    const int count = monkeyActions();
    const bool trace = qEnvironmentVariableIntValue("NHSX_MONKEY_TRACE") != 0;
    const std::string replay =
        QStringLiteral("NHSX_MONKEY_SEED=%1 NHSX_MONKEY_ACTIONS=%2 QT_QPA_PLATFORM=offscreen %3 "
                       "--gtest_filter=Monkey.*")
            .arg(seed)
            .arg(count)
            .arg(QCoreApplication::applicationFilePath())
            .toStdString();
    std::printf("Monkey: seed %u, %d actions. Replay: %s\n", seed, count, replay.c_str());
    std::fflush(stdout);
    SCOPED_TRACE("monkey seed " + std::to_string(seed) + "; replay: " + replay);

    // The same seed, the same hashes: a replay iterates the window's hashes in the same order.
    QHashSeed::setDeterministicGlobalSeed();
    // Nothing may depend on the wall clock, or a replay goes another way: no menu or combo box
    // effects, each typed letter a search of its own in a list, and no triple clicks.
    const bool effects = QApplication::isEffectEnabled(Qt::UI_General);
    const int keyboardInterval = QApplication::keyboardInputInterval();
    const int doubleClickInterval = QApplication::doubleClickInterval();
    QApplication::setEffectEnabled(Qt::UI_General, false);
    QApplication::setKeyboardInputInterval(0);
    QApplication::setDoubleClickInterval(0);
    const QStringList settingsBefore = QSettings().allKeys();
    UrlTrap urls;
    for (const char *scheme : {"http", "https", "file", "mailto", "nhsx", "nhsx-source"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &urls, "open");
    const test::WarningCollector warnings;

    const Dataset dataset = test::bundledDataset();
    GraphvizLayout layout;
    {
        MainWindow window(dataset, QStringLiteral("monkey"), layout);
        window.setAnimated(false); // docks move at once, not by the clock
        // The one thing the monkey may not do is quit: its invariants are about a window shown.
        window.findChild<QAction *>(QStringLiteral("quit"))->setEnabled(false);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTimer unblocker;
        QObject::connect(&unblocker, &QTimer::timeout, &closeWhatBlocks);
        unblocker.start(20);

        Monkey monkey(seed, dataset, window);
        const auto *depth = window.findChild<QSpinBox *>();
        const QComboBox *focusDirection = nullptr;
        for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Focus direction"))
                focusDirection = combo;
        }
        ASSERT_NE(depth, nullptr);
        ASSERT_NE(focusDirection, nullptr);

        Watchdog watchdog(replay);
        std::deque<QString> trail; // the last actions, shown when one fails
        QElapsedTimer clock;
        clock.start();
        int done = 0;
        for (int i = 0; i < count; ++i, ++done) {
            const auto print = [trace](const QString &text) {
                if (trace) {
                    std::printf("%s\n", qPrintable(text));
                    std::fflush(stdout);
                }
            };
            print(QStringLiteral("action %1").arg(i));
            watchdog.doing(std::to_string(i) + ": begun");
            QString what = monkey.act();
            print(QStringLiteral("  ") + what);
            watchdog.doing(QStringLiteral("%1: %2").arg(i).arg(what).toStdString());
            if (const QString settled = monkey.settle(); !settled.isEmpty()) {
                print(QStringLiteral("  then ") + settled);
                what += QStringLiteral("; ") + settled;
            }
            trail.push_back(QStringLiteral("%1: %2").arg(i).arg(what));
            if (trail.size() > 12)
                trail.pop_front();
            checkInvariants(dataset, window, depth, focusDirection);
            EXPECT_TRUE(warnings.warnings().isEmpty())
                << warnings.warnings().join(u'\n').toStdString();
            if (::testing::Test::HasFailure()) {
                QString last;
                for (const QString &step : trail)
                    last += step + u'\n';
                ADD_FAILURE() << "after action " << i << " of seed " << seed
                              << "; the last actions:\n"
                              << last.toStdString();
                break;
            }
        }
        std::printf("Monkey: %d actions in %.1f s\n", done, clock.elapsed() / 1000.0);
        unblocker.stop();
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    }
    for (const char *scheme : {"http", "https", "file", "mailto", "nhsx", "nhsx-source"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    QApplication::setEffectEnabled(Qt::UI_General, effects);
    QApplication::setKeyboardInputInterval(keyboardInterval);
    QApplication::setDoubleClickInterval(doubleClickInterval);
    EXPECT_TRUE(urls.opened.isEmpty()) << urls.opened.front().toString().toStdString();
    EXPECT_EQ(QSettings().allKeys(), settingsBefore) << "the monkey's window wrote no settings";
}

} // namespace

#include "monkey_test.moc"
