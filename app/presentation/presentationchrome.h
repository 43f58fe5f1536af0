#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

class QMainWindow;

namespace nhsx {

/**
 * Clears a main window for presenting: hides its menu bar, toolbars, status bar, docks and any
 * other widgets named, and fills the screen; then puts back exactly what was shown, where, and
 * at what size.
 */
class PresentationChrome final
{
public:
    explicit PresentationChrome(QMainWindow *window) : mWindow(window) {}

    /** Remembers what is shown, then hides it and these widgets; full screen if asked. */
    void clear(const QList<QWidget *> &alsoHidden, bool fullScreen);
    /** Shows again what clear() hid, and restores the window's state, geometry and splitters. */
    void restore();
    bool cleared() const { return mCleared; }

private:
    QMainWindow *mWindow;
    bool mCleared = false;
    bool mFullScreen = false;
    Qt::WindowStates mWindowState;
    QByteArray mGeometry, mDockState;
    QList<QPointer<QWidget>> mHidden;
    QList<std::pair<QPointer<QWidget>, QByteArray>> mSplitters;
};

} // namespace nhsx
