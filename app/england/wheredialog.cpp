#include "app/england/wheredialog.h"

#include "app/england/wheretext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace nhsx {

namespace {

/** One line for the list: the name, its codes, and for a practice its CCG. */
QString summary(const Placement &placement)
{
    const Body &match = *placement.match;
    QStringList parts{match.name, match.code};
    if (!match.postcode.isEmpty())
        parts << match.postcode;
    if (placement.chain.size() > 1 && match.kind == u"GP practice")
        parts << placement.chain[1]->name;
    return parts.join(QStringLiteral(" \u2014 "));
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WhereDialog::WhereDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent), mDataset(dataset), mQuery(new QLineEdit), mCount(plainLabel({})),
      mMatches(new QListWidget), mAnswer(new QPlainTextEdit)
{
    setWindowTitle(tr("Where does my practice sit?"));
    mQuery->setPlaceholderText(tr(
        "A GP practice or CCG: its name, its code (A81001, 02N), or a postcode (TS18 1HU, TS18)"));
    mQuery->setClearButtonEnabled(true);
    mQuery->setAccessibleName(tr("Practice or CCG"));
    mMatches->setAccessibleName(tr("Matches"));
    mAnswer->setReadOnly(true);
    mAnswer->setAccessibleName(tr("Where it sits"));
    mAnswer->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(mMatches);
    split->addWidget(mAnswer);
    split->setStretchFactor(1, 2);

    QString attribution;
    for (const Layer &layer : dataset.layers()) {
        if (!layer.attribution.isEmpty())
            attribution = tr("%1: %2").arg(layer.name, layer.attribution);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    mShow = buttons->addButton(tr("Show in the graph"), QDialogButtonBox::ActionRole);
    mShow->setEnabled(false);
    connect(mShow, &QPushButton::clicked, this, [this] { requestPlace(mMatches->currentRow()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mQuery);
    layout->addWidget(mCount);
    layout->addWidget(split, 1);
    layout->addWidget(plainLabel(attribution));
    layout->addWidget(buttons);

    connect(mQuery, &QLineEdit::textChanged, this, &WhereDialog::search);
    connect(mMatches, &QListWidget::currentRowChanged, this, &WhereDialog::showMatch);
    connect(mMatches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { requestPlace(mMatches->row(item)); });
    search({});
    resize(760, 620);
}

QString WhereDialog::answer() const
{
    return mAnswer->toPlainText();
}

void WhereDialog::search(const QString &text)
{
    mMatches->clear();
    mPlacements.clear();
    if (text.trimmed().isEmpty()) {
        mCount->setText(tr("Type a practice's or CCG's name, code or postcode."));
        mAnswer->clear();
        mShow->setEnabled(false);
        return;
    }
    qsizetype total = 0;
    mPlacements = findPlacements(mDataset, text.trimmed(), kListed, &total);
    for (const Placement &placement : std::as_const(mPlacements))
        mMatches->addItem(summary(placement));
    if (total == 0)
        mCount->setText(tr("No GP practice or CCG matches."));
    else if (total > mPlacements.size())
        mCount->setText(
            tr("%1 matches; the first %2 are listed.").arg(total).arg(mPlacements.size()));
    else
        mCount->setText(total == 1 ? tr("1 match.") : tr("%1 matches.").arg(total));
    if (!mPlacements.isEmpty()) {
        mMatches->setCurrentRow(0);
    } else {
        mAnswer->clear();
        mShow->setEnabled(false);
    }
}

void WhereDialog::requestPlace(int row)
{
    if (row >= 0 && row < mPlacements.size())
        emit placeRequested(mPlacements[row].match->id);
}

void WhereDialog::showMatch(int row)
{
    mShow->setEnabled(row >= 0 && row < mPlacements.size());
    if (row < 0 || row >= mPlacements.size())
        return;
    mAnswer->setPlainText(whereLines(mDataset, mPlacements[row]).join(u'\n'));
}

} // namespace nhsx
