#include "legend.h"

#include "style.h"

#include <QPainter>

namespace nhsx {

namespace {

constexpr int kSwatchWidth = 40;
constexpr int kGap = 6;
constexpr int kEntrySpacing = 14;
constexpr int kMargin = 6;

} // namespace

Legend::Legend(const QStringList &bodyStatuses, QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    mEntries.append({tr("Relations:"), Qt::NoPen, {}, true});
    mEntries.append({tr("statutory / binding"), Qt::SolidLine, {}, false});
    mEntries.append({tr("advisory (no veto)"), Qt::DashLine, {}, false});
    mEntries.append({tr("proposed"), Qt::DotLine, {}, false});
    mEntries.append({tr("disputed"), Qt::DashDotLine, {}, false});
    mEntries.append({tr("Bodies:"), Qt::NoPen, {}, true});
    for (const QString &status : bodyStatuses)
        mEntries.append(
            {statusLabel(status).toLower(), Qt::NoPen, fillForBodyStatus(status), false});
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(entryTexts().join(QStringLiteral(", ")));
}

QStringList Legend::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : mEntries)
        texts.append(entry.text);
    return texts;
}

int Legend::arrange(int width, QList<QRect> *places) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics plain(font()), strong(bold);
    const int lineHeight = std::max(plain.height(), 18) + 4;
    int x = kMargin, y = kMargin;
    for (const Entry &entry : mEntries) {
        const bool hasSwatch = !entry.startsGroup;
        const int entryWidth = (hasSwatch ? kSwatchWidth + kGap : 0) +
                               (entry.startsGroup ? strong : plain).horizontalAdvance(entry.text);
        const bool wrap = x > kMargin && (entry.startsGroup || x + entryWidth > width - kMargin);
        if (wrap) {
            x = kMargin + (entry.startsGroup ? 0 : kSwatchWidth / 2);
            y += lineHeight;
        }
        if (places)
            places->append(QRect(x, y, entryWidth, lineHeight));
        x += entryWidth + (entry.startsGroup ? kGap : kEntrySpacing);
    }
    return y + lineHeight + kMargin;
}

int Legend::heightForWidth(int width) const
{
    return arrange(width, nullptr);
}

QSize Legend::sizeHint() const
{
    return QSize(600, heightForWidth(width() > 0 ? width() : 600));
}

QSize Legend::minimumSizeHint() const
{
    return QSize(kSwatchWidth * 4, heightForWidth(width() > 0 ? width() : 600));
}

void Legend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The splitter above does not ask for height-for-width, so say the height this width needs.
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void Legend::paintEvent(QPaintEvent *)
{
    QList<QRect> places;
    arrange(width(), &places);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    for (qsizetype i = 0; i < mEntries.size(); ++i) {
        const Entry &entry = mEntries[i];
        QRect place = places[i];
        if (!entry.startsGroup) {
            const QRectF swatch(place.left(), place.top() + 2, kSwatchWidth, place.height() - 4);
            if (entry.fill.isValid()) {
                painter.setPen(QPen(palette().color(QPalette::WindowText), 1.2));
                painter.setBrush(entry.fill);
                painter.drawRoundedRect(swatch.adjusted(4, 2, -4, -2), 4, 4);
            } else {
                painter.setPen(QPen(palette().color(QPalette::WindowText), 2, entry.line));
                painter.drawLine(QPointF(swatch.left() + 2, swatch.center().y()),
                                 QPointF(swatch.right() - 2, swatch.center().y()));
            }
            place.setLeft(place.left() + kSwatchWidth + kGap);
        }
        painter.setFont(entry.startsGroup ? bold : font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(place, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace nhsx
