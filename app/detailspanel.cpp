#include "detailspanel.h"

#include "style.h"

#include <QDate>
#include <QLocale>
#include <QUrl>

namespace nhsx {

namespace {

const QString kLinkScheme = QStringLiteral("nhsx");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(kLinkScheme, QString::fromLatin1(QUrl::toPercentEncoding(id)), esc(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
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

DetailsPanel::DetailsPanel(const Dataset &dataset, QWidget *parent)
    : QTextBrowser(parent), mDataset(dataset)
{
    setOpenLinks(false);
    setAccessibleName(tr("Details"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kLinkScheme)
            emit idActivated(url.path());
    });
    showOverview();
}

void DetailsPanel::showOverview()
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("NHS Commissioning Explorer"),
                            tr("Who does what in the English NHS commissioning system, as the "
                               "2011 sources describe it. Click a body or a relation in the graph "
                               "to see its role, its status with the evidence, and quotes from "
                               "the sources."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 bodies, %2 relations and %3 quotes from %4 sources.")
                         .arg(mDataset.bodies().size())
                         .arg(mDataset.relations().size())
                         .arg(mDataset.quotes().size())
                         .arg(mDataset.sources().size()));
    html += heading(tr("Sources"));
    html += QStringLiteral("<ul>");
    for (const Source &source : mDataset.sources()) {
        html += QStringLiteral("<li>%1, <i>%2</i>, %3</li>")
                    .arg(esc(source.outlet), esc(source.title), esc(displayDate(source.date)));
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
}

QString DetailsPanel::citation(const Quote &quote) const
{
    QStringList parts;
    if (const Person *speaker = mDataset.person(quote.speaker)) {
        parts << (speaker->post.isEmpty()
                      ? esc(speaker->name)
                      : QStringLiteral("%1, %2").arg(esc(speaker->name), esc(speaker->post)));
    }
    if (const Source *source = mDataset.source(quote.source)) {
        parts << QStringLiteral("%1, <i>%2</i>, %3")
                     .arg(esc(source->outlet), esc(source->title), esc(displayDate(source->date)));
    } else {
        parts << tr("unknown source %1").arg(esc(quote.source));
    }
    return QStringLiteral("&mdash; ") + parts.join(QStringLiteral(" &middot; "));
}

QString DetailsPanel::quoteBlock(const Quote &quote) const
{
    return QStringLiteral("<p style=\"margin-left:14px; margin-top:10px\">&ldquo;%1&rdquo;<br>"
                          "<span style=\"color:#444444\"><small>%2</small></span></p>")
        .arg(esc(quote.text), citation(quote));
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
            html += quoteBlock(*quote);
    }

    html += heading(tr("Role"));
    html += editorialNote() + QStringLiteral("<p>%1</p>").arg(esc(body->role));

    const QList<const Quote *> quotes = mDataset.quotesAboutBody(id);
    html += heading(tr("Quotes (%1)").arg(quotes.size()));
    for (const Quote *quote : quotes)
        html += quoteBlock(*quote);

    const QList<const Relation *> relations = mDataset.relationsOf(id);
    html += heading(tr("Relations (%1)").arg(relations.size()));
    html += QStringLiteral("<ul>");
    for (const Relation *relation : relations)
        html += QStringLiteral("<li>%1</li>").arg(relationLine(*relation));
    html += QStringLiteral("</ul>");
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
    const QList<const Quote *> quotes = mDataset.quotesAboutRelation(id);
    html += heading(tr("Quotes (%1)").arg(quotes.size()));
    for (const Quote *quote : quotes)
        html += quoteBlock(*quote);
    setHtml(html);
}

} // namespace nhsx
