#pragma once

#include "core/dataset.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace nhsx {

struct Theme;

/**
 * The caption strip of a guided tour: the tour, "step 2 of 5", the step's title, its caption
 * (the project's words, marked so) and its quote with speaker and source (speaker and date
 * when presenting, for room on a projector), with Previous, Next
 * and End buttons. Text from the dataset is shown as plain text.
 */
class TourPlayer final : public QFrame
{
    Q_OBJECT

public:
    explicit TourPlayer(QWidget *parent = nullptr);

    /** Shows step number ordinal (from 1) of count; the quote is looked up in the dataset. */
    void showStep(const Dataset &dataset, const Tour &tour, const TourStep &step, int count);
    /** Everything the strip says, as plain text lines (what a screen reader or a test reads). */
    QStringList lines() const;
    QPushButton *previousButton() const { return mPrevious; }
    QPushButton *nextButton() const { return mNext; }
    /**
     * Everyday look (the palette's colours), or, presenting, the theme's caption colours and
     * large fonts, like the presentation caption it stands in for.
     */
    void setPresenting(bool presenting, const Theme &theme);

signals:
    void previousRequested();
    void nextRequested();
    void endRequested();

private:
    QLabel *mCounter = nullptr;
    QLabel *mTitle = nullptr;
    QLabel *mCaption = nullptr;
    QLabel *mQuote = nullptr;
    QLabel *mCitation = nullptr;
    QPushButton *mPrevious = nullptr;
    QPushButton *mNext = nullptr;
    QPushButton *mEnd = nullptr;
    QString mFullCitation, mBriefCitation; // the brief one when presenting
    bool mPresenting = false;
};

} // namespace nhsx
