<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>%1: not a valid dataset, %2 problem(s) found (nhs-explorer --validate lists them all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: and %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset cannot be shown.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources, as at %1: what they had said by then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: nothing on show is quoted from a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS Commissioning Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commissioning graph as shown, with its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2; pages overlap by %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx</name>
    <message>
        <source>nhs-explorer-layout: standard input holds no layout request; this program is run by nhs-explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::AboutDialog</name>
    <message>
        <source>NHS Commissioning Explorer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what in the English NHS commissioning system after the 2011 reforms, with every claim backed by a verbatim, cited quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (the file cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences and attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt 6: GNU Lesser General Public License version 3 (LGPLv3); Help &gt; About Qt says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz: Eclipse Public License 1.0 (EPL-1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: public domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpng: the libpng licence (PNG Reference Library License version 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib: the zlib licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NHS Commissioning Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles above are quoted verbatim, for commentary; their text is the copyright of their publishers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Acronyms</name>
    <message>
        <source>not spelled out in the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Aggregation</name>
    <message>
        <source>%1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 area team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 area teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CCG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CCGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of kind %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::BirdsEye</name>
    <message>
        <source>Bird&apos;s-eye view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Citation</name>
    <message>
        <source>unknown source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (narration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for the status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote in the dataset is given as evidence for the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes about it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote in the dataset is about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::CommandLine</name>
    <message>
        <source>Try &apos;nhs-explorer --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the graph could not be laid out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 bodies, %3 relations, %4 quotes, %5 sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore who does what in the English NHS commissioning system after 2011: clinical commissioning groups, clinical senates, the NHS Commissioning Board and more, with every claim cited to its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this dataset instead of the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this body (or relation) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the window, wait for the first layout and paint, save a PNG of the whole window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, picture size for --export (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: write by the file&apos;s extension the dataset (.json), the graph as drawn (.svg, .pdf, .png; of --size, with its sources) or as given to Graphviz (.dot); the view options apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dataset, print the problems, exit 0 if it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this text in Find: matches highlighted, the rest dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the neighbourhood of this body (see --depth, --direction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many relations away from --focus to show, 1 to 3 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which relations --focus follows: in, out or both (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide bodies and relations of these statuses, comma-separated, e.g. historical,proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out with dot (the hierarchy, default), neato, circo or twopi; also for --export .dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the tables of bodies and relations shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what the sources had said by this date (YYYY, YYYY-MM or YYYY-MM-DD), with statuses as they then stood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this guided tour (see the Tours menu), at --tour-step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of --tour to start at (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large high-contrast graph (with --screenshot, at --size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 dataset or file error, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: unsupported file type &apos;.%2&apos;; the types are .json (the dataset), .svg, .pdf, .png (the graph as drawn) and .dot (the graph as given to Graphviz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size &apos;%1&apos;: expected WIDTHxHEIGHT, each between 200 and 16384, e.g. 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout &apos;%1&apos;: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-at &apos;%1&apos;: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2011-06-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tour-step &apos;%1&apos;: expected a step number from 1, with --tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth &apos;%1&apos;: expected 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos;: expected in, out or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hide-status: unknown status &apos;%1&apos;; the statuses are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GP practice or CCG matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: print where each GP practice or CCG matching TEXT (a name, a practice or CCG code, a postcode or its first half) sits in England in April 2013, up to the NHS Commissioning Board, and who may advise it or refer its plans back; one block per match; exit 1 when nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --screenshot, --export, --validate and --where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where needs some text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this layer: national-2011 (the national picture, 2011; the default) or england-2013 (England, April 2013, its area teams and CCGs drawn in place of the bodies under them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --layer england-2013: show the bodies under these area teams or CCGs, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expand needs --layer with a layer read on demand, e.g. --layer england-2013</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::DatasetLoader</name>
    <message>
        <source>not a readable SQLite database (only %1 bytes long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable SQLite database (it does not start with &quot;SQLite format 3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a table</source>
        <extracomment>%2 is SQLite&apos;s word for what the name is instead: view, index or trigger.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows in one table, more than this program reads (query: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row &apos;%1&apos;: a value is %2 bytes long, more than the %3 this program reads (query: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an NHS Commissioning Explorer dataset (application_id is %1, expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, but this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::DatasetTables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::DetailsPanel</name>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary in this program&apos;s words, not a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from every source, including those after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS Commissioning Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what in the English NHS commissioning system, as the 2011 sources describe it. Click a body or a relation in the graph to see its role, its status with the evidence, the positions taken on it, and quotes from the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;not spelled out in the sources&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, who, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes by source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bodies, %2 relations, %3 people, %4 quotes from %5 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into the layer “%1” (Edit &gt; Where does my practice sit?). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or double-click it in the graph, or select it and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Collapse: draw it in place of the bodies under it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Expand: show the %1 under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONS code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the national picture, 2011:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from these rows of the data files, not from a quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each of these %n bodies of %1 %2 %3:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 each of these %n bodies of %3:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does my practice sit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a GP practice or CCG by its name, code or postcode, and see it in England as it was in April 2013.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::DisplayDate</name>
    <message>
        <source>en_GB</source>
        <extracomment>The locale (language_COUNTRY) whose month names dates are written with: the catalogue&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A day&apos;s date, in QDate::toString()&apos;s format: &quot;20 June 2011&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month, in QDate::toString()&apos;s format: &quot;September 2011&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::ExplorerDocument</name>
    <message>
        <source>&apos;%1&apos; is not on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::FindBar</name>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches, the best %2 listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::GlossaryView</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not spelled out in the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::GraphView</name>
    <message>
        <source>Commissioning graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::GraphvizLayout</name>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load Graphviz&apos;s layout plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::LayerMenu</name>
    <message>
        <source>%1, every body at once (slow)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every body?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw all %1 bodies and %2 relations of %3 at once?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying them out takes half a minute or more (a strip under the graph shows the work, with Cancel), and so many boxes are too small to read until you zoom in. The aggregated view draws the same bodies a part at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw them all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Legend</name>
    <message>
        <source>statutory / binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advisory (no veto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entry to hide or show the bodies and relations of that kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::MainWindow</name>
    <message>
        <source>Hierarchy (dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle (circo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial (twopi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS Commissioning Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click a body or relation for details; drag to pan, wheel to zoom, F to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the hierarchy top to bottom instead of left to right (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the neighbourhood of the selected body (Esc: whole graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NHS Commissioning Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a body or a relation to copy its citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the citation of %1, as plain text and Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz graph (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the view to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pages, overlapping by %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large high-contrast graph for a projector (F5; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does my practice sit?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %1 bodies and %2 relations… The window stays usable; Cancel goes back to the view before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Placement</name>
    <message>
        <source>%1 line %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::PresentationCaption</name>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::ProcessLayout</name>
    <message>
        <source>the layout was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout helper %1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout helper %1 failed (exit code %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout helper %1 answered with something other than a layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::SourceView</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is not found in the source text: the dataset is broken here (see --validate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is highlighted. Source file: %1. How the date is known: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Sqlite</name>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::TimelineBar</name>
    <message>
        <source>As at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: show what the sources had said by a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source, dated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left to see what the sources had said by a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses as they then stood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::TourPlayer</name>
    <message>
        <source>in an undated source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a source dated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour: %1 — step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the project&apos;s summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::Validation</name>
    <message>
        <source>must be about one body or one relation, not neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be about one body or one relation, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats an id used by an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has status &apos;%1&apos;, which is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has date &apos;%1&apos;, not YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not say how its date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names quote &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites quote &apos;%1&apos; from &apos;%2&apos;, not from its source &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no evidence for its status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names organisation &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts at body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites source &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not found verbatim in source &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names speaker &apos;%1&apos;, who does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names speaking body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names relation &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is about body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is about relation &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has fewer than two positions: nothing differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on topic &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is held by person &apos;%1&apos;, who does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is held by body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not occur in its quote &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expansion &apos;%1&apos; does not occur in its quote &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites quote &apos;%1&apos;, which is not about &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has status &apos;%1&apos;, but its status history ends with &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is step %1 of tour &apos;%2&apos;, where step %3 was expected (steps are numbered 1, 2, ... without gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in tour &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focuses on body &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlights nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlights body &apos;%1&apos;, which is not on show at that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlights relation &apos;%1&apos;, which is not on show at that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shows quote &apos;%1&apos;, not yet said by its date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <extracomment>A problem: the table, the row&apos;s id and what is wrong with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has kind &apos;%1&apos;, not &apos;article&apos; or &apos;data&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites a line of source &apos;%1&apos;, which is not a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not give the line of its source it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has status &apos;%1&apos;, but a data file&apos;s row can only be &apos;unstated&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in layer &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in layer &apos;%1&apos;, read at start, but body &apos;%2&apos; is in layer &apos;%3&apos;, read on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes source &apos;%1&apos;, a data file, which is cited by line, not quoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::ViewState</name>
    <message>
        <source>no layer &apos;%1&apos; in %2; the layers are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no body &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, but no tour plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tour &apos;%1&apos; in %2; the tours are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour &apos;%1&apos; has %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1, 2 or 3, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2011-06-20, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every body, with those of the national picture that it links to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each area team and CCG stands for the bodies under it (▸); double-click one, or select it and press Enter, to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1, which the sources had not named by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one relation away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 relations away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1 and the bodies %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodies of kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on: %1 hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no body or relation &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1: only what the sources had said by then, with statuses as they then stood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc shows the whole graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::WhereDialog</name>
    <message>
        <source>Where does my practice sit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GP practice or CCG: its name, its code (A81001, 02N), or a postcode (TS18 1HU, TS18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice or CCG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a practice&apos;s or CCG&apos;s name, code or postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GP practice or CCG matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::WhereText</name>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Who may advise it or refer its plans back, as the 2011 sources describe CCGs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nhsx::WindowlessExport</name>
    <message>
        <source>%1: the graph could not be laid out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
