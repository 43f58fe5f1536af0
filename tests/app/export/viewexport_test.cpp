// Exports and printouts of the view, checked by tools this project did not write: rsvg-convert,
// pdftoppm, pdftotext and pdfinfo (poppler), and Graphviz's dot. packaging/setup.sh installs
// them, so a missing tool fails the test rather than skipping it.
#include "app/export/viewexport.h"
#include "app/shell/mainwindow.h"
#include "bundled.h"
#include "core/graphquery.h"
#include "core/graphvizlayout.h"
#include "core/timeline.h"
#include "core/visiblesources.h"
#include "support/testdatasets.h"
#include "warnings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace nhsx;

namespace {

struct ProcessResult
{
    bool ran = false; // started and finished normally
    int exitCode = -1;
    QString out, err;
};

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment = offscreen())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {true, process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/** Runs one of the checking tools; the test fails if it is not installed. */
ProcessResult tool(const char *program, const QStringList &arguments)
{
    const ProcessResult result = runProgram(QString::fromLatin1(program), arguments);
    EXPECT_TRUE(result.ran) << program
                            << " did not run: is it installed? (bash packaging/setup.sh)";
    return result;
}

ProcessResult explorer(const QStringList &arguments,
                       const QProcessEnvironment &environment = offscreen())
{
    return runProgram(QStringLiteral(NHSX_EXPLORER), arguments, environment);
}

/** Text as pdftotext or an SVG gives it: words in drawing order, one space between them. */
QString words(const QString &text)
{
    return text.simplified();
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-raw")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    const ProcessResult result = tool("pdftotext", arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return words(result.out);
}

int pdfPages(const QString &pdf)
{
    const ProcessResult result = tool("pdfinfo", {pdf});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    return pages.match(result.out).captured(1).toInt();
}

/** The text of every <text> element of an SVG, in document order. */
QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return words(texts.join(QLatin1Char(' ')));
}

/** Whether dot text has a node statement for this id (quoted or not, as cgraph writes it). */
bool declaresNode(const QString &dot, const QString &id)
{
    const QRegularExpression node(
        QStringLiteral("^\\s*(%1|\"%1\")\\s*\\[").arg(QRegularExpression::escape(id)),
        QRegularExpression::MultilineOption);
    return node.match(dot).hasMatch();
}

/**
 * Calls act on the first modal dialog of type T to open while the returned timer lives (keep it
 * for the test's length), from within the dialog's own event loop.
 */
template <typename T> std::unique_ptr<QTimer> whenOpened(const std::function<void(T *)> &act)
{
    auto poll = std::make_unique<QTimer>();
    QTimer *timer = poll.get();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            act(dialog);
        }
    });
    timer->start(10);
    return poll;
}

class ViewExport : public ::testing::Test
{
protected:
    ViewExport() : dataset(test::bundledDataset()) {}

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    /** What a view shows and its sources' titles, as the program should export them. */
    void expectShowsExactly(const QString &text, const GraphQuery &query) const
    {
        // What the window shows: the dataset as at the query's date (all of it for none).
        const Dataset then = datasetAsAt(dataset, query.asAt);
        GraphQuery undated = query;
        undated.asAt.clear();
        const VisibleGraph visible = visibleGraph(then, undated);
        ASSERT_FALSE(visible.bodies.isEmpty());
        QStringList shown;
        for (const QString &id : visible.bodies)
            shown.append(words(then.body(id)->name));
        for (const QString &name : std::as_const(shown))
            EXPECT_TRUE(text.contains(name)) << "missing body: " << name.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Sources")));
        QStringList cited;
        for (const Source *source : sourcesOfVisible(then, visible)) {
            EXPECT_TRUE(text.contains(words(source->title)))
                << "missing source: " << source->title.toStdString();
            shown << words(source->title) << words(source->outlet) << words(source->author);
            cited.append(source->id);
        }
        EXPECT_FALSE(cited.isEmpty());
        for (const Body &body : dataset.bodies()) {
            if (visible.bodies.contains(body.id))
                continue;
            // A hidden body's name may still be part of a shown name or citation.
            const QString name = words(body.name);
            const bool inShown = std::any_of(shown.cbegin(), shown.cend(),
                                             [&](const QString &s) { return s.contains(name); });
            if (!inShown) {
                EXPECT_FALSE(text.contains(name)) << "hidden body drawn: " << name.toStdString();
            }
        }
        for (const Source &source : dataset.sources()) {
            if (!cited.contains(source.id)) {
                EXPECT_FALSE(text.contains(words(source.title)))
                    << "source of nothing shown: " << source.title.toStdString();
            }
        }
    }

    QTemporaryDir dir;
    Dataset dataset;
};

GraphQuery focusOn(const char *id)
{
    GraphQuery query;
    query.focus = QString::fromLatin1(id);
    return query;
}

TEST_F(ViewExport, SvgRendersWithRsvgConvertAndKeepsItsText)
{
    const ProcessResult exported = explorer({QStringLiteral("--size"), QStringLiteral("1000x700"),
                                             QStringLiteral("--export"), path("view.svg")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const ProcessResult rendered =
        tool("rsvg-convert", {QStringLiteral("-o"), path("rendered.png"), path("view.svg")});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    const QImage image(path("rendered.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1000, 700));
    expectShowsExactly(svgText(path("view.svg")), {});
}

TEST_F(ViewExport, PdfRendersWithPdftoppmAndItsTextHasTheBodiesAndSources)
{
    const ProcessResult exported = explorer({QStringLiteral("--export"), path("view.pdf")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const ProcessResult rendered =
        tool("pdftoppm", {QStringLiteral("-r"), QStringLiteral("48"), QStringLiteral("-png"),
                          path("view.pdf"), path("page")});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    EXPECT_FALSE(QImage(path("page-1.png")).isNull());
    EXPECT_EQ(pdfPages(path("view.pdf")), 1);
    expectShowsExactly(pdfText(path("view.pdf")), {});
}

TEST_F(ViewExport, AFocusedViewExportsOnlyWhatItShows)
{
    const QStringList focus{QStringLiteral("--focus"), QStringLiteral("clinical-senates")};
    ASSERT_EQ(explorer(focus + QStringList{QStringLiteral("--export"), path("focus.pdf")}).exitCode,
              0);
    expectShowsExactly(pdfText(path("focus.pdf")), focusOn("clinical-senates"));
    ASSERT_EQ(explorer(focus + QStringList{QStringLiteral("--export"), path("focus.svg")}).exitCode,
              0);
    expectShowsExactly(svgText(path("focus.svg")), focusOn("clinical-senates"));

    ASSERT_EQ(explorer(focus + QStringList{QStringLiteral("--export"), path("focus.dot")}).exitCode,
              0);
    QFile dot(path("focus.dot"));
    ASSERT_TRUE(dot.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(dot.readAll());
    const VisibleGraph visible = visibleGraph(dataset, focusOn("clinical-senates"));
    for (const Body &body : dataset.bodies()) {
        EXPECT_EQ(declaresNode(text, body.id), visible.bodies.contains(body.id))
            << body.id.toStdString();
    }
}

TEST_F(ViewExport, AViewAsAtADateCitesOnlyWhatHadBeenSaidByThen)
{
    GraphQuery query;
    query.asAt = QStringLiteral("2011-06-20");
    ASSERT_EQ(explorer({QStringLiteral("--as-at"), query.asAt, QStringLiteral("--export"),
                        path("june.pdf")})
                  .exitCode,
              0);
    const QString text = pdfText(path("june.pdf"));
    expectShowsExactly(text, query);
    // The DH letter of 15 September 2011 is not cited in June.
    const auto letter = std::find_if(
        dataset.sources().cbegin(), dataset.sources().cend(),
        [](const Source &source) { return source.date == QLatin1String("2011-09-15"); });
    ASSERT_NE(letter, dataset.sources().cend());
    EXPECT_FALSE(text.contains(words(letter->title)));
    // The footer says which date the picture shows.
    EXPECT_TRUE(text.contains(words(QStringLiteral("as at 20 June 2011")))) << text.toStdString();
    ASSERT_EQ(explorer({QStringLiteral("--export"), path("all.pdf")}).exitCode, 0);
    EXPECT_FALSE(pdfText(path("all.pdf")).contains(QStringLiteral("as at")));
}

TEST_F(ViewExport, DotOfATourStepIsTheGraphTheStepShows)
{
    const TourStep *step = dataset.stepsOf(QStringLiteral("senates-role-in-2011")).front();
    ASSERT_EQ(explorer({QStringLiteral("--tour"), step->tour, QStringLiteral("--export"),
                        path("step.dot")})
                  .exitCode,
              0);
    QFile file(path("step.dot"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const VisibleGraph visible = visibleGraph(dataset, queryForStep(*step));
    ASSERT_LT(visible.bodies.size(), dataset.bodies().size());
    for (const Body &body : dataset.bodies()) {
        EXPECT_EQ(declaresNode(text, body.id), visible.bodies.contains(body.id))
            << body.id.toStdString();
    }
}

qsizetype countColour(const QImage &image, QRgb colour)
{
    qsizetype count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour;
    }
    return count;
}

TEST_F(ViewExport, PngHasTheAskedSizeAndDrawsTheSelectionAndSearch)
{
    const QRgb selection = qRgb(0x00, 0x5e, 0xb8), match = qRgb(0xe0, 0x6c, 0x00);

    ASSERT_EQ(explorer({QStringLiteral("--size"), QStringLiteral("900x600"),
                        QStringLiteral("--export"), path("plain.png")})
                  .exitCode,
              0);
    const QImage plain(path("plain.png"));
    ASSERT_FALSE(plain.isNull());
    EXPECT_EQ(plain.size(), QSize(900, 600));
    EXPECT_EQ(countColour(plain, selection), 0);
    EXPECT_EQ(countColour(plain, match), 0);

    ASSERT_EQ(explorer({QStringLiteral("--select"), QStringLiteral("clinical-senates"),
                        QStringLiteral("--search"), QStringLiteral("veto"),
                        QStringLiteral("--export"), path("chosen.png")})
                  .exitCode,
              0);
    const QImage chosen(path("chosen.png"));
    EXPECT_EQ(chosen.size(), QSize(1280, 800));
    EXPECT_GT(countColour(chosen, selection), 50);
    EXPECT_GT(countColour(chosen, match), 50);
}

TEST_F(ViewExport, ThePresentationThemeCarriesIntoTheExportWithNoWindowShown)
{
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        noDisplay.remove(QLatin1String(name));
    const ProcessResult presented = explorer(
        {QStringLiteral("--presentation"), QStringLiteral("--export"), path("presented.png")},
        noDisplay);
    ASSERT_EQ(presented.exitCode, 0) << presented.err.toStdString();
    ASSERT_EQ(explorer({QStringLiteral("--export"), path("plain.png")}).exitCode, 0);
    const QImage image(path("presented.png"));
    EXPECT_EQ(image.size(), QSize(1280, 800));
    // The presentation theme's strong yellow for advisory bodies, not the everyday pastel.
    const QRgb presentationAdvisory = qRgb(0xff, 0xd7, 0x5e);
    EXPECT_GT(countColour(image, presentationAdvisory), 500);
    EXPECT_EQ(countColour(QImage(path("plain.png")), presentationAdvisory), 0);
}

TEST_F(ViewExport, DotIsAcceptedByGraphviz)
{
    for (const char *engine : {"dot", "neato"}) {
        const ProcessResult exported = explorer(
            {QStringLiteral("--layout"), QLatin1String(engine), QStringLiteral("--hide-status"),
             QStringLiteral("historical"), QStringLiteral("--export"), path("graph.dot")});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const ProcessResult checked = tool("dot", {QStringLiteral("-Tsvg"), path("graph.dot"),
                                                   QStringLiteral("-o"), path("g.svg")});
        EXPECT_EQ(checked.exitCode, 0) << engine << ": " << checked.err.toStdString();
        QFile dot(path("graph.dot"));
        ASSERT_TRUE(dot.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(dot.readAll());
        EXPECT_TRUE(text.contains(QStringLiteral("layout=%1").arg(QLatin1String(engine))));
        for (const Body &body : dataset.bodies()) {
            EXPECT_EQ(declaresNode(text, body.id), body.status != QLatin1String("historical"))
                << body.id.toStdString();
        }
    }
}

TEST_F(ViewExport, NeedsNoDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    for (const char *name : {"v.png", "v.svg", "v.pdf", "v.dot"}) {
        const ProcessResult result =
            explorer({QStringLiteral("--export"), path(name)}, environment);
        EXPECT_EQ(result.exitCode, 0) << name << ": " << result.err.toStdString();
        EXPECT_GT(QFileInfo(path(name)).size(), 0) << name;
    }
}

TEST_F(ViewExport, ErrorsNameTheFileOrTheOption)
{
    const ProcessResult unwritable = explorer({QStringLiteral("--export"), path("no/dir/v.svg")});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(path("no/dir/v.svg"))) << unwritable.err.toStdString();
    const ProcessResult noSuchFocus = explorer({QStringLiteral("--focus"), QStringLiteral("nobody"),
                                                QStringLiteral("--export"), path("v.pdf")});
    EXPECT_EQ(noSuchFocus.exitCode, 2);
    EXPECT_TRUE(noSuchFocus.err.contains(QStringLiteral("nobody")));
    EXPECT_FALSE(QFile::exists(path("v.pdf")));
    const ProcessResult unknown = explorer({QStringLiteral("--export"), path("v.gif")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral(".gif"))) << unknown.err.toStdString();
}

TEST_F(ViewExport, TheExportDialogsChosenFormatDecidesAndTheViewIsExportedAsShown)
{
    GraphvizLayout layout;
    MainWindow window(dataset, QStringLiteral("test"), layout);
    window.setQuery(focusOn("clinical-senates"));
    const test::WarningCollector warnings;
    const auto poll = whenOpened<QFileDialog>([this](QFileDialog *dialog) {
        const QStringList filters = dialog->nameFilters();
        const auto svg = std::find_if(filters.cbegin(), filters.cend(), [](const QString &f) {
            return f.contains(QLatin1String("*.svg"));
        });
        if (svg == filters.cend()) {
            ADD_FAILURE() << "no SVG filter in " << filters.join(';').toStdString();
            dialog->reject();
            return;
        }
        dialog->selectNameFilter(*svg);
        // Typed into the name field, as a person would: selectFile() leaves a field that has the
        // focus alone, and when the focus arrives depends on the platform.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            ADD_FAILURE() << "no name field in the file dialog";
            dialog->reject();
            return;
        }
        name->setText(path("chosen"));            // no extension: the filter's is added
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
    });
    window.exportWithDialog();
    ASSERT_TRUE(QFile::exists(path("chosen.svg")))
        << "written: " << QDir(dir.path()).entryList(QDir::Files).join(' ').toStdString();
    const ProcessResult rendered =
        tool("rsvg-convert", {QStringLiteral("-o"), path("chosen.png"), path("chosen.svg")});
    EXPECT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    expectShowsExactly(svgText(path("chosen.svg")), focusOn("clinical-senates"));
    EXPECT_TRUE(warnings.warnings().isEmpty()) << warnings.warnings().join('\n').toStdString();
}

/** The text without any white space, so that where lines were wrapped does not matter. */
QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

TEST_F(ViewExport, MarkupInTheDatasetIsDrawnAsTyped)
{
    test::writeChangedBundledDataset(path("markup.sqlite"), test::markupInEveryTextFieldSql());
    const QStringList options{QStringLiteral("--data"), path("markup.sqlite"),
                              QStringLiteral("--focus"), QStringLiteral("clinical-senates")};
    ASSERT_EQ(explorer(options + QStringList{QStringLiteral("--export"), path("m.svg")}).exitCode,
              0);
    ASSERT_EQ(explorer(options + QStringList{QStringLiteral("--export"), path("m.pdf")}).exitCode,
              0);
    const QString markup = withoutSpaces(test::kMarkup);
    // In names and labels, and in the footer's outlets, titles and authors.
    EXPECT_GE(withoutSpaces(svgText(path("m.svg"))).count(markup), 5);
    EXPECT_GE(withoutSpaces(pdfText(path("m.pdf"))).count(markup), 5);
    QFile file(path("m.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            for (const char *injected : {"b", "script", "img", "a"})
                EXPECT_NE(xml.name(), QLatin1String(injected));
        }
    }
}

TEST_F(ViewExport, AFooterOfManySourcesLeavesTheGraphItsRoomAndCountsTheRest)
{
    const QString manySources = QStringLiteral(
        "CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
        "  WHERE i < 300) SELECT i FROM c;"
        "INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file, full_text) "
        "SELECT 'many-' || i, 'Source ' || i || ' of many', 'Outlet', NULL, "
        "  '2011-06-20', 'stated: test', 'many-' || i || '.txt', 'Words of source ' || i "
        "  FROM n;"
        "INSERT INTO quotes SELECT 'q-many-' || i, 'many-' || i, NULL, NULL, "
        "  'Words of source ' || i FROM n;"
        "INSERT INTO quote_bodies SELECT 'q-many-' || i, 'clinical-senates' FROM n;");
    test::writeChangedBundledDataset(path("many.sqlite"), manySources);
    const ProcessResult exported = explorer({QStringLiteral("--data"), path("many.sqlite"),
                                             QStringLiteral("--export"), path("many.pdf")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(pdfPages(path("many.pdf")), 1);
    const QString text = pdfText(path("many.pdf"));
    for (const Body &body : dataset.bodies())
        EXPECT_TRUE(text.contains(words(body.name))) << body.name.toStdString();

    static const QRegularExpression rest(QStringLiteral("and (\\d+) more sources\\."));
    const QRegularExpressionMatch counted = rest.match(text);
    ASSERT_TRUE(counted.hasMatch()) << text.right(2000).toStdString();
    qsizetype listed = 0;
    for (int i = 1; i <= 300; ++i)
        listed += text.contains(QStringLiteral("Source %1 of many").arg(i));
    // The articles cite the drawn graph; the data files only the England layer, not drawn here.
    qsizetype articles = 0;
    for (const Source &source : dataset.sources()) {
        if (source.isData())
            continue;
        ++articles;
        listed += text.contains(words(source.title));
    }
    EXPECT_GT(listed, 5);
    EXPECT_EQ(listed + counted.captured(1).toInt(), 300 + articles);
}

TEST(FooterCitation, NamesOutletTitleAuthorAndDateAsPlainText)
{
    const Source withAuthor{"s",          "A <b>title</b>", "Pulse", "Ann Author",
                            "2011-06-20", "stated",         "",      ""};
    EXPECT_EQ(citation(withAuthor),
              QStringLiteral("Pulse, \u201cA <b>title</b>\u201d, by Ann Author, 20 June 2011."));
    const Source anonymous{"s",       "Title\nover lines", "Outlet", "",
                           "2011-09", "inferred from x",   "",       ""};
    EXPECT_EQ(citation(anonymous),
              QStringLiteral("Outlet, \u201cTitle over lines\u201d, September 2011 (inferred)."));
}

TEST(FooterCitation, CutsAFieldOfOver200Characters)
{
    const QString longTitle = QString(300, u'x');
    const Source source{"s", longTitle, "Outlet", "", "", "undated", "", ""};
    const QString cited = citation(source);
    EXPECT_TRUE(cited.contains(QString(199, u'x') + QStringLiteral("\u2026\u201d")))
        << cited.toStdString();
    EXPECT_FALSE(cited.contains(QString(200, u'x')));
}

class Printing : public ::testing::Test
{
protected:
    Printing() : dataset(test::bundledDataset()), window(dataset, QStringLiteral("test"), layout)
    {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
    }

    QString print(PrintLayout how, const char *name)
    {
        const QString file = dir.filePath(QLatin1String(name));
        printer.setOutputFileName(file);
        printView(printer, window.viewPicture(), how);
        return file;
    }

    QTemporaryDir dir;
    Dataset dataset;
    GraphvizLayout layout;
    MainWindow window;
    QPrinter printer{QPrinter::HighResolution};
};

TEST_F(Printing, FitsTheWholeViewOnOnePage)
{
    const QString pdf = print(PrintLayout::OnePage, "one.pdf");
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    for (const Body &body : dataset.bodies())
        EXPECT_TRUE(text.contains(words(body.name))) << body.name.toStdString();
    // Every article; the data files are cited only by the England 2013 layer, not drawn here.
    for (const Source &source : dataset.sources()) {
        if (!source.isData()) {
            EXPECT_TRUE(text.contains(words(source.title))) << source.title.toStdString();
        }
    }
}

TEST_F(Printing, APosterSpansOverlappingPagesEachWithItsFooter)
{
    const QList<QRectF> pages = posterPages(printer, window.viewPicture());
    ASSERT_GT(pages.size(), 1); // the whole graph at its size on screen is wider than A4
    // In scene units, which the poster prints as screen pixels (1/96 inch).
    const qreal overlap = kPosterOverlapMm / 25.4 * 96;
    for (qsizetype i = 1; i < pages.size(); ++i) {
        if (pages[i].top() == pages[i - 1].top()) {
            EXPECT_NEAR(pages[i - 1].right() - pages[i].left(), overlap, 0.01);
        }
    }
    QRectF covered;
    for (const QRectF &page : pages)
        covered = covered.united(page);
    EXPECT_TRUE(covered.contains(window.viewPicture().scene->sceneRect()));

    const QString pdf = print(PrintLayout::Poster, "poster.pdf");
    ASSERT_EQ(pdfPages(pdf), pages.size());
    for (int page = 1; page <= pages.size(); ++page) {
        const QString text = pdfText(pdf, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.size())))
            << text.toStdString();
        EXPECT_TRUE(text.contains(words(dataset.sources().front().title))) << page;
    }

    printer.setPageSize(QPageSize(QPageSize::A0)); // large enough for the whole graph
    EXPECT_EQ(posterPages(printer, window.viewPicture()).size(), 1);
}

TEST_F(Printing, ThePreviewOffersOnePageOrAPoster)
{
    const test::WarningCollector warnings;
    int onePage = 0, poster = 0;
    const auto poll = whenOpened<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QComboBox *choice = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Print layout"))
                choice = combo;
        }
        if (preview && choice) {
            onePage = preview->pageCount();
            choice->setCurrentIndex(choice->findData(int(PrintLayout::Poster)));
            poster = preview->pageCount();
        }
        dialog->reject();
    });
    window.printWithPreview();
    EXPECT_EQ(onePage, 1);
    EXPECT_GT(poster, 1);
    EXPECT_TRUE(warnings.warnings().isEmpty()) << warnings.warnings().join('\n').toStdString();
}

} // namespace
