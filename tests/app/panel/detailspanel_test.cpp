#include "app/panel/detailspanel.h"
#include "bundled.h"
#include "core/acronyms.h"
#include "core/citation.h"
#include "core/datasetloader.h"
#include "support/testdatasets.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>
#include <QToolTip>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

Dataset smallDataset(const QString &changes = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    test::writeDataset(path, test::validContentSql() + changes);
    LoadResult loaded = loadDatasetFile(path);
    if (!loaded.ok())
        throw std::runtime_error(loaded.error.message().toStdString());
    return *loaded.dataset;
}

/** The links in the panel's document, in order: their address and the text that carries them. */
QList<std::pair<QString, QString>> anchors(const DetailsPanel &panel)
{
    QList<std::pair<QString, QString>> found;
    for (QTextBlock block = panel.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                found.append({fragment.charFormat().anchorHref(), fragment.text()});
        }
    }
    return found;
}

QStringList hrefsWithScheme(const DetailsPanel &panel, const QString &scheme)
{
    QStringList hrefs;
    for (const auto &[href, text] : anchors(panel)) {
        if (href.startsWith(scheme + u':'))
            hrefs.append(href);
    }
    return hrefs;
}

/** Follows the link as a click would, after checking the panel shows it. */
void follow(DetailsPanel &panel, const QString &href)
{
    ASSERT_TRUE(hrefsWithScheme(panel, href.section(u':', 0, 0)).contains(href))
        << href.toStdString();
    emit panel.anchorClicked(QUrl(href));
}

void expectClipboardHolds(const Citation &citation)
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(data->text(), citation.plainText);
    ASSERT_TRUE(data->hasFormat(QStringLiteral("text/markdown")));
    EXPECT_EQ(QString::fromUtf8(data->data(QStringLiteral("text/markdown"))), citation.markdown);
}

/** The text of each cell of each table in the document, row by row. */
QList<QStringList> tableRows(const DetailsPanel &panel)
{
    QList<QStringList> rows;
    for (QTextFrame *frame : panel.document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells.append(cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n'));
            }
            rows.append(cells);
        }
    }
    return rows;
}

TEST(DetailsPanel, ShowsDatasetTextAsTextNeverAsHtml)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "UPDATE bodies SET name = '<b>Bold</b> & <i>co</i>', "
        "role = '<a href=\"x\">click</a><script>alert(1)</script>' WHERE id = 'senates';"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Bold</b> & <i>co</i>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<a href=\"x\">click</a><script>alert(1)</script>")));
}

TEST(DetailsPanel, CitesEachQuoteWithSpeakerOutletTitleAndDate)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Senates should be only advisory")));
    EXPECT_TRUE(text.contains(QStringLiteral("Dr Michael Dixon, chair")));
    EXPECT_TRUE(text.contains(QStringLiteral("NHS Alliance, A release, 20 June 2011")))
        << text.toStdString();
}

TEST(DetailsPanel, MarksTheRoleAsTheProjectsSummary)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    const QString text = panel.toPlainText();
    const qsizetype note = text.indexOf(QStringLiteral("Summary in this program's words"));
    ASSERT_GE(note, 0);
    EXPECT_GT(text.indexOf(QStringLiteral("They commission.")), note);
}

TEST(DetailsPanel, ShowsARelationWithItsDescriptionAndQuote)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showRelation(QStringLiteral("senates-advise-ccgs"));
    const QString text = panel.toPlainText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Clinical senates advises Clinical commissioning groups")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Senates advise CCGs.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Senates should be only advisory")));
}

TEST(DetailsPanel, LinksToRelatedBodiesAndRelations)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    QSignalSpy activated(&panel, &DetailsPanel::idActivated);
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx:senates-advise-ccgs")));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().front().toString(), QStringLiteral("senates-advise-ccgs"));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx:senates-advise-ccgs")));
}

TEST(DetailsPanel, FormatsDatesForPeople)
{
    EXPECT_EQ(displayDate(QStringLiteral("2011-06-20")), QStringLiteral("20 June 2011"));
    EXPECT_EQ(displayDate(QStringLiteral("2011-09")), QStringLiteral("September 2011"));
    EXPECT_EQ(displayDate(QString()), QStringLiteral("undated"));
}

TEST(DetailsPanel, GroupsQuotesBySourceInDateOrder)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) "
        "VALUES ('letter', 'The letter', 'Letters Weekly', NULL, '2011-09-15',"
        "    'inferred: published the day of the letter', 'l.txt', 'Senates will not have a "
        "veto.');"
        "INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) "
        "VALUES ('undated', 'Undated piece', 'Pulse', NULL, NULL,"
        "    'not stated: no date', 'u.txt', 'Senates came in at the last minute.');"
        "INSERT INTO quotes (id, source, text) VALUES"
        "    ('q-late', 'undated', 'Senates came in at the last minute.'),"
        "    ('q-veto', 'letter', 'Senates will not have a veto.');"
        "INSERT INTO quote_bodies VALUES ('q-late', 'senates'), ('q-veto', 'senates');"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    const qsizetype quotes = text.indexOf(QStringLiteral("Quotes by source"));
    ASSERT_GE(quotes, 0);
    const qsizetype june = text.indexOf(QStringLiteral("NHS Alliance, A release"), quotes);
    const qsizetype september = text.indexOf(QStringLiteral("Letters Weekly, The letter"), quotes);
    const qsizetype undated = text.indexOf(QStringLiteral("Pulse, Undated piece"), quotes);
    ASSERT_GE(june, 0) << text.toStdString();
    EXPECT_LT(june, september);
    EXPECT_LT(september, undated) << "undated sources come last";
    EXPECT_TRUE(text.contains(QStringLiteral("15 September 2011 (inferred)")));
    EXPECT_EQ(text.count(QStringLiteral("Letters Weekly, The letter")), 1);
    // Each quote sits under its own source's heading.
    EXPECT_GT(text.indexOf(QStringLiteral("Senates will not have a veto.")), september);
    EXPECT_GT(text.indexOf(QStringLiteral("Senates came in at the last minute.")), undated);
}

TEST(DetailsPanel, ShowsDifferingPositionsSideBySideWithTheirDates)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    const QString text = panel.toPlainText();
    const qsizetype question = text.indexOf(QStringLiteral("Must CCGs follow senates' advice?"));
    ASSERT_GE(question, 0) << text.toStdString();
    const qsizetype government = text.indexOf(QStringLiteral("CCGs should follow the advice."));
    const qsizetype dixon = text.indexOf(QStringLiteral("Senates should only advise."));
    EXPECT_GT(dixon, question);
    EXPECT_GT(government, dixon) << "20 June 2011 before June 2011, which may be its end";
    EXPECT_TRUE(text.contains(QStringLiteral("June 2011 (inferred)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Dr Michael Dixon")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("The government said CCGs should follow their advice.")));
    // Side by side: a table, one row per position.
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("<table")));
}

TEST(DetailsPanel, OffersEachQuoteInItsSource)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-source:q-ccgs")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("Show in source")));
    QSignalSpy requested(&panel, &DetailsPanel::sourceRequested);
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-source:q-ccgs")));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.front().front().toString(), QStringLiteral("q-ccgs"));
}

TEST(DetailsPanel, NamesTheInstitutionWhenNoPersonSpeaks)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("— NHS Alliance")))
        << panel.toPlainText().toStdString();
}

TEST(DetailsPanel, ListsEventsOldestFirstInTheChronology)
{
    const Dataset dataset = smallDataset(QStringLiteral(
        "INSERT INTO events VALUES ('earlier', 'The report', '2011-06-13', 'inferred: published "
        "today',"
        "    'It reported.'), ('sometime', 'A teleconference', NULL, 'not stated: yesterday', "
        "'Talk.');"
        "INSERT INTO event_quotes VALUES ('earlier', 'q-advisory'), ('sometime', 'q-advisory');"));
    DetailsPanel panel(dataset);
    panel.showChronology();
    const QString text = panel.toPlainText();
    const qsizetype report = text.indexOf(QStringLiteral("13 June 2011 (inferred): The report"));
    const qsizetype release =
        text.indexOf(QStringLiteral("20 June 2011: The NHS Alliance release"));
    const qsizetype undated = text.indexOf(QStringLiteral("undated: A teleconference"));
    ASSERT_GE(report, 0) << text.toStdString();
    EXPECT_LT(report, release);
    EXPECT_LT(release, undated);
    EXPECT_TRUE(text.contains(QStringLiteral("not stated: yesterday")));
}

TEST(DetailsPanel, ListsTheAcronyms)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showAcronyms();
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("CCG: clinical commissioning group")));
}

TEST(DetailsPanel, TheOverviewLeadsToTheChronologyAndTheAcronymsAndBack)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showOverview();
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-page:chronology")));
    EXPECT_TRUE(panel.toHtml().contains(QStringLiteral("nhsx-page:acronyms")));
    EXPECT_FALSE(panel.toPlainText().contains(QStringLiteral("The NHS Alliance release")))
        << "the events are on their own page";
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:chronology")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("The NHS Alliance release")))
        << panel.toPlainText().toStdString();
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:overview")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("Sources")));
    emit panel.anchorClicked(QUrl(QStringLiteral("nhsx-page:acronyms")));
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("CCG: clinical commissioning group")));
}

TEST(DetailsPanel, TheOverviewCountsTheArticlesQuotedAndListsTheDataFilesApartWithTheirLicence)
{
    const Dataset dataset = test::bundledDataset();
    DetailsPanel panel(dataset);
    panel.showOverview();
    const QString text = panel.toPlainText();
    qsizetype articles = 0;
    for (const Source &source : dataset.sources())
        articles += !source.isData();
    ASSERT_LT(articles, dataset.sources().size()) << "the bundled dataset has data files";
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1 quotes from %2 articles.").arg(dataset.quotes().size()).arg(articles)))
        << text.toStdString();
    const qsizetype dataHeading = text.indexOf(QStringLiteral("Data files"));
    ASSERT_GE(dataHeading, 0);
    for (const Source &source : dataset.sources()) {
        const qsizetype at = text.indexOf(source.title);
        ASSERT_GE(at, 0) << source.title.toStdString();
        EXPECT_EQ(at > dataHeading, source.isData()) << source.title.toStdString();
    }
    EXPECT_GT(text.indexOf(QStringLiteral("Open Government Licence v3.0")), dataHeading);
}

TEST(DetailsPanel, OffersACitationBesideEveryQuote)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    QStringList shown;
    for (const QString &href : hrefsWithScheme(panel, QStringLiteral("nhsx-source")))
        shown.append(href.section(u':', 1));
    QStringList cited;
    for (const QString &href : hrefsWithScheme(panel, QStringLiteral("nhsx-cite-quote")))
        cited.append(href.section(u':', 1));
    ASSERT_GE(shown.size(), 3) << "evidence, positions and quotes by source";
    EXPECT_EQ(cited, shown);
}

TEST(DetailsPanel, CopyCitationPutsAQuoteOnTheClipboardAsTextAndMarkdown)
{
    const Dataset dataset = smallDataset(
        QStringLiteral("UPDATE people SET name = 'Dr *Michael* [Dixon]' WHERE id = 'dixon';"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    QSignalSpy copied(&panel, &DetailsPanel::citationCopied);
    follow(panel, QStringLiteral("nhsx-cite-quote:q-advisory"));
    EXPECT_EQ(copied.count(), 1);
    const Quote &quote = *dataset.quote(QStringLiteral("q-advisory"));
    expectClipboardHolds(citeQuote(dataset, quote));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    EXPECT_TRUE(data->text().contains(QStringLiteral("\u201c%1\u201d").arg(quote.text)));
    EXPECT_TRUE(data->text().contains(QStringLiteral("Dr *Michael* [Dixon]")));
    EXPECT_TRUE(data->text().contains(QStringLiteral("20 June 2011")));
    EXPECT_TRUE(data->data(QStringLiteral("text/markdown"))
                    .contains(QByteArrayLiteral("Dr \\*Michael\\* \\[Dixon\\]")));
}

TEST(DetailsPanel, TheMarkdownCitationRendersAsTheDatasetsTextExactly)
{
    const QString name = QStringLiteral("1. *Senates* __and__ [x](y) <b>z</b> &amp; `c` ~~s~~ \\");
    const QString quote = QStringLiteral("- Senates should be only advisory");
    const Dataset dataset = smallDataset(
        QStringLiteral("UPDATE bodies SET name = %1 WHERE id = 'senates';"
                       "UPDATE sources SET full_text = full_text || %2 WHERE id = 'alliance';"
                       "UPDATE quotes SET text = %2 WHERE id = 'q-advisory';")
            .arg(test::sqlLiteral(name), test::sqlLiteral(quote)));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    follow(panel, QStringLiteral("nhsx-cite:senates"));
    // Qt's own CommonMark reader shows the text as typed: no emphasis, link, list or HTML.
    QTextDocument rendered;
    rendered.setMarkdown(
        QString::fromUtf8(QGuiApplication::clipboard()->mimeData()->data("text/markdown")));
    const QString text = rendered.toPlainText();
    EXPECT_TRUE(text.contains(name)) << text.toStdString();
    EXPECT_TRUE(text.contains(quote)) << text.toStdString();
    for (QTextBlock block = rendered.begin(); block.isValid(); block = block.next()) {
        EXPECT_EQ(block.textList(), nullptr) << block.text().toStdString();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            EXPECT_FALSE(format.isAnchor() || format.fontItalic() || format.fontStrikeOut() ||
                         format.fontFixedPitch())
                << it.fragment().text().toStdString();
            if (it.fragment().text() != name) { // the name is bold, as the citation's heading
                EXPECT_LE(format.fontWeight(), QFont::Normal) << it.fragment().text().toStdString();
            }
        }
    }
}

TEST(DetailsPanel, CopyCitationAtTheTopCitesTheBodyOrTheRelation)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("senates"));
    follow(panel, QStringLiteral("nhsx-cite:senates"));
    expectClipboardHolds(citeBody(dataset, *dataset.body(QStringLiteral("senates"))));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(
        dataset.quote(QStringLiteral("q-advisory"))->text));

    panel.showRelation(QStringLiteral("senates-advise-ccgs"));
    follow(panel, QStringLiteral("nhsx-cite:senates-advise-ccgs"));
    expectClipboardHolds(
        citeRelation(dataset, *dataset.relation(QStringLiteral("senates-advise-ccgs"))));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Clinical senates \u2014 advises \u2014 Clinical commissioning groups")));
}

TEST(DetailsPanel, EachPositionShowsHolderOrganisationSourceDateSummaryAndEvidence)
{
    const Dataset dataset = test::bundledDataset();
    DetailsPanel panel(dataset);
    int checked = 0;
    for (const Position &position : dataset.positions()) {
        const Topic *topic = dataset.topic(position.topic);
        const Source *source = dataset.source(position.source);
        ASSERT_TRUE(topic && source) << position.id.toStdString();
        SCOPED_TRACE(position.id.toStdString());
        if (!topic->body.isEmpty())
            panel.showBody(topic->body);
        else
            panel.showRelation(topic->relation);
        const Person *person = dataset.person(position.holderPerson);
        const QString date = displayDate(position.date, position.dateBasis);
        QStringList row;
        for (const QStringList &cells : tableRows(panel)) {
            if (cells.size() == 2 && cells[0].startsWith(date) &&
                cells[0].contains(dataset.holderName(position)) &&
                cells[1].contains(position.stance))
                row = cells;
        }
        ASSERT_EQ(row.size(), 2) << "no row of its own";
        const QString &who = row[0];
        const QString &said = row[1];
        if (person && !person->post.isEmpty()) {
            EXPECT_TRUE(who.contains(person->post)) << who.toStdString();
        }
        const Body *organisation =
            person ? dataset.body(person->organisation) : dataset.body(position.holderBody);
        if (organisation) {
            EXPECT_TRUE(who.contains(organisation->name)) << who.toStdString();
        }
        EXPECT_TRUE(who.contains(source->outlet)) << who.toStdString();
        EXPECT_TRUE(who.contains(source->title)) << who.toStdString();
        EXPECT_TRUE(said.startsWith(QStringLiteral("Summary: ") + position.stance))
            << said.toStdString();
        for (const QString &quoteId : position.quotes)
            EXPECT_TRUE(said.contains(dataset.quote(quoteId)->text)) << said.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST(DetailsPanel, HoveringAnAcronymShowsItsExpansion)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    const GlossaryEntry &ccg = dataset.glossary().front();
    const QString href = QStringLiteral("nhsx-glossary:") + ccg.term;
    QStringList linked;
    for (const auto &[address, text] : anchors(panel)) {
        if (address == href)
            linked.append(text);
    }
    EXPECT_TRUE(linked.contains(QStringLiteral("CCGs"))) << "the plural, in the quote";
    emit panel.highlighted(QUrl(href));
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), QStringLiteral("<p>%1</p>").arg(acronymNote(ccg)));
    EXPECT_TRUE(QToolTip::text().contains(ccg.expansion));
    emit panel.highlighted(QUrl()); // the pointer left the acronym: the tip fades
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
    QSignalSpy requested(&panel, &DetailsPanel::glossaryRequested);
    emit panel.anchorClicked(QUrl(href));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.front().front().toString(), ccg.term);
}

TEST(DetailsPanel, DrawsAcronymsAsTextWithADottedUnderlineNotAsLinks)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    qsizetype acronyms = 0;
    for (QTextBlock block = panel.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isAnchor())
                continue;
            const bool acronym = format.anchorHref().startsWith(QLatin1String("nhsx-glossary:"));
            EXPECT_EQ(format.underlineStyle() == QTextCharFormat::DotLine, acronym)
                << format.anchorHref().toStdString();
            if (acronym) {
                EXPECT_EQ(format.foreground().color(), panel.palette().text().color());
                ++acronyms;
            }
        }
    }
    EXPECT_GE(acronyms, 3);
}

TEST(DetailsPanel, EachPageIsLaidOutInThePanelsFontAndWidthAndTheOneBeforeIsDeleted)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    QFont large = panel.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    panel.setFont(large);
    panel.resize(420, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const auto pages = [&panel] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return panel.findChildren<QTextDocument *>().size();
    };
    panel.showBody(QStringLiteral("ccgs"));
    const qsizetype afterOne = pages();
    const QPointer<QTextDocument> first = panel.document();
    for (const Body &body : dataset.bodies())
        panel.showBody(body.id);
    panel.showOverview();
    EXPECT_EQ(pages(), afterOne) << "pages do not pile up";
    EXPECT_TRUE(first.isNull()) << "a page no longer shown is deleted";
    EXPECT_EQ(panel.document()->defaultFont().pointSizeF(), large.pointSizeF());
    panel.showBody(QStringLiteral("ccgs"));
    QCoreApplication::processEvents();
    EXPECT_EQ(panel.document()->pageSize().width(), panel.viewport()->width())
        << "laid out to the panel's width";
    EXPECT_GT(panel.verticalScrollBar()->maximum(), 0) << "a long page scrolls";
    EXPECT_TRUE(panel.toPlainText().contains(dataset.body(QStringLiteral("ccgs"))->role));
}

TEST(DetailsPanel, LinksAcronymsOnlyAsWholeWordsInTheDatasetsText)
{
    const Dataset dataset = smallDataset(
        QStringLiteral("UPDATE bodies SET role = 'CCGX and xCCG, but a CCG.' WHERE id = 'ccgs';"));
    DetailsPanel panel(dataset);
    panel.showBody(QStringLiteral("ccgs"));
    QStringList linked;
    for (const auto &[address, text] : anchors(panel)) {
        if (address.startsWith(QLatin1String("nhsx-glossary:")))
            linked.append(text);
    }
    EXPECT_EQ(linked, QStringList({"CCGs", "CCGs", "CCG", "CCGs"}))
        << "the acronym, the quote of the status, the role, the quote by source";
    EXPECT_TRUE(panel.toPlainText().contains(QStringLiteral("CCGX and xCCG, but a CCG.")));
}

TEST(DetailsPanel, TheAcronymsPageCitesTheSourceOfEachTerm)
{
    const Dataset dataset = smallDataset();
    DetailsPanel panel(dataset);
    panel.showAcronyms();
    const GlossaryEntry &ccg = dataset.glossary().front();
    const Source &source = *dataset.source(ccg.source);
    const QString text = panel.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("%1: %2").arg(ccg.term, ccg.expansion)));
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1, %2, %3").arg(source.outlet, source.title, displayDate(source.date))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(dataset.quote(ccg.quote)->text));
}

} // namespace
