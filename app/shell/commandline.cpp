#include "app/shell/commandline.h"

#include "app/england/wheretext.h"
#include "app/export/pngwriter.h"
#include "app/export/viewexport.h"
#include "app/graph/dotexport.h"
#include "app/graph/graphscene.h"
#include "app/shell/datasetchoice.h"
#include "app/shell/mainwindow.h"
#include "app/shell/windowlessexport.h"
#include "app/theme/style.h"
#include "core/citation.h"
#include "core/datasetloader.h"
#include "core/graphvizlayout.h"
#include "core/jsonexport.h"
#include "core/layoutcache.h"
#include "core/placement.h"
#include "core/processlayout.h"
#include "core/timeline.h"
#include "core/validation.h"
#include "data/bundleddataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace nhsx {

namespace {

/** The context of the command line's words in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::CommandLine)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "nhs-explorer: " << message << Qt::endl
          << Text::tr("Try 'nhs-explorer --help' for more information.") << Qt::endl;
    return ExitUsageError;
}

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    constexpr int kMin = 200, kMax = 16384;
    if (size.width() < kMin || size.height() < kMin || size.width() > kMax || size.height() > kMax)
        return std::nullopt;
    return size;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (writeFileAtomically(path, bytes, &error))
        return true;
    err() << error << Qt::endl;
    return false;
}

/** A usage error, naming the option, when the options' view names what the dataset lacks. */
std::optional<int> checkViewIds(const Dataset &dataset, const QString &name, const Options &options)
{
    if (const auto wrong = checkView(options.view, dataset, name))
        return usageError(optionFor(wrong->field) + QStringLiteral(": ") + wrong->message);
    return std::nullopt;
}

int exportDataset(const Dataset &dataset, const QString &name, const Options &options)
{
    const QString &path = options.exportFile;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("json"))
        return writeFile(path, exportJson(dataset)) ? ExitOk : ExitDataError;
    if (const auto wrong = checkViewIds(dataset, name, options))
        return *wrong;
    // As the window gives it to Graphviz: the dataset as at the date, with its statuses then.
    const QString dot = dotText(dataset, startState(options, dataset));
    return writeFile(path, dot.toUtf8()) ? ExitOk : ExitDataError;
}

/**
 * Waits for a layout running off the GUI thread to be drawn: --screenshot and --export promise
 * the view as drawn.
 */
void waitForLayout(MainWindow &window)
{
    if (!window.layoutRunning())
        return;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::layoutFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Draws the view the options name, as the window would show it, into a picture file. */
int exportPicture(const Options &options)
{
    DatasetToShow shown = loadDatasetToShow(options.dataFile, layersFor(options));
    if (!shown.dataset) {
        err() << shown.error << Qt::endl;
        return ExitDataError;
    }
    if (const auto wrong = checkViewIds(*shown.dataset, shown.name, options))
        return *wrong;
    // No window: the document, a scene and its layout draw the options' view.
    const GraphvizLayout layout;
    const ViewState view = startState(options, *shown.dataset);
    QString error;
    if (!exportViewState(std::move(*shown.dataset), shown.name, layout, view, options.exportFile,
                         options.size, &error)) {
        err() << error << Qt::endl;
        return ExitDataError;
    }
    return ExitOk;
}

int printWhere(const Dataset &dataset, const QString &text)
{
    const QList<Placement> placements = findPlacements(dataset, text);
    if (placements.isEmpty()) {
        err() << Text::tr("no GP practice or CCG matches '%1'").arg(text) << Qt::endl;
        return ExitDataError;
    }
    QStringList blocks;
    for (const Placement &placement : placements)
        blocks << whereLines(dataset, placement).join(u'\n');
    out() << blocks.join(QStringLiteral("\n\n")) << Qt::endl;
    return ExitOk;
}

int validate(const Dataset &dataset, const QString &name)
{
    const QList<Problem> problems = validateDataset(dataset);
    for (const Problem &problem : problems)
        out() << name << ": " << problem.toString() << Qt::endl;
    if (!problems.isEmpty()) {
        err() << Text::tr("%1: %2 problem(s) found").arg(name, QString::number(problems.size()))
              << Qt::endl;
        return ExitDataError;
    }
    out() << Text::tr("%1: valid (%2 bodies, %3 relations, %4 quotes, %5 sources)")
                 .arg(name, QString::number(dataset.bodies().size()),
                      QString::number(dataset.relations().size()),
                      QString::number(dataset.quotes().size()),
                      QString::number(dataset.sources().size()))
          << Qt::endl;
    return ExitOk;
}

/**
 * Where laid-out graphs are kept between runs, and what they depend on besides the request: the
 * Graphviz version and this very program, so a rebuilt program starts afresh.
 */
CachedLayout cachedLayout(const Layout &graphviz)
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QByteArray identity = GraphvizLayout::version() + ' ' +
                                QByteArray::number(program.size()) + ' ' +
                                QByteArray::number(program.lastModified().toMSecsSinceEpoch());
    return CachedLayout(graphviz, identity,
                        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                            QStringLiteral("/layouts"));
}

int showWindow(Dataset dataset, const QString &name, const Options &options)
{
    const GraphvizLayout graphviz;
    // A graph laid out off the window's thread is laid out in a helper process, which Cancel
    // can stop; a smaller one, in this process.
    const ProcessLayout helper(graphviz,
                               ProcessLayout::helperFor(QCoreApplication::applicationDirPath()),
                               MainWindow::kBackgroundLayoutBodies + 1);
    const CachedLayout layout = cachedLayout(helper);
    // The options' view from the start, laid out once; the view a person left last time where
    // the options leave it open. A screenshot shows the view the options name, whatever that was.
    const MainWindow::Start start = startFor(options, dataset);
    MainWindow window(std::move(dataset), name, layout, start);
    if (!options.screenshotFile.isEmpty())
        waitForLayout(window);
    if (!window.layoutError().isEmpty() && !options.screenshotFile.isEmpty()) {
        err() << Text::tr("%1: the graph could not be laid out: %2").arg(name, window.layoutError())
              << Qt::endl;
        return ExitDataError;
    }
    if (options.tables)
        window.showTables(true);
    window.show();
    if (options.screenshotFile.isEmpty()) {
        // Not for a screenshot, which ends with the first frame.
        window.readLayersOnDemandInBackground();
        return QApplication::exec();
    }
    waitForLayout(window);

    // Queued, so the window has been laid out and painted once before it is grabbed.
    int exitCode = ExitOk;
    QTimer::singleShot(0, &window, [&] {
        // Rendered straight into one image: grab() would add a pixmap and a copy (8 MB here).
        window.scene()->finishTransition();
        QImage image(window.size() * window.devicePixelRatio(), QImage::Format_RGB32);
        image.setDevicePixelRatio(window.devicePixelRatio());
        window.render(&image);
        QString error;
        if (!writeFastPng(image, options.screenshotFile, &error)) {
            err() << error << Qt::endl;
            exitCode = ExitDataError;
        }
        // Its first paint on screen, queued since show(), would only delay the exit (25 ms).
        window.hide();
        QApplication::exit(exitCode);
    });
    QApplication::exec();
    return exitCode;
}

} // namespace

LayerChoice layersFor(const Options &options)
{
    const GraphQuery &query = options.view.query;
    if (query.layers.contains(kNationalLayer))
        return LayerChoice::AtStart;
    const bool viewOnly = options.dataFile.isEmpty() && query.aggregate &&
                          query.expanded.isEmpty() && query.focus.isEmpty() &&
                          options.view.selection.isEmpty() && options.view.search.isEmpty() &&
                          options.view.tour.isEmpty() && !options.tables;
    return viewOnly ? LayerChoice::Outline : LayerChoice::Every;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Explore who does what in the English NHS commissioning system after 2011: "
                 "clinical commissioning groups, clinical senates, the NHS Commissioning "
                 "Board and more, with every claim cited to its source."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  Text::tr("Use this dataset instead of the bundled one."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    Text::tr("Start with this body (or relation) selected."),
                                    QStringLiteral("ID"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Text::tr("Start the window, wait for the first layout and paint, save a PNG of the "
                 "whole window and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        Text::tr("Window size for --screenshot, picture size for --export (default "
                 "1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption exportTo(
        QStringLiteral("export"),
        Text::tr("No window: write by the file's extension the dataset (.json), the graph "
                 "as drawn (.svg, .pdf, .png; of --size, with its sources) or as given to "
                 "Graphviz (.dot); the view options apply."),
        QStringLiteral("FILE"));
    const QCommandLineOption validate(
        QStringLiteral("validate"),
        Text::tr("Check the dataset, print the problems, exit 0 if it is valid."));
    const QCommandLineOption where(
        QStringLiteral("where"),
        Text::tr("No window: print where each GP practice or CCG matching TEXT (a name, a "
                 "practice or CCG code, a postcode or its first half) sits in England in April "
                 "2013, up to the NHS Commissioning Board, and who may advise it or refer its "
                 "plans back; one block per match; exit 1 when nothing matches."),
        QStringLiteral("TEXT"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        Text::tr("Start with this text in Find: matches highlighted, the rest dimmed."),
        QStringLiteral("TEXT"));
    const QCommandLineOption focus(
        QStringLiteral("focus"),
        Text::tr("Show only the neighbourhood of this body (see --depth, --direction)."),
        QStringLiteral("ID"));
    const QCommandLineOption depth(
        QStringLiteral("depth"),
        Text::tr("How many relations away from --focus to show, 1 to 3 (default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption direction(
        QStringLiteral("direction"),
        Text::tr("Which relations --focus follows: in, out or both (default both)."),
        QStringLiteral("DIR"));
    const QCommandLineOption hideStatus(
        QStringLiteral("hide-status"),
        Text::tr("Hide bodies and relations of these statuses, comma-separated, e.g. "
                 "historical,proposed."),
        QStringLiteral("LIST"));
    const QCommandLineOption engine(
        QStringLiteral("layout"),
        Text::tr("Lay the graph out with dot (the hierarchy, default), neato, circo or "
                 "twopi; also for --export .dot."),
        QStringLiteral("ENGINE"));
    const QCommandLineOption tables(QStringLiteral("tables"),
                                    Text::tr("Start with the tables of bodies and relations "
                                             "shown."));
    const QCommandLineOption asAt(
        QStringLiteral("as-at"),
        Text::tr("Show only what the sources had said by this date (YYYY, YYYY-MM or "
                 "YYYY-MM-DD), with statuses as they then stood."),
        QStringLiteral("DATE"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        Text::tr("Start this guided tour (see the Tours menu), at --tour-step."),
        QStringLiteral("ID"));
    const QCommandLineOption tourStep(QStringLiteral("tour-step"),
                                      Text::tr("The step of --tour to start at (default 1)."),
                                      QStringLiteral("N"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        Text::tr("Start in presentation mode: full screen, large high-contrast graph (with "
                 "--screenshot, at --size)."));
    const QCommandLineOption layer(
        QStringLiteral("layer"),
        Text::tr("Start with this layer: national-2011 (the national picture, 2011; the "
                 "default) or england-2013 (England, April 2013, its area teams and CCGs drawn "
                 "in place of the bodies under them)."),
        QStringLiteral("ID"));
    const QCommandLineOption expand(
        QStringLiteral("expand"),
        Text::tr("With --layer england-2013: show the bodies under these area teams or CCGs, "
                 "comma-separated."),
        QStringLiteral("LIST"));
    parser.addOptions({data,   select, screenshot, size,     presentation, exportTo,   validate,
                       where,  search, focus,      depth,    direction,    hideStatus, tables,
                       engine, asAt,   tour,       tourStep, layer,        expand});

    if (!parser.parse(arguments))
        return {std::nullopt, usageError(parser.errorText())};
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << '\n'
              << Text::tr("Exit codes: 0 ok, 1 dataset or file error, 2 usage error.") << Qt::endl;
        return {std::nullopt, ExitOk};
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return {std::nullopt, ExitOk};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return {std::nullopt, usageError(Text::tr("unexpected argument '%1'")
                                             .arg(parser.positionalArguments().constFirst()))};
    }
    const int modes = int(parser.isSet(screenshot)) + int(parser.isSet(exportTo)) +
                      int(parser.isSet(validate)) + int(parser.isSet(where));
    if (modes > 1)
        return {std::nullopt, usageError(Text::tr(
                                  "choose one of --screenshot, --export, --validate and --where"))};
    if (parser.isSet(where) && parser.value(where).trimmed().isEmpty())
        return {std::nullopt, usageError(Text::tr("--where needs some text to look for"))};

    Options options;
    options.dataFile = parser.value(data);
    options.view.selection = parser.value(select);
    options.screenshotFile = parser.value(screenshot);
    options.exportFile = parser.value(exportTo);
    if (parser.isSet(exportTo)) {
        const QString suffix = QFileInfo(options.exportFile).suffix().toLower();
        if (!QStringList{"json", "dot", "png", "svg", "pdf"}.contains(suffix))
            return {std::nullopt,
                    usageError(Text::tr("--export %1: unsupported file type '.%2'; the "
                                        "types are .json (the dataset), .svg, .pdf, .png "
                                        "(the graph as drawn) and .dot (the graph as given "
                                        "to Graphviz)")
                                   .arg(options.exportFile, suffix))};
    }
    options.validate = parser.isSet(validate);
    options.where = parser.value(where).trimmed();
    if (parser.isSet(size)) {
        const auto parsed = parseSize(parser.value(size));
        if (!parsed) {
            return {std::nullopt,
                    usageError(Text::tr("--size '%1': expected WIDTHxHEIGHT, each between "
                                        "200 and 16384, e.g. 1280x800")
                                   .arg(parser.value(size)))};
        }
        options.size = *parsed;
    }
    options.view.search = parser.value(search);
    options.tables = parser.isSet(tables);
    options.view.presenting = parser.isSet(presentation);
    if (parser.isSet(engine)) {
        const auto chosen = layoutEngineFromName(parser.value(engine));
        if (!chosen) {
            QStringList names;
            for (const LayoutEngine known : layoutEngines())
                names.append(layoutEngineName(known));
            return {std::nullopt,
                    usageError(Text::tr("--layout '%1': expected one of %2")
                                   .arg(parser.value(engine), names.join(Text::tr(", "))))};
        }
        options.view.engine = *chosen;
        options.engineChosen = true;
    }
    options.view.query.focus = parser.value(focus);
    if (parser.isSet(asAt)) {
        static const QRegularExpression isoDate(
            QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
        options.view.query.asAt = parser.value(asAt);
        if (!isoDate.match(options.view.query.asAt).hasMatch())
            return {std::nullopt,
                    usageError(Text::tr("--as-at '%1': expected a date as YYYY, YYYY-MM or "
                                        "YYYY-MM-DD, e.g. 2011-06-20")
                                   .arg(options.view.query.asAt))};
    }
    options.view.tour = parser.value(tour);
    options.view.tourStep = options.view.tour.isEmpty() ? 0 : 1;
    if (parser.isSet(tourStep)) {
        bool number = false;
        options.view.tourStep = parser.value(tourStep).toInt(&number);
        if (!number || options.view.tourStep < 1 || !parser.isSet(tour))
            return {std::nullopt,
                    usageError(Text::tr("--tour-step '%1': expected a step number from 1, "
                                        "with --tour")
                                   .arg(parser.value(tourStep)))};
    }
    if (parser.isSet(depth)) {
        bool number = false;
        options.view.query.depth = parser.value(depth).toInt(&number);
        if (!number || options.view.query.depth < 1 || options.view.query.depth > 3)
            return {
                std::nullopt,
                usageError(Text::tr("--depth '%1': expected 1, 2 or 3").arg(parser.value(depth)))};
    }
    if (parser.isSet(direction)) {
        const QString value = parser.value(direction);
        if (value == QLatin1String("in"))
            options.view.query.direction = FocusDirection::In;
        else if (value == QLatin1String("out"))
            options.view.query.direction = FocusDirection::Out;
        else if (value == QLatin1String("both"))
            options.view.query.direction = FocusDirection::Both;
        else
            return {std::nullopt,
                    usageError(Text::tr("--direction '%1': expected in, out or both").arg(value))};
    }
    if (parser.isSet(layer)) {
        options.view.query.layers = {parser.value(layer)};
        options.view.query.aggregate = parser.value(layer) != kNationalLayer;
    }
    for (const QString &id : parser.value(expand).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.view.query.expanded.insert(id.trimmed());
    if (!options.view.query.expanded.isEmpty() && !options.view.query.aggregate)
        return {std::nullopt,
                usageError(Text::tr("--expand needs --layer with a layer read on demand, e.g. "
                                    "--layer england-2013"))};
    for (const QString &status :
         parser.value(hideStatus).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = status.trimmed();
        if (!bodyStatuses().contains(trimmed) && !relationStatuses().contains(trimmed)) {
            QStringList known = bodyStatuses() + relationStatuses();
            known.removeDuplicates();
            return {std::nullopt,
                    usageError(Text::tr("--hide-status: unknown status '%1'; the statuses "
                                        "are %2")
                                   .arg(trimmed, known.join(Text::tr(", "))))};
        }
        if (bodyStatuses().contains(trimmed))
            options.view.query.hiddenBodyStatuses.insert(trimmed);
        if (relationStatuses().contains(trimmed))
            options.view.query.hiddenRelationStatuses.insert(trimmed);
    }
    return {options, ExitOk};
}

ViewState startState(const Options &options, const Dataset &dataset)
{
    const TourStep *step = tourStepOf(options.view, dataset);
    if (!step)
        return options.view; // no tour, or one that checkView names
    return stateForTourStep(options.view, options.view.tour, options.view.tourStep, *step);
}

MainWindow::Start startFor(const Options &options, const Dataset &dataset)
{
    MainWindow::Start start;
    start.view = startState(options, dataset);
    // A window shown to a person fills the screen when presenting and starts as it was left;
    // a screenshot or an export shows what the options name, at their size.
    const bool person = options.screenshotFile.isEmpty() && options.exportFile.isEmpty();
    start.presentFullScreen = person;
    start.remember = person;
    if (options.exportFile.isEmpty())
        start.size = options.size;
    // A person's window fits their screen: on a 1024x768 projector, 1280x800 would hang off it.
    if (const QScreen *screen = QGuiApplication::primaryScreen(); person && screen)
        start.size = start.size.boundedTo(screen->availableSize());
    if (start.remember)
        start.view = MainWindow::rememberedView(start.view, !options.engineChosen);
    return start;
}

void applyViewOptions(MainWindow &window, const Options &options)
{
    ViewState view = startState(options, window.fullDataset());
    if (!options.engineChosen)
        view.engine = window.engine();
    window.applyState(view);
    if (options.tables)
        window.showTables(true);
}

int runProgram(const Options &options)
{
    if (pictureFormatFor(options.exportFile))
        return exportPicture(options);
    if (options.validate || !options.exportFile.isEmpty() || !options.where.isEmpty()) {
        const QString name = options.dataFile.isEmpty() ? bundledDatasetName() : options.dataFile;
        // Checks and exports cover every layer, also those the window reads only on demand.
        const LoadResult loaded =
            options.dataFile.isEmpty()
                ? loadDatasetImage(bundledDatasetImage(), name, LayerChoice::Every)
                : loadDatasetFile(options.dataFile, LayerChoice::Every);
        if (!loaded.ok()) {
            err() << loaded.error.message() << Qt::endl;
            return ExitDataError;
        }
        if (!options.where.isEmpty())
            return printWhere(*loaded.dataset, options.where);
        return options.validate ? validate(*loaded.dataset, name)
                                : exportDataset(*loaded.dataset, name, options);
    }

    DatasetToShow shown = loadDatasetToShow(options.dataFile, layersFor(options));
    if (!shown.dataset) {
        err() << shown.error << Qt::endl;
        // A screenshot has no one to ask; in the window, the bundled dataset is offered instead,
        // and the options naming bodies of the other file no longer apply.
        if (!options.screenshotFile.isEmpty() || !offerBundledDataset(shown.error))
            return ExitDataError;
        shown = loadDatasetToShow({});
        if (!shown.dataset) {
            err() << shown.error << Qt::endl;
            return ExitDataError;
        }
        Options bundled;
        bundled.size = options.size;
        bundled.view.presenting = options.view.presenting;
        return showWindow(std::move(*shown.dataset), shown.name, bundled);
    }
    if (const auto wrong = checkViewIds(*shown.dataset, shown.name, options))
        return *wrong;
    return showWindow(std::move(*shown.dataset), shown.name, options);
}

bool displayOrPlatformChosen()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool needsAWindow(const Options &options)
{
    return options.screenshotFile.isEmpty() && options.exportFile.isEmpty() && !options.validate;
}

} // namespace nhsx
