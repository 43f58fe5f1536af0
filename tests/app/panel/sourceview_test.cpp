#include "app/panel/sourceview.h"
#include "bundled.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

using test::bundledDataset;

QString folded(QString text)
{
    return text.replace(QChar(0x2018), QLatin1Char('\''))
        .replace(QChar(0x2019), QLatin1Char('\''))
        .replace(QChar(0x201C), QLatin1Char('"'))
        .replace(QChar(0x201D), QLatin1Char('"'));
}

TEST(SourceView, HighlightsEveryBundledQuoteInItsSource)
{
    const Dataset dataset = bundledDataset();
    SourceView view(dataset);
    for (const Quote &quote : dataset.quotes()) {
        ASSERT_TRUE(view.showQuote(quote.id)) << quote.id.toStdString();
        // The raw text keeps no-break spaces, which toPlainText() would turn into spaces.
        const QString shown = view.textView()->document()->toRawText().replace(
            QChar::ParagraphSeparator, QLatin1Char('\n'));
        EXPECT_EQ(shown, dataset.source(quote.source)->fullText);
        ASSERT_FALSE(view.highlighted().isEmpty()) << quote.id.toStdString();
        const QList<QTextEdit::ExtraSelection> selections = view.textView()->extraSelections();
        EXPECT_EQ(selections.size(), view.highlighted().size());
        // Every part highlighted is a part of the quote, one per part of an elided quote.
        EXPECT_EQ(selections.size(), quote.text.count(QChar(0x2026)) + 1) << quote.id.toStdString();
        for (const QTextEdit::ExtraSelection &selection : selections) {
            const QString part = selection.cursor.selectedText().replace(QChar::ParagraphSeparator,
                                                                         QLatin1Char('\n'));
            EXPECT_TRUE(folded(quote.text).contains(folded(part)))
                << quote.id.toStdString() << ": " << part.toStdString();
        }
    }
}

TEST(SourceView, ScrollsTheQuoteIntoView)
{
    const Dataset dataset = bundledDataset();
    // The quote that starts furthest into its source: the hardest to bring into view.
    const Quote *farthest = nullptr;
    qsizetype farthestAt = -1;
    for (const Quote &quote : dataset.quotes()) {
        const QList<TextRange> ranges =
            quoteRangesIn(quote.text, dataset.source(quote.source)->fullText);
        if (!ranges.isEmpty() && ranges.front().start > farthestAt) {
            farthestAt = ranges.front().start;
            farthest = &quote;
        }
    }
    ASSERT_NE(farthest, nullptr);
    SourceView view(dataset);
    view.resize(500, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(view.showQuote(farthest->id));
    QCoreApplication::processEvents();
    QPlainTextEdit *text = view.textView();
    EXPECT_GT(text->verticalScrollBar()->value(), 0) << "the text scrolled";
    EXPECT_TRUE(text->viewport()->rect().intersects(text->cursorRect()))
        << "the start of the quote is visible";
}

TEST(SourceView, HighlightsTheQuoteInATextWithWindowsLineEnds)
{
    DatasetContent content;
    content.sources = {{"s", "Title", "Outlet", "", "2011-06-20", "stated", "s.txt",
                        "First line.\r\nSecond line.\r\n\r\nSenates will advise CCGs.\r\n"}};
    content.quotes = {{"q", "s", "", "", "Senates will advise CCGs.", {}, {}}};
    const Dataset dataset(content);
    SourceView view(dataset);
    ASSERT_TRUE(view.showQuote(QStringLiteral("q")));
    const QList<QTextEdit::ExtraSelection> selections = view.textView()->extraSelections();
    ASSERT_EQ(selections.size(), 1);
    EXPECT_EQ(selections.front().cursor.selectedText(),
              QStringLiteral("Senates will advise CCGs."));
}

TEST(SourceView, RefusesAnUnknownQuote)
{
    const Dataset dataset = bundledDataset();
    SourceView view(dataset);
    EXPECT_FALSE(view.showQuote(QStringLiteral("no-such-quote")));
}

} // namespace
