#include "citation.h"

#include "placement.h"

#include <QCoreApplication>

namespace nhsx {

namespace {

/** The context of a citation's words in the translation catalogue. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(nhsx::Citation)
};

const QString kDash = QStringLiteral("\u2014");

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

/** The line under a quote, in plain text: "— speaker; outlet, “title”, by author, date". */
QString attribution(const Dataset &dataset, const Quote &quote)
{
    const Source *source = dataset.source(quote.source);
    const QString reference =
        source ? sourceReference(*source) : Text::tr("unknown source (%1)").arg(quote.source);
    return QStringLiteral("%1 %2; %3").arg(kDash, quoteSpeaker(dataset, quote), reference);
}

/** Markdown's block quote of each line of already escaped text. */
QString blockQuoted(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString &line : lines)
        line.prepend(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> "));
    return lines.join(u'\n');
}

Citation citedQuotes(const Dataset &dataset, const QStringList &quoteIds, const QString &none)
{
    Citation citation;
    for (const QString &id : quoteIds) {
        if (const Quote *quote = dataset.quote(id)) {
            const Citation one = citeQuote(dataset, *quote);
            citation.plainText += QStringLiteral("\n\n") + one.plainText;
            citation.markdown += QStringLiteral("\n\n") + one.markdown;
        }
    }
    if (citation.plainText.isEmpty()) {
        citation.plainText = QStringLiteral("\n\n") + none;
        citation.markdown = QStringLiteral("\n\n") + markdownEscaped(none);
    }
    return citation;
}

/** What a data file's row says is cited by its file and line: it has no quote. */
Citation citedRow(const Dataset &dataset, const QString &line, const QString &status,
                  const DataRow &row)
{
    const QString from = Text::tr("From %1").arg(dataRowReference(dataset, row));
    return {QStringLiteral("%1: %2\n%3").arg(line, status, from),
            QStringLiteral("**%1**: %2\n\n%3")
                .arg(markdownEscaped(line), markdownEscaped(status), markdownEscaped(from))};
}

QString nameOrId(const Dataset &dataset, const QString &bodyId)
{
    const Body *body = dataset.body(bodyId);
    return body ? body->name : bodyId;
}

} // namespace

QString quoteSpeaker(const Dataset &dataset, const Quote &quote)
{
    if (const Person *person = dataset.person(quote.speaker)) {
        QStringList parts{person->name};
        if (!person->post.isEmpty())
            parts << person->post;
        // Posts often name the organisation already ("chair of the NHS Alliance").
        const Body *organisation = dataset.body(person->organisation);
        if (organisation && !person->post.contains(organisation->name))
            parts << organisation->name;
        return parts.join(QStringLiteral(", "));
    }
    if (const Body *body = dataset.body(quote.speakingBody))
        return body->name;
    const Source *source = dataset.source(quote.source);
    if (!source)
        return Text::tr("narration");
    return Text::tr("%1 (narration)")
        .arg(source->author.isEmpty() ? source->outlet : source->author);
}

Citation citeQuote(const Dataset &dataset, const Quote &quote)
{
    const QString cite = attribution(dataset, quote);
    return {quoted(quote.text) + u'\n' + cite,
            blockQuoted(quoted(markdownEscaped(quote.text)) + QStringLiteral("\n\n") +
                        markdownEscaped(cite))};
}

Citation citeBody(const Dataset &dataset, const Body &body)
{
    if (!body.row.source.isEmpty()) {
        QStringList what{body.kind, body.code, body.postcode};
        what.removeAll(QString());
        return citedRow(dataset, QStringLiteral("%1 (%2)").arg(body.name, what.join(u' ')),
                        body.status, body.row);
    }
    const QString name =
        body.acronym.isEmpty() ? body.name : QStringLiteral("%1 (%2)").arg(body.name, body.acronym);
    const QString evidence = Text::tr("Evidence for the status:");
    const Citation quotes =
        citedQuotes(dataset, body.statusEvidence,
                    Text::tr("No quote in the dataset is given as evidence for the status."));
    return {QStringLiteral("%1: %2\n%3").arg(name, body.status, evidence) + quotes.plainText,
            QStringLiteral("**%1**: %2\n\n%3")
                    .arg(markdownEscaped(name), markdownEscaped(body.status), evidence) +
                quotes.markdown};
}

Citation citeRelation(const Dataset &dataset, const Relation &relation)
{
    const QString line =
        QStringList{nameOrId(dataset, relation.from), relation.type, nameOrId(dataset, relation.to)}
            .join(QStringLiteral(" %1 ").arg(kDash));
    if (!relation.row.source.isEmpty())
        return citedRow(dataset, line, relation.status, relation.row);
    QStringList quoteIds;
    for (const Quote *quote : dataset.quotesAboutRelation(relation.id))
        quoteIds << quote->id;
    const QString about = Text::tr("Quotes about it:");
    const Citation quotes =
        citedQuotes(dataset, quoteIds, Text::tr("No quote in the dataset is about it."));
    return {QStringLiteral("%1: %2\n%3").arg(line, relation.status, about) + quotes.plainText,
            QStringLiteral("**%1**: %2\n\n%3")
                    .arg(markdownEscaped(line), markdownEscaped(relation.status), about) +
                quotes.markdown};
}

QString markdownEscaped(const QString &text)
{
    // Inline metacharacters anywhere; & too, or an entity such as &amp; would show as "&".
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>#|~&!");
    // Block markers at the start of a line: lists ("-", "+"), setext headings ("=").
    static const QString lineStartSpecial = QStringLiteral("-+=");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    bool atLineStart = true; // nothing but blanks yet on this line
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (atLineStart && c.isDigit()) { // "1." and "1)" start an ordered list
            qsizetype end = i;
            while (end < text.size() && text[end].isDigit())
                ++end;
            escaped += QStringView(text).sliced(i, end - i);
            if (end < text.size() && (text[end] == u'.' || text[end] == u')'))
                escaped += u'\\';
            i = end - 1;
            atLineStart = false;
            continue;
        }
        if (inlineSpecial.contains(c) || (atLineStart && lineStartSpecial.contains(c)))
            escaped += u'\\';
        escaped += c;
        atLineStart = c == u'\n' || (atLineStart && (c == u' ' || c == u'\t'));
    }
    return escaped;
}

} // namespace nhsx
