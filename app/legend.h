#pragma once

#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

namespace nhsx {

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
    /** Where the entry with this text is drawn (empty if there is none), e.g. to click it. */
    QRect entryRect(const QString &text) const;
    /** Shows the entries of these statuses as hidden (struck through). */
    void setHiddenStatuses(const QSet<QString> &statuses);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** An entry was clicked: show or hide the items of these statuses. */
    void statusesClicked(const QStringList &statuses);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Entry
    {
        QString text;
        Qt::PenStyle line = Qt::NoPen; // a line sample (in lineColour), or
        QColor fill;                   // a box sample; neither for a group's title
        QColor lineColour;
        bool startsGroup = false;
        QStringList statuses; // what clicking the entry shows or hides
    };
    /** Where each entry goes at this width; returns the height used. */
    int arrange(int width, QList<QRect> *places) const;

    QList<Entry> mEntries;
    QSet<QString> mHidden;
};

} // namespace nhsx
