#include "app/panel/datasettables.h"

#include "app/theme/style.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nhsx {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

/** Rows whose id the graph shows and that contain the filter's text, in any case, in a column. */
class ShownRowsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShownIds(const QSet<QString> &ids)
    {
        mShown = ids;
        invalidateFilter();
    }

    /**
     * Plain text, compared as such: Qt's fixed-string filter goes through a regular expression,
     * which some text (a lone surrogate) cannot make, with a warning and nothing filtered.
     */
    void setFilterText(const QString &text)
    {
        mText = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString id = sourceModel()->index(row, 0, parent).data(kIdRole).toString();
        if (!mShown.contains(id))
            return false;
        if (mText.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            const QString text = sourceModel()->index(row, column, parent).data().toString();
            if (text.contains(mText, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QSet<QString> mShown;
    QString mText;
};

QStandardItem *cell(const QString &text, const QString &id = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!id.isEmpty())
        item->setData(id, kIdRole);
    return item;
}

QString bodyName(const Dataset &dataset, const QString &id)
{
    const Body *body = dataset.body(id);
    return body ? body->name : id;
}

} // namespace

DatasetTables::DatasetTables(const Dataset &dataset, QWidget *parent) : QWidget(parent)
{
    mBodies = new QStandardItemModel(this);
    mBodies->setHorizontalHeaderLabels(
        {tr("Name"), tr("Acronym"), tr("Kind"), tr("Status"), tr("Relations")});
    for (const Body &body : dataset.bodies()) {
        auto *relations = cell({});
        relations->setData(int(dataset.relationsOf(body.id).size()), Qt::DisplayRole);
        mBodies->appendRow({cell(body.name, body.id), cell(body.acronym), cell(body.kind),
                            cell(statusLabel(body.status)), relations});
    }
    mRelations = new QStandardItemModel(this);
    mRelations->setHorizontalHeaderLabels({tr("From"), tr("Relation"), tr("To"), tr("Status")});
    for (const Relation &relation : dataset.relations()) {
        mRelations->appendRow({cell(bodyName(dataset, relation.from), relation.id),
                               cell(relation.type), cell(bodyName(dataset, relation.to)),
                               cell(statusLabel(relation.status))});
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    mFilter = new QLineEdit;
    mFilter->setPlaceholderText(tr("Filter the tables"));
    mFilter->setClearButtonEnabled(true);
    mFilter->setAccessibleName(tr("Filter the tables"));
    layout->addWidget(mFilter);
    mTabs = new QTabWidget;
    mBodiesView = makeView(mBodies, &mBodiesProxy, tr("Bodies table"), {0});
    mRelationsView = makeView(mRelations, &mRelationsProxy, tr("Relations table"), {0, 2});
    mTabs->addTab(mBodiesView, tr("Bodies"));
    mTabs->addTab(mRelationsView, tr("Relations"));
    layout->addWidget(mTabs, 1);

    connect(mFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<ShownRowsProxy *>(mBodiesProxy)->setFilterText(text);
        static_cast<ShownRowsProxy *>(mRelationsProxy)->setFilterText(text);
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this](int index) {
        QTableView *view = index == 0 ? mBodiesView : mRelationsView;
        // The tab's current row becomes the selection, here as in the graph.
        if (view->currentIndex().isValid())
            view->selectRow(view->currentIndex().row());
        announceRow(view, index == 0 ? mBodiesProxy : mRelationsProxy);
    });
}

QTableView *DatasetTables::makeView(QStandardItemModel *model, QSortFilterProxyModel **proxy,
                                    const QString &name, const QList<int> &stretch)
{
    auto *filter = new ShownRowsProxy(this);
    filter->setSourceModel(model);
    filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    *proxy = filter;
    auto *view = new QTableView;
    view->setModel(filter);
    view->setAccessibleName(name);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // dataset order until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : stretch)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view, filter] { announceRow(view, filter); });
    return view;
}

void DatasetTables::announceRow(QTableView *view, QSortFilterProxyModel *proxy)
{
    if (mSyncing)
        return;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = proxy->index(current.row(), 0).data(kIdRole).toString();
    if (id.isEmpty())
        return;
    // The graph answers with showSelection(id) for the row that is here already: moving the
    // table then, with the mouse button still down on it, would select the row scrolled under it.
    mAnnounced = id;
    emit idSelected(id);
    mAnnounced.clear();
}

void DatasetTables::setShownIds(const QSet<QString> &ids)
{
    mSyncing = true;
    static_cast<ShownRowsProxy *>(mBodiesProxy)->setShownIds(ids);
    static_cast<ShownRowsProxy *>(mRelationsProxy)->setShownIds(ids);
    mSyncing = false;
}

void DatasetTables::showSelection(const QString &id)
{
    if (!id.isEmpty() && id == mAnnounced)
        return;
    mSyncing = true;
    bool found = false;
    for (const auto &[view, proxy, tab] : {std::tuple{mBodiesView, mBodiesProxy, 0},
                                           std::tuple{mRelationsView, mRelationsProxy, 1}}) {
        const QModelIndexList rows =
            id.isEmpty() ? QModelIndexList()
                         : proxy->match(proxy->index(0, 0), kIdRole, id, 1, Qt::MatchExactly);
        if (rows.isEmpty()) {
            view->clearSelection();
            continue;
        }
        found = true;
        view->setCurrentIndex(rows.front());
        view->selectRow(rows.front().row());
        view->scrollTo(rows.front());
        mTabs->setCurrentIndex(tab);
    }
    if (!found) {
        mBodiesView->setCurrentIndex({});
        mRelationsView->setCurrentIndex({});
    }
    mSyncing = false;
}

QString DatasetTables::selectedId() const
{
    const bool bodies = mTabs->currentIndex() == 0;
    const QTableView *view = bodies ? mBodiesView : mRelationsView;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(kIdRole).toString();
}

} // namespace nhsx
