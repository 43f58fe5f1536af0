#include "app/panel/glossaryview.h"
#include "bundled.h"
#include "core/displaydate.h"

#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QString cell(const GlossaryView &view, int row, int column)
{
    const QTableWidgetItem *item = view.item(row, column);
    return item ? item->text() : QString();
}

TEST(GlossaryView, ListsEveryTermWithItsExpansionSourceAndQuote)
{
    const Dataset dataset = test::bundledDataset();
    ASSERT_FALSE(dataset.glossary().isEmpty());
    const GlossaryView view(dataset);
    ASSERT_EQ(view.rowCount(), dataset.glossary().size());
    bool sawUnexpanded = false;
    for (int row = 0; row < view.rowCount(); ++row) {
        const GlossaryEntry &entry = dataset.glossary()[row];
        SCOPED_TRACE(entry.term.toStdString());
        EXPECT_EQ(cell(view, row, GlossaryView::TermColumn), entry.term);
        if (entry.expansion.isEmpty()) {
            sawUnexpanded = true;
            EXPECT_EQ(cell(view, row, GlossaryView::ExpansionColumn),
                      QStringLiteral("not spelled out in the sources"));
        } else {
            EXPECT_EQ(cell(view, row, GlossaryView::ExpansionColumn), entry.expansion);
        }
        const Source *source = dataset.source(entry.source);
        ASSERT_NE(source, nullptr);
        const QString cited = cell(view, row, GlossaryView::SourceColumn);
        EXPECT_TRUE(cited.contains(source->outlet)) << cited.toStdString();
        EXPECT_TRUE(cited.contains(source->title)) << cited.toStdString();
        EXPECT_TRUE(cited.contains(displayDate(source->date, source->dateBasis)))
            << cited.toStdString();
        EXPECT_EQ(cell(view, row, GlossaryView::QuoteColumn),
                  QStringLiteral("\u201c%1\u201d").arg(dataset.quote(entry.quote)->text));
    }
    EXPECT_TRUE(sawUnexpanded) << "the bundled glossary has terms the sources never spell out";
}

TEST(GlossaryView, ShowsATermBySelectingItsRow)
{
    const Dataset dataset = test::bundledDataset();
    GlossaryView view(dataset);
    const QString term = dataset.glossary().back().term;
    ASSERT_TRUE(view.showTerm(term));
    ASSERT_EQ(view.selectedItems().size(), 4);
    EXPECT_EQ(view.selectedItems().front()->row(), dataset.glossary().size() - 1);
    EXPECT_FALSE(view.showTerm(QStringLiteral("no such term")));
}

} // namespace
