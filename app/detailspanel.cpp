#include "detailspanel.h"

#include "externallink.h"
#include "style.h"

#include <QDate>
#include <QLocale>
#include <QUrl>
#include <algorithm>

namespace nhsx {

namespace {

const QString kLinkScheme = QStringLiteral("nhsx");
const QString kSourceScheme = QStringLiteral("nhsx-source");
const QString kPageScheme = QStringLiteral("nhsx-page");

/** Characters that change the direction of the text after them (U+202A-E, U+2066-9). */
bool hasDirectionControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
               (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
}

/** Dataset text as HTML that shows exactly that text, and whose direction marks stay inside it. */
QString esc(const QString &text)
{
    if (hasDirectionControls(text)) // isolated, so it cannot reverse the panel's own words
        return QStringLiteral("\u2068%1\u2069").arg(text.toHtmlEscaped());
    return text.toHtmlEscaped();
}

QString href(const QString &scheme, const QString &id)
{
    return scheme + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString link(const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href(kLinkScheme, id), esc(text));
}

QString pageLink(const QString &page, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href(kPageScheme, page), esc(text));
}

QString backLink()
{
    return QStringLiteral("<p>%1</p>")
        .arg(pageLink(QStringLiteral("overview"), DetailsPanel::tr("\u2190 Overview")));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString muted(const QString &html)
{
    return QStringLiteral("<span style=\"color:#444444\">%1</span>").arg(html);
}

QString statusBadge(const QString &status)
{
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#1a1a1a\">&nbsp;%2&nbsp;</span>")
        .arg(fillForBodyStatus(status).name(), esc(statusLabel(status)));
}

QString editorialNote()
{
    return QStringLiteral("<p style=\"color:#555555\"><i>%1</i></p>")
        .arg(DetailsPanel::tr("Summary in this program's words, not a quote."));
}

} // namespace

QString displayDate(const QString &isoDate)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (const QDate day = QDate::fromString(isoDate, Qt::ISODate); day.isValid())
        return english.toString(day, QStringLiteral("d MMMM yyyy"));
    if (const QDate month = QDate::fromString(isoDate, QStringLiteral("yyyy-MM")); month.isValid())
        return english.toString(month, QStringLiteral("MMMM yyyy"));
    return isoDate.isEmpty() ? DetailsPanel::tr("undated") : isoDate;
}

QString displayDate(const QString &isoDate, const QString &dateBasis)
{
    const QString date = displayDate(isoDate);
    if (!isoDate.isEmpty() && dateBasis.startsWith(QLatin1String("inferred")))
        return DetailsPanel::tr("%1 (inferred)").arg(date);
    return date;
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
        else
            openExternalLink(url, this);
    });
    showOverview();
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
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 bodies, %2 relations, %3 people, %4 quotes from %5 sources.")
                         .arg(mDataset.bodies().size())
                         .arg(mDataset.relations().size())
                         .arg(mDataset.people().size())
                         .arg(mDataset.quotes().size())
                         .arg(mDataset.sources().size()));
    html += heading(tr("Sources"));
    html += QStringLiteral("<ul>");
    for (const Source &source : mDataset.sources()) {
        html += QStringLiteral("<li>%1, <i>%2</i>, %3<br>%4</li>")
                    .arg(esc(source.outlet), esc(source.title),
                         esc(displayDate(source.date, source.dateBasis)),
                         muted(QStringLiteral("<small>%1</small>").arg(esc(source.dateBasis))));
    }
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1 \u00b7 %2</p>")
                .arg(pageLink(QStringLiteral("chronology"), tr("Chronology of events")),
                     pageLink(QStringLiteral("acronyms"), tr("Acronyms")));
    setHtml(html);
}

void DetailsPanel::showPage(const QString &page)
{
    if (page == QLatin1String("chronology"))
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
                    .arg(esc(displayDate(event->date, event->dateBasis)), esc(event->title),
                         muted(QStringLiteral("<small>%1</small>").arg(esc(event->dateBasis))));
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
}

void DetailsPanel::showAcronyms()
{
    QString html = backLink() + heading(tr("Acronyms"));
    html += QStringLiteral("<ul>");
    for (const GlossaryEntry &entry : mDataset.glossary()) {
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(esc(entry.term), entry.expansion.isEmpty()
                                              ? tr("<i>not spelled out in the sources</i>")
                                              : esc(entry.expansion));
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
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
                .arg(href(kSourceScheme, quote.id), tr("Show in source"));
    return QStringLiteral("<p style=\"margin-left:14px; margin-top:8px\">&ldquo;%1&rdquo;<br>"
                          "<small>%2</small></p>")
        .arg(esc(quote.text), muted(cite.join(QStringLiteral(" &middot; "))));
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
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(topic->question));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\" style=\"border-color:#999999\">");
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(tr("When, who"), tr("Position (summary) and evidence"));
        for (const Position *position : mDataset.positionsOn(topic->id)) {
            const Source *source = mDataset.source(position->source);
            QString evidence;
            for (const QString &quoteId : position->quotes) {
                if (const Quote *quote = mDataset.quote(quoteId))
                    evidence += quoteBlock(*quote, true);
            }
            html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b><br>%2<br>%3</td>"
                                   "<td><i>%4</i>%5</td></tr>")
                        .arg(esc(displayDate(position->date, position->dateBasis)),
                             esc(mDataset.holderName(*position)),
                             muted(QStringLiteral("<small>%1</small>")
                                       .arg(source ? esc(source->outlet) : QString())),
                             esc(position->stance), evidence);
        }
        html += QStringLiteral("</table>");
    }
    if (html.isEmpty())
        return {};
    return heading(tr("Positions taken")) + editorialNote() + html;
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

void DetailsPanel::showBody(const QString &id)
{
    const Body *body = mDataset.body(id);
    if (!body) {
        showOverview();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(body->name));
    QStringList facts;
    if (!body->acronym.isEmpty())
        facts << esc(body->acronym);
    facts << esc(body->kind);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" &middot; ")));

    html += heading(tr("Status"));
    html += QStringLiteral("<p>%1</p>").arg(statusBadge(body->status));
    for (const QString &quoteId : body->statusEvidence) {
        if (const Quote *quote = mDataset.quote(quoteId))
            html += quoteBlock(*quote, true);
    }

    html += heading(tr("Role"));
    html += editorialNote() + QStringLiteral("<p>%1</p>").arg(esc(body->role));
    html += positionsTable(id);

    const QList<const Relation *> relations = mDataset.relationsOf(id);
    html += heading(tr("Relations (%1)").arg(relations.size()));
    html += QStringLiteral("<ul>");
    for (const Relation *relation : relations)
        html += QStringLiteral("<li>%1</li>").arg(relationLine(*relation));
    html += QStringLiteral("</ul>");

    const QList<const Quote *> quotes = mDataset.quotesAboutBody(id);
    html += heading(tr("Quotes by source (%1)").arg(quotes.size()));
    html += quotesBySource(quotes);
    setHtml(html);
}

void DetailsPanel::showRelation(const QString &id)
{
    const Relation *relation = mDataset.relation(id);
    if (!relation) {
        showOverview();
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(relationLine(*relation));
    html += heading(tr("Status"));
    html += QStringLiteral("<p>%1</p>").arg(statusBadge(relation->status));
    html += heading(tr("Description"));
    html += editorialNote() + QStringLiteral("<p>%1</p>").arg(esc(relation->description));
    html += positionsTable(id);
    const QList<const Quote *> quotes = mDataset.quotesAboutRelation(id);
    html += heading(tr("Quotes by source (%1)").arg(quotes.size()));
    html += quotesBySource(quotes);
    setHtml(html);
}

} // namespace nhsx
