#include "app/presentation/presentationcaption.h"

#include "app/theme/style.h"
#include "app/theme/theme.h"
#include "core/displaydate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace nhsx {

namespace {

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void setColours(QWidget *widget, const QColor &background, const QColor &text)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

} // namespace

PresentationCaption::PresentationCaption(const Dataset &dataset, QWidget *parent)
    : QFrame(parent), mDataset(dataset), mTheme(&presentationTheme())
{
    setAccessibleName(tr("Caption"));
    mTitle = plainLabel();
    mStatus = plainLabel();
    mStatus->setWordWrap(false);
    mStatus->setMargin(4);
    mQuote = plainLabel();
    mCitation = plainLabel();
    auto *heading = new QHBoxLayout;
    heading->setSpacing(16);
    heading->addWidget(mTitle, 1);
    heading->addWidget(mStatus, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 14);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(mQuote);
    layout->addWidget(mCitation);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setTheme(*mTheme);
    showNothing();
}

void PresentationCaption::setTheme(const Theme &theme)
{
    mTheme = &theme;
    setColours(this, theme.captionBackground, theme.captionText);
    mTitle->setFont(theme.captionTitle);
    mStatus->setFont(theme.captionBody);
    mQuote->setFont(theme.captionBody);
    mCitation->setFont(theme.captionCitation);
    QPalette muted = mCitation->palette();
    muted.setColor(QPalette::WindowText, theme.captionMutedText);
    mCitation->setPalette(muted);
}

void PresentationCaption::showBody(const QString &id)
{
    const Body *body = mDataset.body(id);
    if (!body) {
        showNothing();
        return;
    }
    // A quote that supports the status, if any, since the status is what the room is shown.
    QList<const Quote *> quotes;
    for (const QString &quoteId : body->statusEvidence) {
        if (const Quote *quote = mDataset.quote(quoteId))
            quotes.append(quote);
    }
    if (quotes.isEmpty())
        quotes = mDataset.quotesAboutBody(id);
    setColours(mStatus, mTheme->fill(body->status), mTheme->ink);
    show(body->name, nhsx::statusLabel(body->status), quotes);
}

void PresentationCaption::showRelation(const QString &id)
{
    const Relation *relation = mDataset.relation(id);
    if (!relation) {
        showNothing();
        return;
    }
    const Body *from = mDataset.body(relation->from);
    const Body *to = mDataset.body(relation->to);
    const QString title =
        tr("%1 — %2 — %3")
            .arg(from ? from->name : relation->from, relation->type, to ? to->name : relation->to);
    setColours(mStatus, mTheme->labelBacking, mTheme->ink);
    show(title, nhsx::statusLabel(relation->status), mDataset.quotesAboutRelation(id));
}

void PresentationCaption::show(const QString &title, const QString &status,
                               const QList<const Quote *> &quotes)
{
    mTitle->setText(title);
    mStatus->setText(status);
    // The shortest, so that the strip leaves the graph room.
    const auto shortest =
        std::min_element(quotes.cbegin(), quotes.cend(), [](const Quote *a, const Quote *b) {
            return a->text.size() < b->text.size();
        });
    if (shortest == quotes.cend()) {
        mQuote->clear();
        mCitation->clear();
    } else {
        const Quote &quote = **shortest;
        mQuote->setText(tr("“%1”").arg(quote.text));
        QStringList cite;
        const QString speaker = mDataset.speakerName(quote);
        if (!speaker.isEmpty())
            cite << speaker;
        if (const Source *source = mDataset.source(quote.source))
            cite << source->outlet << displayDate(source->date, source->dateBasis);
        cite.removeAll(QString());
        mCitation->setText(QStringLiteral("— ") + cite.join(QStringLiteral(", ")));
    }
    mQuote->setVisible(!mQuote->text().isEmpty());
    mCitation->setVisible(!mCitation->text().isEmpty());
}

void PresentationCaption::showNothing()
{
    mTitle->clear();
    mStatus->clear();
    mQuote->clear();
    mCitation->clear();
}

bool PresentationCaption::hasContent() const
{
    return !mTitle->text().isEmpty();
}

QString PresentationCaption::title() const
{
    return mTitle->text();
}

QString PresentationCaption::status() const
{
    return mStatus->text();
}

QString PresentationCaption::quote() const
{
    return mQuote->text();
}

QString PresentationCaption::citation() const
{
    return mCitation->text();
}

} // namespace nhsx
