#include "graphvizlayout.h"

#include "dotescape.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <dlfcn.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <memory>
#include <mutex>

namespace nhsx {

namespace {

constexpr double kPointsPerInch = 72.0;

/** Graphviz may only be used by one thread at a time in the whole process. */
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

/**
 * The one gvc context of the process, created on first use and freed at exit. Lock first.
 * It starts with no plugins: gvContext() would load every plugin in Graphviz's config, among
 * them the pango text plugin (cairo, pango, glib: about 10 MB and 10 ms at start-up) to measure
 * text we already measure in Qt. The layout plugins are added by loadLayoutPlugin().
 */
GVC_t *graphvizContext()
{
    static const lt_symlist_t noBuiltins[] = {{nullptr, nullptr}};
    struct Context
    {
        GVC_t *gvc = gvContextPlugins(noBuiltins, 0);
        ~Context() { gvFreeContext(gvc); }
    };
    static Context context;
    return context.gvc;
}

/** A Graphviz layout plugin in libgvc's plugin directory, loaded by path when first wanted. */
struct LayoutPlugin
{
    const char *file;
    const char *librarySymbol;
    bool loaded = false;
};

LayoutPlugin dotPlugin{NHSX_GRAPHVIZ_DOT_PLUGIN, "gvplugin_dot_layout_LTX_library"};
/** neato, circo and twopi: most runs never use them, so they cost nothing until then. */
LayoutPlugin neatoPlugin{NHSX_GRAPHVIZ_NEATO_PLUGIN, "gvplugin_neato_layout_LTX_library"};

/**
 * Adds the plugin to the context the first time it is wanted; false, with the reason, if it
 * cannot be loaded. Loaded by path rather than linked, so the program needs no RUNPATH into
 * Graphviz's private plugin directory. Lock first. It stays loaded: the context refers to it
 * until exit.
 */
bool loadLayoutPlugin(LayoutPlugin &plugin, QString *error)
{
    if (plugin.loaded)
        return true;
    void *handle = dlopen(plugin.file, RTLD_NOW | RTLD_LOCAL);
    void *library = handle ? dlsym(handle, plugin.librarySymbol) : nullptr;
    if (!library) {
        *error = QCoreApplication::translate("nhsx::GraphvizLayout",
                                             "cannot load Graphviz's layout plugin: %1")
                     .arg(QString::fromLocal8Bit(dlerror()));
        return false;
    }
    gvAddLibrary(graphvizContext(), static_cast<gvplugin_library_t *>(library));
    plugin.loaded = true;
    return true;
}

/** Where Graphviz's error messages go while the lock is held. */
QString *errorSink = nullptr;

int captureError(char *message)
{
    if (errorSink)
        errorSink->append(QString::fromUtf8(message).trimmed());
    return 0;
}

/** Holds the Graphviz lock and collects Graphviz's error messages while it lives. */
class GraphvizSession
{
public:
    GraphvizSession() : mLock(graphvizMutex())
    {
        errorSink = &mErrors;
        mPrevious = agseterrf(captureError);
    }
    GraphvizSession(const GraphvizSession &) = delete;
    GraphvizSession &operator=(const GraphvizSession &) = delete;
    ~GraphvizSession()
    {
        agseterrf(mPrevious);
        errorSink = nullptr;
    }

    const QString &errors() const { return mErrors; }

private:
    std::lock_guard<std::mutex> mLock;
    QString mErrors;
    agusererrf mPrevious = nullptr;
};

int appendToByteArray(void *chan, const char *text)
{
    static_cast<QByteArray *>(chan)->append(text);
    return 0;
}

int flushNothing(void *)
{
    return 0;
}

/** cgraph 2.42 takes char* for strings it only reads. */
char *chars(const char *text)
{
    return const_cast<char *>(text);
}

QByteArray inches(double points)
{
    return QByteArray::number(points / kPointsPerInch, 'f', 4);
}

/** A fixed-size, empty HTML table: an edge label of exactly the size the caller measured. */
QByteArray fixedLabelTable(const QSizeF &size)
{
    return QByteArrayLiteral(
               "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\""
               " FIXEDSIZE=\"TRUE\" WIDTH=\"") +
           QByteArray::number(std::ceil(size.width())) + "\" HEIGHT=\"" +
           QByteArray::number(std::ceil(size.height())) + "\"><TR><TD></TD></TR></TABLE>";
}

/** Circo's default gap between nodes on a circle, in inches; raised while nodes overlap. */
constexpr double kCircoMinDist = 1.0;

/** Whether any two nodes' boxes, each grown by margin points, overlap. */
bool nodesOverlap(Agraph_t *g, double margin)
{
    QList<QRectF> boxes;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const double width = ND_width(n) * kPointsPerInch + 2 * margin;
        const double height = ND_height(n) * kPointsPerInch + 2 * margin;
        boxes.append(QRectF(ND_coord(n).x - width / 2, ND_coord(n).y - height / 2, width, height));
    }
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            if (boxes[i].intersects(boxes[j]))
                return true;
        }
    }
    return false;
}

/** Bodies and relations above which dot's work is bounded (see Graph). */
constexpr qsizetype kLargeGraph = 500;

/** A cgraph graph built from a request; closed (and its layout freed) on destruction. */
class Graph
{
public:
    /** circoMinDist is circo's gap between nodes on a circle, in inches. */
    explicit Graph(const LayoutRequest &request, double circoMinDist = kCircoMinDist)
        : mEngine(request.engine)
    {
        mIo = {AgIoDisc.afread, appendToByteArray, flushNothing};
        mDisc = {&AgMemDisc, &AgIdDisc, &mIo};
        mGraph = agopen(chars("nhs"), Agdirected, &mDisc);
        const bool dot = mEngine == LayoutEngine::Dot;
        // The engine is written into the graph, so that a .dot export says how it was laid out.
        agattr(mGraph, AGRAPH, chars("layout"), chars(engineName()));
        if (dot) {
            const bool leftToRight = request.direction == LayoutDirection::LeftToRight;
            agattr(mGraph, AGRAPH, chars("rankdir"), chars(leftToRight ? "LR" : "TB"));
            agattr(mGraph, AGRAPH, chars("nodesep"), chars("0.3"));
            agattr(mGraph, AGRAPH, chars("ranksep"), chars("0.35"));
            if (request.nodes.size() + request.edges.size() > kLargeGraph) {
                // Unbounded, dot's network simplex and spline routing took over ten minutes for
                // 1,000 bodies with 2,000 random relations; bounded, and with straight edges,
                // it takes seconds. Small graphs, the bundled one among them, keep the defaults.
                agattr(mGraph, AGRAPH, chars("nslimit"), chars("0.2"));
                agattr(mGraph, AGRAPH, chars("nslimit1"), chars("0.2"));
                agattr(mGraph, AGRAPH, chars("mclimit"), chars("0.05"));
                agattr(mGraph, AGRAPH, chars("splines"), chars("line"));
            }
        } else {
            // Ranks mean nothing here. Nodes must not overlap: "false" is the best removal the
            // build has (prism on Debian's 2.42, which has GTS; Voronoi without); circo may
            // ignore it (see layOut). Edges are routed around the nodes ("true"; unset, they are
            // straight lines through whatever lies between), which needs the nodes apart. Neato
            // starts from random positions: the seed is fixed (2.42 also takes 1 when it is
            // unset) so that layouts repeat and the .dot export gives the same drawing.
            agattr(mGraph, AGRAPH, chars("overlap"), chars("false"));
            agattr(mGraph, AGRAPH, chars("splines"), chars("true"));
            if (mEngine == LayoutEngine::Neato)
                agattr(mGraph, AGRAPH, chars("start"), chars("random1"));
            if (mEngine == LayoutEngine::Circo)
                agattr(mGraph, AGRAPH, chars("mindist"),
                       chars(QByteArray::number(circoMinDist, 'f', 3).constData()));
        }
        agattr(mGraph, AGNODE, chars("shape"), chars("box"));
        agattr(mGraph, AGNODE, chars("style"), chars("rounded"));
        agattr(mGraph, AGNODE, chars("fixedsize"), chars("true"));
        agattr(mGraph, AGNODE, chars("label"), chars(""));
        agattr(mGraph, AGNODE, chars("width"), chars("1"));
        agattr(mGraph, AGNODE, chars("height"), chars("0.5"));
        Agsym_t *edgeLabel = agattr(mGraph, AGEDGE, chars("label"), chars(""));
        agattr(mGraph, AGEDGE, chars("comment"), chars(""));
        QSet<QString> against;
        QHash<QString, int> lengths;
        if (dot) {
            agattr(mGraph, AGEDGE, chars("constraint"), chars("true"));
            agattr(mGraph, AGEDGE, chars("minlen"), chars("1"));
            if (std::any_of(request.edges.cbegin(), request.edges.cend(),
                            [](const LayoutEdge &edge) { return edge.upward; }))
                agattr(mGraph, AGEDGE, chars("dir"), chars("forward"));
            against = edgesAgainstTheHierarchy(request);
            lengths = staggeredEdgeLengths(request);
        }

        // A repeated id would make cgraph merge two nodes, or free an edge twice (2.42): the
        // first of each id is laid out, the rest are left out. Ids are compared as the names
        // cgraph is given, as it compares them.
        QSet<QByteArray> edgeNames;
        for (const LayoutNode &node : request.nodes) {
            const QByteArray name = dotName(node.id);
            if (agnode(mGraph, chars(name.constData()), 0))
                continue;
            Agnode_t *n = agnode(mGraph, chars(name.constData()), 1);
            agset(n, chars("label"), chars(dotLabelText(node.label).constData()));
            agset(n, chars("width"), chars(inches(node.size.width()).constData()));
            agset(n, chars("height"), chars(inches(node.size.height()).constData()));
        }
        for (const LayoutEdge &edge : request.edges) {
            // Dot ranks an edge's tail above its head: an upward edge is given the other way
            // round, its arrow drawn back to where it points.
            const bool reversed = dot && edge.upward;
            const QString &tailId = reversed ? edge.to : edge.from;
            const QString &headId = reversed ? edge.from : edge.to;
            Agnode_t *tail = agnode(mGraph, chars(dotName(tailId).constData()), 0);
            Agnode_t *head = agnode(mGraph, chars(dotName(headId).constData()), 0);
            const QByteArray name = dotName(edge.id);
            if (!tail || !head || edgeNames.contains(name))
                continue; // an edge to an unknown node, or a repeated id, is not drawn
            edgeNames.insert(name);
            Agedge_t *e = agedge(mGraph, tail, head, chars(name.constData()), 1);
            if (reversed)
                agset(e, chars("dir"), chars("back"));
            agset(e, chars("comment"), chars(dotLabelText(edge.label).constData()));
            if (against.contains(edge.id))
                agset(e, chars("constraint"), chars("false"));
            if (const int length = lengths.value(edge.id, 1); length != 1)
                agset(e, chars("minlen"), chars(QByteArray::number(length).constData()));
            if (!edge.labelSize.isEmpty()) {
                char *html =
                    agstrdup_html(mGraph, chars(fixedLabelTable(edge.labelSize).constData()));
                agxset(e, edgeLabel, html);
                agstrfree(mGraph, html);
            }
        }
    }

    Graph(const Graph &) = delete;
    Graph &operator=(const Graph &) = delete;

    ~Graph()
    {
        freeLayout();
        agclose(mGraph);
    }

    bool layOut()
    {
        mLaidOut = gvLayout(graphvizContext(), mGraph, engineName()) == 0;
        return mLaidOut;
    }

    void freeLayout()
    {
        if (mLaidOut)
            gvFreeLayout(graphvizContext(), mGraph);
        mLaidOut = false;
    }

    QByteArray write()
    {
        QByteArray text;
        agwrite(mGraph, &text);
        return text;
    }

    Agraph_t *get() const { return mGraph; }

private:
    /** Our names for the engines are Graphviz's. */
    const char *engineName() const { return mEngineName.constData(); }

    LayoutEngine mEngine;
    QByteArray mEngineName = layoutEngineName(mEngine).toUtf8();
    Agiodisc_t mIo{};
    Agdisc_t mDisc{};
    Agraph_t *mGraph = nullptr;
    bool mLaidOut = false;
};

/** Copies the geometry out of a laid-out graph, flipping y so the origin is the top left. */
LayoutResult readGeometry(Agraph_t *g, const LayoutRequest &request)
{
    const boxf bb = GD_bb(g);
    const auto toScene = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    LayoutResult result;
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    QSet<QByteArray> placed;
    for (const LayoutNode &node : request.nodes) {
        const QByteArray name = dotName(node.id);
        Agnode_t *n = agnode(g, chars(name.constData()), 0);
        if (!n || placed.contains(name))
            continue;
        placed.insert(name);
        const double width = ND_width(n) * kPointsPerInch;
        const double height = ND_height(n) * kPointsPerInch;
        const QPointF centre = toScene(ND_coord(n));
        result.nodes.append(
            {node.id, QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)});
    }
    // Each edge's id in the request, not its name in cgraph: the first with the name whose ends
    // were laid out, as Graph chose it.
    QHash<QByteArray, QString> edgeIds;
    for (const LayoutEdge &edge : request.edges) {
        const QByteArray name = dotName(edge.id);
        if (!edgeIds.contains(name) && agnode(g, chars(dotName(edge.from).constData()), 0) &&
            agnode(g, chars(dotName(edge.to).constData()), 0))
            edgeIds.insert(name, edge.id);
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            EdgeGeometry geometry;
            geometry.id = edgeIds.value(agnameof(e));
            if (const splines *spl = ED_spl(e)) {
                bool arrowAtStart = false; // an upward edge, drawn from its head back
                for (int i = 0; i < spl->size; ++i) {
                    const bezier &bz = spl->list[i];
                    for (int j = (i == 0 ? 0 : 1); j < bz.size; ++j)
                        geometry.path.append(toScene(bz.list[j]));
                    if (bz.eflag)
                        geometry.arrowTip = toScene(bz.ep);
                    if (bz.sflag) {
                        geometry.arrowTip = toScene(bz.sp);
                        arrowAtStart = true;
                    }
                }
                // The path ends where the arrowhead starts, whichever way Graphviz drew it.
                if (arrowAtStart)
                    std::reverse(geometry.path.begin(), geometry.path.end());
            }
            if (const textlabel_t *label = ED_label(e); label && label->set)
                geometry.labelCenter = toScene(label->pos);
            result.edges.append(geometry);
        }
    }
    return result;
}

/**
 * Circo (2.42) keeps in statics the root graph it last laid out a component of two or more nodes
 * of, and that graph's attribute symbols (initGraphAttrs); a graph whose components are all
 * single nodes, or that has no nodes, leaves them as they were. Once that graph is closed, a new
 * graph opened at its address is taken for it, and circo reads the closed graph's freed symbols:
 * a crash in late_double (measured: random requests crashed after a circo layout of lone nodes had
 * let the graph before it close). So after every circo layout this graph, open until exit, is laid
 * out: circo's statics always refer to it, and the other graphs can be closed as usual. Lock first.
 */
void primeCirco()
{
    static Graph primer = [] {
        LayoutRequest request;
        request.engine = LayoutEngine::Circo;
        request.nodes = {{QStringLiteral("a"), {}, QSizeF(1, 1)},
                         {QStringLiteral("b"), {}, QSizeF(1, 1)}};
        request.edges = {{QStringLiteral("a-b"), QStringLiteral("a"), QStringLiteral("b"), {}, {}}};
        return Graph(request);
    }();
    primer.layOut();
    primer.freeLayout();
}

/**
 * Circo spaces the nodes on a circle by the largest node's width or height plus mindist, which
 * still lets wide boxes overlap, and its overlap removal had no effect on a graph of several
 * components (measured); its splines then fall back to straight lines. So while boxes (with
 * Graphviz's 4-point margin) overlap, a new graph is laid out with mindist half as large again.
 * Returns the graph laid out last, or nullptr if circo failed. Lock first.
 */
std::unique_ptr<Graph> layOutWithCirco(const LayoutRequest &request)
{
    double minDist = kCircoMinDist;
    for (int attempt = 0;; ++attempt) {
        auto graph = std::make_unique<Graph>(request, minDist);
        const bool laidOut = graph->layOut();
        primeCirco();
        if (!laidOut)
            return nullptr;
        if (attempt == 8 || !nodesOverlap(graph->get(), 4.0))
            return graph;
        minDist *= 1.5;
    }
}

} // namespace

LayoutResult GraphvizLayout::compute(const LayoutRequest &request) const
{
    const GraphvizSession session;
    LayoutResult result;
    LayoutPlugin &plugin = request.engine == LayoutEngine::Dot ? dotPlugin : neatoPlugin;
    if (!loadLayoutPlugin(plugin, &result.error))
        return result;
    std::unique_ptr<Graph> graph;
    if (request.engine == LayoutEngine::Circo) {
        graph = layOutWithCirco(request);
    } else {
        graph = std::make_unique<Graph>(request);
        if (!graph->layOut())
            graph.reset();
    }
    if (graph)
        result = readGeometry(graph->get(), request);
    else
        result.error = session.errors().isEmpty()
                           ? QCoreApplication::translate("nhsx::GraphvizLayout",
                                                         "Graphviz could not lay out the graph")
                           : session.errors();
    return result;
}

QString GraphvizLayout::toDot(const LayoutRequest &request) const
{
    const GraphvizSession session;
    return QString::fromUtf8(Graph(request).write());
}

QByteArray GraphvizLayout::version()
{
    return QByteArrayLiteral("graphviz " PACKAGE_VERSION);
}

} // namespace nhsx
