#include "app/presentation/presentationchrome.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace nhsx {

void PresentationChrome::clear(const QList<QWidget *> &alsoHidden, bool fullScreen)
{
    if (mCleared)
        return;
    mCleared = true;
    mFullScreen = fullScreen;
    mWindowState = mWindow->windowState();
    mGeometry = mWindow->saveGeometry();
    mDockState = mWindow->saveState();
    mSplitters.clear();
    for (QSplitter *splitter : mWindow->findChildren<QSplitter *>())
        mSplitters.append({splitter, splitter->saveState()});

    QList<QWidget *> chrome = alsoHidden;
    chrome << mWindow->menuBar() << mWindow->statusBar();
    for (QToolBar *toolbar : mWindow->findChildren<QToolBar *>())
        chrome << toolbar;
    for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>())
        chrome << dock;
    mHidden.clear();
    for (QWidget *widget : std::as_const(chrome)) {
        if (!widget->isHidden()) {
            mHidden.append(widget);
            widget->hide();
        }
    }
    if (fullScreen)
        mWindow->setWindowState(mWindowState | Qt::WindowFullScreen);
}

void PresentationChrome::restore()
{
    if (!mCleared)
        return;
    mCleared = false;
    for (const QPointer<QWidget> &widget : std::as_const(mHidden)) {
        if (widget)
            widget->show();
    }
    mHidden.clear();
    mWindow->restoreState(mDockState);
    for (const auto &[splitter, state] : std::as_const(mSplitters)) {
        if (auto *shown = qobject_cast<QSplitter *>(splitter.data()))
            shown->restoreState(state);
    }
    mSplitters.clear();
    if (mFullScreen) {
        mWindow->setWindowState(mWindowState);
        mWindow->restoreGeometry(mGeometry);
    }
}

} // namespace nhsx
