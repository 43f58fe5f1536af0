#include "app/panel/panelhtml.h"

#include "app/theme/style.h"

#include <QClipboard>
#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QUrl>
#include <algorithm>

namespace nhsx::panelhtml {

const QString kLinkScheme = QStringLiteral("nhsx");
const QString kSourceScheme = QStringLiteral("nhsx-source");
const QString kPageScheme = QStringLiteral("nhsx-page");
const QString kGlossaryScheme = QStringLiteral("nhsx-glossary");
const QString kCiteScheme = QStringLiteral("nhsx-cite");
const QString kCiteQuoteScheme = QStringLiteral("nhsx-cite-quote");
const QString kExpandScheme = QStringLiteral("nhsx-expand");
const QString kCollapseScheme = QStringLiteral("nhsx-collapse");

/** Characters that change the direction of the text after them (U+202A-E, U+2066-9). */
bool hasDirectionControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
               (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
}

/** HTML made from text whose direction marks must stay inside it. */
QString isolated(const QString &text, const QString &html)
{
    if (hasDirectionControls(text)) // isolated, so it cannot reverse the panel's own words
        return QStringLiteral("\u2068%1\u2069").arg(html);
    return html;
}

/** Dataset text as HTML that shows exactly that text, and whose direction marks stay inside it. */
QString esc(const QString &text)
{
    return isolated(text, text.toHtmlEscaped());
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

QString citeLink(const QString &scheme, const QString &id)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(href(scheme, id), QCoreApplication::translate("nhsx::DetailsPanel", "Copy citation"));
}

/** Both forms on the clipboard at once: editors that read Markdown take it, the rest the text. */
void copyToClipboard(const Citation &citation)
{
    auto *data = new QMimeData;
    data->setText(citation.plainText);
    data->setData(QStringLiteral("text/markdown"), citation.markdown.toUtf8());
    QGuiApplication::clipboard()->setMimeData(data);
}

QString backLink()
{
    return QStringLiteral("<p>%1</p>")
        .arg(pageLink(QStringLiteral("overview"),
                      QCoreApplication::translate("nhsx::DetailsPanel", "\u2190 Overview")));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

/**
 * Text a little quieter than the rest, on light and dark desktops alike: the palette's text
 * colour a third of the way to its background, which keeps well over 4.5:1 on either.
 */
QString mutedColour()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return a + (b - a) / 3; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()))
        .name();
}

QString muted(const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(mutedColour(), html);
}

QString statusBadge(const QString &status)
{
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#1a1a1a\">&nbsp;%2&nbsp;</span>")
        .arg(fillForBodyStatus(status).name(), esc(statusLabel(status)));
}

QString editorialNote()
{
    return QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>")
        .arg(mutedColour(),
             QCoreApplication::translate("nhsx::DetailsPanel",
                                         "Summary in this program's words, not a quote."));
}

} // namespace nhsx::panelhtml
