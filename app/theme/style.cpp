#include "app/theme/style.h"

namespace nhsx {

Qt::PenStyle penStyleForStatus(const QString &relationStatus)
{
    if (relationStatus == QLatin1String("statutory") || relationStatus == QLatin1String("binding"))
        return Qt::SolidLine;
    if (relationStatus == QLatin1String("advisory"))
        return Qt::DashLine;
    if (relationStatus == QLatin1String("proposed"))
        return Qt::DotLine;
    if (relationStatus == QLatin1String("historical"))
        return Qt::SolidLine;
    if (relationStatus == QLatin1String("unstated"))
        return Qt::DashDotDotLine;
    return Qt::DashDotLine;
}

QColor inkForRelationStatus(const QString &relationStatus)
{
    // The lightest grey that still reads at 4.5:1 on white, for the labels in this colour.
    return relationStatus == QLatin1String("historical") ? QColor(0x76, 0x76, 0x76)
                                                         : QColor(0x1a, 0x1a, 0x1a);
}

QColor fillForBodyStatus(const QString &bodyStatus)
{
    if (bodyStatus == QLatin1String("statutory"))
        return QColor(0xd6, 0xe8, 0xfa);
    if (bodyStatus == QLatin1String("advisory"))
        return QColor(0xfd, 0xf1, 0xc9);
    if (bodyStatus == QLatin1String("proposed"))
        return QColor(0xe6, 0xf4, 0xe1);
    if (bodyStatus == QLatin1String("historical"))
        return QColor(0xe4, 0xe4, 0xe4);
    if (bodyStatus == QLatin1String("unstated"))
        return QColor(0xff, 0xff, 0xff);
    if (bodyStatus == QLatin1String("disputed"))
        return QColor(0xfb, 0xe0, 0xe0);
    return QColor(0xee, 0xe2, 0xf5);
}

QString statusLabel(const QString &status)
{
    if (status.isEmpty())
        return QStringLiteral("Unknown");
    if (status == QLatin1String("unstated"))
        return QStringLiteral("Not stated in the sources");
    return status.front().toUpper() + status.mid(1);
}

namespace {

/**
 * Latin text is drawn without ligatures, so that the text of an exported PDF reads as typed: with
 * them, "Pathfinder" comes out of pdftotext (or a copy and paste) with the single glyph "ﬁ".
 */
QFont graphFont()
{
    QFont font;
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QFont bodyNameFont()
{
    QFont font = graphFont();
    font.setPixelSize(16);
    font.setBold(true);
    return font;
}

QFont bodyStatusFont()
{
    QFont font = graphFont();
    font.setPixelSize(13);
    font.setItalic(true);
    return font;
}

QFont edgeLabelFont()
{
    QFont font = graphFont();
    font.setPixelSize(13);
    return font;
}

} // namespace nhsx
