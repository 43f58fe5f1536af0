#include "app/panel/glossaryview.h"

#include "core/citation.h"

#include <QHeaderView>

namespace nhsx {

GlossaryView::GlossaryView(const Dataset &dataset, QWidget *parent)
    : QTableWidget(int(dataset.glossary().size()), 4, parent)
{
    setAccessibleName(tr("Glossary"));
    setHorizontalHeaderLabels({tr("Term"), tr("Expansion"), tr("Source"), tr("Quote")});
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    for (int row = 0; row < rowCount(); ++row) {
        const GlossaryEntry &entry = dataset.glossary()[row];
        auto *expansion = new QTableWidgetItem(
            entry.expansion.isEmpty() ? tr("not spelled out in the sources") : entry.expansion);
        if (entry.expansion.isEmpty()) {
            QFont italic = expansion->font();
            italic.setItalic(true);
            expansion->setFont(italic);
        }
        const Source *source = dataset.source(entry.source);
        const Quote *quote = dataset.quote(entry.quote);
        setItem(row, TermColumn, new QTableWidgetItem(entry.term));
        setItem(row, ExpansionColumn, expansion);
        setItem(row, SourceColumn,
                new QTableWidgetItem(source ? sourceReference(*source) : entry.source));
        setItem(row, QuoteColumn,
                new QTableWidgetItem(quote ? QStringLiteral("\u201c%1\u201d").arg(quote->text)
                                           : entry.quote));
    }
    horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ExpansionColumn, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(ExpansionColumn, 200);
    horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

bool GlossaryView::showTerm(const QString &term)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, TermColumn)->text() == term) {
            selectRow(row);
            scrollToItem(item(row, TermColumn));
            return true;
        }
    }
    return false;
}

} // namespace nhsx
