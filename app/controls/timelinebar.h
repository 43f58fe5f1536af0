#pragma once

#include "core/dataset.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace nhsx {

/**
 * The "as at" control: a slider over the dates on which the sources said something (and, last,
 * everything, dated or not), with the date and what happened on it.
 */
class TimelineBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineBar(const Dataset &dataset, QWidget *parent = nullptr);

    /** The dates it stops at, oldest first, then the empty date (every source). */
    const QStringList &stops() const { return mStops; }
    /** The date shown; empty for every source. */
    QString date() const { return mDate; }
    /** Shows a date without announcing it; a date between stops sits at the stop before it. */
    void setDate(const QString &date);
    /** What the bar says about the date shown, as a screen reader gets it. */
    QString description() const;
    QSlider *slider() const { return mSlider; }

signals:
    /** The user moved to another date (empty: every source). */
    void dateChosen(const QString &date);

private:
    void showDate(const QString &date);

    QStringList mStops;
    QHash<QString, QStringList> mEventsOn; // a date's event titles
    QString mDate;
    QSlider *mSlider = nullptr;
    QLabel *mDateLabel = nullptr;
    QLabel *mEvents = nullptr;
};

} // namespace nhsx
