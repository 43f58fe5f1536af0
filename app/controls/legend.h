#pragma once

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace nhsx {

struct Theme;

/**
 * Says what the line styles and box colours of the graph mean, drawn with the same styles.
 * Entries wrap onto more lines when the window is narrow, so the legend never forces its width.
 */
class Legend final : public QWidget
{
    Q_OBJECT

public:
    /** The statuses of the relations and bodies on show, each given its sample. */
    Legend(const QStringList &relationStatuses, const QStringList &bodyStatuses,
           QWidget *parent = nullptr);

    /** The text of every entry, in order, as a screen reader gets it. */
    QStringList entryTexts() const;
    /** Where the entry at this index of entryTexts() is drawn (empty if none), e.g. to click it. */
    QRect entryRect(qsizetype index) const;
    /** The entries drawn struck through, because their items are hidden. */
    QStringList hiddenEntryTexts() const;
    /** Shows the entries of these statuses as hidden (struck through). */
    void setHiddenStatuses(const QSet<QString> &bodyStatuses,
                           const QSet<QString> &relationStatuses);
    /** Draws the samples, and the text, in this theme's colours, fonts and line widths. */
    void setTheme(const Theme &theme);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** An entry was clicked: show or hide the bodies, or the relations, of these statuses. */
    void bodyStatusesClicked(const QStringList &statuses);
    void relationStatusesClicked(const QStringList &statuses);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Entry
    {
        QString text;
        Qt::PenStyle line = Qt::NoPen; // a relation's line sample; a body's has a box sample
        bool startsGroup = false;      // a group's title: no sample
        QStringList statuses;          // what clicking the entry shows or hides
        bool forBodies = false;
    };
    bool isHidden(const Entry &entry) const;
    /** Where each entry goes at this width; returns the height used. */
    int arrange(int width, QList<QRect> *places) const;

    QList<Entry> mEntries;
    const Theme *mTheme;
    QSet<QString> mHiddenBodyStatuses, mHiddenRelationStatuses;
};

} // namespace nhsx
