#include "app/controls/findbar.h"

#include "core/search.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

namespace nhsx {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("quote"))
        return FindBar::tr("quote");
    if (field == QLatin1String("speaker"))
        return FindBar::tr("speaker");
    if (field == QLatin1String("role") || field == QLatin1String("description"))
        return FindBar::tr("summary");
    return FindBar::tr("name");
}

/** The snippet as plain text, the matched words in «guillemets». */
QString plainSnippet(QString snippet)
{
    return snippet.replace(kMatchStart, QChar(0x00AB)).replace(kMatchEnd, QChar(0x00BB));
}

} // namespace

FindBar::FindBar(const Dataset &dataset, QWidget *parent) : QWidget(parent), mDataset(dataset)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    mField = new QLineEdit;
    mField->setPlaceholderText(tr("Find (Ctrl+F)"));
    mField->setClearButtonEnabled(true);
    mField->setAccessibleName(tr("Find"));
    mField->setMinimumWidth(180);
    layout->addWidget(mField);
    mCount = new QLabel;
    mCount->setTextFormat(Qt::PlainText);
    mCount->setMinimumWidth(90);
    layout->addWidget(mCount);

    mResults = new QListWidget;
    mResults->setAccessibleName(tr("Search results"));
    mResults->setWordWrap(true);
    mResults->setAlternatingRowColors(true);

    mField->installEventFilter(this);
    connect(mField, &QLineEdit::textChanged, this, &FindBar::update);
    connect(mField, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(mResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        mCurrent = mMatches.indexOf(id);
        mCount->setText(countText());
        emit matchActivated(id);
    });
    connect(mResults, &QListWidget::itemClicked, mResults, &QListWidget::itemActivated);
}

FindBar::~FindBar() = default;

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mField && event->type() == QEvent::FocusIn)
        prepareIndex();
    return QWidget::eventFilter(watched, event);
}

void FindBar::prepareIndex()
{
    if (mIndex || mIndexBuild.valid())
        return;
    // A copy of the dataset (implicitly shared, so cheap): the window may replace the one it
    // shows while the index is built. At 8,000 bodies building takes about 200 ms.
    mIndexBuild = std::async(std::launch::async, [dataset = mDataset] {
        return std::make_unique<SearchIndex>(dataset);
    });
}

bool FindBar::indexReady() const
{
    return mIndex || (mIndexBuild.valid() &&
                      mIndexBuild.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
}

SearchIndex &FindBar::index()
{
    if (mIndexBuild.valid())
        mIndex = mIndexBuild.get();
    if (!mIndex)
        mIndex = std::make_unique<SearchIndex>(mDataset);
    return *mIndex;
}

bool FindBar::searching() const
{
    return !mField->text().trimmed().isEmpty();
}

QString FindBar::countText() const
{
    if (!searching())
        return {};
    if (mMatches.isEmpty())
        return tr("No match");
    if (mCurrent < 0 && mResults->count() < mMatches.size())
        return tr("%1 matches, the best %2 listed").arg(mMatches.size()).arg(mResults->count());
    if (mCurrent < 0)
        return mMatches.size() == 1 ? tr("1 match") : tr("%1 matches").arg(mMatches.size());
    return tr("%1 of %2").arg(mCurrent + 1).arg(mMatches.size());
}

void FindBar::setShownIds(const QSet<QString> &ids)
{
    mShown = ids;
    update();
}

void FindBar::datasetChanged()
{
    if (mIndexBuild.valid())
        mIndexBuild.get(); // an index of what the dataset held before: dropped once built
    mIndex.reset();
    if (mField->hasFocus())
        prepareIndex();
}

void FindBar::update()
{
    mResults->clear();
    mMatches.clear();
    mCurrent = -1;
    if (searching()) {
        // Only what is on show counts, and is dropped before the limit: a limit first would
        // lose matches in a focused or filtered view. The list shows the best kMaxListed.
        const SearchResult found = index().find(
            mField->text(), [this](const QString &id) { return mShown.contains(id); }, kMaxListed);
        mMatches = found.ids;
        // One row a match, with its best field: the count then counts what the list lists.
        QSet<QString> listed;
        for (const SearchHit &hit : found.listed) {
            if (listed.contains(hit.id))
                continue;
            listed.insert(hit.id);
            QString name = hit.id;
            if (const Body *body = mDataset.body(hit.id)) {
                name = body->name;
            } else if (const Relation *relation = mDataset.relation(hit.id)) {
                const Body *from = mDataset.body(relation->from);
                const Body *to = mDataset.body(relation->to);
                name = QStringLiteral("%1 %2 %3")
                           .arg(from ? from->name : relation->from, relation->type,
                                to ? to->name : relation->to);
            }
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 \u2014 %2: %3")
                    .arg(name, fieldLabel(hit.field), plainSnippet(hit.snippet)));
            item->setData(Qt::UserRole, hit.id);
            mResults->addItem(item);
        }
    }
    mCount->setText(countText());
    emit matchesChanged(mMatches, searching());
}

void FindBar::findNext()
{
    if (mMatches.isEmpty())
        return;
    mCurrent = (mCurrent + 1) % mMatches.size();
    mCount->setText(countText());
    emit matchActivated(mMatches[mCurrent]);
}

} // namespace nhsx
