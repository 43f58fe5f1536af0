#pragma once

#include "core/dataset.h"

#include <QFrame>

class QLabel;

namespace nhsx {

struct Theme;

/**
 * The strip under the graph in presentation mode, for a room to read: the selected body's (or
 * relation's) name and status, and one quote that bears on it, with who said it where and when.
 * All dataset text is shown as plain text.
 */
class PresentationCaption final : public QFrame
{
    Q_OBJECT

public:
    explicit PresentationCaption(const Dataset &dataset, QWidget *parent = nullptr);
    PresentationCaption(const Dataset &&dataset, QWidget *parent = nullptr) = delete;

    /** Colours and fonts from this theme. */
    void setTheme(const Theme &theme);
    void showBody(const QString &id);
    void showRelation(const QString &id);
    /** Nothing selected: nothing to say. */
    void showNothing();
    /** Whether it shows a body or relation; an empty caption is best hidden. */
    bool hasContent() const;

    QString title() const;
    QString status() const;
    QString quote() const;
    QString citation() const;
    QLabel *titleLabel() const { return mTitle; }
    QLabel *statusLabel() const { return mStatus; }
    QLabel *quoteLabel() const { return mQuote; }
    QLabel *citationLabel() const { return mCitation; }

private:
    void show(const QString &title, const QString &status, const QList<const Quote *> &quotes);

    const Dataset &mDataset;
    const Theme *mTheme;
    QLabel *mTitle = nullptr;
    QLabel *mStatus = nullptr;
    QLabel *mQuote = nullptr;
    QLabel *mCitation = nullptr;
};

} // namespace nhsx
