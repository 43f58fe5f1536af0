#include "app/sourceview.h"
#include "core/datasetloader.h"
#include "data/bundleddataset.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Dataset bundledDataset()
{
    LoadResult loaded = loadDatasetImage(bundledDatasetImage(), bundledDatasetName());
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

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
        QStringList parts;
        for (const TextRange &range : view.highlighted())
            parts << shown.mid(range.start, range.length);
        EXPECT_TRUE(folded(quote.text).contains(folded(parts.front()))) << quote.id.toStdString();
        EXPECT_EQ(view.textView()->extraSelections().size(), view.highlighted().size());
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

TEST(SourceView, RefusesAnUnknownQuote)
{
    const Dataset dataset = bundledDataset();
    SourceView view(dataset);
    EXPECT_FALSE(view.showQuote(QStringLiteral("no-such-quote")));
}

} // namespace
