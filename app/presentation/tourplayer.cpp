#include "app/presentation/tourplayer.h"

#include "app/theme/theme.h"
#include "core/displaydate.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace nhsx {

namespace {

const QColor kDisabledOnDark(0x6e, 0x6e, 0x6e);

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/**
 * Who said it and where: "Dr Kathy McLean, Unknown (...), “Title”, 15 September 2011", or, brief
 * for a room, who and in a source of when: "Dr Kathy McLean, in a source dated 15 September
 * 2011" (the source's date, which may be later than the words: a report of June's response).
 */
QString citationOf(const Dataset &dataset, const Quote &quote, bool brief)
{
    QStringList parts;
    const QString speaker = dataset.speakerName(quote);
    if (!speaker.isEmpty())
        parts << speaker;
    const Source *source = dataset.source(quote.source);
    if (source && !brief) {
        parts << source->outlet << QStringLiteral("\u201c%1\u201d").arg(source->title)
              << displayDate(source->date, source->dateBasis);
    } else if (source) {
        if (speaker.isEmpty())
            parts << source->outlet;
        parts << (source->date.isEmpty() ? TourPlayer::tr("in an undated source")
                                         : TourPlayer::tr("in a source dated %1")
                                               .arg(displayDate(source->date, source->dateBasis)));
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
    setPresenting(false, normalTheme());
}

void TourPlayer::setPresenting(bool presenting, const Theme &theme)
{
    QPalette palette = QWidget::palette(); // the application's, for the everyday look
    if (presenting) {
        palette.setColor(QPalette::Window, theme.captionBackground);
        palette.setColor(QPalette::WindowText, theme.captionText);
        palette.setColor(QPalette::Button, theme.captionBackground);
        palette.setColor(QPalette::ButtonText, theme.captionText);
        palette.setColor(QPalette::PlaceholderText, theme.captionMutedText);
        // Previous at the first step and Next at the last must look unavailable (WCAG exempts
        // disabled controls from the contrast rule).
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, kDisabledOnDark);
        palette.setColor(QPalette::Disabled, QPalette::WindowText, kDisabledOnDark);
    } else {
        palette = QPalette();
    }
    setPalette(palette);
    mPresenting = presenting;
    mCitation->setText(presenting ? mBriefCitation : mFullCitation);
    // Smaller than the caption's body text, so a step leaves the graph room at 1024x768.
    QFont body = presenting ? theme.captionCitation : QFont();
    QFont small = presenting ? theme.captionCitation : QFont();
    QFont title = presenting ? theme.captionTitle : QFont();
    title.setBold(true);
    if (!presenting)
        title.setPointSizeF(title.pointSizeF() * 1.2);
    QFont quote = body;
    quote.setItalic(true);
    mTitle->setFont(title);
    mCaption->setFont(body);
    mQuote->setFont(quote);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{mCounter, mCitation, mPrevious, mNext, mEnd})
        widget->setFont(small);
    // The citation is muted: the placeholder colour, which the theme sets when presenting.
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    mCitation->setPalette(muted);
}

void TourPlayer::showStep(const Dataset &dataset, const Tour &tour, const TourStep &step, int count)
{
    mCounter->setText(tr("Tour: %1 \u2014 step %2 of %3")
                          .arg(tour.title, QString::number(step.ordinal), QString::number(count)));
    mTitle->setText(step.title);
    mCaption->setText(tr("%1 (the project's summary)").arg(step.caption));
    if (const Quote *quote = dataset.quote(step.quote)) {
        mQuote->setText(QStringLiteral("\u201c%1\u201d").arg(quote->text));
        mFullCitation = citationOf(dataset, *quote, false);
        mBriefCitation = citationOf(dataset, *quote, true);
    } else {
        mQuote->clear();
        mFullCitation.clear();
        mBriefCitation.clear();
    }
    mCitation->setText(mPresenting ? mBriefCitation : mFullCitation);
    mPrevious->setEnabled(step.ordinal > 1);
    mNext->setEnabled(step.ordinal < count);
}

QStringList TourPlayer::lines() const
{
    return {mCounter->text(), mTitle->text(), mCaption->text(), mQuote->text(), mCitation->text()};
}

} // namespace nhsx
