// The themes' colours: WCAG 2 contrast, and every text the presentation theme draws at 7:1 or more.
#include "app/theme/theme.h"
#include "core/dataset.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <tuple>

using namespace nhsx;

namespace {

constexpr qreal kPresentationContrast = 7.0;

TEST(Contrast, MatchesKnownValues)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::black), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x59, 0x59, 0x59), Qt::white), 7.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0, 1e-9);
    EXPECT_NEAR(relativeLuminance(Qt::white), 1.0, 1e-9);
    EXPECT_NEAR(relativeLuminance(Qt::black), 0.0, 1e-9);
    // Green weighs most: pure green is far lighter than pure blue.
    EXPECT_NEAR(relativeLuminance(QColor(0, 255, 0)), 0.7152, 1e-4);
    EXPECT_NEAR(relativeLuminance(QColor(0, 0, 255)), 0.0722, 1e-4);
}

TEST(Contrast, CompositesTranslucentColoursOverTheBackground)
{
    EXPECT_EQ(composited(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
    EXPECT_EQ(composited(QColor(0, 0, 0, 255), Qt::white), QColor(Qt::black));
    const QColor half = composited(QColor(0, 0, 0, 128), Qt::white);
    EXPECT_NEAR(half.redF(), 127.0 / 255, 0.01);
}

struct TextPair
{
    std::string what;
    QColor text, background;
};

QStringList withUnknown(QStringList statuses)
{
    statuses.append(QStringLiteral("a-status-no-theme-knows"));
    return statuses;
}

/** Every text the theme draws, with what it is drawn on, in every state it can be drawn in. */
QList<TextPair> textPairs(const Theme &theme)
{
    QList<TextPair> pairs;
    // Body names and statuses are drawn in ink on the status's fill, selected or matched or not
    // (those change the outline only).
    for (const QString &status : withUnknown(bodyStatuses()))
        pairs.append({"body text on " + status.toStdString(), theme.ink, theme.fill(status)});
    // A relation's label on its backing, and the backing on the graph's background (so that the
    // text stands out from the background around it too).
    const QColor backing = composited(theme.labelBacking, theme.background);
    for (const QString &status : withUnknown(relationStatuses())) {
        for (const auto &[state, selected, matched] : {std::tuple{"", false, false},
                                                       {" selected", true, false},
                                                       {" matched", false, true}}) {
            const QColor text = theme.relationText(status, selected, matched);
            const std::string what = status.toStdString() + state + " relation label";
            pairs.append({what + " on its backing", text, backing});
            pairs.append({what + " on the background", text, theme.background});
        }
    }
    // Items neither matched nor highlighted are drawn translucent over the background: their
    // text over their fill (or a label over its backing), both faded.
    const auto faded = [&](const QColor &colour, const QColor &under) {
        QColor translucent = colour;
        translucent.setAlphaF(colour.alphaF() * theme.dimmedOpacity);
        return composited(translucent, under);
    };
    for (const QString &status : withUnknown(bodyStatuses())) {
        const QColor fill = faded(theme.fill(status), theme.background);
        pairs.append({"dimmed body text on " + status.toStdString(), faded(theme.ink, fill), fill});
    }
    for (const QString &status : withUnknown(relationStatuses())) {
        const QColor fadedBacking = faded(theme.labelBacking, theme.background);
        pairs.append({"dimmed " + status.toStdString() + " relation label",
                      faded(theme.relationText(status, false, false), fadedBacking), fadedBacking});
    }
    pairs.append({"legend text", theme.legendText, theme.background});
    pairs.append({"hidden legend entry", theme.legendMutedText, theme.background});
    pairs.append({"note above the graph", theme.noteText, theme.noteBackground});
    pairs.append({"caption", theme.captionText, theme.captionBackground});
    pairs.append({"caption citation", theme.captionMutedText, theme.captionBackground});
    pairs.append({"caption's relation status", theme.ink, backing});
    return pairs;
}

TEST(PresentationTheme, EveryTextIsAtLeastSevenToOneAgainstItsBackground)
{
    const QList<TextPair> pairs = textPairs(presentationTheme());
    EXPECT_GE(pairs.size(), 30);
    for (const TextPair &pair : pairs) {
        ASSERT_TRUE(pair.text.isValid()) << pair.what;
        EXPECT_GE(contrastRatio(pair.text, pair.background), kPresentationContrast)
            << pair.what << ": " << pair.text.name().toStdString() << " on "
            << pair.background.name().toStdString();
    }
}

TEST(EverydayThemes, EveryTextIsAtLeastFourAndAHalfToOneOnLightAndDarkDesktops)
{
    // WCAG AA for the everyday look, on a light desktop and on a dark one. Pairs in the
    // palette's own colours (an invalid colour in the theme) are the desktop's business, and
    // what a search dims is meant to recede (presentation mode dims nothing).
    for (const auto &[name, theme] :
         {std::pair{"light", &normalTheme()}, std::pair{"dark", &darkTheme()}}) {
        for (const TextPair &pair : textPairs(*theme)) {
            if (!pair.text.isValid() || pair.what.starts_with("dimmed"))
                continue;
            EXPECT_GE(contrastRatio(pair.text, pair.background), 4.5)
                << name << ", " << pair.what << ": " << pair.text.name().toStdString() << " on "
                << pair.background.name().toStdString();
        }
    }
}

TEST(EverydayThemes, FollowTheDesktopsPalette)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    EXPECT_TRUE(paletteIsDark(dark));
    EXPECT_FALSE(paletteIsDark(light));
    EXPECT_LT(relativeLuminance(darkTheme().background), 0.05);
    EXPECT_GT(relativeLuminance(normalTheme().background), 0.9);
}

TEST(PresentationTheme, DrawsNothingTranslucentBehindText)
{
    const Theme &theme = presentationTheme();
    EXPECT_EQ(theme.labelBacking.alpha(), 255);
    EXPECT_EQ(theme.background.alpha(), 255);
    EXPECT_EQ(theme.captionBackground.alpha(), 255);
}

TEST(PresentationTheme, MarksTheSelectionAndMatchesUnlikeAnyFill)
{
    // Outlines are not text: WCAG asks 3:1 of graphics against what is next to them.
    const Theme &theme = presentationTheme();
    for (const QString &status : withUnknown(bodyStatuses())) {
        EXPECT_GE(contrastRatio(theme.selection, theme.fill(status)), 3.0) << status.toStdString();
        EXPECT_NE(theme.match, theme.fill(status)) << status.toStdString();
    }
    EXPECT_GE(contrastRatio(theme.selection, theme.background), 3.0);
    EXPECT_GE(contrastRatio(theme.match, theme.background), 3.0);
    EXPECT_NE(theme.selection, theme.match);
}

TEST(PresentationTheme, DrawsThickerLinesAndLargerMarksAndTextThanTheNormalOne)
{
    const Theme &normal = normalTheme(), &presentation = presentationTheme();
    EXPECT_GE(presentation.edgeWidth, 3.0);
    EXPECT_GT(presentation.edgeWidth, normal.edgeWidth);
    EXPECT_GT(presentation.strongEdgeWidth, normal.strongEdgeWidth);
    EXPECT_GE(presentation.selectionOutline, 6.0);
    EXPECT_GT(presentation.bodyOutline, normal.bodyOutline);
    EXPECT_GE(presentation.bodyName.pixelSize(), 24);
    EXPECT_GE(presentation.bodyStatus.pixelSize(), 24);
    EXPECT_GE(presentation.captionTitle.pixelSize(), 24);
    EXPECT_GE(presentation.captionBody.pixelSize(), 24);
    // The view's smallest zoom keeps the smaller of the two body fonts at 24 pixels.
    const int smallest =
        std::min(presentation.bodyName.pixelSize(), presentation.bodyStatus.pixelSize());
    EXPECT_DOUBLE_EQ(presentation.minimumScale() * smallest, 24.0);
    EXPECT_EQ(normal.minimumScale(), 0.0) << "normal text follows the zoom";
}

} // namespace
