#pragma once

#include "core/dataset.h"

#include <QSet>
#include <QStringList>
#include <QWidget>
#include <future>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace nhsx {

class SearchIndex;

/**
 * Find as you type: a field, a count, and a list of results with the matching snippet. Matches
 * are the bodies and relations on show whose name, acronym, role, description, quotes or
 * speakers contain every word typed (as word prefixes).
 */
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(const Dataset &dataset, QWidget *parent = nullptr);
    /** It keeps a reference to the dataset: a temporary would not live long enough. */
    FindBar(const Dataset &&dataset, QWidget *parent = nullptr) = delete;
    ~FindBar() override;

    /** The most results listed; every match still counts and is highlighted. */
    static constexpr int kMaxListed = 200;

    QLineEdit *field() const { return mField; }
    QListWidget *results() const { return mResults; }
    QString countText() const;

    /** The ids the graph shows: only they count as matches. */
    void setShownIds(const QSet<QString> &ids);
    /**
     * The dataset it reads has new contents (the timeline moved): the index is built again, so
     * a search finds only what the dataset now holds. Call before setShownIds().
     */
    void datasetChanged();
    /** The matches on show, best first; empty when nothing is searched or nothing matches. */
    const QStringList &matches() const { return mMatches; }
    bool searching() const;

    /** Moves to the next match (after the last, the first again) and announces it. */
    void findNext();
    /**
     * Starts building the search index off the GUI thread, unless it is built or being built:
     * the field does this when it takes focus, so the first keystroke seldom waits for it.
     */
    void prepareIndex();
    /** Whether the index is built, so a keystroke will not wait for it. */
    bool indexReady() const;

signals:
    /** The matches changed; searching is false when the field is empty. */
    void matchesChanged(const QStringList &ids, bool searching);
    /** The user moved to this match (Enter, F3, or a click in the results). */
    void matchActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    /** The index, built here if no build was started, or waited for if one is running. */
    SearchIndex &index();

    const Dataset &mDataset;
    std::unique_ptr<SearchIndex> mIndex;
    std::future<std::unique_ptr<SearchIndex>> mIndexBuild;
    QLineEdit *mField = nullptr;
    QLabel *mCount = nullptr;
    QListWidget *mResults = nullptr;
    QSet<QString> mShown;
    QStringList mMatches;
    qsizetype mCurrent = -1;
};

} // namespace nhsx
