#include "app/controls/timelinebar.h"

#include "core/displaydate.h"
#include "core/timeline.h"

#include <QGridLayout>
#include <QLabel>
#include <QSlider>

namespace nhsx {

TimelineBar::TimelineBar(const Dataset &dataset, QWidget *parent)
    : QWidget(parent), mStops(timelineDates(dataset))
{
    mStops.append(QString());
    for (const Event &event : dataset.events())
        mEventsOn[event.date].append(event.title);

    auto *title = new QLabel(tr("As at"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    mSlider = new QSlider(Qt::Horizontal);
    mSlider->setRange(0, int(mStops.size()) - 1);
    mSlider->setPageStep(1);
    mSlider->setTickPosition(QSlider::TicksBelow);
    mSlider->setTickInterval(1);
    mSlider->setMinimumWidth(140);
    mSlider->setAccessibleName(tr("Timeline: show what the sources had said by a date"));
    mDateLabel = new QLabel;
    mDateLabel->setTextFormat(Qt::PlainText);
    mDateLabel->setFont(bold);
    mEvents = new QLabel;
    mEvents->setTextFormat(Qt::PlainText);
    mEvents->setWordWrap(true);
    mEvents->setForegroundRole(QPalette::PlaceholderText);
    title->setBuddy(mSlider);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setVerticalSpacing(0);
    layout->addWidget(title, 0, 0);
    layout->addWidget(mSlider, 0, 1);
    layout->addWidget(mDateLabel, 0, 2);
    layout->addWidget(mEvents, 1, 0, 1, 3);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(2, 3);

    connect(mSlider, &QSlider::valueChanged, this, [this](int index) {
        const QString date = mStops.value(index);
        if (date == mDate)
            return;
        showDate(date);
        emit dateChosen(date);
    });
    showDate({});
}

void TimelineBar::setDate(const QString &date)
{
    showDate(date);
}

void TimelineBar::showDate(const QString &date)
{
    mDate = date;
    qsizetype index = mStops.size() - 1;
    if (!date.isEmpty()) {
        index = 0;
        for (qsizetype i = 0; i + 1 < mStops.size(); ++i) {
            if (onOrBefore(mStops[i], date))
                index = i;
        }
    }
    {
        const QSignalBlocker blocker(mSlider);
        mSlider->setValue(int(index));
    }
    if (date.isEmpty()) {
        mDateLabel->setText(tr("Every source, dated or not"));
        mEvents->setText(tr("Move left to see what the sources had said by a date."));
    } else {
        mDateLabel->setText(displayDate(date));
        const QStringList events = mEventsOn.value(date);
        mEvents->setText(events.isEmpty() ? tr("Statuses as they then stood.")
                                          : events.join(QStringLiteral("; ")));
    }
    mSlider->setAccessibleDescription(description());
}

QString TimelineBar::description() const
{
    return mDateLabel->text() + QStringLiteral(": ") + mEvents->text();
}

} // namespace nhsx
