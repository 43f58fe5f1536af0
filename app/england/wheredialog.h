#pragma once

#include "core/placement.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace nhsx {

/**
 * "Where does my practice sit?": a practice's or CCG's name, code or postcode typed in; the
 * matches listed; the chosen one's place in England in April 2013, up to the NHS Commissioning
 * Board, and who may advise its CCG or refer its plans back, shown as text with its citations.
 * The dataset must hold the England 2013 layer and outlive the dialog.
 */
class WhereDialog final : public QDialog
{
    Q_OBJECT

public:
    /** At most this many matches are listed; the count says how many more there are. */
    static constexpr qsizetype kListed = 200;

    explicit WhereDialog(const Dataset &dataset, QWidget *parent = nullptr);

    QLineEdit *queryField() const { return mQuery; }
    QListWidget *matchList() const { return mMatches; }
    QLabel *countLabel() const { return mCount; }
    /** The chosen match's place, as plain text. */
    QString answer() const;
    /** "Show in the graph": asks for the chosen match's place in the graph (placeRequested). */
    QPushButton *showButton() const { return mShow; }

signals:
    /**
     * A match was double-clicked, or chosen with Enter or "Show in the graph": its place in the
     * graph is wanted (the body's id).
     */
    void placeRequested(const QString &bodyId);

private:
    void search(const QString &text);
    void showMatch(int row);
    /** Asks for the place of the match in this row. */
    void requestPlace(int row);

    const Dataset &mDataset;
    QList<Placement> mPlacements;
    QLineEdit *mQuery;
    QLabel *mCount;
    QListWidget *mMatches;
    QPlainTextEdit *mAnswer;
    QPushButton *mShow;
};

} // namespace nhsx
