#pragma once

#include "core/dataset.h"
#include "core/quotematch.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace nhsx {

/**
 * A source's full text with one quote highlighted and scrolled into view, so a reader can see
 * the words in their context and check them.
 */
class SourceView final : public QDialog
{
    Q_OBJECT

public:
    explicit SourceView(const Dataset &dataset, QWidget *parent = nullptr);
    /** It keeps a reference to the dataset: a temporary would not live long enough. */
    SourceView(const Dataset &&dataset, QWidget *parent = nullptr) = delete;

    /** Shows the quote's source with the quote highlighted; false if there is no such quote. */
    bool showQuote(const QString &quoteId);

    /** Where the shown quote lies in the source text, part by part. */
    const QList<TextRange> &highlighted() const { return mHighlighted; }
    QPlainTextEdit *textView() const { return mText; }

private:
    const Dataset &mDataset;
    QLabel *mHeading = nullptr;
    QLabel *mNotice = nullptr;
    QPlainTextEdit *mText = nullptr;
    QList<TextRange> mHighlighted;
};

} // namespace nhsx
