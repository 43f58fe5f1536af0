#include "app/panel/sourceview.h"

#include "core/displaydate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace nhsx {

SourceView::SourceView(const Dataset &dataset, QWidget *parent) : QDialog(parent), mDataset(dataset)
{
    setWindowTitle(tr("Source"));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    mHeading = new QLabel;
    mHeading->setTextFormat(Qt::PlainText);
    mHeading->setWordWrap(true);
    mHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = mHeading->font();
    headingFont.setBold(true);
    mHeading->setFont(headingFont);
    layout->addWidget(mHeading);
    mNotice = new QLabel;
    mNotice->setTextFormat(Qt::PlainText);
    mNotice->setWordWrap(true);
    layout->addWidget(mNotice);
    mText = new QPlainTextEdit;
    mText->setReadOnly(true);
    mText->setAccessibleName(tr("Source text"));
    layout->addWidget(mText, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SourceView::showQuote(const QString &quoteId)
{
    const Quote *quote = mDataset.quote(quoteId);
    const Source *source = quote ? mDataset.source(quote->source) : nullptr;
    if (!source)
        return false;
    QStringList heading{source->outlet, source->title,
                        displayDate(source->date, source->dateBasis)};
    if (!source->author.isEmpty())
        heading.insert(1, source->author);
    mHeading->setText(heading.join(QStringLiteral(" · ")));
    // The editor keeps one character per line break: positions are found in the text as shown.
    QString shown = source->fullText;
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    mText->setPlainText(shown);

    mHighlighted = quoteRangesIn(quote->text, shown);
    mNotice->setText(
        mHighlighted.isEmpty()
            ? tr("This quote is not found in the source text: the dataset is broken "
                 "here (see --validate).")
            : tr("The quote is highlighted. Source file: %1. How the date is known: %2")
                  .arg(source->seedFile, source->dateBasis));
    QList<QTextEdit::ExtraSelection> selections;
    for (const TextRange &range : mHighlighted) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(mText->document());
        selection.cursor.setPosition(int(range.start));
        selection.cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(0xff, 0xe0, 0x66));
        selection.format.setForeground(QColor(0x1a, 0x1a, 0x1a)); // dark on the yellow, always
        selection.format.setForeground(Qt::black);
        selections.append(selection);
    }
    mText->setExtraSelections(selections);
    if (!mHighlighted.isEmpty()) {
        QTextCursor cursor(mText->document());
        cursor.setPosition(int(mHighlighted.front().start));
        mText->setTextCursor(cursor);
        mText->centerCursor();
    }
    return true;
}

} // namespace nhsx
