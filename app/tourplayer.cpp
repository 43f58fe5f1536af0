#include "tourplayer.h"

#include "detailspanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace nhsx {

namespace {

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/** Who said it and where: "Dr Kathy McLean, Unknown (...), “Title”, 15 September 2011". */
QString citationOf(const Dataset &dataset, const Quote &quote)
{
    QStringList parts;
    if (const QString speaker = dataset.speakerName(quote); !speaker.isEmpty())
        parts << speaker;
    if (const Source *source = dataset.source(quote.source)) {
        parts << source->outlet << QStringLiteral("\u201c%1\u201d").arg(source->title)
              << displayDate(source->date, source->dateBasis);
    }
    return QStringLiteral("\u2014 ") + parts.join(QStringLiteral(", "));
}

} // namespace

TourPlayer::TourPlayer(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Guided tour"));
    mCounter = plainLabel();
    mTitle = plainLabel();
    mCaption = plainLabel();
    mQuote = plainLabel();
    mCitation = plainLabel();
    mCitation->setForegroundRole(QPalette::PlaceholderText);
    mPrevious = new QPushButton(tr("Previous"));
    mNext = new QPushButton(tr("Next"));
    mEnd = new QPushButton(tr("End tour"));
    for (QPushButton *button : {mPrevious, mNext, mEnd})
        button->setFocusPolicy(Qt::TabFocus);
    connect(mPrevious, &QPushButton::clicked, this, &TourPlayer::previousRequested);
    connect(mNext, &QPushButton::clicked, this, &TourPlayer::nextRequested);
    connect(mEnd, &QPushButton::clicked, this, &TourPlayer::endRequested);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setVerticalSpacing(2);
    layout->addWidget(mCounter, 0, 0);
    layout->addWidget(mPrevious, 0, 1);
    layout->addWidget(mNext, 0, 2);
    layout->addWidget(mEnd, 0, 3);
    layout->addWidget(mTitle, 1, 0, 1, 4);
    layout->addWidget(mCaption, 2, 0, 1, 4);
    layout->addWidget(mQuote, 3, 0, 1, 4);
    layout->addWidget(mCitation, 4, 0, 1, 4);
    layout->setColumnStretch(0, 1);
    setTextScale(1);
}

void TourPlayer::setTextScale(qreal scale)
{
    mTextScale = scale;
    QFont base = font();
    base.setPointSizeF(QFont().pointSizeF() * scale);
    for (QLabel *label : {mCounter, mCaption, mCitation})
        label->setFont(base);
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.2);
    mTitle->setFont(title);
    QFont quote = base;
    quote.setItalic(true);
    mQuote->setFont(quote);
    for (QPushButton *button : {mPrevious, mNext, mEnd})
        button->setFont(base);
}

void TourPlayer::showStep(const Dataset &dataset, const Tour &tour, const TourStep &step, int count)
{
    mCounter->setText(tr("Tour: %1 \u2014 step %2 of %3")
                          .arg(tour.title, QString::number(step.ordinal), QString::number(count)));
    mTitle->setText(step.title);
    mCaption->setText(tr("%1 (the project's summary)").arg(step.caption));
    if (const Quote *quote = dataset.quote(step.quote)) {
        mQuote->setText(QStringLiteral("\u201c%1\u201d").arg(quote->text));
        mCitation->setText(citationOf(dataset, *quote));
    } else {
        mQuote->clear();
        mCitation->clear();
    }
    mPrevious->setEnabled(step.ordinal > 1);
    mNext->setEnabled(step.ordinal < count);
}

QStringList TourPlayer::lines() const
{
    return {mCounter->text(), mTitle->text(), mCaption->text(), mQuote->text(), mCitation->text()};
}

} // namespace nhsx
