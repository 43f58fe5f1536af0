#include "app/panel/detailspanel.h"

#include "app/panel/externallink.h"
#include "app/panel/panelhtml.h"
#include "core/acronyms.h"
#include "core/citation.h"
#include "core/placement.h"

#include <QCursor>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>
#include <QUrl>
#include <algorithm>

namespace nhsx {

using namespace panelhtml;

QString DetailsPanel::datedSummaryNote() const
{
    if (mAsAt.isEmpty())
        return {};
    return QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
        .arg(mutedColour(), tr("Written from every source, including those after %1.")
                                .arg(esc(displayDate(mAsAt))));
}

DetailsPanel::DetailsPanel(const Dataset &dataset, QWidget *parent)
    : QTextBrowser(parent), mDataset(dataset)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kLinkScheme)
            emit idActivated(url.path());
        else if (url.scheme() == kSourceScheme)
            emit sourceRequested(url.path());
        else if (url.scheme() == kPageScheme)
            showPage(url.path());
        else if (url.scheme() == kGlossaryScheme)
            emit glossaryRequested(url.path());
        else if (url.scheme() == kCiteScheme)
            copyCitation(url.path());
        else if (url.scheme() == kCiteQuoteScheme)
            copyQuoteCitation(url.path());
        else if (url.scheme() == kExpandScheme || url.scheme() == kCollapseScheme)
            emit expansionRequested(url.path(), url.scheme() == kExpandScheme);
        else
            openExternalLink(url, this);
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                const QString tip =
                    url.scheme() == kGlossaryScheme ? glossaryToolTip(url.path()) : QString();
                if (tip.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(QCursor::pos(), tip, viewport());
            });
    showOverview();
}

QString DetailsPanel::glossaryToolTip(const QString &term) const
{
    for (const GlossaryEntry &entry : mDataset.glossary()) {
        if (entry.term == term)
            return QStringLiteral("<p>%1</p>").arg(acronymNote(entry).toHtmlEscaped());
    }
    return {};
}

bool DetailsPanel::copyCitation(const QString &id)
{
    if (const Body *body = mDataset.body(id)) {
        copyToClipboard(citeBody(mDataset, *body));
        emit citationCopied(body->name);
    } else if (const Relation *relation = mDataset.relation(id)) {
        copyToClipboard(citeRelation(mDataset, *relation));
        emit citationCopied(relation->type);
    } else {
        return false;
    }
    return true;
}

bool DetailsPanel::copyQuoteCitation(const QString &quoteId)
{
    const Quote *quote = mDataset.quote(quoteId);
    if (!quote)
        return false;
    copyToClipboard(citeQuote(mDataset, *quote));
    emit citationCopied(tr("a quote"));
    return true;
}

QString DetailsPanel::prose(const QString &text) const
{
    QString html;
    qsizetype done = 0;
    for (const AcronymMatch &match : findAcronyms(text, mDataset.glossary())) {
        html += text.sliced(done, match.start - done).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(href(kGlossaryScheme, match.entry->term),
                         text.sliced(match.start, match.length).toHtmlEscaped());
        done = match.start + match.length;
    }
    html += text.sliced(done).toHtmlEscaped();
    return isolated(text, html);
}

void DetailsPanel::setPage(const QString &html)
{
    // The page is filled in a document of its own, which has no layout yet, and then shown:
    // filled in place, the panel's document was laid out three times (for the HTML, again
    // when the scroll bar appeared, again for the acronyms' format), and shown, it is laid
    // out once, the part on screen first.
    auto *page = new QTextDocument(this);
    page->setUndoRedoEnabled(false);
    const QTextDocument *shown = document();
    page->setDefaultFont(font());
    page->setDefaultStyleSheet(shown->defaultStyleSheet());
    page->setDefaultTextOption(shown->defaultTextOption());
    page->setDocumentMargin(shown->documentMargin());
    page->setPageSize(QSizeF(0, 0)); // null: no layout until the panel sets its width
    page->setHtml(html);
    // Acronyms are links only to explain themselves: drawn as text with a dotted underline,
    // so they do not look like the links that lead somewhere.
    QList<std::pair<int, int>> acronyms;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref().startsWith(kGlossaryScheme + u':'))
                acronyms.append({fragment.position(), fragment.position() + fragment.length()});
        }
    }
    QTextCharFormat format;
    format.setForeground(palette().text());
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    QTextCursor cursor(page);
    for (const auto &[start, end] : std::as_const(acronyms)) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    // The panel's control deletes only its first document, its own; the pages after it are the
    // panel's children, each deleted once the event that brought the next is over (a click on
    // one of its links).
    const QPointer<QTextDocument> previous = document();
    setDocument(page);
    if (previous && previous->parent() == this)
        previous->deleteLater();
}

QVariant DetailsPanel::loadResource(int, const QUrl &)
{
    // The panel shows no images or style sheets: nothing is read from disk or the network.
    return {};
}

void DetailsPanel::showOverview()
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("NHS Commissioning Explorer"),
                            tr("Who does what in the English NHS commissioning system, as the "
                               "2011 sources describe it. Click a body or a relation in the graph "
                               "to see its role, its status with the evidence, the positions "
                               "taken on it, and quotes from the sources."));
    // The practices an outline left out count: each with its membership, read soon after.
    const qsizetype unread = mDataset.unreadMemberCount();
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("%1 bodies, %2 relations, %3 people, %4 quotes from %5 articles.")
                     .arg(mDataset.bodies().size() + unread)
                     .arg(mDataset.relations().size() + unread)
                     .arg(mDataset.people().size())
                     .arg(mDataset.quotes().size())
                     .arg(std::count_if(mDataset.sources().cbegin(), mDataset.sources().cend(),
                                        [](const Source &source) { return !source.isData(); })));
    // A GP's first question, answered where it is seen first: not only in the Edit menu.
    const bool dataLayers =
        std::any_of(mDataset.layers().cbegin(), mDataset.layers().cend(),
                    [](const Layer &layer) { return !layer.attribution.isEmpty(); });
    if (dataLayers) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(pageLink(QStringLiteral("where"), tr("Where does my practice sit?")),
                         esc(tr("Find a GP practice or CCG by its name, code or postcode, and "
                                "see it in England as it was in April 2013.")));
    }
    // The articles are quoted; the data files are cited row by row, by the layers built from them.
    for (const bool data : {false, true}) {
        QString items;
        for (const Source &source : mDataset.sources()) {
            if (source.isData() != data)
                continue;
            items +=
                QStringLiteral("<li>%1, <i>%2</i>, %3<br>%4</li>")
                    .arg(esc(source.outlet), esc(source.title),
                         esc(displayDate(source.date, source.dateBasis)),
                         muted(QStringLiteral("<small>%1</small>").arg(esc(source.dateBasis))));
        }
        if (items.isEmpty())
            continue;
        html += heading(data ? tr("Data files") : tr("Sources"));
        if (data) {
            for (const Layer &layer : mDataset.layers()) {
                if (layer.attribution.isEmpty())
                    continue;
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("Built into the layer \u201c%1\u201d (Edit > Where does my "
                                        "practice sit?). %2")
                                         .arg(layer.name, layer.attribution)));
            }
        }
        html += QStringLiteral("<ul>%1</ul>").arg(items);
    }
    html += QStringLiteral("<p>%1 \u00b7 %2</p>")
                .arg(pageLink(QStringLiteral("chronology"), tr("Chronology of events")),
                     pageLink(QStringLiteral("acronyms"), tr("Acronyms")));
    setPage(html);
}

void DetailsPanel::showPage(const QString &page)
{
    if (page == QLatin1String("where"))
        emit whereRequested();
    else if (page == QLatin1String("chronology"))
        showChronology();
    else if (page == QLatin1String("acronyms"))
        showAcronyms();
    else
        showOverview();
}

void DetailsPanel::showChronology()
{
    QList<const Event *> events;
    for (const Event &event : mDataset.events())
        events.append(&event);
    std::stable_sort(events.begin(), events.end(),
                     [](const Event *a, const Event *b) { return dateBefore(a->date, b->date); });
    QString html = backLink() + heading(tr("Chronology"));
    html += QStringLiteral("<ul>");
    for (const Event *event : events) {
        html += QStringLiteral("<li><b>%1</b>: %2<br>%3</li>")
                    .arg(esc(displayDate(event->date, event->dateBasis)), prose(event->title),
                         muted(QStringLiteral("<small>%1</small>").arg(esc(event->dateBasis))));
    }
    html += QStringLiteral("</ul>");
    setPage(html);
}

void DetailsPanel::showAcronyms()
{
    QString html = backLink() + heading(tr("Acronyms"));
    html += QStringLiteral("<ul>");
    for (const GlossaryEntry &entry : mDataset.glossary()) {
        html += QStringLiteral("<li><b>%1</b>: %2<br>%3</li>")
                    .arg(esc(entry.term),
                         entry.expansion.isEmpty() ? tr("<i>not spelled out in the sources</i>")
                                                   : esc(entry.expansion),
                         muted(QStringLiteral("<small>%1</small>").arg(glossarySource(entry))));
    }
    html += QStringLiteral("</ul>");
    setPage(html);
}

QString DetailsPanel::glossarySource(const GlossaryEntry &entry) const
{
    const Source *source = mDataset.source(entry.source);
    QString html = source ? QStringLiteral("%1, <i>%2</i>, %3")
                                .arg(esc(source->outlet), esc(source->title),
                                     esc(displayDate(source->date, source->dateBasis)))
                          : esc(entry.source);
    if (const Quote *quote = mDataset.quote(entry.quote))
        html += QStringLiteral(": &ldquo;%1&rdquo;").arg(esc(quote->text));
    return html;
}

QString DetailsPanel::speakerLine(const Quote &quote) const
{
    if (const Person *person = mDataset.person(quote.speaker)) {
        return person->post.isEmpty()
                   ? esc(person->name)
                   : QStringLiteral("%1, %2").arg(esc(person->name), esc(person->post));
    }
    const QString body = mDataset.speakerName(quote);
    return body.isEmpty() ? tr("the article") : esc(body);
}

QString DetailsPanel::quoteBlock(const Quote &quote, bool citeSource) const
{
    QStringList cite{QStringLiteral("&mdash; ") + speakerLine(quote)};
    if (const Source *source = mDataset.source(quote.source); source && citeSource) {
        cite << QStringLiteral("%1, <i>%2</i>, %3")
                    .arg(esc(source->outlet), esc(source->title),
                         esc(displayDate(source->date, source->dateBasis)));
    }
    cite << QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(href(kSourceScheme, quote.id), tr("Show in source"))
         << citeLink(kCiteQuoteScheme, quote.id);
    return QStringLiteral("<p style=\"margin-left:14px; margin-top:8px\">&ldquo;%1&rdquo;<br>"
                          "<small>%2</small></p>")
        .arg(prose(quote.text), muted(cite.join(QStringLiteral(" &middot; "))));
}

QString DetailsPanel::quotesBySource(const QList<const Quote *> &quotes) const
{
    // Sources in date order (undated last), each once, with its quotes in dataset order.
    QList<const Source *> sources;
    for (const Quote *quote : quotes) {
        const Source *source = mDataset.source(quote->source);
        if (source && !sources.contains(source))
            sources.append(source);
    }
    std::stable_sort(sources.begin(), sources.end(),
                     [](const Source *a, const Source *b) { return dateBefore(a->date, b->date); });
    QString html;
    for (const Source *source : sources) {
        html += QStringLiteral("<p style=\"margin-top:12px\"><b>%1</b>, <i>%2</i><br>%3</p>")
                    .arg(esc(source->outlet), esc(source->title),
                         muted(QStringLiteral("<small>%1%2</small>")
                                   .arg(esc(displayDate(source->date, source->dateBasis)),
                                        source->author.isEmpty()
                                            ? QString()
                                            : tr(", by %1").arg(esc(source->author)))));
        for (const Quote *quote : quotes) {
            if (quote->source == source->id)
                html += quoteBlock(*quote, false);
        }
    }
    return html;
}

QString DetailsPanel::positionsTable(const QString &aboutId) const
{
    QString html;
    for (const Topic *topic : mDataset.topicsAbout(aboutId)) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(prose(topic->question));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\" style=\"border-color:#999999\">");
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(tr("When, who, where"), tr("Position and evidence"));
        for (const Position *position : mDataset.positionsOn(topic->id))
            html += positionRow(*position);
        html += QStringLiteral("</table>");
    }
    if (html.isEmpty())
        return {};
    return heading(tr("Positions taken")) + editorialNote() + html;
}

QString DetailsPanel::positionRow(const Position &position) const
{
    // Who: the person (with their post) or the body; then the organisation they speak for,
    // unless that is the holder itself.
    QStringList who{
        QStringLiteral("<b>%1</b>").arg(esc(displayDate(position.date, position.dateBasis)))};
    const Person *person = mDataset.person(position.holderPerson);
    if (person) {
        who << (person->post.isEmpty()
                    ? esc(person->name)
                    : QStringLiteral("%1, %2").arg(
                          esc(person->name),
                          muted(QStringLiteral("<small>%1</small>").arg(esc(person->post)))));
    } else {
        who << (mDataset.body(position.holderBody) ? bodyLink(position.holderBody)
                                                   : esc(mDataset.holderName(position)));
    }
    const QString organisation =
        person && mDataset.body(person->organisation) ? person->organisation : position.holderBody;
    if (person && mDataset.body(organisation))
        who << bodyLink(organisation);
    if (const Source *source = mDataset.source(position.source)) {
        who << muted(QStringLiteral("<small>%1, <i>%2</i></small>")
                         .arg(esc(source->outlet), esc(source->title)));
    }
    QString evidence;
    for (const QString &quoteId : position.quotes) {
        if (const Quote *quote = mDataset.quote(quoteId))
            evidence += quoteBlock(*quote, quote->source != position.source);
    }
    return QStringLiteral("<tr><td width=\"34%\">%1</td><td>%2<i>%3</i>%4</td></tr>")
        .arg(who.join(QStringLiteral("<br>")),
             muted(QStringLiteral("<small>%1</small> ").arg(tr("Summary:"))),
             prose(position.stance), evidence);
}

QString DetailsPanel::bodyLink(const QString &id) const
{
    const Body *body = mDataset.body(id);
    return body ? link(id, body->name) : esc(id);
}

QString DetailsPanel::relationLine(const Relation &relation) const
{
    return QStringLiteral("%1 %2 %3 (%4)")
        .arg(bodyLink(relation.from), link(relation.id, relation.type), bodyLink(relation.to),
             esc(relation.status));
}

QString DetailsPanel::otherLayerRelations(const QString &id,
                                          const QList<const Relation *> &relations) const
{
    const Relation &first = *relations.first();
    const bool into = first.to == id;
    const Body *sample = mDataset.body(into ? first.from : first.to);
    const Layer *layer = mDataset.layer(sample->layer);
    QStringList links;
    for (const Relation *relation : relations) {
        const QString other = into ? relation->from : relation->to;
        const Body *body = mDataset.body(other);
        links << link(relation->id, body ? body->name : other);
    }
    const QString layerName = layer ? layer->name : sample->layer;
    const Body *self = mDataset.body(id);
    const QString name = self ? self->name : id;
    // "Each ... is one of": the relation types are written for one body.
    const QString what =
        into ? tr("Each of these %n bodies of %1 %2 %3:", nullptr, int(relations.size()))
                   .arg(layerName, first.type, name)
             : tr("%1 %2 each of these %n bodies of %3:", nullptr, int(relations.size()))
                   .arg(name, first.type, layerName);
    return heading(tr("In %1 (%2)").arg(layerName).arg(relations.size())) +
           QStringLiteral("<p>%1 %2</p>").arg(esc(what), links.join(QStringLiteral(", ")));
}

void DetailsPanel::setAggregation(bool aggregated, const QSet<QString> &expanded)
{
    mAggregated = aggregated;
    mExpanded = expanded;
}

QString DetailsPanel::expansionLink(const QString &id, const QList<MemberCount> &counts,
                                    bool collapsible) const
{
    if (!mAggregated || !collapsible || counts.isEmpty())
        return {};
    const QString how =
        muted(tr("(or double-click it in the graph, or select it and press Enter)"));
    if (mExpanded.contains(id)) {
        return QStringLiteral("<p><a href=\"%1\">%2</a> %3</p>")
            .arg(href(kCollapseScheme, id),
                 tr("\u25BE Collapse: draw it in place of the bodies "
                    "under it again"),
                 how);
    }
    QStringList phrases;
    for (const MemberCount &count : counts)
        phrases.append(countPhrase(count));
    return QStringLiteral("<p><a href=\"%1\">%2</a> %3</p>")
        .arg(href(kExpandScheme, id),
             esc(tr("\u25B8 Expand: show the %1 under it").arg(phrases.join(tr(" and ")))), how);
}

void DetailsPanel::showDataRowBody(const Body &body)
{
    const MemberTree &tree = mDataset.memberTree();
    const QList<MemberCount> counts = tree.countsUnder(body.id);
    QString html = QStringLiteral("<h2>%1</h2>").arg(prose(body.name));
    QStringList facts{esc(body.kind)};
    if (!body.code.isEmpty())
        facts << tr("code %1").arg(esc(body.code));
    if (!body.onsCode.isEmpty() && body.onsCode != body.code)
        facts << tr("ONS code %1").arg(esc(body.onsCode));
    if (!body.postcode.isEmpty())
        facts << tr("postcode %1").arg(esc(body.postcode));
    facts << citeLink(kCiteScheme, body.id);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" &middot; ")));
    html += expansionLink(body.id, counts, tree.collapsible(body.id));

    // Upward, each level a link: practice, CCG, area team, region, the Board.
    const Placement placement = placementOf(mDataset, body.id);
    html += heading(tr("Where it sits"));
    QStringList chain{QStringLiteral("<b>%1</b>").arg(esc(body.name))};
    for (qsizetype i = 0; i < placement.chainLinks.size(); ++i) {
        const Relation &step = *placement.chainLinks[i];
        const Body &next = *placement.chain[i + 1];
        const QString what = next.code.isEmpty()
                                 ? esc(next.kind)
                                 : QStringLiteral("%1 %2").arg(esc(next.kind), esc(next.code));
        chain << QStringLiteral("%1 %2 %3")
                     .arg(step.from == next.id ? tr("in") : esc(step.type),
                          link(next.id, next.name), muted(QStringLiteral("(%1)").arg(what)));
    }
    html += QStringLiteral("<p>%1</p>").arg(chain.join(QStringLiteral("<br>")));
    // The relations into the 2011 picture (a CCG is one of the CCGs the reforms proposed).
    QStringList national;
    for (const Relation *relation : mDataset.relationsOf(body.id)) {
        const Body *other =
            mDataset.body(relation->from == body.id ? relation->to : relation->from);
        if (other && other->layer == kNationalLayer && !placement.chainLinks.contains(relation))
            national << QStringLiteral("<li>%1</li>").arg(relationLine(*relation));
    }
    if (!national.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("In the national picture, 2011:"), national.join(QString()));
    }

    html += heading(tr("Status"));
    html += QStringLiteral("<p>%1</p>").arg(statusBadge(body.status));
    html += heading(tr("Role"));
    html += editorialNote() + QStringLiteral("<p>%1</p>").arg(prose(body.role));

    if (const QStringList members = tree.membersOf(body.id); !members.isEmpty()) {
        html += heading(tr("Under it (%1)").arg(members.size()));
        html += QStringLiteral("<ul>");
        for (const QString &member : members)
            html += QStringLiteral("<li>%1</li>").arg(bodyLink(member));
        html += QStringLiteral("</ul>");
    }

    QStringList rows{dataRowReference(mDataset, body.row)};
    for (const Relation *step : placement.chainLinks)
        rows << dataRowReference(mDataset, step->row);
    rows.removeAll(QString());
    rows.removeDuplicates();
    html += heading(tr("Sources"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Built from these rows of the data files, not from a "
                        "quote:"));
    html += QStringLiteral("<ul>");
    for (const QString &row : std::as_const(rows))
        html += QStringLiteral("<li>%1</li>").arg(esc(row));
    html += QStringLiteral("</ul>");

    if (const Layer *layer = mDataset.layer(body.layer)) {
        html += heading(tr("About the layer: %1").arg(layer->name));
        html += QStringLiteral("<p>%1</p>").arg(prose(layer->description));
        if (!layer->attribution.isEmpty())
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(muted(QStringLiteral("<small>%1</small>").arg(esc(layer->attribution))));
    }
    setPage(html);
}

void DetailsPanel::showBody(const QString &id)
{
    const Body *body = mDataset.body(id);
    if (!body) {
        showOverview();
        return;
    }
    if (!body->row.source.isEmpty()) {
        showDataRowBody(*body);
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(prose(body->name));
    QStringList facts;
    if (!body->acronym.isEmpty())
        facts << prose(body->acronym);
    facts << esc(body->kind) << citeLink(kCiteScheme, id);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" &middot; ")));

    html += heading(tr("Status"));
    html += QStringLiteral("<p>%1</p>").arg(statusBadge(body->status));
    for (const QString &quoteId : body->statusEvidence) {
        if (const Quote *quote = mDataset.quote(quoteId))
            html += quoteBlock(*quote, true);
    }

    html += heading(tr("Role"));
    html +=
        editorialNote() + datedSummaryNote() + QStringLiteral("<p>%1</p>").arg(prose(body->role));
    html += positionsTable(id);

    // Relations within the body's own layer one a line; those from a layer built from data
    // files (212 CCGs "are one of" the CCGs) one paragraph for each layer, type and way round,
    // which reads better and lays out several times faster than 212 lines.
    QList<const Relation *> own;
    QList<std::pair<QString, QList<const Relation *>>> fromOtherLayers;
    for (const Relation *relation : mDataset.relationsOf(id)) {
        const Body *other = mDataset.body(relation->from == id ? relation->to : relation->from);
        if (!other || other->layer == body->layer) {
            own.append(relation);
            continue;
        }
        const QString group = other->layer + QChar(0) + relation->type + QChar(0) +
                              (relation->to == id ? u'>' : u'<');
        auto found = std::find_if(fromOtherLayers.begin(), fromOtherLayers.end(),
                                  [&](const auto &entry) { return entry.first == group; });
        if (found == fromOtherLayers.end())
            fromOtherLayers.append({group, {relation}});
        else
            found->second.append(relation);
    }
    html += heading(tr("Relations (%1)").arg(own.size()));
    html += QStringLiteral("<ul>");
    for (const Relation *relation : std::as_const(own))
        html += QStringLiteral("<li>%1</li>").arg(relationLine(*relation));
    html += QStringLiteral("</ul>");
    for (const auto &[group, members] : std::as_const(fromOtherLayers))
        html += otherLayerRelations(id, members);

    const QList<const Quote *> quotes = mDataset.quotesAboutBody(id);
    html += heading(tr("Quotes by source (%1)").arg(quotes.size()));
    html += quotesBySource(quotes);
    setPage(html);
}

void DetailsPanel::showRelation(const QString &id)
{
    const Relation *relation = mDataset.relation(id);
    if (!relation) {
        showOverview();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(relationLine(*relation), citeLink(kCiteScheme, id));
    html += heading(tr("Status"));
    html += QStringLiteral("<p>%1</p>").arg(statusBadge(relation->status));
    html += heading(tr("Description"));
    html += editorialNote() + datedSummaryNote() +
            QStringLiteral("<p>%1</p>").arg(prose(relation->description));
    html += positionsTable(id);
    if (!relation->row.source.isEmpty()) {
        html += heading(tr("Source"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("From %1").arg(dataRowReference(mDataset, relation->row))));
        setPage(html);
        return;
    }
    const QList<const Quote *> quotes = mDataset.quotesAboutRelation(id);
    html += heading(tr("Quotes by source (%1)").arg(quotes.size()));
    html += quotesBySource(quotes);
    setPage(html);
}

} // namespace nhsx
