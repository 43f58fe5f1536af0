#include "app/controls/legend.h"

#include "app/theme/style.h"
#include "app/theme/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace nhsx {

namespace {

constexpr int kSwatchWidth = 40;
constexpr int kGap = 6;
constexpr int kEntrySpacing = 14;
constexpr int kMargin = 6;

} // namespace

Legend::Legend(const QStringList &relationStatuses, const QStringList &bodyStatuses,
               QWidget *parent)
    : QWidget(parent), mTheme(&normalTheme())
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // Statutory and binding relations look alike; "advisory" says what it means in practice.
    const QList<std::pair<QStringList, QString>> lineKinds = {
        {{QStringLiteral("statutory"), QStringLiteral("binding")}, tr("statutory / binding")},
        {{QStringLiteral("advisory")}, tr("advisory (no veto)")},
        {{QStringLiteral("proposed")}, tr("proposed")},
        {{QStringLiteral("disputed")}, tr("disputed")},
        {{QStringLiteral("historical")}, tr("historical")},
        {{QStringLiteral("unstated")}, tr("standing not stated")}};
    mEntries.append({tr("Relations:"), Qt::NoPen, true, {}});
    for (const auto &[statuses, text] : lineKinds) {
        // Only the statuses some relation has: hiding one that none has hides nothing, and must
        // not strike out the entry.
        QStringList present;
        for (const QString &status : statuses) {
            if (relationStatuses.contains(status))
                present.append(status);
        }
        if (!present.isEmpty())
            mEntries.append({text, penStyleForStatus(statuses.front()), false, present});
    }
    mEntries.append({tr("Bodies:"), Qt::NoPen, true, {}});
    for (const QString &status : bodyStatuses)
        mEntries.append({statusLabel(status).toLower(), Qt::NoPen, false, {status}, true});
    setAccessibleName(tr("Legend"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click an entry to hide or show the bodies and relations of that kind"));
    setAccessibleDescription(entryTexts().join(QStringLiteral(", ")));
}

QStringList Legend::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : mEntries)
        texts.append(entry.text);
    return texts;
}

QRect Legend::entryRect(qsizetype index) const
{
    QList<QRect> places;
    arrange(width(), &places);
    return index >= 0 && index < places.size() ? places[index] : QRect();
}

bool Legend::isHidden(const Entry &entry) const
{
    const QSet<QString> &hidden = entry.forBodies ? mHiddenBodyStatuses : mHiddenRelationStatuses;
    return std::any_of(entry.statuses.cbegin(), entry.statuses.cend(),
                       [&](const QString &s) { return hidden.contains(s); });
}

QStringList Legend::hiddenEntryTexts() const
{
    QStringList texts;
    for (const Entry &entry : mEntries) {
        if (isHidden(entry))
            texts.append(entry.text);
    }
    return texts;
}

void Legend::setHiddenStatuses(const QSet<QString> &bodyStatuses,
                               const QSet<QString> &relationStatuses)
{
    mHiddenBodyStatuses = bodyStatuses;
    mHiddenRelationStatuses = relationStatuses;
    QStringList description;
    for (const Entry &entry : mEntries)
        description.append(isHidden(entry) ? tr("%1 (hidden)").arg(entry.text) : entry.text);
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

void Legend::setTheme(const Theme &theme)
{
    mTheme = &theme;
    setFont(theme.legend);
    QPalette colours;
    if (theme.legendText.isValid()) {
        colours.setColor(QPalette::Window, theme.background);
        colours.setColor(QPalette::WindowText, theme.legendText);
        colours.setColor(QPalette::PlaceholderText, theme.legendMutedText);
    }
    setPalette(colours);
    setAutoFillBackground(theme.legendText.isValid());
    updateGeometry();
    setMinimumHeight(heightForWidth(width()));
    update();
}

void Legend::mousePressEvent(QMouseEvent *event)
{
    QList<QRect> places;
    arrange(width(), &places);
    for (qsizetype i = 0; i < mEntries.size(); ++i) {
        if (!mEntries[i].statuses.isEmpty() && places[i].contains(event->position().toPoint())) {
            if (mEntries[i].forBodies)
                emit bodyStatusesClicked(mEntries[i].statuses);
            else
                emit relationStatusesClicked(mEntries[i].statuses);
            return;
        }
    }
    QWidget::mousePressEvent(event);
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
            const QString &status = entry.statuses.front();
            if (entry.forBodies) {
                painter.setPen(QPen(palette().color(QPalette::WindowText), 1.2));
                painter.setBrush(mTheme->fill(status));
                painter.drawRoundedRect(swatch.adjusted(4, 2, -4, -2), 4, 4);
            } else {
                painter.setPen(QPen(mTheme->relationLine(status, false, false),
                                    mTheme->legendLineWidth, entry.line));
                painter.drawLine(QPointF(swatch.left() + 2, swatch.center().y()),
                                 QPointF(swatch.right() - 2, swatch.center().y()));
            }
            place.setLeft(place.left() + kSwatchWidth + kGap);
        }
        QFont textFont = entry.startsGroup ? bold : font();
        const bool hidden = isHidden(entry);
        textFont.setStrikeOut(hidden);
        painter.setFont(textFont);
        painter.setPen(palette().color(hidden ? QPalette::PlaceholderText : QPalette::WindowText));
        painter.drawText(place, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace nhsx
