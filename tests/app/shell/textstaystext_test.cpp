// Text from a dataset is shown as typed, never run as markup; links leave the program only for
// the web, after the address is shown; a dataset that cannot be shown is explained in a dialog
// that offers the bundled one.
#include "app/controls/findbar.h"
#include "app/graph/graphitems.h"
#include "app/graph/graphscene.h"
#include "app/panel/detailspanel.h"
#include "app/panel/externallink.h"
#include "app/panel/glossaryview.h"
#include "app/shell/datasetchoice.h"
#include "app/shell/mainwindow.h"
#include "core/acronyms.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "support/testdatasets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace nhsx;

namespace {

const QString kShownMarkup = QStringLiteral("<script>alert(1)</script>");

/**
 * Runs answer on the first modal dialog that opens (polled, as exec() opens it later), for as
 * long as the returned timer lives.
 */
[[nodiscard]] std::unique_ptr<QTimer> whenADialogOpens(std::function<void(QMessageBox *)> answer)
{
    auto poll = std::make_unique<QTimer>();
    QTimer *timer = poll.get();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            answer(box);
        }
    });
    timer->start(10);
    return poll;
}

QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

/** Every label in the widget that shows the marker is plain text, so its markup stays as typed. */
void expectLabelsArePlainText(const QWidget &widget, const QString &marker)
{
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(marker)) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
        }
    }
}

/** The panel's document shows the markup as text: no images, and links only of the program's. */
void expectPanelShowsMarkupAsText(DetailsPanel &panel, const QString &what)
{
    SCOPED_TRACE(what.toStdString());
    EXPECT_TRUE(panel.toPlainText().contains(kShownMarkup)) << panel.toPlainText().toStdString();
    for (QTextBlock block = panel.document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            EXPECT_FALSE(format.isImageFormat()) << fragment.fragment().text().toStdString();
            if (format.isAnchor()) {
                EXPECT_TRUE(format.anchorHref().startsWith(QLatin1String("nhsx")))
                    << format.anchorHref().toStdString();
            }
        }
    }
}

class TextStaysText : public ::testing::Test
{
protected:
    static Dataset markupDataset(const QString &path)
    {
        test::writeChangedBundledDataset(path, test::markupInEveryTextFieldSql());
        LoadResult loaded = loadDatasetFile(path);
        if (!loaded.ok())
            throw std::runtime_error(loaded.error.message().toStdString());
        return std::move(*loaded.dataset);
    }

    QTemporaryDir dir;
    GraphvizLayout layout;
    MainWindow window{markupDataset(dir.filePath(QStringLiteral("markup.sqlite"))),
                      QStringLiteral("markup.sqlite"), layout};
};

TEST_F(TextStaysText, TheDetailsPanelShowsMarkupFromTheDatasetAsTyped)
{
    window.resize(1280, 800);
    window.show();
    const Dataset &dataset = window.dataset();
    ASSERT_FALSE(dataset.bodies().isEmpty());
    for (const Body &body : dataset.bodies()) {
        ASSERT_TRUE(window.select(body.id));
        expectPanelShowsMarkupAsText(*window.details(), body.id);
    }
    for (const Relation &relation : dataset.relations()) {
        ASSERT_TRUE(window.select(relation.id));
        expectPanelShowsMarkupAsText(*window.details(), relation.id);
    }
    window.details()->showChronology();
    expectPanelShowsMarkupAsText(*window.details(), QStringLiteral("chronology"));
    window.details()->showOverview();
    expectPanelShowsMarkupAsText(*window.details(), QStringLiteral("overview"));
}

TEST_F(TextStaysText, LabelsTooltipsAndFindResultsShowMarkupAsTyped)
{
    window.resize(1280, 800);
    window.show();
    window.find(QStringLiteral("alert"));
    const auto *results = window.findBar()->results();
    ASSERT_NE(results, nullptr);
    ASSERT_GT(results->count(), 0);
    EXPECT_TRUE(results->item(0)->text().contains(QLatin1String("alert(1)")));
    expectLabelsArePlainText(window, QStringLiteral("<b>"));
    for (const Body &body : window.dataset().bodies()) {
        const BodyItem *item = window.scene()->bodyItem(body.id);
        ASSERT_NE(item, nullptr);
        // A tooltip is rich text when it looks like it; escaped, it shows the markup as typed.
        EXPECT_FALSE(item->toolTip().contains(kShownMarkup)) << item->toolTip().toStdString();
        EXPECT_TRUE(item->toolTip().contains(kShownMarkup.toHtmlEscaped()));
    }
}

TEST_F(TextStaysText, AnAcronymOfMarkupShowsAsTypedInThePanelItsToolTipAndTheGlossary)
{
    window.resize(1280, 800);
    window.show();
    const Dataset &dataset = window.dataset();
    const auto entry = std::find_if(dataset.glossary().cbegin(), dataset.glossary().cend(),
                                    [](const GlossaryEntry &e) { return e.term == test::kMarkup; });
    ASSERT_NE(entry, dataset.glossary().cend());
    ASSERT_TRUE(window.select(dataset.bodies().front().id));
    DetailsPanel &panel = *window.details();
    QStringList linkedTerms;
    for (QTextBlock block = panel.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QUrl url(format.anchorHref());
            if (format.isAnchor() && url.scheme() == QLatin1String("nhsx-glossary") &&
                url.path() == test::kMarkup)
                linkedTerms.append(it.fragment().text());
        }
    }
    ASSERT_FALSE(linkedTerms.isEmpty()) << "the acronym is linked where it occurs";
    EXPECT_TRUE(linkedTerms.contains(test::kMarkup)) << "and shows as typed";

    const QString href = QStringLiteral("nhsx-glossary:") +
                         QString::fromLatin1(QUrl::toPercentEncoding(test::kMarkup));
    emit panel.highlighted(QUrl(href));
    QTextDocument toolTip;
    toolTip.setHtml(QToolTip::text());
    // HTML drops the markup's leading space; every other character shows as typed.
    EXPECT_EQ(toolTip.toPlainText(), acronymNote(*entry).trimmed())
        << QToolTip::text().toStdString();

    emit panel.anchorClicked(QUrl(href));
    const GlossaryView &glossary = *window.glossary();
    ASSERT_FALSE(glossary.selectedItems().isEmpty());
    EXPECT_EQ(
        glossary.item(glossary.selectedItems().front()->row(), GlossaryView::TermColumn)->text(),
        test::kMarkup);
}

TEST(DetailsPanelResources, NothingNamedInTheTextIsEverRead)
{
    const Dataset dataset = Dataset(DatasetContent{});
    DetailsPanel panel(dataset);
    const QUrl localFile = QUrl::fromLocalFile(QStringLiteral(NHSX_BUNDLED_DATASET));
    EXPECT_FALSE(panel.loadResource(QTextDocument::ImageResource, localFile).isValid());
    EXPECT_FALSE(panel.loadResource(QTextDocument::StyleSheetResource, localFile).isValid());
    EXPECT_FALSE(panel
                     .loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("https://example.org/x.png")))
                     .isValid());
}

/** Stands in for the desktop's browser: records the addresses it is asked to open. */
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class ExternalLinks : public ::testing::Test
{
protected:
    ExternalLinks()
    {
        for (const char *scheme : {"http", "https", "file", "javascript", "ftp"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &recorder, "open");
    }
    ~ExternalLinks() override
    {
        for (const char *scheme : {"http", "https", "file", "javascript", "ftp"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    UrlRecorder recorder;
};

TEST_F(ExternalLinks, AWebAddressOpensOnlyAfterItIsShownAndAccepted)
{
    const QUrl address(QStringLiteral("https://example.org/a page?x=<b>"));
    QString shown;
    const auto answering = whenADialogOpens([&](QMessageBox *box) {
        shown = box->text();
        EXPECT_EQ(box->textFormat(), Qt::PlainText);
        box->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(openExternalLink(address, nullptr));
    EXPECT_TRUE(shown.contains(QLatin1String("https://example.org/a%20page?x=%3Cb%3E")))
        << shown.toStdString();
    EXPECT_TRUE(recorder.opened.isEmpty()) << "cancelled: nothing opens";

    const auto answeringAgain =
        whenADialogOpens([](QMessageBox *box) { box->button(QMessageBox::Open)->click(); });
    EXPECT_TRUE(openExternalLink(address, nullptr));
    EXPECT_EQ(recorder.opened, QList<QUrl>{address});
}

TEST_F(ExternalLinks, OtherSchemesNeverOpenAndAskNothing)
{
    bool asked = false;
    const auto answering = whenADialogOpens([&](QMessageBox *box) {
        asked = true;
        box->reject();
    });
    for (const char *url : {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/",
                            "nhsx-unknown:thing", "/etc/passwd"})
        EXPECT_FALSE(openExternalLink(QUrl(QString::fromLatin1(url)), nullptr)) << url;
    QApplication::processEvents();
    QTest::qWait(50);
    EXPECT_FALSE(asked);
    EXPECT_TRUE(recorder.opened.isEmpty());
}

TEST_F(ExternalLinks, ALinkFollowedInThePanelGoesThroughTheSameCheck)
{
    const Dataset dataset = Dataset(DatasetContent{});
    DetailsPanel panel(dataset);
    emit panel.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    EXPECT_TRUE(recorder.opened.isEmpty());
    const auto answering =
        whenADialogOpens([](QMessageBox *box) { box->button(QMessageBox::Open)->click(); });
    emit panel.anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    EXPECT_EQ(recorder.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/"))});
}

TEST(DatasetChoice, ADataFileThatBreaksTheRulesIsRefusedWithTheFileAndTheProblem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dangling.sqlite"));
    test::writeChangedBundledDataset(
        path, QStringLiteral("UPDATE relations SET to_body = 'nowhere' WHERE rowid = 1;"));
    const DatasetToShow refused = loadDatasetToShow(path);
    EXPECT_FALSE(refused.dataset);
    EXPECT_TRUE(refused.error.startsWith(path + QStringLiteral(": ")))
        << refused.error.toStdString();
    EXPECT_TRUE(refused.error.contains(QLatin1String("ends at body 'nowhere'")));

    const DatasetToShow bundled = loadDatasetToShow({});
    ASSERT_TRUE(bundled.dataset) << bundled.error.toStdString();
    EXPECT_TRUE(bundled.error.isEmpty());
}

TEST(DatasetChoice, TheDialogShowsTheProblemAsTextAndOffersTheBundledDataset)
{
    const QString error = QStringLiteral("/tmp/x.sqlite: bodies 'b': has no name") + test::kMarkup;
    QString shown;
    const auto answering = whenADialogOpens([&](QMessageBox *box) {
        shown = box->text();
        expectLabelsArePlainText(*box, QStringLiteral("<b>"));
        QAbstractButton *bundled = buttonWithText(box, QStringLiteral("Open the bundled dataset"));
        ASSERT_NE(bundled, nullptr);
        bundled->click();
    });
    EXPECT_TRUE(offerBundledDataset(error));
    EXPECT_TRUE(shown.contains(error)) << shown.toStdString();

    const auto answeringAgain =
        whenADialogOpens([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); });
    EXPECT_FALSE(offerBundledDataset(error)) << "closing means quitting";
}

} // namespace

#include "textstaystext_test.moc"
