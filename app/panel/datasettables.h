#pragma once

#include "core/dataset.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace nhsx {

/**
 * The graph as two tables, bodies and relations, for the keyboard and screen readers: sortable
 * by any column, filtered by a text field, and showing the same items as the graph. Selecting a
 * row selects its body or relation; selecting in the graph selects the row.
 */
class DatasetTables final : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetTables(const Dataset &dataset, QWidget *parent = nullptr);
    DatasetTables(const Dataset &&dataset, QWidget *parent = nullptr) = delete;

    QTableView *bodiesTable() const { return mBodiesView; }
    QTableView *relationsTable() const { return mRelationsView; }
    QLineEdit *filterField() const { return mFilter; }
    QTabWidget *tabs() const { return mTabs; }

    /** The ids the graph shows: only their rows are listed. */
    void setShownIds(const QSet<QString> &ids);
    /** Selects the row of this id (switching tabs if needed), or clears the selection. */
    void showSelection(const QString &id);
    /** The id of the selected row in the current tab, or empty. */
    QString selectedId() const;

signals:
    /** The user selected the row of this body or relation. */
    void idSelected(const QString &id);

private:
    /** A sortable view of the model; the columns named in stretch share the spare width. */
    QTableView *makeView(QStandardItemModel *model, QSortFilterProxyModel **proxy,
                         const QString &name, const QList<int> &stretch);
    void announceRow(QTableView *view, QSortFilterProxyModel *proxy);

    QStandardItemModel *mBodies = nullptr;
    QStandardItemModel *mRelations = nullptr;
    QSortFilterProxyModel *mBodiesProxy = nullptr;
    QSortFilterProxyModel *mRelationsProxy = nullptr;
    QTableView *mBodiesView = nullptr;
    QTableView *mRelationsView = nullptr;
    QLineEdit *mFilter = nullptr;
    QTabWidget *mTabs = nullptr;
    bool mSyncing = false;
    QString mAnnounced; // the id of the row being announced, while it is
};

} // namespace nhsx
